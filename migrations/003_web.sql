-- 003_web.sql: people, sessions, API tokens and the audit trail.
-- Secrets are never stored: passwords as argon2id strings, session ids, tokens and
-- recovery codes as BLAKE2b hashes (hex).

CREATE TABLE app_user (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    email           TEXT NOT NULL UNIQUE,
    name            TEXT,
    role            TEXT NOT NULL CHECK (role IN ('les', 'redaktor', 'leder', 'admin')),
    lang            TEXT NOT NULL DEFAULT 'nb' CHECK (lang IN ('nb', 'en')),
    password_hash   TEXT,
    totp_secret     TEXT,
    totp_last_step  INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1,
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL
)@STRICT@;

-- One-time links to set a password and enrol two-factor (new users, and resets).
CREATE TABLE enrollment (
    token_hash      TEXT NOT NULL PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES app_user (id),
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    totp_secret     TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    used_at         TEXT
)@STRICT@;

CREATE TABLE recovery_code (
    user_id         INTEGER NOT NULL REFERENCES app_user (id),
    code_hash       TEXT NOT NULL,
    used_at         TEXT,
    PRIMARY KEY (user_id, code_hash)
)@STRICT@;

-- A session is 'pending' between password and second factor, then 'full'.
CREATE TABLE session (
    id_hash         TEXT NOT NULL PRIMARY KEY,
    user_id         INTEGER NOT NULL REFERENCES app_user (id),
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    state           TEXT NOT NULL CHECK (state IN ('pending', 'full')),
    csrf            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_seen       TEXT NOT NULL,
    ip              TEXT,
    flash           TEXT
)@STRICT@;

CREATE TABLE api_token (
    id              @ID@,
    user_id         INTEGER NOT NULL REFERENCES app_user (id),
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    token_hash      TEXT NOT NULL UNIQUE,
    label           TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_used_at    TEXT,
    revoked_at      TEXT
)@STRICT@;

-- The audit trail: append-only, each row's hash chained to the previous one.
CREATE TABLE audit (
    seq             INTEGER NOT NULL PRIMARY KEY,
    tenant_id       INTEGER,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    object          TEXT NOT NULL,
    old_value       TEXT,
    new_value       TEXT,
    ip              TEXT,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
)@STRICT@;

-- The head of the chain; updating it serialises writers in both databases.
CREATE TABLE audit_head (
    id              INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    seq             INTEGER NOT NULL,
    hash            TEXT NOT NULL
)@STRICT@;
INSERT INTO audit_head (id, seq, hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE INDEX app_user_tenant ON app_user (tenant_id);
CREATE INDEX session_by_user ON session (user_id);
CREATE INDEX audit_tenant ON audit (tenant_id, seq);
