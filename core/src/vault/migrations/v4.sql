-- Vault schema version 4: the person's own people (sponsor, friends, helplines) with a phone number
-- each, offered after a hard check-in. Private like the journal.
-- Released: never edit. A change is a new version and a new file (see ../schema.rs).
CREATE TABLE contacts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    phone TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
