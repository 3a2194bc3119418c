-- 023 (PostgreSQL): attached files and their removals are append-only.
CREATE TRIGGER attachment_append_only BEFORE UPDATE OR DELETE ON attachment
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
CREATE TRIGGER attachment_removed_append_only BEFORE UPDATE OR DELETE ON attachment_removed
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
