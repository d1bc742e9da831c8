-- Vault schema version 1: what an empty vault starts with.
-- Released: never edit. A change is a new version and a new file (see ../schema.rs).
-- Small personal settings (notification wording, fallback zone, …): key → JSON value.
CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
-- 'My meetings'. The meeting id is the directory's stable id; last_known is the meeting as
-- last seen (JSON), so the favourite still shows what it was once its feed drops it.
CREATE TABLE favorites (
    meeting_id TEXT PRIMARY KEY NOT NULL,
    added_at TEXT NOT NULL,
    last_known TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
-- Journal entries. id is a UUIDv7 (sorts by creation time, unique across devices, so a
-- restore merges by id); the row id is its timestamp in ms × 4096 (+ a counter), so rows and
-- the text index are in creation order whatever device wrote them; timestamps are RFC 3339 with the writer's UTC offset. mood and
-- craving are columns (trends); the rest of the structured fields are one JSON object.
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
-- Everything a person wrote in an entry (text, list items, answers, tags), for search;
-- keyed by the entry's row id, which follows creation time. Entries in the trash are taken
-- out of it. Contentless (the text is in journal already) and without positions (we match
-- words and prefixes, not phrases): a fraction of the size, so common words stay fast.
-- Encrypted with the rest of the file.
CREATE VIRTUAL TABLE journal_fts USING fts5(
    content, content='', contentless_delete=1, detail=none,
    tokenize='unicode61 remove_diacritics 2'
);
-- Sobriety (or any 'clean since') dates: a calendar date, counted in the person's own
-- calendar. Several are allowed (alcohol, another substance, a behaviour).
CREATE TABLE sobriety (
    id TEXT PRIMARY KEY NOT NULL,
    label TEXT NOT NULL,
    date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
