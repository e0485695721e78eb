-- The audit trail page reads the whole trail newest first; without this index every page sorts the table.
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
