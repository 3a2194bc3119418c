-- 019 (SQLite): notifications and the "became aware" versions are append-only.
CREATE TRIGGER incident_notice_no_update BEFORE UPDATE ON incident_notice
BEGIN SELECT RAISE(ABORT, 'incident_notice is append-only'); END;
CREATE TRIGGER incident_notice_no_delete BEFORE DELETE ON incident_notice
BEGIN SELECT RAISE(ABORT, 'incident_notice is append-only'); END;
CREATE TRIGGER incident_aware_no_update BEFORE UPDATE ON incident_aware
BEGIN SELECT RAISE(ABORT, 'incident_aware is append-only'); END;
CREATE TRIGGER incident_aware_no_delete BEFORE DELETE ON incident_aware
BEGIN SELECT RAISE(ABORT, 'incident_aware is append-only'); END;
