-- Email gateway: replies to notification emails become contributions (V1's contribution
-- table); these tables keep the mailbox intake exactly-once and polite.

-- Raising a participant's epoch voids every reply and bounce token issued to them before
-- (a leaked notification, a changed address).
create table reply_token_epoch (
    participant_id  bigint primary key references participant (id),
    epoch           bigint not null default 0 check (epoch >= 0),
    changed_at      timestamptz not null default now()
);

-- Token signing keys made by ECS itself when none are configured (the embedded default):
-- created once and shared by every instance on the database, so tokens survive restarts.
create table mail_token_key (
    version         int primary key check (version between 0 and 255),
    secret          bytea not null check (length(secret) >= 32),
    created_at      timestamptz not null default now()
);

-- Every mail taken from the ECS mailbox, keyed on its Message-ID (or a digest of its bytes):
-- the idempotent repository of the mailbox poller (several instances, restarts) and the
-- record of what became of each mail. A claim not handed on within its lease may be retaken.
create table inbound_mail (
    mail_key        text primary key,
    claimed_at      timestamptz not null default now(),
    handed_on       boolean not null default false,
    original_ref    text,                        -- blob store key of the raw .eml
    sender          text,
    kind            varchar(16) check (kind in ('HUMAN', 'AUTO_REPLY', 'BOUNCE', 'OWN')),
    outcome         varchar(32),                 -- SUBMITTED, REFUSED, BOUNCE_RECORDED, IGNORED
    reason          varchar(32),                 -- the refusal reason, when refused
    contribution_id uuid,
    detail          text,
    processed_at    timestamptz
);
create index inbound_mail_processed_idx on inbound_mail (processed_at desc);

-- At most one answer per sender and reason per day, so a loop or a flood of bad mail
-- cannot make ECS a spam source.
create table mail_answer (
    sender          text not null,
    reason          varchar(32) not null,
    day             date not null,
    sent_at         timestamptz not null default now(),
    primary key (sender, reason, day)
);
