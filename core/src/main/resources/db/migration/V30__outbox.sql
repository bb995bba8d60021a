-- The transactional outbox: every message that a database decision leads to (a reception,
-- an approval, a rejection, a notice) is written here in the same transaction as the
-- decision; one relay hands the rows to the broker and deletes them. message_id is the
-- broker's duplicate-detection id, so a row handed over twice (a crash between the broker's
-- commit and the delete) reaches the queue once.
create table outbox (
    id           bigserial primary key,
    message_id   uuid not null default gen_random_uuid(),
    destination  text not null check (destination ~ '^(queue|topic):[a-z0-9._-]+$'),
    body         text not null,
    group_id     text,
    created_at   timestamptz not null default now()
);

-- the per-feature sweep that re-sent notices is replaced by the outbox
drop index if exists notice_unsent_idx;
