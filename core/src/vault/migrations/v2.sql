-- Vault schema version 2: reminders (rules per favourite meeting, daily practice reminders, and the
-- log of what was planned, which the health report checks deliveries against).
-- Released: never edit. A change is a new version and a new file (see ../schema.rs).
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
