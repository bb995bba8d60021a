-- Announcements of launched discussions and notification-network messages: stored first
-- (the outbox), then handed to the broker; fan-out marks them, a sweep re-sends any that a
-- crash left between the two.
create table notice (
    id              uuid primary key,
    kind            varchar(16) not null check (kind in ('ANNOUNCEMENT', 'MESSAGE')),
    sender_id       bigint not null references participant (id),
    discussion_id   bigint references discussion (id),
    subject         text not null,
    body            text not null,
    addressees      text[] not null,             -- person:12, discussion:3, state:KEN, role:COORDINATOR, everyone
    created_at      timestamptz not null default now(),
    fanned_out_at   timestamptz,
    recipients      int
);
create index notice_sender_idx on notice (sender_id, created_at desc);
create index notice_unsent_idx on notice (created_at) where fanned_out_at is null;
