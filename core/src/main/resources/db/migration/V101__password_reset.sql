-- Password reset by email: a link valid 30 minutes, used once, stored only as a SHA-256 of
-- its secret; a newer link voids the older ones (the newest id of the person wins). The
-- reset ends every session opened before it (sessions_ended_at, read at each request).
create table password_reset (
    id              bigserial primary key,
    participant_id  bigint not null references participant (id),
    secret_hash     bytea not null unique,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    created_at      timestamptz not null default now()
);
create index password_reset_person_idx on password_reset (participant_id, id);

alter table participant add column sessions_ended_at timestamptz;
