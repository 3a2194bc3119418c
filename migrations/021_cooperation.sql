-- 021_cooperation.sql: the IT cooperation as a tenant with member municipalities (issue 13).
-- A cooperation is a tenant of kind 'samarbeid': its code (the kommunenr column, which is
-- the tenant's public code) is the cooperation's own id, such as 'ikt-fjell'. A municipality
-- belongs to at most one cooperation at a time; leaving ends the row, so the history stays.
ALTER TABLE tenant ADD COLUMN kind TEXT NOT NULL DEFAULT 'kommune' CHECK (kind IN ('kommune', 'samarbeid'));

CREATE TABLE coop_member (
    id              @ID@,
    coop_id         INTEGER NOT NULL REFERENCES tenant (id),
    member_id       INTEGER NOT NULL REFERENCES tenant (id),
    joined_at       TEXT NOT NULL,
    joined_by       TEXT NOT NULL,
    left_at         TEXT,
    left_by         TEXT
)@STRICT@;

CREATE UNIQUE INDEX coop_member_live ON coop_member (member_id) WHERE left_at IS NULL;
CREATE INDEX coop_member_coop ON coop_member (coop_id, left_at);
