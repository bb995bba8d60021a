-- Client certificates issued by the ECS certificate authority: one row per certificate, found by
-- the SHA-256 fingerprint of its DER encoding (what the TLS connector hands over), never by subject.
create table participant_certificate (
    id              bigserial primary key,
    participant_id  bigint not null references participant (id),
    serial          varchar(64) not null unique,          -- hex
    fingerprint     char(64) not null unique,             -- SHA-256 of the DER, lowercase hex
    subject         text not null,
    not_before      timestamptz not null,
    not_after       timestamptz not null,
    issued_at       timestamptz not null default now(),
    issued_how      varchar(16) not null check (issued_how in ('KEY_PAIR', 'CSR')),
    revoked_at      timestamptz,
    revoked_by      bigint references participant (id),
    reason          text
);
create index participant_certificate_owner on participant_certificate (participant_id, issued_at desc);
