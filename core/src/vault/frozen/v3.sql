-- What vault schema version 3 added to version 2, exactly as it shipped, with a row; the upgrade tests in ../schema.rs load it over v2.sql.
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
INSERT INTO ride_places VALUES ('r1', 'offer', 'wales:tue-eve', '2026-11-24', 52.4, -4.05,
                                '2026-11-22T10:00:00+00:00');
PRAGMA user_version = 3;
