-- PostgreSQL-only, run after 001_initial.sql: what a shared server keeps that a file does not.
--
-- * schema_version: the schema's version (SQLite keeps it in PRAGMA user_version).
-- * server_roles: the server role that stands for each Scrutineer role in this database
--   (<database>_member, _clerk, _officer, _administrator; made here when missing). Logins are
--   members of one of them; the privileges of each are granted by Database::applyServerPrivileges
--   from the same rule the program applies (Roles::mayWrite), after every upgrade.
-- * The audit trail is written by triggers (scrutineer_audit), however a change is made: by
--   Scrutineer, by psql, by another program. Who = the login role making the change. Nobody may
--   change or remove an audit row; rows may be added only by the triggers.
-- * Private notes are readable and writable by their author only (row-level security).
-- * users: adding a user makes its login role and grants it its Scrutineer role's server role;
--   changing the role moves it; removing the user takes the role away (the login itself stays,
--   as it may serve other databases on the same server).
-- * Every change to a table is announced with NOTIFY scrutineer, 'table' so that other windows
--   refresh within moments.

CREATE TABLE schema_version (version INTEGER NOT NULL);

CREATE TABLE server_roles (
    role TEXT PRIMARY KEY CHECK (role IN ('member', 'clerk', 'officer', 'administrator')),
    pg_role TEXT NOT NULL UNIQUE
);

DO $$
DECLARE
    r TEXT;
    name TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['member', 'clerk', 'officer', 'administrator'] LOOP
        name := left(current_database(), 48) || '_' || r;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
        INSERT INTO server_roles (role, pg_role) VALUES (r, name);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), name);
    END LOOP;
    -- Only the roles above (and the owner) may connect, and nobody makes temporary tables.
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END;
$$;

-- The login making a change: the role of the statement that started it, also inside the cascades
-- that foreign keys run as the table's owner (scrutineer_actor keeps it for the transaction).
CREATE FUNCTION scrutineer_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        PERFORM set_config('scrutineer.actor', current_user, true);
    END IF;
    RETURN NULL;
END;
$$;

-- One audit row per field changed, as the file engine writes them: an insert records each value
-- given (leaving out the id, version and stamps); an update each field that changed; a delete every
-- field the row had. During a bulk load (scrutineer.bulk_load) an insert records one row, field '*'.
-- The trigger's arguments name the table's binary columns, recorded by their size only.
CREATE FUNCTION scrutineer_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row JSONB;
    new_row JSONB;
    key TEXT;
    was TEXT;
    now_value TEXT;
    row_key BIGINT;
    who TEXT;
    stamp TEXT := to_char(localtimestamp(0), 'YYYY-MM-DD"T"HH24:MI:SS');
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    row_key := COALESCE((COALESCE(new_row, old_row) ->> 'id')::BIGINT, 0);
    IF pg_trigger_depth() = 1 THEN
        who := current_user;
    ELSE
        who := COALESCE(NULLIF(current_setting('scrutineer.actor', true), ''), current_user);
    END IF;
    IF TG_OP = 'INSERT' AND current_setting('scrutineer.bulk_load', true) = 'on' THEN
        INSERT INTO audit_log (at, login, table_name, row_id, operation, field)
        VALUES (stamp, who, TG_TABLE_NAME, row_key, 'insert', '*');
        RETURN NULL;
    END IF;
    FOR key IN SELECT jsonb_object_keys(COALESCE(new_row, old_row)) LOOP
        was := old_row ->> key;
        now_value := new_row ->> key;
        IF key = ANY (TG_ARGV) THEN
            was := CASE WHEN was IS NULL THEN NULL ELSE '<' || ((length(was) - 2) / 2) || ' bytes>' END;
            now_value := CASE WHEN now_value IS NULL THEN NULL ELSE '<' || ((length(now_value) - 2) / 2) || ' bytes>' END;
        END IF;
        IF TG_OP = 'INSERT' THEN
            CONTINUE WHEN now_value IS NULL OR key IN ('id', 'version', 'updated_by', 'updated_at');
        ELSIF TG_OP = 'UPDATE' THEN
            CONTINUE WHEN was IS NOT DISTINCT FROM now_value OR key IN ('version', 'updated_by', 'updated_at');
        ELSE
            CONTINUE WHEN was IS NULL;
        END IF;
        INSERT INTO audit_log (at, login, table_name, row_id, operation, field, old_value, new_value)
        VALUES (stamp, who, TG_TABLE_NAME, row_key, lower(TG_OP), key, was, now_value);
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE FUNCTION scrutineer_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('scrutineer', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

-- The audit trail: read by all (but for the values of others' private notes), added to by the
-- triggers only, changed and removed by nobody, the owner included.
CREATE FUNCTION scrutineer_audit_is_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail cannot be changed or deleted from.' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_permanent BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION scrutineer_audit_is_permanent();
CREATE TRIGGER audit_log_not_truncated BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION scrutineer_audit_is_permanent();
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (table_name <> 'notes' OR login = current_user);
CREATE POLICY audit_log_by_triggers ON audit_log FOR INSERT WITH CHECK (pg_trigger_depth() > 0);

-- Private notes.
ALTER TABLE notes ALTER COLUMN author SET DEFAULT current_user;
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_author_only ON notes USING (author = current_user) WITH CHECK (author = current_user);
-- Whether a note exists at all, so that changing someone else's is refused as such (not "deleted").
CREATE FUNCTION scrutineer_note_exists(note BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM notes WHERE id = note)
$$;

-- Users and their login roles. Runs as the owner, who may make roles (CREATEROLE).
CREATE FUNCTION scrutineer_sync_login() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    old_group TEXT;
    new_group TEXT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT pg_role INTO old_group FROM server_roles WHERE role = OLD.role;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = OLD.login) AND pg_has_role(OLD.login, old_group, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', old_group, OLD.login);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT pg_role INTO new_group FROM server_roles WHERE role = NEW.role;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.login) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I LOGIN', NEW.login);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- made at the same moment for another database on this server
            END;
        END IF;
        EXECUTE format('GRANT %I TO %I', new_group, NEW.login);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER users_login_roles AFTER INSERT OR DELETE OR UPDATE OF login, role ON users
FOR EACH ROW EXECUTE FUNCTION scrutineer_sync_login();

-- An administrator sets the password of a login of this database (not of anyone else on the server).
-- Only the administrators' role may run it (EXECUTE is granted to it alone).
CREATE FUNCTION scrutineer_set_password(who TEXT, secret TEXT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM users WHERE login = who)
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND (rolsuper OR rolcreaterole OR rolcreatedb)) THEN
        RAISE EXCEPTION 'The password of % is not kept by this database.', who USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', who, secret);
END;
$$;
