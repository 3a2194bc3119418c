-- 010_notify.sql: notifications of findings (docs/notify.md). A municipality names who is
-- told (an e-mail address or a webhook) and from which severity. After each check run the
-- findings not yet told about become one digest per receiver in the outbox; the worker
-- sends it and retries with back-off. notify_sent remembers what each receiver has been
-- told, so nobody hears of the same finding twice for the same reason.

CREATE TABLE notify_target (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    kind            TEXT NOT NULL CHECK (kind IN ('epost', 'webhook')),
    address         TEXT NOT NULL,
    secret          TEXT,
    min_severity    TEXT NOT NULL CHECK (min_severity IN ('lav', 'middels', 'høy', 'kritisk')),
    active          INTEGER NOT NULL DEFAULT 1,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
)@STRICT@;

CREATE TABLE notify_sent (
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    target_id       INTEGER NOT NULL REFERENCES notify_target (id),
    finding_id      INTEGER NOT NULL REFERENCES finding (id),
    reason          TEXT NOT NULL CHECK (reason IN ('ny', 'forfalt')),
    queued_at       TEXT NOT NULL,
    UNIQUE (target_id, finding_id, reason)
)@STRICT@;

CREATE TABLE notify_outbox (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    target_id       INTEGER NOT NULL REFERENCES notify_target (id),
    created_at      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_at         TEXT NOT NULL,
    sent_at         TEXT,
    failed_at       TEXT,
    last_error      TEXT
)@STRICT@;
