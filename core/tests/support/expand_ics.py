"""Reads an .ics file with the `icalendar` package (not ours) and expands each event's RRULE
with dateutil, printing JSON: per event its first N occurrences in UTC, duration, alarm leads,
GEO, LOCATION and URL. Used by core/tests/calendar.rs as an independent check."""
import itertools
import json
import sys
from datetime import timezone

import icalendar
from dateutil.rrule import rrulestr

path, count = sys.argv[1], int(sys.argv[2])
cal = icalendar.Calendar.from_ical(open(path, "rb").read())
out = []
for ev in cal.walk("VEVENT"):
    start = ev.decoded("dtstart")
    rule = ev["rrule"].to_ical().decode()
    occurrences = itertools.islice(rrulestr(rule, dtstart=start), count)
    alarms = []
    for a in ev.walk("VALARM"):
        alarms.append(int(-a.decoded("trigger").total_seconds() // 60))
    geo = ev.get("geo")
    out.append({
        "uid": str(ev["uid"]),
        "summary": str(ev["summary"]),
        "tzid": str(ev["dtstart"].params.get("TZID")),
        "occurrences": [o.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for o in occurrences],
        "duration_minutes": int(ev.decoded("duration").total_seconds() // 60),
        "alarms": sorted(alarms),
        "geo": [geo.latitude, geo.longitude] if geo is not None else None,
        "location": str(ev["location"]) if "location" in ev else None,
        "url": str(ev["url"]) if "url" in ev else None,
        "timezones": [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")],
    })
print(json.dumps(out))
