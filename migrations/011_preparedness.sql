-- 011_preparedness.sql: preparedness (measures 4a–5b, model/prep.h). The contingency plan,
-- the contacts, the exercises, the insurance policies and offers and the competence are
-- each one document per municipality, kept as numbered versions: a change adds a version
-- and never overwrites one (012 makes the table append-only). The incident log is a list of
-- entries per declared incident, append-only as well: a correction is a new entry. The
-- crisis kits written are recorded with their hash, so a kit older than the latest change
-- can be flagged.

CREATE TABLE prep_version (
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    kind            TEXT NOT NULL CHECK (kind IN ('plan', 'kontakter', 'ovelser', 'forsikring', 'kompetanse')),
    version         INTEGER NOT NULL CHECK (version >= 1),
    content         TEXT NOT NULL,
    changed_by      TEXT NOT NULL,
    changed_at      TEXT NOT NULL,
    PRIMARY KEY (tenant_id, kind, version)
)@STRICT@;

CREATE TABLE incident (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    no              INTEGER NOT NULL,
    title           TEXT NOT NULL,
    scenario        TEXT,
    personal_data   INTEGER NOT NULL DEFAULT 0,
    essential       INTEGER NOT NULL DEFAULT 0,
    declared_at     TEXT NOT NULL,
    declared_by     TEXT NOT NULL,
    UNIQUE (tenant_id, no)
)@STRICT@;

-- kind 'avsluttet' closes the incident: nothing may follow it (checked in the store).
CREATE TABLE incident_entry (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    incident_id     INTEGER NOT NULL REFERENCES incident (id),
    at              TEXT NOT NULL,
    by_whom         TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('observasjon', 'beslutning', 'oppgave', 'varsling',
                                                  'korrigering', 'avsluttet')),
    text            TEXT NOT NULL
)@STRICT@;

CREATE TABLE kit_written (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    written_at      TEXT NOT NULL,
    audit_head      INTEGER NOT NULL,
    sha256          TEXT NOT NULL,
    encrypted       INTEGER NOT NULL,
    written_by      TEXT NOT NULL
)@STRICT@;

ALTER TABLE check_setting ADD COLUMN contact_days INTEGER NOT NULL DEFAULT 183;
ALTER TABLE check_setting ADD COLUMN exercise_days INTEGER NOT NULL DEFAULT 730;
