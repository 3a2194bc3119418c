-- Reads that do not grow with history (issue 10). The crisis kit's "latest change to what
-- it holds" and a municipality's audit trail were read by scanning the whole audit table,
-- so the dashboard slowed as answers gathered versions.
CREATE INDEX audit_tenant_action ON audit (tenant_id, action, seq);
CREATE INDEX audit_tenant_seq ON audit (tenant_id, seq);
