//! A directory whose meetings are split across its own file and shards answers exactly as one
//! file holding them all does; shards come and go whole; a file that is not a directory of
//! this schema is refused and left where it was.

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::directory::search::{AttendanceFilter, MeetingQuery, SortOrder};
use crate::directory::NewSource;
use crate::support::geo::GeoPoint;

/// Imports `feed` into `d` as a source named `name`.
fn import(d: &Directory, feed: &Path, name: &str) {
    let s = d
        .add_source(NewSource {
            location: feed.display().to_string(),
            format: None,
            program: Some("aa".into()),
            timezone: None,
            name: Some(name.into()),
            bmlt_formats: None,
            bmlt_scope: None,
        })
        .unwrap();
    d.sync_source(&s.id).unwrap();
}

fn feed(dir: &Path, count: usize, seed: u64) -> PathBuf {
    let path = dir.join(format!("feed-{seed}.json"));
    crate::directory::synth::write_feed(std::fs::File::create(&path).unwrap(), count, seed)
        .unwrap();
    path
}

/// A directory file holding only source `name`'s meetings, closed, ready to be a shard.
fn part(dir: &Path, feed: &Path, name: &str) -> PathBuf {
    let path = dir.join(format!("{name}.sqlite"));
    let d = Directory::open(&path).unwrap();
    import(&d, feed, name);
    drop(d);
    path
}

/// The same meetings twice: all in one file, and split into the directory's own file (North)
/// and two shards (South lists North's meetings again, so results fold across files; West is
/// another feed).
struct Pair {
    _tmp: tempfile::TempDir,
    whole: Directory,
    split: Directory,
}

fn pair() -> Pair {
    let tmp = tempfile::tempdir().unwrap();
    let shared = feed(tmp.path(), 2_000, 11);
    let west = feed(tmp.path(), 800, 12);
    let whole = Directory::open(tmp.path().join("whole.sqlite")).unwrap();
    import(&whole, &shared, "North");
    import(&whole, &shared, "South");
    import(&whole, &west, "West");
    let split = Directory::open(tmp.path().join("split.sqlite")).unwrap();
    import(&split, &shared, "North");
    for (name, feed) in [("South", &shared), ("West", &west)] {
        let file = part(tmp.path(), feed, name);
        let shard = split.add_shard(&file, &name.to_lowercase()).unwrap();
        assert!(shard.meetings > 0);
        assert!(!file.exists(), "moved into the parts folder");
    }
    Pair {
        _tmp: tmp,
        whole,
        split,
    }
}

fn queries(at: DateTime<Utc>) -> Vec<MeetingQuery> {
    let base = MeetingQuery {
        at: Some(at),
        viewer_timezone: Some("America/Chicago".into()),
        ..MeetingQuery::default()
    };
    let philadelphia = GeoPoint {
        latitude: 39.9526,
        longitude: -75.1652,
    };
    vec![
        base.clone(),
        MeetingQuery {
            upcoming_minutes: Some(7 * 24 * 60),
            ..base.clone()
        },
        MeetingQuery {
            upcoming_minutes: Some(120),
            in_progress: true,
            ..base.clone()
        },
        MeetingQuery {
            in_progress: true,
            limit: Some(200),
            ..base.clone()
        },
        MeetingQuery {
            weekdays: vec![0, 6],
            limit: Some(30),
            ..base.clone()
        },
        MeetingQuery {
            text: Some("group".into()),
            limit: Some(40),
            ..base.clone()
        },
        MeetingQuery {
            text: Some("gr".into()),
            upcoming_minutes: Some(24 * 60),
            ..base.clone()
        },
        MeetingQuery {
            near: Some(philadelphia),
            radius_km: Some(40.0),
            sort: Some(SortOrder::Distance),
            limit: Some(100),
            ..base.clone()
        },
        MeetingQuery {
            near: Some(philadelphia),
            radius_km: Some(40.0),
            upcoming_minutes: Some(6 * 60),
            text: Some("step".into()),
            ..base.clone()
        },
        MeetingQuery {
            attendance: Some(AttendanceFilter::Online),
            include_closed: true,
            limit: Some(25),
            ..base.clone()
        },
        MeetingQuery {
            types: vec!["O".into()],
            start_from_minute: Some(18 * 60),
            start_to_minute: Some(2 * 60),
            limit: Some(60),
            ..base.clone()
        },
        MeetingQuery {
            limit: Some(5),
            ..base
        },
    ]
}

