-- Invitations of an address that already has an account in another municipality (issue 10).
-- The inviting administrator sees the same as for any invitation: a link, and a pending row
-- on the users page, so an invitation never tells one municipality who has an account in
-- another. Opening the link tells the person they have an account already; with memberships
-- (issue 13) it will add this municipality to that account.
CREATE TABLE invitation (
    id              @ID@,
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    email           TEXT NOT NULL,
    name            TEXT,
    role            TEXT NOT NULL CHECK (role IN ('les', 'redaktor', 'leder', 'admin')),
    lang            TEXT NOT NULL DEFAULT 'nb' CHECK (lang IN ('nb', 'en')),
    token_hash      TEXT NOT NULL UNIQUE,
    expires_at      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    ended_at        TEXT
)@STRICT@;

CREATE INDEX invitation_pending ON invitation (tenant_id, email, ended_at);
