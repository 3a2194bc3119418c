-- API tokens expire (issue 10): a token made before this migration expires 90 days after
-- it was made (the check reads created_at when expires_at is empty).
ALTER TABLE api_token ADD COLUMN expires_at TEXT;
