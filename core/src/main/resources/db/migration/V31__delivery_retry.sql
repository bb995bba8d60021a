-- A delivery the broker will try again (the mail server or fax gateway is away) is
-- RETRYING, with when the next attempt is due; FAILED means given up (dead-lettered).
alter table notification_delivery drop constraint if exists notification_delivery_status_check;
alter table notification_delivery add constraint notification_delivery_status_check
    check (status in ('QUEUED', 'RETRYING', 'SENT', 'DELIVERED', 'FAILED', 'BOUNCED'));
alter table notification_delivery add column next_attempt_at timestamptz;
