-- SQLite-only (FTS5): the full-text index behind Search; 002_search.postgres.sql is the server's (tsvector).
-- One row per searchable thing; its rowid encodes what it is: id * 8 + kind, where kind is
-- 1 agenda item (title, minutes text), 2 resolution (text), 3 action (reference, text, owner),
-- 4 milestone (code and title, definition of done and evidence, owner).
-- The index keeps its own copy of the text (so that snippet() and highlight() work) and is kept
-- in step with the source tables by the triggers below; rows that existed before are copied in.
-- No stemmer: a prefix query (recruitm*) must match the words as written; SearchRepository widens
-- plain words to their plurals instead ("caseloads" finds "caseload"). Case and diacritics are ignored.

-- While search_paused holds its row (a big load: see SearchIndexPause) the triggers stand still and
-- the index is rebuilt in one go afterwards, which is about twice as fast as row by row.
CREATE TABLE search_paused (id INTEGER PRIMARY KEY CHECK (id = 1));

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, owner,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

-- Agenda items.
CREATE TRIGGER search_item_insert AFTER INSERT ON agenda_items
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    INSERT INTO search_index (rowid, title, body, owner) VALUES (new.id * 8 + 1, new.title, new.minutes_text, NULL);
END;
CREATE TRIGGER search_item_update AFTER UPDATE OF title, minutes_text ON agenda_items
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    UPDATE search_index SET title = new.title, body = new.minutes_text WHERE rowid = new.id * 8 + 1;
END;
CREATE TRIGGER search_item_delete AFTER DELETE ON agenda_items
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

-- Resolutions.
CREATE TRIGGER search_resolution_insert AFTER INSERT ON resolutions
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    INSERT INTO search_index (rowid, title, body, owner) VALUES (new.id * 8 + 2, NULL, new.text, NULL);
END;
CREATE TRIGGER search_resolution_update AFTER UPDATE OF text ON resolutions
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    UPDATE search_index SET body = new.text WHERE rowid = new.id * 8 + 2;
END;
CREATE TRIGGER search_resolution_delete AFTER DELETE ON resolutions
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;

-- Actions.
CREATE TRIGGER search_action_insert AFTER INSERT ON actions
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    INSERT INTO search_index (rowid, title, body, owner) VALUES (new.id * 8 + 3, new.reference, new.text, new.owner);
END;
CREATE TRIGGER search_action_update AFTER UPDATE OF reference, text, owner ON actions
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    UPDATE search_index SET title = new.reference, body = new.text, owner = new.owner WHERE rowid = new.id * 8 + 3;
END;
CREATE TRIGGER search_action_delete AFTER DELETE ON actions
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

-- Milestones.
CREATE TRIGGER search_milestone_insert AFTER INSERT ON milestones
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    INSERT INTO search_index (rowid, title, body, owner)
    VALUES (new.id * 8 + 4, new.code || ' ' || new.title,
            trim(coalesce(new.definition_of_done, '') || char(10) || coalesce(new.evidence, '')), new.owner);
END;
CREATE TRIGGER search_milestone_update AFTER UPDATE OF code, title, definition_of_done, evidence, owner ON milestones
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    UPDATE search_index
    SET title = new.code || ' ' || new.title,
        body = trim(coalesce(new.definition_of_done, '') || char(10) || coalesce(new.evidence, '')),
        owner = new.owner
    WHERE rowid = new.id * 8 + 4;
END;
CREATE TRIGGER search_milestone_delete AFTER DELETE ON milestones
WHEN NOT EXISTS (SELECT 1 FROM search_paused)
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;

-- What was there before this version.
INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 1, title, minutes_text, NULL FROM agenda_items;
INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 2, NULL, text, NULL FROM resolutions;
INSERT INTO search_index (rowid, title, body, owner) SELECT id * 8 + 3, reference, text, owner FROM actions;
INSERT INTO search_index (rowid, title, body, owner)
SELECT id * 8 + 4, code || ' ' || title, trim(coalesce(definition_of_done, '') || char(10) || coalesce(evidence, '')), owner
FROM milestones;
