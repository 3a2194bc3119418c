-- 013_sbom.sql: the software components of a system, from a CycloneDX SBOM the vendor or
-- a build gives (io/cyclonedx.h). An import replaces the components of that system; the
-- checks match each against the end-of-life and KEV catalogs.

CREATE TABLE sbom_component (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    system_id       INTEGER NOT NULL REFERENCES ros_system (id),
    name            TEXT NOT NULL,
    version         TEXT,
    supplier        TEXT,
    purl            TEXT,
    imported        TEXT NOT NULL,
    source          TEXT NOT NULL
)@STRICT@;
