-- 009_posture.sql: the security posture of each system (model/posture.h), what the
-- last network scans saw, a municipality's settings for its checks, and who owns a
-- finding and when it was acknowledged. Changes are in the audit trail with the old and
-- the new values, so the history of a system's posture is kept there.

CREATE TABLE system_posture (
    system_id       INTEGER PRIMARY KEY REFERENCES ros_system (id),
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    auth            TEXT NOT NULL CHECK (auth IN ('ukjent', 'passord', 'tofaktor', 'sso-tofaktor')),
    backup_hours    INTEGER,
    backup_offline  INTEGER NOT NULL DEFAULT 0,
    backup_separate INTEGER NOT NULL DEFAULT 0,
    restore_tested  TEXT,
    restore_result  TEXT NOT NULL CHECK (restore_result IN ('ukjent', 'ok', 'delvis', 'feilet')),
    restore_hours   INTEGER,
    support_end     TEXT,
    logs_collected  INTEGER NOT NULL DEFAULT 0,
    alert_receiver  TEXT,
    watch           TEXT NOT NULL CHECK (watch IN ('ukjent', 'ingen', 'kontortid', 'døgnet')),
    last_scan       TEXT,
    last_pentest    TEXT,
    last_audit      TEXT
)@STRICT@;

-- Open ports from the last scan of each host (an import replaces the rows of the hosts
-- it scanned). system_id is the system whose hosts list names the host, or NULL.
CREATE TABLE scan_port (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    host            TEXT NOT NULL,
    port            INTEGER NOT NULL CHECK (port BETWEEN 0 AND 65535),
    proto           TEXT NOT NULL CHECK (proto IN ('tcp', 'udp', 'sctp')),
    service         TEXT,
    product         TEXT,
    version         TEXT,
    system_id       INTEGER REFERENCES ros_system (id),
    scanned         TEXT NOT NULL,
    source          TEXT NOT NULL,
    UNIQUE (tenant_id, host, port, proto)
)@STRICT@;

CREATE TABLE check_setting (
    tenant_id       INTEGER PRIMARY KEY REFERENCES tenant (id),
    days_low        INTEGER NOT NULL,
    days_medium     INTEGER NOT NULL,
    days_high       INTEGER NOT NULL,
    days_critical   INTEGER NOT NULL,
    restore_days    INTEGER NOT NULL,
    pentest_days    INTEGER NOT NULL,
    critical_level  INTEGER NOT NULL CHECK (critical_level BETWEEN 1 AND 5)
)@STRICT@;

ALTER TABLE finding ADD COLUMN owner TEXT;
ALTER TABLE finding ADD COLUMN acknowledged_on TEXT;
