-- Recordings of meetings: received (web, API, a recorder's drop folder), transcoded by
-- ffmpeg to HLS, published, announced. The files live under the video directory in a
-- folder named by the recording's key (random, so no URL can be guessed); this row says
-- how far the work has come, so the uploader sees its progress.
create table meeting_recording (
    id               bigserial primary key,
    key              uuid not null unique,
    meeting_id       bigint not null references meeting (id),
    file_name        text not null,
    size_bytes       bigint not null,
    source           varchar(8) not null check (source in ('WEB', 'API', 'DROP', 'DEMO')),
    source_key       text unique,                           -- a dropped file read twice is one recording
    audio_languages  text[] not null default '{}',          -- declared, in track order (mul = floor)
    caption_languages text[] not null default '{}',
    status           varchar(12) not null
                     check (status in ('RECEIVED', 'TRANSCODING', 'TRANSCODED', 'PUBLISHED', 'FAILED')),
    percent          numeric(5, 1) not null default 0,
    seconds_left     integer,
    duration_seconds numeric(10, 3),
    renditions       text,                                  -- e.g. 720p 2.1 MB, 360p 0.8 MB, audio 0.2 MB
    output_bytes     bigint,
    transcode_millis bigint,
    failure          text,
    uploaded_by      bigint references participant (id),
    received_at      timestamptz not null default now(),
    started_at       timestamptz,
    published_at     timestamptz
);

create index meeting_recording_meeting on meeting_recording (meeting_id, id);

-- A live stream's HLS address (the media server's, or the embedded test source), shown
-- in the meeting's page while the meeting is on.
alter table meeting add column live_url text;