#[test]
fn a_directory_split_into_shards_answers_every_search_as_one_file_does() {
    let p = pair();
    assert_eq!(
        p.split.meeting_count().unwrap(),
        p.whole.meeting_count().unwrap()
    );
    let instants: Vec<DateTime<Utc>> = [
        "2026-03-08T09:30:00Z", // US clocks go forward
        "2026-03-29T00:45:00Z", // EU clocks go forward
        "2026-04-05T15:50:00Z", // Sydney goes back
        "2026-10-25T00:30:00Z", // EU clocks go back
        "2026-11-01T06:15:00Z", // US clocks go back
        "2026-11-28T23:10:00Z", // Saturday night into Sunday
    ]
    .iter()
    .map(|s| s.parse().unwrap())
    .chain((0..4).map(|i| {
        "2026-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap() + Duration::minutes(i * 97_213)
    }))
    .collect();
    let (mut compared, mut from_shards, mut folded_across) = (0, 0, 0);
    for at in instants {
        for q in queries(at) {
            let want = p.whole.search_page(&q).unwrap();
            let got = p.split.search_page(&q).unwrap();
            assert_eq!(got, want, "at {at} for {q:?}");
            compared += got.results.len();
            from_shards += got
                .results
                .iter()
                .filter(|r| !r.id.starts_with("north:"))
                .count();
            folded_across += got
                .results
                .iter()
                .filter(|r| r.id.starts_with("north:"))
                .filter(|r| r.also_listed_as.iter().any(|a| a.starts_with("south:")))
                .count();
        }
    }
    assert!(compared > 2_000, "too few results compared: {compared}");
    assert!(from_shards > 200, "too few from shards: {from_shards}");
    assert!(folded_across > 500, "too few folded: {folded_across}");
}

#[test]
fn a_meeting_in_a_shard_opens_and_counts_like_any_other() {
    let p = pair();
    let id = p
        .whole
        .search(&MeetingQuery {
            program: Some("aa".into()),
            text: Some("group".into()),
            limit: Some(1_000),
            ..MeetingQuery::default()
        })
        .unwrap()
        .into_iter()
        .find(|r| r.id.starts_with("west:"))
        .expect("a West meeting")
        .id;
    assert_eq!(p.split.meeting(&id).unwrap(), p.whole.meeting(&id).unwrap());
    let found = p
        .split
        .search(&MeetingQuery {
            ids: vec![id.clone()],
            include_closed: true,
            ..MeetingQuery::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, id);
    let mut every = Vec::new();
    p.split
        .for_each_meeting(|m| {
            every.push(m.id);
            Ok(())
        })
        .unwrap();
    assert_eq!(every.len() as u64, p.whole.meeting_count().unwrap());
    assert!(every.contains(&id));
}

#[test]
fn removing_a_shard_takes_its_meetings_and_its_file_away() {
    let p = pair();
    let before = p.split.meeting_count().unwrap();
    let changes = p.split.changes().count();
    let shards = p.split.shards().unwrap();
    assert_eq!(
        shards
            .iter()
            .map(|s| s.source_id.as_str())
            .collect::<Vec<_>>(),
        ["south", "west"]
    );
    let west = &shards[1];
    let file = p.split.shared.parts.as_ref().unwrap().join(&west.file);
    assert!(file.is_file());
    p.split.remove_shard(west.id).unwrap();
    assert!(!file.exists());
    assert!(p.split.changes().count() > changes, "screens hear of it");
    assert_eq!(p.split.meeting_count().unwrap(), before - west.meetings);
    let left = p
        .split
        .search(&MeetingQuery {
            limit: Some(100_000),
            include_closed: true,
            ..MeetingQuery::default()
        })
        .unwrap();
    assert!(!left.is_empty());
    assert!(left.iter().all(|r| !r.id.starts_with("west:")));
    assert_eq!(p.split.shards().unwrap().len(), 1);
}

#[test]
fn another_connection_to_the_same_file_sees_its_shards() {
    let p = pair();
    let path = p._tmp.path().join("split.sqlite");
    let again = Directory::open(&path).unwrap();
    assert_eq!(
        again.meeting_count().unwrap(),
        p.whole.meeting_count().unwrap()
    );
}

#[test]
fn a_file_that_is_not_a_directory_of_this_schema_is_refused_and_left_where_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let d = Directory::open(tmp.path().join("d.sqlite")).unwrap();
    let text = tmp.path().join("page.html");
    std::fs::write(&text, "<html>captive portal</html>").unwrap();
    let older = tmp.path().join("older.sqlite");
    {
        let c = Connection::open(&older).unwrap();
        c.execute_batch("CREATE TABLE meetings (id TEXT); PRAGMA user_version = 4;")
            .unwrap();
    }
    let newer = tmp.path().join("newer.sqlite");
    {
        let c = Connection::open(&newer).unwrap();
        c.execute_batch("CREATE TABLE meetings (id TEXT); PRAGMA user_version = 99;")
            .unwrap();
    }
    let altered = tmp.path().join("altered.sqlite");
    {
        let mut c = Connection::open(&altered).unwrap();
        super::super::schema::init(&mut c).unwrap();
        c.execute_batch("CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END;")
            .unwrap();
    }
    for (file, want) in [
        (&text, "not a database"),
        (&older, "damaged"),
        (&newer, "newer format"),
        (&altered, "damaged"),
    ] {
        let before = std::fs::read(file).unwrap();
        let err = d.add_shard(file, "x").unwrap_err();
        assert!(err.to_string().contains(want), "{}: {err}", file.display());
        assert_eq!(std::fs::read(file).unwrap(), before, "left as it was");
    }
    assert!(d.shards().unwrap().is_empty());
    assert_eq!(d.meeting_count().unwrap(), 0);
}

