-- The secretariat edits a document's catalogue entry (titles per language, type,
-- distribution, issuing body, meeting, date of issue, agenda items); each change is kept:
-- which field, from what to what, by whom and when.
create table document_change (
    id              bigserial primary key,
    document_id     bigint not null references document (id) on delete cascade,
    field           text not null,                   -- type, distribution, title.fr, agenda_items...
    old_value       text,
    new_value       text,
    changed_by      bigint not null references participant (id),
    changed_at      timestamptz not null default now()
);
create index document_change_document_idx on document_change (document_id, changed_at desc, id desc);
