-- The audit log: one row per write, in the write's transaction. Append-only: updates, deletes and
-- truncation are refused by triggers. Summaries hold changed field names and non-confidential values.
CREATE TABLE audit_log (
  seq            bigserial PRIMARY KEY,
  at             timestamptz NOT NULL,
  actor_kind     text NOT NULL CHECK (actor_kind IN ('anonymous', 'system', 'user')),
  actor_user_id  uuid,
  action         text NOT NULL,
  entity_type    text NOT NULL,
  entity_id      text NOT NULL,
  summary        jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, seq);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, seq);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_action_idx ON audit_log (action, seq);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- The outbox: messages queued in the transaction of the write that causes them; a sender drains it.
CREATE TABLE outbox (
  id               bigserial PRIMARY KEY,
  to_address       text NOT NULL,
  subject          text NOT NULL,
  body_text        text NOT NULL,
  kind             text NOT NULL,
  user_id          uuid,
  created_at       timestamptz NOT NULL,
  status           text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  claimed_at       timestamptz,
  sent_at          timestamptz,
  transport        text,
  last_error       text
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX outbox_to_idx ON outbox (to_address, id);