#[test]
fn a_leftover_part_is_deleted_and_a_lost_one_forgotten_when_the_directory_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let west = feed(tmp.path(), 300, 12);
    let path = tmp.path().join("d.sqlite");
    let kept = {
        let d = Directory::open(&path).unwrap();
        let shard = d
            .add_shard(&part(tmp.path(), &west, "West"), "west")
            .unwrap();
        let lost = d
            .add_shard(&part(tmp.path(), &west, "Other"), "other")
            .unwrap();
        // A kill while the next one was being added leaves a file no row lists.
        let leftover = d.new_part_path().unwrap().unwrap();
        std::fs::write(&leftover, b"half a download").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&leftover)
            .unwrap()
            .set_modified(std::time::SystemTime::now() - 2 * LEFTOVER_AFTER)
            .unwrap();
        // Another Waymark on the same directory may be writing one just now.
        let young = d.new_part_path().unwrap().unwrap();
        std::fs::write(&young, b"being written").unwrap();
        std::fs::remove_file(parts_dir(&path).join(&lost.file)).unwrap();
        (shard, young)
    };
    let (kept, young) = kept;
    let d = Directory::open(&path).unwrap();
    let shards = d.shards().unwrap();
    assert_eq!(shards, vec![kept.clone()]);
    let mut files: Vec<_> = std::fs::read_dir(parts_dir(&path))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut want = vec![parts_dir(&path).join(&kept.file), young];
    want.sort();
    assert_eq!(files, want);
    assert_eq!(d.meeting_count().unwrap(), kept.meetings);
}

