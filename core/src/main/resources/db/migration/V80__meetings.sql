-- Meetings of the Commission and its subsidiary bodies, held in Vienna time and stored as
-- instants. A deleted meeting keeps its row (deleted_at) so its history and its calendar
-- UID outlive it.
create table meeting (
    id              bigserial primary key,
    uid             uuid not null unique,                 -- iCalendar UID, never changes
    body            varchar(40) not null,                 -- MeetingBody
    session         text,
    title           text not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    venue           text,
    room            text,
    status          varchar(16) not null check (status in ('SCHEDULED', 'POSTPONED', 'CANCELLED')),
    status_reason   text,
    contact         text,
    sequence        integer not null default 0,           -- iCalendar SEQUENCE, +1 on each change
    created_by      bigint not null references participant (id),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    deleted_at      timestamptz,
    check (ends_at > starts_at)
);

create index meeting_starts_at on meeting (starts_at) where deleted_at is null;

create table meeting_agenda_item (
    meeting_id      bigint not null references meeting (id),
    number          integer not null,
    title           text not null,
    document_ids    bigint[] not null default '{}',
    discussion_ids  bigint[] not null default '{}',
    primary key (meeting_id, number)
);

create table meeting_history (
    id              bigserial primary key,
    meeting_id      bigint not null references meeting (id),
    sequence        integer not null,
    action          varchar(16) not null,                 -- CREATED, AMENDED, CANCELLED, DELETED
    changes         text not null,                        -- which fields changed, for people
    changed_by      bigint not null references participant (id),
    changed_at      timestamptz not null default now()
);

create index meeting_history_meeting on meeting_history (meeting_id, id);
