-- Document files travel Artemis queues (ecs.document.received -> extraction ->
-- ecs.document.approved -> publication and its notice; ecs.document.rejected -> the uploader
-- is told why), each message written to the outbox in the transaction of the decision.
-- APPROVED: the secretariat said yes, publication follows from the queue.
alter table document_file drop constraint if exists document_file_status_check;
alter table document_file add constraint document_file_status_check check (status in
    ('RECEIVED', 'EXTRACTED', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'REJECTED'));
-- rejected by ECS itself (the file could not be read), not by a reviewer: kept for inspection
alter table document_file add column unreadable boolean not null default false;

-- files that waited in the database for the timer of the former extraction step: their
-- messages, so that nothing accepted before this version is left behind
insert into outbox (destination, body)
select 'queue:ecs.document.received', id::text from document_file where status = 'RECEIVED' order by id;
insert into outbox (destination, body)
select 'queue:ecs.document.approved', id::text from document_file where status = 'EXTRACTED' order by id;
