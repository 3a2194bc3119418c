-- Incident clocks that mean it (issue 11): a notification is a record of its own (to whom,
-- when, by whom, the receiver's reference), never read out of a log entry's text; and when
-- the municipality became aware of the breach, which the 72-hour clock runs from, is kept
-- in versions (the latest counts; a change is a new row, audited). Both append-only (019).
CREATE TABLE incident_notice (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    incident_id     INTEGER NOT NULL REFERENCES incident (id),
    receiver        TEXT NOT NULL CHECK (receiver IN ('datatilsynet', 'nsm', 'politiet', 'kommunecert',
                                                      'forsikring', 'statsforvalteren', 'kontakt')),
    contact         TEXT,
    notified_at     TEXT NOT NULL,
    reference       TEXT,
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL
)@STRICT@;
CREATE INDEX incident_notice_of ON incident_notice (tenant_id, incident_id);

CREATE TABLE incident_aware (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    incident_id     INTEGER NOT NULL REFERENCES incident (id),
    aware_at        TEXT NOT NULL,
    changed_at      TEXT NOT NULL,
    changed_by      TEXT NOT NULL
)@STRICT@;
CREATE INDEX incident_aware_of ON incident_aware (tenant_id, incident_id);
