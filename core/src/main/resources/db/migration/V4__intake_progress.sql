-- Long intake work in flight (OCR of a many-page fax), so coordinators see it coming.
create table intake_progress (
    work_key    text primary key,
    description text not null,
    done        int not null default 0,
    total       int not null,
    started_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
