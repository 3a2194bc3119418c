-- 008_findings.sql: findings (model/finding.h): what the checks found in a municipality's
-- registers, and their follow-up. One row per rule and object; it is never deleted: a
-- finding that stops firing is resolved, and reopens if it fires again. Every change is in
-- the audit trail (finding.*) with the old and the new status.

CREATE TABLE finding (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    no              INTEGER NOT NULL,
    rule            TEXT NOT NULL,
    object          TEXT NOT NULL,
    object_name     TEXT NOT NULL,
    severity        TEXT NOT NULL CHECK (severity IN ('lav', 'middels', 'høy', 'kritisk')),
    detail          TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('ny', 'kvittert', 'pågår', 'løst', 'akseptert')),
    first_seen      TEXT NOT NULL,
    last_seen       TEXT NOT NULL,
    due             TEXT NOT NULL,
    closed_on       TEXT,
    accepted_until  TEXT,
    note            TEXT,
    changed_by      TEXT NOT NULL,
    changed_at      TEXT NOT NULL,
    UNIQUE (tenant_id, no),
    UNIQUE (tenant_id, rule, object)
)@STRICT@;
