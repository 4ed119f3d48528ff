-- Scrutineer schema, version 3: a tamper-evident audit trail, and the file marked as Scrutineer's.
-- SQLite-specific in part: PRAGMA application_id, and RAISE in the triggers (a PostgreSQL store
-- would use a trigger function and REVOKE UPDATE, DELETE ON audit_log).
--
-- Each row carries hash = SHA-256 over its fields and prev_hash, the hash of the row before it
-- (see Database::auditHash): changing, removing or putting in a row breaks the chain, which
-- "scrutineer verify" and every opening of the database check. The rows written before this
-- version are chained by the upgrade itself (a row without a hash may be given one, once).

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be changed.');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit trail cannot be deleted from.');
END;

-- A new row must carry a hash and follow on from the last row.
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64
    OR NEW.prev_hash IS NOT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)
BEGIN
    SELECT RAISE(ABORT, 'An audit entry must carry its hash, chained to the entry before it.');
END;

PRAGMA application_id = 1396920917;
