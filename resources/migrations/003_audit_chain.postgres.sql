-- Scrutineer schema, version 3, on a server: the tamper-evident audit trail of 003_audit_chain.sqlite.sql.
--
-- Each row carries hash = SHA-256 over its fields and prev_hash, the hash of the row before it,
-- exactly as Database::auditHash computes it (each field as text: a zero byte for NULL, else a one
-- byte, the length of its UTF-8 in eight bytes, high byte first, and the UTF-8; then prev_hash the
-- same way; in hexadecimal), so that "scrutineer verify" checks a server's trail as it checks a file's,
-- and a copy between the engines carries the chain over unchanged.
--
-- On a file the program computes the chain and SQLite's triggers refuse an unchained row. On a server
-- the audit trail is written by the server's triggers, so the chain is made there too: every row
-- added to audit_log, however, is numbered after the last one and chained to it by the trigger
-- below (a hash given by whoever inserts is overwritten). The trigger takes the database's writers'
-- lock (the advisory lock Scrutineer's transactions take first, see Database::Transaction) so that
-- two transactions never chain to the same row. Rows cannot be changed or removed
-- (audit_log_permanent, 001). Whoever owns the database could still switch the triggers off; the
-- chain is what shows afterwards that rows were changed, removed or put in.

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- One field of the hash, as Database::auditHash adds it.
CREATE FUNCTION scrutineer_hash_field(v TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN '\x00'::BYTEA
                ELSE '\x01'::BYTEA || int8send(octet_length(convert_to(v, 'UTF8'))::BIGINT) || convert_to(v, 'UTF8')
           END
$$;

CREATE FUNCTION scrutineer_audit_hash(id BIGINT, at TEXT, login TEXT, table_name TEXT, row_id BIGINT,
                                      operation TEXT, field TEXT, old_value TEXT, new_value TEXT,
                                      prev_hash TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(scrutineer_hash_field(id::TEXT) || scrutineer_hash_field(at) ||
                         scrutineer_hash_field(login) || scrutineer_hash_field(table_name) ||
                         scrutineer_hash_field(row_id::TEXT) || scrutineer_hash_field(operation) ||
                         scrutineer_hash_field(field) || scrutineer_hash_field(old_value) ||
                         scrutineer_hash_field(new_value) || scrutineer_hash_field(NULLIF(prev_hash, ''))),
                  'hex')
$$;

-- The rows written before this version are chained now, in order.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_permanent;
DO $$
DECLARE
    r RECORD;
    previous TEXT;
    h TEXT;
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        h := scrutineer_audit_hash(r.id, r.at, r.login, r.table_name, r.row_id, r.operation, r.field,
                                   r.old_value, r.new_value, previous);
        UPDATE audit_log SET prev_hash = previous, hash = h WHERE id = r.id;
        previous := h;
    END LOOP;
END;
$$;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_permanent;

-- Runs as the owner: the last row may be one the inserting login may not read (another's note).
CREATE FUNCTION scrutineer_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    tail_id BIGINT;
    tail_hash TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(1396920917); -- the writers' lock ("SCRU")
    SELECT a.id, a.hash INTO tail_id, tail_hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
    NEW.id := COALESCE(tail_id, 0) + 1;
    NEW.prev_hash := tail_hash;
    NEW.hash := scrutineer_audit_hash(NEW.id, NEW.at, NEW.login, NEW.table_name, NEW.row_id, NEW.operation,
                                      NEW.field, NEW.old_value, NEW.new_value, NEW.prev_hash);
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
FOR EACH ROW EXECUTE FUNCTION scrutineer_audit_chain();

-- The links of the whole chain, for "scrutineer verify": everyone may check the chain, but the values
-- of another's private notes stay hidden (audit_log_read): verify reads the rows it may see from
-- audit_log itself and, for a row it may not, relies on the server's word whether its hash matches.
CREATE FUNCTION scrutineer_audit_links()
RETURNS TABLE (id BIGINT, at TEXT, prev_hash TEXT, hash TEXT, note_hash_matches BOOLEAN)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.id, a.at, a.prev_hash, a.hash,
           CASE WHEN a.table_name = 'notes' THEN a.hash IS NOT DISTINCT FROM
                scrutineer_audit_hash(a.id, a.at, a.login, a.table_name, a.row_id, a.operation, a.field,
                                      a.old_value, a.new_value, a.prev_hash) END
    FROM audit_log a
    ORDER BY a.id
$$;
