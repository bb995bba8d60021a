-- A notice about a meeting carries its iTIP message (RFC 5546, METHOD:REQUEST or CANCEL),
-- written with the notice, so the email sent for it is an invitation, an update or a
-- cancellation a calendar app understands.
alter table notice add column calendar text;
