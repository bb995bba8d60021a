-- A participant follows a body (PC, WGB, PTS...) or a meeting (as catalogued, e.g. PC-61)
-- to hear of its new documents. Someone who follows nothing hears of every document they
-- may see (as before); following narrows the notices to what one follows, plus the
-- documents of the discussions one takes part in.
create table document_follow (
    participant_id  bigint not null references participant (id) on delete cascade,
    kind            varchar(8) not null check (kind in ('BODY', 'MEETING')),
    value           text not null check (length(value) between 1 and 100),
    since           timestamptz not null default now(),
    primary key (participant_id, kind, value)
);
create index document_follow_value_idx on document_follow (kind, upper(value));
