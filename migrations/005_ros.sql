-- 005_ros.sql: the ROS registers (DSB's method): services, systems, vendors, the
-- dependencies between them (with alternatives), and unwanted events. Per municipality;
-- names are unique within a register. Every change is recorded in the audit trail with
-- its old and new values.

CREATE TABLE ros_vendor (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    name            TEXT NOT NULL,
    orgnr           TEXT,
    support_phone   TEXT,
    support_247     INTEGER NOT NULL DEFAULT 0,
    contract        TEXT,
    rto_hours       INTEGER,
    UNIQUE (tenant_id, name)
)@STRICT@;

CREATE TABLE ros_system (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    name            TEXT NOT NULL,
    vendor_id       INTEGER REFERENCES ros_vendor (id),
    product         TEXT,
    version         TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('fagsystem', 'infrastruktur', 'nettverk', 'sky', 'ot', 'sluttbruker')),
    hosting         TEXT NOT NULL CHECK (hosting IN ('egen', 'samarbeid', 'leverandor')),
    admin_domain    TEXT,
    rto_hours       INTEGER,
    rpo_hours       INTEGER,
    classification  TEXT,
    owner           TEXT,
    internet_exposed INTEGER NOT NULL DEFAULT 0,
    hosts           TEXT,
    UNIQUE (tenant_id, name)
)@STRICT@;

CREATE TABLE ros_service (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    name            TEXT NOT NULL,
    description     TEXT,
    sector          TEXT NOT NULL,
    owner           TEXT,
    criticality     INTEGER NOT NULL CHECK (criticality BETWEEN 1 AND 5),
    mtd_hours       INTEGER,
    personal_data   INTEGER NOT NULL DEFAULT 0,
    special_categories INTEGER NOT NULL DEFAULT 0,
    fallback        TEXT,
    fallback_tested TEXT,
    UNIQUE (tenant_id, name)
)@STRICT@;

-- From a service or system to a system or vendor. alt_group 0: required on its own;
-- the same alt_group > 0 on several rows of one node: any one of them is enough.
CREATE TABLE ros_dependency (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    from_kind       TEXT NOT NULL CHECK (from_kind IN ('tjeneste', 'system')),
    from_id         INTEGER NOT NULL,
    to_kind         TEXT NOT NULL CHECK (to_kind IN ('system', 'leverandor')),
    to_id           INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('kjorer-pa', 'autentisering', 'nettverk', 'dataflyt', 'leverandorstotte')),
    alt_group       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, from_kind, from_id, to_kind, to_id, kind)
)@STRICT@;

CREATE TABLE ros_event (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    title           TEXT NOT NULL,
    cause           TEXT,
    probability     TEXT NOT NULL CHECK (probability IN ('A', 'B', 'C', 'D', 'E')),
    c_life          INTEGER NOT NULL DEFAULT 1 CHECK (c_life BETWEEN 1 AND 5),
    c_nature        INTEGER NOT NULL DEFAULT 1 CHECK (c_nature BETWEEN 1 AND 5),
    c_economy       INTEGER NOT NULL DEFAULT 1 CHECK (c_economy BETWEEN 1 AND 5),
    c_stability     INTEGER NOT NULL DEFAULT 1 CHECK (c_stability BETWEEN 1 AND 5),
    c_governance    INTEGER NOT NULL DEFAULT 1 CHECK (c_governance BETWEEN 1 AND 5),
    barriers        TEXT,
    uncertainty     TEXT,
    measures        TEXT,
    UNIQUE (tenant_id, title)
)@STRICT@;

CREATE INDEX ros_dependency_from ON ros_dependency (tenant_id, from_kind, from_id);
CREATE INDEX ros_dependency_to ON ros_dependency (tenant_id, to_kind, to_id);
