-- 019 (PostgreSQL): notifications and the "became aware" versions are append-only.
CREATE TRIGGER incident_notice_append_only BEFORE UPDATE OR DELETE ON incident_notice
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
CREATE TRIGGER incident_aware_append_only BEFORE UPDATE OR DELETE ON incident_aware
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
