-- 020_membership.sql: one account, a role in several tenants (issue 13).
-- An account (app_user: one address, one password, one second factor) holds a membership
-- in each tenant it may work in, with a role of its own there. app_user.tenant_id is the
-- tenant that made the account (its enrolment and resets belong there); the role and
-- whether it is switched on live here. A membership is never rewritten into another:
-- it ends (ended_at) and a new row begins, so who could do what, when, stays known.
CREATE TABLE membership (
    id              @ID@,
    user_id         INTEGER NOT NULL REFERENCES app_user (id),
    tenant_id       INTEGER NOT NULL REFERENCES tenant (id),
    role            TEXT NOT NULL CHECK (role IN ('les', 'redaktor', 'leder', 'admin')),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    ended_at        TEXT,
    ended_by        TEXT
)@STRICT@;

CREATE UNIQUE INDEX membership_live ON membership (user_id, tenant_id) WHERE ended_at IS NULL;
CREATE INDEX membership_tenant ON membership (tenant_id, ended_at);

INSERT INTO membership (user_id, tenant_id, role, active, created_at, created_by)
    SELECT id, tenant_id, role, active, created_at, created_by FROM app_user ORDER BY id;
