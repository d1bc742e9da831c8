//! A deterministic synthetic Meeting Guide feed: any size, many time zones, and the quirks real
//! feeds have (days as ints, strings and arrays; 12-hour times; past-midnight and AM/PM-slip
//! end times; string, null and 0,0 coordinates; online and hybrid meetings; duplicate and
//! missing slugs; appointment meetings; accents). Used by the README's demo and the benchmarks,
//! so nobody needs real feeds (which carry contact data) to try the app.
//!
//! The same seed and size always give the same bytes.

use std::io::{self, Write};

use serde_json::{json, Map, Value};

/// Cities the generator places meetings around: name, region, lat, lon, IANA zone.
pub const CITIES: &[(&str, &str, f64, f64, &str)] = &[
    (
        "Philadelphia",
        "Pennsylvania",
        39.9526,
        -75.1652,
        "America/New_York",
    ),
    (
        "New York",
        "New York",
        40.7128,
        -74.0060,
        "America/New_York",
    ),
    ("Chicago", "Illinois", 41.8781, -87.6298, "America/Chicago"),
    ("Denver", "Colorado", 39.7392, -104.9903, "America/Denver"),
    ("Phoenix", "Arizona", 33.4484, -112.0740, "America/Phoenix"),
    (
        "Los Angeles",
        "California",
        34.0522,
        -118.2437,
        "America/Los_Angeles",
    ),
    (
        "Seattle",
        "Washington",
        47.6062,
        -122.3321,
        "America/Los_Angeles",
    ),
    (
        "Anchorage",
        "Alaska",
        61.2181,
        -149.9003,
        "America/Anchorage",
    ),
    ("Honolulu", "Hawaii", 21.3069, -157.8583, "Pacific/Honolulu"),
    (
        "Edmonton",
        "Alberta",
        53.5461,
        -113.4938,
        "America/Edmonton",
    ),
    ("Toronto", "Ontario", 43.6532, -79.3832, "America/Toronto"),
    (
        "St. John's",
        "Newfoundland",
        47.5615,
        -52.7126,
        "America/St_Johns",
    ),
    (
        "Mexico City",
        "CDMX",
        19.4326,
        -99.1332,
        "America/Mexico_City",
    ),
    ("Bogotá", "Cundinamarca", 4.7110, -74.0721, "America/Bogota"),
    (
        "São Paulo",
        "São Paulo",
        -23.5505,
        -46.6333,
        "America/Sao_Paulo",
    ),
    (
        "Buenos Aires",
        "CABA",
        -34.6037,
        -58.3816,
        "America/Argentina/Buenos_Aires",
    ),
    (
        "Santiago",
        "Región Metropolitana",
        -33.4489,
        -70.6693,
        "America/Santiago",
    ),
    (
        "Reykjavík",
        "Höfuðborgarsvæðið",
        64.1466,
        -21.9426,
        "Atlantic/Reykjavik",
    ),
    ("London", "England", 51.5072, -0.1276, "Europe/London"),
    ("Dublin", "Leinster", 53.3498, -6.2603, "Europe/Dublin"),
    (
        "Aberystwyth",
        "Ceredigion",
        52.4153,
        -4.0829,
        "Europe/London",
    ),
    ("Paris", "Île-de-France", 48.8566, 2.3522, "Europe/Paris"),
    (
        "Madrid",
        "Comunidad de Madrid",
        40.4168,
        -3.7038,
        "Europe/Madrid",
    ),
    ("Berlin", "Berlin", 52.5200, 13.4050, "Europe/Berlin"),
    (
        "Stockholm",
        "Stockholm",
        59.3293,
        18.0686,
        "Europe/Stockholm",
    ),
    ("Warsaw", "Mazowieckie", 52.2297, 21.0122, "Europe/Warsaw"),
    ("Athens", "Attica", 37.9838, 23.7275, "Europe/Athens"),
    ("Istanbul", "Istanbul", 41.0082, 28.9784, "Europe/Istanbul"),
    ("Cairo", "Cairo", 30.0444, 31.2357, "Africa/Cairo"),
    (
        "Johannesburg",
        "Gauteng",
        -26.2041,
        28.0473,
        "Africa/Johannesburg",
    ),
    ("Nairobi", "Nairobi", -1.2921, 36.8219, "Africa/Nairobi"),
    ("Tehran", "Tehran", 35.6892, 51.3890, "Asia/Tehran"),
    ("Dubai", "Dubai", 25.2048, 55.2708, "Asia/Dubai"),
    ("Mumbai", "Maharashtra", 19.0760, 72.8777, "Asia/Kolkata"),
    ("Kathmandu", "Bagmati", 27.7172, 85.3240, "Asia/Kathmandu"),
    ("Bangkok", "Bangkok", 13.7563, 100.5018, "Asia/Bangkok"),
    ("Manila", "Metro Manila", 14.5995, 120.9842, "Asia/Manila"),
    ("Tokyo", "Tokyo", 35.6762, 139.6503, "Asia/Tokyo"),
    (
        "Adelaide",
        "South Australia",
        -34.9285,
        138.6007,
        "Australia/Adelaide",
    ),
    (
        "Sydney",
        "New South Wales",
        -33.8688,
        151.2093,
        "Australia/Sydney",
    ),
    (
        "Lord Howe Island",
        "New South Wales",
        -31.5553,
        159.0821,
        "Australia/Lord_Howe",
    ),
    (
        "Auckland",
        "Auckland",
        -36.8485,
        174.7633,
        "Pacific/Auckland",
    ),
    (
        "Chatham",
        "Chatham Islands",
        -43.9535,
        -176.5597,
        "Pacific/Chatham",
    ),
    ("Suva", "Central", -18.1248, 178.4501, "Pacific/Fiji"),
];

