-- Who attends a meeting, from which State: a participant registers (or withdraws), the
-- secretariat records anyone. The State is the one the person was nominated by when
-- registered, kept so the list stays true if they later move.
create table meeting_attendance (
    meeting_id     bigint not null references meeting (id),
    participant_id bigint not null references participant (id),
    state_code     varchar(3) references state (code),
    mode           varchar(10) not null check (mode in ('IN_PERSON', 'REMOTE')),
    registered_by  bigint not null references participant (id),
    registered_at  timestamptz not null,
    primary key (meeting_id, participant_id)
);
