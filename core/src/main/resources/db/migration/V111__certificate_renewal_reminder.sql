-- When the person was told that this certificate runs out soon (once per certificate): the
-- update that sets it claims the reminder, so two ECS instances never both send it.
alter table participant_certificate add column renewal_reminded_at timestamptz;
