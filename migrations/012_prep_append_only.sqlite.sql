-- 012 (SQLite): the versions of the preparedness documents and the incident log are
-- append-only, refused by the database itself.
CREATE TRIGGER prep_version_no_update BEFORE UPDATE ON prep_version
BEGIN SELECT RAISE(ABORT, 'prep_version is append-only'); END;
CREATE TRIGGER prep_version_no_delete BEFORE DELETE ON prep_version
BEGIN SELECT RAISE(ABORT, 'prep_version is append-only'); END;
CREATE TRIGGER incident_entry_no_update BEFORE UPDATE ON incident_entry
BEGIN SELECT RAISE(ABORT, 'incident_entry is append-only'); END;
CREATE TRIGGER incident_entry_no_delete BEFORE DELETE ON incident_entry
BEGIN SELECT RAISE(ABORT, 'incident_entry is append-only'); END;
CREATE TRIGGER incident_no_update BEFORE UPDATE ON incident
BEGIN SELECT RAISE(ABORT, 'incident is append-only'); END;
CREATE TRIGGER incident_no_delete BEFORE DELETE ON incident
BEGIN SELECT RAISE(ABORT, 'incident is append-only'); END;
