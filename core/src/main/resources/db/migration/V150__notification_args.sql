-- What ECS says in a notice it writes itself (a new document, a comment, a refusal...), as
-- a bundle key and its arguments (JSON, see org.ecs.core.notification.Wording), beside the
-- English subject and body kept for the API and for rows written before: each reader's web
-- inbox, email and fax word it in their own language. Null: shown as stored (what people
-- wrote, older rows).
alter table notice add column args jsonb;
alter table notification add column args jsonb;
