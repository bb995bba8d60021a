-- The participants database (issue 11): every participant's affiliation, nominating
-- authority, status with its history, languages, expertise, time zone; nominations by focal
-- points, invitations to set a password. `active` becomes what the status says (generated),
-- so every query that reads it keeps working and can never disagree with the status.

alter table state drop constraint if exists state_kind_check;
alter table state add constraint state_kind_check check (kind in ('STATE', 'ORGANISATION', 'OBSERVER'));
-- how many people an observer organisation may have nominated or taking part at once
alter table state add column observer_cap integer check (observer_cap is null or observer_cap >= 0);

alter table participant alter column password_hash drop not null;
alter table participant
    add column status varchar(16) not null default 'ACTIVE'
        check (status in ('NOMINATED', 'RETURNED', 'APPROVED', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED')),
    add column status_reason         text,
    add column status_changed_at     timestamptz not null default now(),
    add column title                 text,
    add column nominating_authority  text,
    add column approved_by           bigint references participant (id),
    add column approved_at           timestamptz,
    add column languages             text[] not null default '{}',
    add column expertise             text[] not null default '{}',
    add column time_zone             varchar(64) not null default 'UTC',
    add column phone                 varchar(32);
alter table participant drop column active;
alter table participant add column active boolean generated always as (status = 'ACTIVE') stored;
create index participant_status_idx on participant (status);
create index participant_state_idx on participant (state_code, status);

-- who did what to whom, when: nominations, approvals, returns, level, role and status changes
create table participant_history (
    id              bigserial primary key,
    participant_id  bigint not null references participant (id),
    action          varchar(32) not null,
    detail          text not null default '',
    actor_id        bigint references participant (id),   -- null: the person themself or ECS
    at              timestamptz not null default now()
);
create index participant_history_idx on participant_history (participant_id, id);

-- one-time invitations to set a password: only a SHA-256 of the secret is kept
create table participant_invitation (
    id              bigserial primary key,
    participant_id  bigint not null references participant (id),
    channel         varchar(8) not null check (channel in ('EMAIL', 'FAX')),
    secret_hash     bytea not null unique,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    created_by      bigint references participant (id),
    created_at      timestamptz not null default now()
);
create index participant_invitation_person_idx on participant_invitation (participant_id);

alter table notice drop constraint if exists notice_kind_check;
alter table notice add constraint notice_kind_check check (kind in ('ANNOUNCEMENT', 'MESSAGE', 'ACCOUNT'));
