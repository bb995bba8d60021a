-- The plain text of the email a notification was sent as, so that a reply quoting it
-- back (in whatever form the mail client gives it) can be told from what its author wrote.
alter table notification add column sent_text text;

create index notification_recipient_discussion_idx on notification (recipient_id, discussion_id)
    where sent_text is not null;
