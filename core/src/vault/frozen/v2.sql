-- What vault schema version 2 added to version 1, exactly as it shipped, with a row; the upgrade tests in ../schema.rs load it over v1.sql.
CREATE TABLE reminder_rules (
    meeting_id TEXT PRIMARY KEY NOT NULL,
    leads TEXT NOT NULL,
    weekdays TEXT NOT NULL,
    detailed INTEGER NOT NULL DEFAULT 0,
    skip_occurrence TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE daily_reminders (
    id TEXT PRIMARY KEY NOT NULL,
    minute INTEGER NOT NULL,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE planned_reminders (
    id TEXT PRIMARY KEY NOT NULL,
    fire_at TEXT NOT NULL,
    delivered INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX planned_reminders_fire ON planned_reminders(fire_at);
INSERT INTO daily_reminders VALUES ('d1', 1260, 'Evening', '2026-11-22T10:00:00+00:00');
PRAGMA user_version = 2;
