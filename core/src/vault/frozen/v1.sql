CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE favorites (
    meeting_id TEXT PRIMARY KEY NOT NULL,
    added_at TEXT NOT NULL,
    last_known TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE TABLE journal (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    edited_at TEXT NOT NULL,
    mood INTEGER,
    craving INTEGER,
    fields TEXT NOT NULL,
    body TEXT NOT NULL,
    meeting_id TEXT,
    deleted_at TEXT
);
CREATE INDEX journal_meeting ON journal(meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX journal_trash ON journal(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TABLE journal_tags (
    entry INTEGER NOT NULL REFERENCES journal(rowid) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    UNIQUE (entry, tag)
);
CREATE INDEX journal_tags_tag ON journal_tags(tag);
CREATE VIRTUAL TABLE journal_fts USING fts5(
    content, content='', contentless_delete=1, detail=none,
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE sobriety (
    id TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL,
    date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
PRAGMA user_version = 1;
