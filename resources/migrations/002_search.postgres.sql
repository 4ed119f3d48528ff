-- PostgreSQL-only: the full-text index behind Search, the server's counterpart of FTS5 in
-- 002_search.sqlite.sql: the same rows (rowid = id * 8 + kind; kind 1 agenda item, 2 resolution,
-- 3 action, 4 milestone), the same columns (title, body, owner), kept by triggers, and words split
-- and folded as FTS5's unicode61 tokenizer does (letters and digits; case and accents ignored; no
-- stemming, so that a prefix matches the words as written and the plural widening of
-- SearchRepository finds the same rows on both engines). The words are a tsvector under a GIN
-- index, the title weighted A, the body B and the owner C, so that a phrase can be matched within
-- one column as FTS5 does. Snippets are cut from the stored text by SearchSnippets, as FTS5 cuts them.

CREATE TABLE search_paused (id INTEGER PRIMARY KEY CHECK (id = 1));

-- A text made ready for to_tsvector('simple', …) to find the words FTS5 (unicode61,
-- remove_diacritics 2) finds: accents taken off (when there are any), and ASCII punctuation made
-- spaces, so that the parser sees no e-mail addresses, paths, hyphenated or dotted words of its own
-- (it splits at every other character that is not a letter or digit already).
CREATE FUNCTION scrutineer_search_words(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(CASE WHEN t IS NULL THEN '' WHEN octet_length(t) = length(t) THEN t
                               ELSE regexp_replace(normalize(t, NFD), '[\u0300-\u036f]', '', 'g') END,
                          '[!-/:-@\[-`{-~]+', ' ', 'g')
$$;

CREATE TABLE search_index (
    rowid BIGINT PRIMARY KEY,
    title TEXT,
    body TEXT,
    owner TEXT,
    document TSVECTOR NOT NULL DEFAULT ''
);
CREATE INDEX search_index_document ON search_index USING GIN (document);

CREATE FUNCTION scrutineer_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.document := setweight(to_tsvector('simple', scrutineer_search_words(NEW.title)), 'A')
                 || setweight(to_tsvector('simple', scrutineer_search_words(NEW.body)), 'B')
                 || setweight(to_tsvector('simple', scrutineer_search_words(NEW.owner)), 'C');
    RETURN NEW;
END;
$$;
CREATE TRIGGER search_index_document BEFORE INSERT OR UPDATE ON search_index
FOR EACH ROW EXECUTE FUNCTION scrutineer_search_document();

-- The source tables keep the index in step (as their owner: nobody writes the index directly).
CREATE FUNCTION scrutineer_search_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    kind INTEGER := CASE TG_TABLE_NAME WHEN 'agenda_items' THEN 1 WHEN 'resolutions' THEN 2
                                       WHEN 'actions' THEN 3 ELSE 4 END;
BEGIN
    IF EXISTS (SELECT 1 FROM search_paused) THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE rowid = OLD.id * 8 + kind;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    IF kind = 1 THEN
        INSERT INTO search_index (rowid, title, body, owner) VALUES (NEW.id * 8 + 1, NEW.title, NEW.minutes_text, NULL);
    ELSIF kind = 2 THEN
        INSERT INTO search_index (rowid, title, body, owner) VALUES (NEW.id * 8 + 2, NULL, NEW.text, NULL);
    ELSIF kind = 3 THEN
        INSERT INTO search_index (rowid, title, body, owner) VALUES (NEW.id * 8 + 3, NEW.reference, NEW.text, NEW.owner);
    ELSE
        INSERT INTO search_index (rowid, title, body, owner)
        VALUES (NEW.id * 8 + 4, NEW.code || ' ' || NEW.title,
                trim(COALESCE(NEW.definition_of_done, '') || chr(10) || COALESCE(NEW.evidence, '')), NEW.owner);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER search_follow AFTER INSERT OR DELETE OR UPDATE OF title, minutes_text ON agenda_items
FOR EACH ROW EXECUTE FUNCTION scrutineer_search_follow();
CREATE TRIGGER search_follow AFTER INSERT OR DELETE OR UPDATE OF text ON resolutions
FOR EACH ROW EXECUTE FUNCTION scrutineer_search_follow();
CREATE TRIGGER search_follow AFTER INSERT OR DELETE OR UPDATE OF reference, text, owner ON actions
FOR EACH ROW EXECUTE FUNCTION scrutineer_search_follow();
CREATE TRIGGER search_follow AFTER INSERT OR DELETE OR UPDATE OF code, title, definition_of_done, evidence, owner ON milestones
FOR EACH ROW EXECUTE FUNCTION scrutineer_search_follow();

-- The whole index afresh from the tables (after a big load, see SearchIndexPause; and as a repair).
CREATE FUNCTION scrutineer_search_rebuild() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM search_index;
    INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 1, title, minutes_text, NULL FROM agenda_items;
    INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 2, NULL, text, NULL FROM resolutions;
    INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 3, reference, text, owner FROM actions;
    INSERT INTO search_index (rowid, title, body, owner)
    SELECT id * 8 + 4, code || ' ' || title, trim(COALESCE(definition_of_done, '') || chr(10) || COALESCE(evidence, '')), owner
    FROM milestones;
END;
$$;

-- What was there before this version.
SELECT scrutineer_search_rebuild();
