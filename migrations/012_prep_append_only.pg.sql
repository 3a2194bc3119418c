-- 012 (PostgreSQL): the versions of the preparedness documents and the incident log are
-- append-only, refused by the database itself (beredt_append_only() is from 002).
CREATE TRIGGER prep_version_append_only BEFORE UPDATE OR DELETE ON prep_version
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
CREATE TRIGGER incident_entry_append_only BEFORE UPDATE OR DELETE ON incident_entry
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
CREATE TRIGGER incident_append_only BEFORE UPDATE OR DELETE ON incident
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