const NAME_A: &[&str] = &[
    "Serenity",
    "Hope",
    "Sunrise",
    "Keep It Simple",
    "Back to Basics",
    "New Beginnings",
    "Happy Destiny",
    "Easy Does It",
    "Freedom",
    "Came to Believe",
    "Live and Let Live",
    "Esperanza",
    "Nueva Vida",
    "Café",
    "Lunch Bunch",
    "Night Owls",
    "Early Birds",
    "Grapevine",
    "Step Sisters",
    "Brothers in Recovery",
    "Young People's",
    "Principios Espirituales",
    "One Day at a Time",
    "Primary Purpose",
    "Open Door",
    "Sobriété",
];
const NAME_B: &[&str] = &[
    "Group",
    "Meeting",
    "Grupo",
    "Discussion",
    "Step Study",
    "Big Book",
    "Fellowship",
];
const STREETS: &[&str] = &[
    "Main St",
    "High Street",
    "Church Road",
    "Market Street",
    "Calle Mayor",
    "Rue de la Paix",
    "Park Avenue",
    "Station Road",
    "Hauptstraße",
    "Avenida Central",
];
const TYPE_POOL: &[&str] = &[
    "O", "C", "D", "SP", "ST", "B", "BE", "W", "M", "X", "XB", "LGBTQ", "Y", "MED", "LIT", "TR",
    "11", "12x12", "CF", "FF", "SEN", "A", "DR", "GR", "H",
];

/// SplitMix64: tiny, fast, and fixed forever (a generator's output must not change with a
/// dependency upgrade, or benchmarks stop being comparable).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(1000) < percent * 10
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// Writes a Meeting Guide JSON array of `count` meetings generated from `seed`.
pub fn write_feed<W: Write>(mut out: W, count: usize, seed: u64) -> io::Result<()> {
    let mut rng = Rng(seed ^ 0x5741594d41524b);
    out.write_all(b"[\n")?;
    for i in 0..count {
        if i > 0 {
            out.write_all(b",\n")?;
        }
        let m = meeting(&mut rng, i);
        serde_json::to_writer(&mut out, &m)?;
    }
    out.write_all(b"\n]\n")?;
    out.flush()
}

fn fmt_time(minute: u64, twelve_hour: bool) -> String {
    let (h, m) = ((minute / 60) % 24, minute % 60);
    if twelve_hour {
        let hh = if h % 12 == 0 { 12 } else { h % 12 };
        format!("{hh}:{m:02} {}", if h < 12 { "AM" } else { "PM" })
    } else {
        format!("{h:02}:{m:02}")
    }
}

