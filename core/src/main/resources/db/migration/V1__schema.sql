-- ECS discussion store. One dialect: PostgreSQL.

create table state (
    code        varchar(3) primary key,          -- ISO 3166-1 alpha-3, or an organisation code
    name        text not null,
    kind        varchar(16) not null default 'STATE' check (kind in ('STATE', 'ORGANISATION'))
);

create table participant (
    id              bigserial primary key,
    username        varchar(64) not null unique,
    display_name    text not null,
    email           text,
    fax_number      varchar(32),                 -- E.164
    state_code      varchar(3) references state (code),
    language        varchar(8) not null default 'en',
    level           varchar(16) not null check (level in ('FULL', 'MONITORING')),
    roles           text[] not null default '{PARTICIPANT}',
    channels        text[] not null default '{WEB}',
    password_hash   text not null,
    active          boolean not null default true,
    nominated_by    bigint references participant (id),
    created_at      timestamptz not null default now()
);
create unique index participant_email_uq on participant (lower(email)) where email is not null;
create index participant_fax_idx on participant (fax_number);

create table discussion (
    id              bigserial primary key,
    title           text not null,
    subject_kind    varchar(16) not null check (subject_kind in ('PAPER', 'TOPIC', 'AGENDA_ITEM')),
    subject_ref     text,
    description     text not null default '',
    coordinator_id  bigint not null references participant (id),
    opens_at        timestamptz not null,
    deadline        timestamptz not null,
    review_policy   varchar(16) not null check (review_policy in ('EVERY', 'EMAIL_AND_FAX', 'NONE')),
    created_by      bigint references participant (id),
    created_at      timestamptz not null default now(),
    check (deadline > opens_at)
);

-- who may read a discussion (its audience); monitoring participants read, never post
create table discussion_member (
    discussion_id   bigint not null references discussion (id) on delete cascade,
    participant_id  bigint not null references participant (id),
    primary key (discussion_id, participant_id)
);
create index discussion_member_participant_idx on discussion_member (participant_id);

-- the one envelope for every channel; the id is minted at intake and makes every write idempotent
create table contribution (
    id              uuid primary key,
    channel         varchar(8) not null check (channel in ('WEB', 'EMAIL', 'FAX')),
    discussion_id   bigint references discussion (id),
    author_id       bigint references participant (id),
    received_at     timestamptz not null,
    text            text not null,
    original_ref    text,                        -- blob store key of the raw .eml or fax pages
    attachments     jsonb not null default '[]',
    facts           jsonb not null default '{}', -- extraction facts: OCR confidence, language, trimmed remainder...
    dedupe_key      text not null unique,
    status          varchar(16) not null check (status in ('RECEIVED', 'PENDING_REVIEW', 'APPROVED', 'PUBLISHED', 'REJECTED')),
    reason          text,
    logged_by       bigint references participant (id),
    updated_at      timestamptz not null default now()
);
create index contribution_author_idx on contribution (author_id, received_at desc);
create index contribution_discussion_idx on contribution (discussion_id, received_at);

create table review_item (
    contribution_id uuid primary key references contribution (id),
    discussion_id   bigint references discussion (id),
    state           varchar(16) not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    claimed_by      bigint references participant (id),
    claimed_at      timestamptz,
    edited_text     text,
    assigned_author bigint references participant (id),
    decided_by      bigint references participant (id),
    decided_at      timestamptz,
    reason          text,
    created_at      timestamptz not null default now()
);
create index review_item_pending_idx on review_item (state, created_at);

create table comment (
    id              bigserial primary key,
    contribution_id uuid not null unique references contribution (id),
    discussion_id   bigint not null references discussion (id),
    author_id       bigint not null references participant (id),
    text            text not null,
    channel         varchar(8) not null,
    received_at     timestamptz not null,
    reviewed_by     bigint references participant (id),
    logged_by       bigint references participant (id),
    published_at    timestamptz not null default now(),
    search          tsvector generated always as (to_tsvector('simple', text)) stored
);
create index comment_discussion_idx on comment (discussion_id, published_at);
create index comment_search_idx on comment using gin (search);

create table notification (
    id              bigserial primary key,
    recipient_id    bigint not null references participant (id),
    kind            varchar(24) not null,        -- COMMENT_PUBLISHED, CONTRIBUTION_REJECTED, MESSAGE
    source_key      text not null,               -- what it is about, e.g. comment:42; unique per recipient
    discussion_id   bigint references discussion (id),
    subject         text not null,
    body            text not null,
    created_at      timestamptz not null default now(),
    read_at         timestamptz,
    unique (recipient_id, source_key)
);
create index notification_inbox_idx on notification (recipient_id, created_at desc);

create table notification_delivery (
    notification_id bigint not null references notification (id) on delete cascade,
    channel         varchar(8) not null check (channel in ('WEB', 'EMAIL', 'FAX')),
    status          varchar(16) not null check (status in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'BOUNCED')),
    attempts        int not null default 0,
    last_error      text,
    updated_at      timestamptz not null default now(),
    primary key (notification_id, channel)
);
create index notification_delivery_status_idx on notification_delivery (status);
