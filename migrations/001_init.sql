-- 001_init.sql: catalogs, municipalities, assessment rounds with versioned answers,
-- and the action plan with its history.
-- Written once for SQLite and PostgreSQL: @ID@ becomes the dialect's auto-increment
-- primary key and @STRICT@ makes SQLite check column types. Texts are UTF-8; dates are
-- 'YYYY-MM-DD' (Europe/Oslo); timestamps are 'YYYY-MM-DDTHH:MM:SSZ' (UTC).

CREATE TABLE catalog (
    id          TEXT NOT NULL PRIMARY KEY,
    version     TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('beredt', 'oscal')),
    title_nb    TEXT NOT NULL,
    title_en    TEXT,
    source_nb   TEXT,
    source_en   TEXT,
    imported_at TEXT NOT NULL
)@STRICT@;

CREATE TABLE catalog_group (
    catalog_id  TEXT NOT NULL REFERENCES catalog (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    title_nb    TEXT NOT NULL,
    title_en    TEXT,
    PRIMARY KEY (catalog_id, id)
)@STRICT@;

CREATE TABLE catalog_item (
    catalog_id  TEXT NOT NULL,
    id          TEXT NOT NULL,
    group_id    TEXT NOT NULL,
    parent_id   TEXT,
    position    INTEGER NOT NULL,
    title_nb    TEXT NOT NULL,
    title_en    TEXT,
    question_nb TEXT,
    question_en TEXT,
    why_nb      TEXT,
    why_en      TEXT,
    evidence_nb TEXT,
    evidence_en TEXT,
    PRIMARY KEY (catalog_id, id),
    FOREIGN KEY (catalog_id, group_id) REFERENCES catalog_group (catalog_id, id) ON DELETE CASCADE
)@STRICT@;

CREATE TABLE catalog_mapping (
    catalog_id  TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    position    INTEGER NOT NULL,
    target      TEXT NOT NULL,
    PRIMARY KEY (catalog_id, item_id, position),
    FOREIGN KEY (catalog_id, item_id) REFERENCES catalog_item (catalog_id, id) ON DELETE CASCADE
)@STRICT@;

CREATE TABLE tenant (
    id          @ID@,
    kommunenr   TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    orgnr       TEXT NOT NULL,
    created_at  TEXT NOT NULL
)@STRICT@;

CREATE TABLE round (
    id          @ID@,
    tenant_id   INTEGER NOT NULL REFERENCES tenant (id),
    no          INTEGER NOT NULL,
    catalog_id  TEXT NOT NULL REFERENCES catalog (id),
    title       TEXT NOT NULL,
    started_on  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    closed_at   TEXT,
    closed_by   TEXT,
    approved_at TEXT,
    approved_by TEXT,
    UNIQUE (tenant_id, no)
)@STRICT@;

-- The current answer per measure; every version (this one included) is also in
-- answer_history, which is only ever appended to.
CREATE TABLE answer (
    tenant_id   INTEGER NOT NULL REFERENCES tenant (id),
    round_id    INTEGER NOT NULL REFERENCES round (id),
    measure_id  TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('ja', 'delvis', 'nei', 'ukjent', 'ikke-relevant')),
    evidence    TEXT,
    owner       TEXT,
    plan        TEXT,
    due         TEXT,
    version     INTEGER NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    PRIMARY KEY (round_id, measure_id)
)@STRICT@;

CREATE TABLE answer_history (
    tenant_id   INTEGER NOT NULL REFERENCES tenant (id),
    round_id    INTEGER NOT NULL REFERENCES round (id),
    measure_id  TEXT NOT NULL,
    version     INTEGER NOT NULL,
    status      TEXT NOT NULL,
    evidence    TEXT,
    owner       TEXT,
    plan        TEXT,
    due         TEXT,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    PRIMARY KEY (round_id, measure_id, version)
)@STRICT@;

CREATE TABLE action (
    id          @ID@,
    tenant_id   INTEGER NOT NULL REFERENCES tenant (id),
    no          INTEGER NOT NULL,
    catalog_id  TEXT,
    measure_id  TEXT,
    origin      TEXT NOT NULL CHECK (origin IN ('svar', 'manuell')),
    title       TEXT,
    plan        TEXT,
    owner       TEXT,
    due         TEXT,
    priority    TEXT NOT NULL CHECK (priority IN ('lav', 'middels', 'høy')),
    status      TEXT NOT NULL CHECK (status IN ('åpen', 'pågår', 'utført', 'avvist')),
    reason      TEXT,
    version     INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    UNIQUE (tenant_id, no),
    CHECK (status <> 'avvist' OR (reason IS NOT NULL AND reason <> ''))
)@STRICT@;

-- Exactly one action derived from the answers per municipality and measure.
CREATE UNIQUE INDEX action_one_per_measure ON action (tenant_id, catalog_id, measure_id)
    WHERE origin = 'svar';

CREATE TABLE action_history (
    action_id   INTEGER NOT NULL REFERENCES action (id),
    tenant_id   INTEGER NOT NULL REFERENCES tenant (id),
    version     INTEGER NOT NULL,
    title       TEXT,
    plan        TEXT,
    owner       TEXT,
    due         TEXT,
    priority    TEXT NOT NULL,
    status      TEXT NOT NULL,
    reason      TEXT,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    PRIMARY KEY (action_id, version)
)@STRICT@;

CREATE INDEX round_tenant ON round (tenant_id);
CREATE INDEX answer_tenant ON answer (tenant_id, round_id);
CREATE INDEX action_tenant ON action (tenant_id);