fn meeting(rng: &mut Rng, i: usize) -> Value {
    let mut o = Map::new();
    let (city, region, clat, clon, tz) = *rng.pick(CITIES);
    let name = format!("{} {}", rng.pick(NAME_A), rng.pick(NAME_B));
    // Slugs: mostly text, some integers, a few duplicates and a few missing.
    if rng.chance(20) {
        o.insert("slug".into(), json!(i));
    } else if i > 0 && rng.below(1000) < 3 {
        o.insert("slug".into(), json!(format!("m-{}", i - 1)));
    } else if rng.below(1000) >= 2 {
        o.insert("slug".into(), json!(format!("m-{i}")));
    }
    o.insert("name".into(), json!(name));

    let appointment = rng.below(1000) < 5;
    if !appointment {
        let day = rng.below(7);
        let d = match rng.below(20) {
            0..=13 => json!(day),
            14..=16 => json!(day.to_string()),
            _ => json!([day, (day + 2 + rng.below(3)) % 7]),
        };
        o.insert("day".into(), d);
        // Mostly on the quarter hour between 06:00 and 22:00; some late-night ones.
        let late = rng.chance(4);
        let start = if late {
            23 * 60 + rng.below(3) * 15
        } else {
            6 * 60 + rng.below(65) * 15
        };
        o.insert("time".into(), json!(fmt_time(start, rng.chance(10))));
        match rng.below(100) {
            0..=69 => {
                let len = [60, 60, 90, 90, 120][rng.below(5) as usize];
                o.insert("end_time".into(), json!(fmt_time(start + len, false)));
            }
            70..=71 => {
                // An AM/PM slip: end twelve hours early.
                o.insert(
                    "end_time".into(),
                    json!(fmt_time(start + 60 + 12 * 60, false)),
                );
            }
            72 => {
                o.insert("end_time".into(), json!("23:59"));
            }
            _ => {}
        }
        if late && !o.contains_key("end_time") {
            o.insert("end_time".into(), json!(fmt_time(start + 90, false)));
        }
    }
    if !rng.chance(8) {
        o.insert("timezone".into(), json!(tz));
    }

    // Attendance: 70% in person, 20% online, 10% hybrid.
    let kind = rng.below(10);
    let online = kind >= 7;
    let in_person = kind != 7 && kind != 8;
    let mut types: Vec<String> = (0..1 + rng.below(4))
        .map(|_| (*rng.pick(TYPE_POOL)).to_string())
        .collect();
    if rng.chance(8) {
        types.push("S".into());
    }
    if online {
        types.push("ONL".into());
        o.insert(
            "conference_url".into(),
            json!(format!(
                "https://zoom.us/j/{}",
                8_000_000_000 + rng.below(999_999_999)
            )),
        );
        if rng.chance(30) {
            o.insert("conference_phone".into(), json!("+16465588656,,12345678#"));
        }
    }
    if rng.chance(1) {
        types.push("TC".into());
    }
    if rng.chance(10) {
        o.insert("types".into(), json!(types.join(",")));
    } else {
        o.insert("types".into(), json!(types));
    }

    if in_person {
        let street_no = 1 + rng.below(2000);
        o.insert(
            "location".into(),
            json!(format!("{} Hall", rng.pick(NAME_A))),
        );
        o.insert(
            "formatted_address".into(),
            json!(format!(
                "{street_no} {}, {city}, {region}, Country",
                rng.pick(STREETS)
            )),
        );
        let lat = clat + (rng.unit() - 0.5) * 0.8;
        let lon = clon + (rng.unit() - 0.5) * 0.8 / clat.to_radians().cos().max(0.2);
        let lon = if lon > 180.0 {
            lon - 360.0
        } else if lon < -180.0 {
            lon + 360.0
        } else {
            lon
        };
        match rng.below(100) {
            0..=79 => {
                o.insert("latitude".into(), json!((lat * 1e6).round() / 1e6));
                o.insert("longitude".into(), json!((lon * 1e6).round() / 1e6));
            }
            80..=91 => {
                o.insert("latitude".into(), json!(format!("{lat:.6}")));
                o.insert("longitude".into(), json!(format!("{lon:.6}")));
            }
            92..=94 => {
                o.insert("latitude".into(), json!(0));
                o.insert("longitude".into(), json!(0));
            }
            95..=96 => {
                o.insert("latitude".into(), Value::Null);
                o.insert("longitude".into(), Value::Null);
            }
            _ => {}
        }
    } else {
        o.insert(
            "formatted_address".into(),
            json!(format!("{city}, {region}")),
        );
    }
    o.insert("regions".into(), json!([region, city]));
    if rng.chance(30) {
        o.insert(
            "notes".into(),
            json!("Enter by the side door; coffee from 15 minutes before. Newcomers welcome."),
        );
    }
    let updated = match rng.below(3) {
        0 => json!("2026-05-04 16:20:00"),
        1 => json!("5/4/2026 4:20:00 PM"),
        _ => json!("2026-05-04 16:20:00.123"),
    };
    o.insert("updated".into(), updated);
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_seed_same_bytes() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        super::write_feed(&mut a, 300, 7).unwrap();
        super::write_feed(&mut b, 300, 7).unwrap();
        assert_eq!(a, b);
        let mut c = Vec::new();
        super::write_feed(&mut c, 300, 8).unwrap();
        assert_ne!(a, c);
        let v: serde_json::Value = serde_json::from_slice(&a).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 300);
    }
}
