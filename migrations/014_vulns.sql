-- 014_vulns.sql: what a vulnerability scanner (Greenbone/OpenVAS) found on each host, from
-- the last report that covered it (an import replaces the rows of the hosts it has).
CREATE TABLE scan_vuln (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    host            TEXT NOT NULL,
    port            TEXT NOT NULL,
    name            TEXT NOT NULL,
    oid             TEXT,
    cves            TEXT,
    severity10      INTEGER NOT NULL CHECK (severity10 BETWEEN 0 AND 100),
    system_id       INTEGER REFERENCES ros_system (id),
    scanned         TEXT NOT NULL,
    source          TEXT NOT NULL
)@STRICT@;
