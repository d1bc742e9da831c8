-- Vault schema version 3: car-pools. The outbox of ride operations composed on this phone (sent at the
-- next sync, each with a client-made id so a retry is harmless) with the server's answer, and
-- the exact places behind each offer or request, which never leave the phone.
-- Released: never edit. A change is a new version and a new file (see ../schema.rs).
CREATE TABLE ride_outbox (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    op TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    code TEXT,
    message TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE ride_places (
    ride_id TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    date TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    created_at TEXT NOT NULL
);
