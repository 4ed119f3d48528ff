-- Exempt (Part 2) agenda items, found by index: every public search leaves out the exempt items and
-- their resolutions and actions (SearchRepository), which read the whole of agenda_items without it.
CREATE INDEX agenda_items_exempt ON agenda_items (exempt);
