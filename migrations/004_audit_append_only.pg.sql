-- 004 (PostgreSQL): the audit trail refuses UPDATE and DELETE.
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
