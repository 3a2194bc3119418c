-- 023 (SQLite): attached files and their removals are append-only, refused by the database.
CREATE TRIGGER attachment_no_update BEFORE UPDATE ON attachment
BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END;
CREATE TRIGGER attachment_no_delete BEFORE DELETE ON attachment
BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END;
CREATE TRIGGER attachment_removed_no_update BEFORE UPDATE ON attachment_removed
BEGIN SELECT RAISE(ABORT, 'attachment_removed is append-only'); END;
CREATE TRIGGER attachment_removed_no_delete BEFORE DELETE ON attachment_removed
BEGIN SELECT RAISE(ABORT, 'attachment_removed is append-only'); END;
