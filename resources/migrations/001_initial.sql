-- Scrutineer schema, version 1.
-- Portable SQL: it runs on SQLite today and is meant to run on PostgreSQL later
-- (INTEGER PRIMARY KEY becomes an identity column there). SQLite-only statements live
-- in migrations of their own, marked in their first line.
-- Every editable row carries version (raised by each update), updated_by and updated_at:
-- a save that expects an older version is refused (optimistic locking).
-- Dates are ISO 8601 text: 'YYYY-MM-DD'; date-times 'YYYY-MM-DDTHH:MM'.

CREATE TABLE committees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    short_name TEXT,
    council TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);

-- Members, co-opted members, officers and guests.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'member' CHECK (kind IN ('member', 'co-opted', 'officer', 'guest')),
    job_title TEXT,
    organisation TEXT,
    email TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX people_name ON people (name);

CREATE TABLE committee_members (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chairman', 'vice-chairman', 'member', 'co-opted', 'substitute')),
    from_date TEXT,
    to_date TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT,
    UNIQUE (committee_id, person_id, from_date)
);

-- Each login name maps to a person and a role. The first user of a new database is its administrator.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    role TEXT NOT NULL CHECK (role IN ('member', 'clerk', 'officer', 'administrator')),
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees (id) ON DELETE RESTRICT,
    starts_at TEXT NOT NULL,
    venue TEXT,
    contact TEXT,
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'approved')),
    title TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX meetings_committee ON meetings (committee_id, starts_at);

CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent', 'substitute', 'in attendance')),
    substitute_for_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    capacity TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT,
    UNIQUE (meeting_id, person_id)
);

-- minute_number is kept as printed ('56a'); sort_key orders it naturally (see core/MinuteNumber).
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    minute_number TEXT,
    sort_key TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    minutes_text TEXT,
    report_refs TEXT,
    exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
    source_page INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position);

CREATE TABLE declarations (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    interest_type TEXT NOT NULL DEFAULT 'personal' CHECK (interest_type IN ('personal', 'prejudicial', 'pecuniary', 'other')),
    nature TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);

-- Supporting documents, the original bytes kept (an imported minutes PDF among them).
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT 'application/pdf',
    sha256 TEXT NOT NULL,
    bytes BLOB,
    pages INTEGER,
    kind TEXT NOT NULL DEFAULT 'minutes' CHECK (kind IN ('minutes', 'agenda', 'report', 'other')),
    imported_at TEXT,
    imported_by TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE TABLE resolutions (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    source_page INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT,
    UNIQUE (item_id, number)
);

CREATE TABLE rating_schemes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);

-- rank orders statuses from best (0) to worst; on_track says whether it counts as on target.
CREATE TABLE rating_statuses (
    id INTEGER PRIMARY KEY,
    scheme_id INTEGER NOT NULL REFERENCES rating_schemes (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    letter TEXT NOT NULL,
    name TEXT NOT NULL,
    colour TEXT NOT NULL,
    definition TEXT,
    rank INTEGER NOT NULL,
    on_track INTEGER NOT NULL DEFAULT 0 CHECK (on_track IN (0, 1)),
    means_complete INTEGER NOT NULL DEFAULT 0 CHECK (means_complete IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT,
    UNIQUE (scheme_id, code)
);

CREATE TABLE improvement_plans (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER REFERENCES committees (id) ON DELETE SET NULL,
    scheme_id INTEGER NOT NULL REFERENCES rating_schemes (id) ON DELETE RESTRICT,
    title TEXT NOT NULL,
    adopted_on TEXT,
    review_days INTEGER NOT NULL DEFAULT 90,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);

CREATE TABLE priorities (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES improvement_plans (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    lead TEXT,
    description TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT,
    UNIQUE (plan_id, number)
);

CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES improvement_plans (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT,
    UNIQUE (plan_id, number)
);

CREATE TABLE priority_recommendations (
    priority_id INTEGER NOT NULL REFERENCES priorities (id) ON DELETE CASCADE,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    PRIMARY KEY (priority_id, recommendation_id)
);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    priority_id INTEGER NOT NULL REFERENCES priorities (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    definition_of_done TEXT,
    owner TEXT,
    due_date TEXT,
    completion TEXT NOT NULL DEFAULT 'not started'
        CHECK (completion IN ('not started', 'in progress', 'awaiting sign-off', 'complete')),
    status_id INTEGER REFERENCES rating_statuses (id) ON DELETE RESTRICT,
    evidence TEXT,
    rated_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX milestones_priority ON milestones (priority_id);

-- Every rating change: when, by whom, from, to, why, and the meeting it was reported to.
CREATE TABLE rating_changes (
    id INTEGER PRIMARY KEY,
    milestone_id INTEGER NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL,
    changed_by TEXT,
    from_status_id INTEGER REFERENCES rating_statuses (id) ON DELETE RESTRICT,
    to_status_id INTEGER NOT NULL REFERENCES rating_statuses (id) ON DELETE RESTRICT,
    rationale TEXT,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX rating_changes_milestone ON rating_changes (milestone_id, changed_on);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES meetings (id) ON DELETE CASCADE,
    item_id INTEGER REFERENCES agenda_items (id) ON DELETE CASCADE,
    resolution_id INTEGER REFERENCES resolutions (id) ON DELETE SET NULL,
    milestone_id INTEGER REFERENCES milestones (id) ON DELETE SET NULL,
    reference TEXT,
    text TEXT NOT NULL,
    owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    owner TEXT,
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in progress', 'done', 'cancelled')),
    completed_on TEXT,
    source_page INTEGER,
    created_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX actions_meeting ON actions (meeting_id);
CREATE INDEX actions_status_due ON actions (status, due_date);

CREATE TABLE action_updates (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    updated_on TEXT NOT NULL,
    status TEXT CHECK (status IN ('open', 'in progress', 'done', 'cancelled')),
    note TEXT NOT NULL,
    author TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX action_updates_action ON action_updates (action_id, updated_on);

-- Teams and services; also 'national' and 'neighbours' rows for comparison lines.
CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'team' CHECK (kind IN ('service', 'team', 'national', 'neighbours')),
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);

-- Bands: green_low..green_high is the target; amber_low..amber_high the tolerance; NULL is unbounded.
-- formula names the parts of a derived indicator (e.g. 'cases / case_holding_fte'); derived values are
-- computed, never typed.
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    definition TEXT,
    unit TEXT NOT NULL CHECK (unit IN ('count', 'percentage', 'ratio', 'rate10k', 'days', 'number')),
    better TEXT NOT NULL DEFAULT 'band' CHECK (better IN ('higher', 'lower', 'band')),
    frequency TEXT NOT NULL DEFAULT 'monthly' CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
    green_low REAL,
    green_high REAL,
    amber_low REAL,
    amber_high REAL,
    formula TEXT,
    source TEXT,
    is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);

CREATE TABLE indicator_priorities (
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    priority_id INTEGER NOT NULL REFERENCES priorities (id) ON DELETE CASCADE,
    PRIMARY KEY (indicator_id, priority_id)
);

-- period is 'YYYY-MM' (the month the figure describes).
CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT,
    entered_by TEXT,
    entered_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT,
    UNIQUE (indicator_id, team_id, period)
);

-- Members' private notes on an item or milestone, visible to their author only.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    author TEXT NOT NULL,
    target_type TEXT NOT NULL CHECK (target_type IN ('item', 'milestone', 'action', 'meeting')),
    target_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_by TEXT,
    updated_at TEXT
);
CREATE INDEX notes_author ON notes (author, target_type, target_id);

-- Every insert, update and delete made through the store, one row per field changed.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    login TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
