-- Board schema version 1, in SQLite's spelling (PostgreSQL's is derived from it by
-- `Dialect::spell`). Released: never edit; a change is a new version and a new file.
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY NOT NULL, secret_hash BLOB NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ops (
    device_id TEXT NOT NULL, op_id TEXT NOT NULL, result TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (device_id, op_id));
CREATE TABLE IF NOT EXISTS rides (
    ride_id TEXT PRIMARY KEY NOT NULL, device_id TEXT NOT NULL, role TEXT NOT NULL,
    meeting_id TEXT NOT NULL, date TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL,
    seats_left INTEGER NOT NULL, handle TEXT NOT NULL, purge_after TEXT NOT NULL,
    seq INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS rides_occurrence_seq ON rides(meeting_id, date, seq);
CREATE INDEX IF NOT EXISTS rides_occurrence_state ON rides(meeting_id, date, state);
CREATE INDEX IF NOT EXISTS rides_device ON rides(device_id);
CREATE TABLE IF NOT EXISTS matches (
    match_id TEXT PRIMARY KEY NOT NULL, offer_id TEXT NOT NULL, request_id TEXT NOT NULL,
    state TEXT NOT NULL, driver_ok INTEGER NOT NULL DEFAULT 0, rider_ok INTEGER NOT NULL DEFAULT 0,
    driver_point TEXT, rider_point TEXT, added_minutes INTEGER NOT NULL, pickup_at TEXT NOT NULL,
    seq INTEGER NOT NULL, UNIQUE (offer_id, request_id));
CREATE INDEX IF NOT EXISTS matches_request_state ON matches(request_id, state);
CREATE TABLE IF NOT EXISTS proposed (
    meeting_id TEXT NOT NULL, date TEXT NOT NULL, ride_seq INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, date));
CREATE TABLE IF NOT EXISTS counter (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL);
INSERT OR IGNORE INTO counter VALUES (1, 0);
