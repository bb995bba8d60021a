-- A person's private calendar address: a secret token in the URL lets a calendar app
-- (Outlook, Thunderbird, a phone) read the person's meetings without signing in. Only a
-- hash of the token is kept: a copy of the database does not give anyone's feed away.
-- A new address replaces the old one; stopping it deletes the row.
create table calendar_feed (
    participant_id bigint primary key references participant (id),
    token_hash     bytea not null unique,
    created_at     timestamptz not null default now(),
    last_read_at   timestamptz
);
