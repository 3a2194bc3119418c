-- 007_refdata.sql: the reference catalogs systems are checked against (model/lifecycle.h):
-- endoflife.date's end-of-life data ('eol') and CISA's Known Exploited Vulnerabilities
-- ('kev'), as the files were published, with their version and the date of the newest
-- data in them. Shared by all municipalities, like the measure catalogs. beredt init loads
-- the copies shipped in data/; beredt data update loads newer ones. Each change is in the
-- audit trail with the old and the new version.

CREATE TABLE refdata (
    name            TEXT PRIMARY KEY CHECK (name IN ('eol', 'kev')),
    version         TEXT NOT NULL,
    data_date       TEXT NOT NULL,
    loaded_at       TEXT NOT NULL,
    loaded_by       TEXT NOT NULL,
    content         TEXT NOT NULL
)@STRICT@;
