-- What the embedded live source streamed becomes a recording of the meeting when the live
-- ends (source LIVE), and travels the same route as an upload.
alter table meeting_recording drop constraint meeting_recording_source_check;
alter table meeting_recording add constraint meeting_recording_source_check
    check (source in ('WEB', 'API', 'DROP', 'DEMO', 'LIVE'));
