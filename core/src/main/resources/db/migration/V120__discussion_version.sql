-- A discussion's version: it grows whenever anything its pages show of it changes (its own
-- row, a comment added, changed or removed, the name or State of a person named on a
-- comment). Pages keep rendered comments and answer conditional requests by this number.
alter table discussion add column version bigint not null default 0;

create function discussion_version_on_change() returns trigger language plpgsql as $$
begin
    if new.version is not distinct from old.version then
        new.version := old.version + 1;
    end if;
    return new;
end $$;
create trigger discussion_version_on_change before update on discussion
    for each row execute function discussion_version_on_change();

-- a batch of committed comments bumps each discussion once
create function discussion_version_on_comments() returns trigger language plpgsql as $$
begin
    update discussion set version = version + 1
     where id in (select distinct discussion_id from changed_comments);
    return null;
end $$;
create trigger discussion_version_on_comment_insert after insert on comment
    referencing new table as changed_comments
    for each statement execute function discussion_version_on_comments();
create trigger discussion_version_on_comment_update after update on comment
    referencing new table as changed_comments
    for each statement execute function discussion_version_on_comments();
create trigger discussion_version_on_comment_delete after delete on comment
    referencing old table as changed_comments
    for each statement execute function discussion_version_on_comments();

create function discussion_version_on_person() returns trigger language plpgsql as $$
begin
    update discussion set version = version + 1
     where id in (select c.discussion_id from comment c
                   where c.author_id = new.id or c.reviewed_by = new.id or c.logged_by = new.id);
    return null;
end $$;
create trigger discussion_version_on_person after update of display_name, state_code on participant
    for each row
    when (old.display_name is distinct from new.display_name or old.state_code is distinct from new.state_code)
    execute function discussion_version_on_person();
