-- Fax gateway: every mail taken from the fax bridge's mailbox, keyed on its Message-ID (or
-- a digest of its bytes). The idempotent repository of the bridge poller (several
-- instances, restarts) and the record of what became of each mail: a received fax, a
-- delivery report, or mail no bridge format recognised (kept raw, for an operator).
create table fax_inbound (
    mail_key        text primary key,
    claimed_at      timestamptz not null default now(),
    handed_on       boolean not null default false,
    original_ref    text,                        -- blob store key of the raw mail
    kind            varchar(16) check (kind in ('FAX', 'DELIVERY_REPORT', 'UNRECOGNISED')),
    sender_number   varchar(32),                 -- E.164, when the bridge stated one
    routed_by       varchar(16),                 -- qr, reference, number, unassigned
    contribution_id uuid,
    detail          text,
    processed_at    timestamptz
);
create index fax_inbound_processed_idx on fax_inbound (processed_at desc);
