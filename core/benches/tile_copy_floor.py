"""How fast can SQLite alone make 20,000 ready rows searchable? (issue #16's tile target)

Not a cargo bench: a measurement of SQLite's own floor, with no Rust on the row path, so the
next attempt at a faster tile format starts from figures. It copies the `meetings` table of a
directory the CLI made (`waymark --data-dir DIR demo`: 20,000 synthetic meetings) into a fresh
database with the same schema, the way a ready tile image would be copied, and times each step
(median of five runs), then times the other way, the tile kept as its own file and attached:

    python3 core/benches/tile_copy_floor.py DIR/directory.sqlite

Python's SQLite is not the SQLCipher build the core links, so read the figures as where the
costs are, not as what the core would measure.
"""

import gzip
import hashlib
import os
import sqlite3
import statistics
import sys
import tempfile
import time


def schema(src):
    c = sqlite3.connect(src)
    ddl = c.execute(
        "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE 'meeting_fts_%' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    # Generated columns (the weekly `slot`) cannot be inserted into.
    cols = [r[1] for r in c.execute("PRAGMA table_xinfo(meetings)") if r[6] == 0]
    n = c.execute("SELECT count(*) FROM meetings").fetchone()[0]
    c.close()
    return ddl, ",".join(cols), n


def create(c, ddl, kind):
    for k, sql in ddl:
        if k == kind:
            c.execute(sql)


def once(src, ddl, cols, page, indexes_after, text_index):
    with tempfile.TemporaryDirectory() as work:
        return timed_copy(os.path.join(work, "copy.sqlite"), src, ddl, cols, page, indexes_after, text_index)


def timed_copy(path, src, ddl, cols, page, indexes_after, text_index):
    c = sqlite3.connect(path, isolation_level=None)
    c.execute(f"PRAGMA page_size={page}")
    c.execute("PRAGMA journal_mode=wal")
    c.execute("PRAGMA synchronous=normal")
    create(c, ddl, "table")
    if not indexes_after:
        create(c, ddl, "index")
    c.execute("ATTACH ? AS tile", (src,))
    t0 = time.perf_counter()
    c.execute("BEGIN")
    c.execute(f"INSERT INTO main.meetings({cols}) SELECT {cols} FROM tile.meetings")
    t1 = time.perf_counter()
    if indexes_after:
        create(c, ddl, "index")
    t2 = time.perf_counter()
    if text_index:
        # Name, place (location and address) and notes: `FTS_COLUMNS` in
        # core/src/directory/pipeline.rs (concat_ws needs SQLite 3.44; this is the same text).
        c.execute(
            "INSERT INTO meeting_fts(rowid, name, place, notes) SELECT rowid, name,"
            " coalesce(location_name, '') || ' ' || coalesce(address, ''), notes"
            " FROM main.meetings"
        )
    t3 = time.perf_counter()
    c.execute("COMMIT")
    t4 = time.perf_counter()
    c.close()
    return [(b - a) * 1000 for a, b in ((t0, t1), (t1, t2), (t2, t3), (t3, t4), (t0, t4))]


def main():
    src = sys.argv[1]
    ddl, cols, n = schema(src)
    print(f"SQLite {sqlite3.sqlite_version}, {n} meetings")
    print("| pages | indexes | text index | rows | indexes | text index | commit | total |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for page in (4096, 16384):
        for indexes_after in (False, True):
            for text_index in (False, True):
                runs = [once(src, ddl, cols, page, indexes_after, text_index) for _ in range(5)]
                med = [statistics.median(r[i] for r in runs) for i in range(5)]
                print(
                    f"| {page // 1024} KiB | {'built after' if indexes_after else 'kept'}"
                    f" | {'yes' if text_index else 'no'} | "
                    + " | ".join(f"{m:.0f} ms" for m in med)
                    + " |"
                )
    attached(src)


def attached(src):
    """The other way: the tile kept as its own file and attached as it is (no rows written)."""
    with tempfile.TemporaryDirectory() as work:
        timed_attach(src, work)


def timed_attach(src, work):
    image = os.path.join(work, "image.sqlite")
    c = sqlite3.connect(src)
    c.execute("VACUUM INTO ?", (image,))
    c.close()
    raw = open(image, "rb").read()
    packed = gzip.compress(raw, 6)
    print(f"image {len(raw)} bytes, {len(packed)} gzipped")
    steps = {"unpack": [], "hash (compressed)": [], "write and sync": [], "attach and two queries": []}
    for _ in range(7):
        t0 = time.perf_counter()
        data = gzip.decompress(packed)
        t1 = time.perf_counter()
        hashlib.sha256(packed).hexdigest()
        t2 = time.perf_counter()
        on_phone = os.path.join(work, "tile.sqlite")
        with open(on_phone, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        t3 = time.perf_counter()
        p = sqlite3.connect(":memory:")
        p.execute("ATTACH ? AS tile", (on_phone,))
        p.execute("SELECT count(*) FROM tile.meetings WHERE cell BETWEEN 100 AND 200").fetchone()
        p.execute("SELECT rowid FROM tile.meeting_fts WHERE meeting_fts MATCH 'st*' LIMIT 5").fetchall()
        t4 = time.perf_counter()
        p.close()
        os.remove(on_phone)
        for name, (a, b) in zip(steps, ((t0, t1), (t1, t2), (t2, t3), (t3, t4))):
            steps[name].append((b - a) * 1000)
    for name, ms in steps.items():
        print(f"{name}: median {statistics.median(ms):.1f} ms (min {min(ms):.1f}, max {max(ms):.1f})")


if __name__ == "__main__":
    main()
