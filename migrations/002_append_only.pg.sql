-- 002 (PostgreSQL): history tables are append-only. An UPDATE or DELETE is refused by
-- the database itself, not only by the code above it.
CREATE FUNCTION beredt_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER answer_history_append_only BEFORE UPDATE OR DELETE ON answer_history
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
CREATE TRIGGER action_history_append_only BEFORE UPDATE OR DELETE ON action_history
    FOR EACH ROW EXECUTE FUNCTION beredt_append_only();
