-- 022_attachment.sql: evidence attached as files (issue 15): the audit report behind a
-- measure, the restore-test log, the signed contract. A file belongs to one thing of the
-- municipality, named by kind and a reference that survives a move: a measure's id ("3b"),
-- an action's or a finding's number, a system's name (its restore test), an exercise's
-- number, an insurance policy's name. The content is stored as base64 text (the driver
-- moves text; 10 MB becomes 13.4 MB) with its SHA-256. Nothing is overwritten: a new
-- version names the one it replaces, and a removal is a row of its own (023 makes both
-- tables append-only), so the history keeps every file that was ever attached.
CREATE TABLE attachment (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    kind            TEXT NOT NULL CHECK (kind IN ('measure', 'action', 'finding', 'restore', 'exercise', 'insurance')),
    ref             TEXT NOT NULL,
    name            TEXT NOT NULL,
    content_type    TEXT NOT NULL,
    size            INTEGER NOT NULL CHECK (size > 0),
    sha256          TEXT NOT NULL,
    content         TEXT NOT NULL,
    note            TEXT,
    replaces        INTEGER REFERENCES attachment (id),
    added_by        TEXT NOT NULL,
    added_at        TEXT NOT NULL
)@STRICT@;

CREATE INDEX attachment_target ON attachment (tenant_id, kind, ref);

CREATE TABLE attachment_removed (
    attachment_id   INTEGER NOT NULL REFERENCES attachment (id),
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    reason          TEXT,
    removed_by      TEXT NOT NULL,
    removed_at      TEXT NOT NULL,
    UNIQUE (attachment_id)
)@STRICT@;