#[test]
fn a_damaged_shard_leaves_the_rest_of_the_directory_readable_and_can_be_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let west = feed(tmp.path(), 300, 12);
    let east = feed(tmp.path(), 200, 13);
    let north = feed(tmp.path(), 100, 14);
    let path = tmp.path().join("d.sqlite");
    let d = Directory::open(&path).unwrap();
    import(&d, &east, "East");
    let east_count = d.meeting_count().unwrap();
    let west = d
        .add_shard(&part(tmp.path(), &west, "West"), "west")
        .unwrap();
    assert_eq!(d.meeting_count().unwrap(), east_count + west.meetings);
    // Something overwrites it while the app runs; the next change of the list attaches again.
    std::fs::write(
        parts_dir(&path).join(&west.file),
        b"not a database any more",
    )
    .unwrap();
    let north = d
        .add_shard(&part(tmp.path(), &north, "North"), "north")
        .unwrap();
    assert_eq!(d.meeting_count().unwrap(), east_count + north.meetings);
    let found = d
        .search(&MeetingQuery {
            limit: Some(10),
            ..MeetingQuery::default()
        })
        .unwrap();
    assert!(!found.is_empty());
    assert_eq!(d.sources().unwrap().len(), 1);
    let shards = d.shards().unwrap();
    assert_eq!(shards.len(), 2);
    assert!(!shards[0].attached, "says it is not read");
    assert!(shards[1].attached);
    d.remove_shard(shards[0].id).unwrap();
    assert_eq!(d.shards().unwrap().len(), 1);
    assert!(!parts_dir(&path).join(&west.file).exists());
    drop(d);
    // Damaged while the app was closed: forgotten and deleted when it opens.
    std::fs::write(parts_dir(&path).join(&north.file), b"cut sh").unwrap();
    let d = Directory::open(&path).unwrap();
    assert!(d.shards().unwrap().is_empty());
    assert!(!parts_dir(&path).join(&north.file).exists());
    assert_eq!(d.meeting_count().unwrap(), east_count);
}

#[test]
fn a_shard_added_through_another_connection_is_read_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let west = feed(tmp.path(), 300, 12);
    let path = tmp.path().join("d.sqlite");
    let app = Directory::open(&path).unwrap();
    assert_eq!(app.meeting_count().unwrap(), 0);
    let other = Directory::open(&path).unwrap();
    let shard = other
        .add_shard(&part(tmp.path(), &west, "West"), "west")
        .unwrap();
    assert_eq!(app.meeting_count().unwrap(), shard.meetings);
    other.remove_shard(shard.id).unwrap();
    assert_eq!(app.meeting_count().unwrap(), 0);
}

#[test]
fn removing_a_source_removes_its_shards() {
    let tmp = tempfile::tempdir().unwrap();
    let west = feed(tmp.path(), 300, 12);
    let path = tmp.path().join("d.sqlite");
    let d = Directory::open(&path).unwrap();
    // The source the shard's meetings belong to, with rows of its own too.
    import(&d, &west, "West");
    let own = d.meeting_count().unwrap();
    let far = feed(tmp.path(), 200, 13);
    let shard = d
        .add_shard(&part(tmp.path(), &far, "West"), "west")
        .unwrap();
    assert_eq!(d.meeting_count().unwrap(), own + shard.meetings);
    d.remove_source("west").unwrap();
    assert_eq!(d.meeting_count().unwrap(), 0);
    assert!(d.shards().unwrap().is_empty());
    assert!(!parts_dir(&path).join(&shard.file).exists());
}

#[test]
fn a_shard_whose_row_ids_do_not_fit_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let west = feed(tmp.path(), 50, 12);
    let file = part(tmp.path(), &west, "West");
    Connection::open(&file)
        .unwrap()
        .execute(
            "UPDATE meetings SET rowid = ?1 WHERE rowid = (SELECT max(rowid) FROM meetings)",
            [1i64 << SHIFT],
        )
        .unwrap();
    let d = Directory::open(tmp.path().join("d.sqlite")).unwrap();
    let err = d.add_shard(&file, "west").unwrap_err();
    assert!(err.to_string().contains("row ids"), "{err}");
    assert!(file.exists());
}

#[test]
fn global_row_numbers_keep_file_and_row_apart() {
    for (part, rowid) in [(0, 1), (0, (1 << SHIFT) - 1), (1, 1), (MAX_SHARDS, 123_456)] {
        assert_eq!(split(global(part, rowid)), (part, rowid));
    }
    assert!(
        global(1, 1) > global(0, (1 << SHIFT) - 1),
        "main's rows first"
    );
}

#[test]
fn a_shard_speaking_for_another_source_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let west = feed(tmp.path(), 50, 12);
    let file = part(tmp.path(), &west, "West");
    let d = Directory::open(tmp.path().join("d.sqlite")).unwrap();
    let err = d.add_shard(&file, "east").unwrap_err();
    assert!(err.to_string().contains("another source"), "{err}");
    assert!(file.exists());
    assert!(d.shards().unwrap().is_empty());
}
