-- The security audit trail: failed sign-ins and lockouts (who was tried, from where, when).
create table security_event (
    id          bigserial primary key,
    kind        varchar(32) not null,
    username    text,
    address     text,
    detail      text,
    at          timestamptz not null default now()
);
create index security_event_at on security_event (at desc);
create index security_event_username on security_event (username, at desc);
