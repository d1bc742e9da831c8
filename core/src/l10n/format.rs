//! Times, weekday and month names and numbers through ICU4X, with CLDR's data for the locale.
//!
//! Each formatter is built once per locale. All three date and time formatters are one type,
//! ICU4X's `FixedCalendarDateTimeFormatter<Gregorian, CompositeDateTimeFieldSet>` (the field
//! set chosen at run time), rather than one type per field set: each type is a copy of ICU4X's
//! formatting and loading code in the phones' library, and one copy is smaller than three. A
//! time of day is formatted as a date and time whose field set shows only the time.
//!
//! Should one fail to load (it cannot with the data
//! compiled in, but it is outside input to this code), the value is written the en-GB way
//! ("19:30", "Tue", "3.2") rather than failing a whole list.

use chrono::{Datelike, NaiveDate};
use icu_calendar::Gregorian;
use icu_datetime::fieldsets;
use icu_datetime::fieldsets::enums::{CompositeDateTimeFieldSet, DateFieldSet, TimeFieldSet};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;

use super::{Locale, Words};

/// A date or time formatter; the one type for all three (see the module docs).
type DateTimeFormat = FixedCalendarDateTimeFormatter<Gregorian, CompositeDateTimeFieldSet>;

/// The formatters of one locale.
pub(super) struct Formats {
    /// Hours and minutes: "19:30", "7:30 PM".
    time: Option<DateTimeFormat>,
    /// A short weekday: "Tue", "Maw", "mar".
    weekday: Option<DateTimeFormat>,
    /// A weekday in full: "Tuesday", "dydd Mawrth", "martes".
    weekday_long: Option<DateTimeFormat>,
    /// Weekday, day and short month: "Tue 8 Dec", "Tue, Dec 8", "mar, 8 dic".
    day_month: Option<DateTimeFormat>,
    /// Day, short month and year: "14 Oct 2025", "Oct 14, 2025", "14 oct 2025".
    day_month_year: Option<DateTimeFormat>,
    /// Weekday, day, month and year in full: "Friday 1 May 2026" (a diary's day heading).
    weekday_date_long: Option<DateTimeFormat>,
    /// Day, month and year in full: "10 January 2026".
    date_long: Option<DateTimeFormat>,
    /// Numbers: "3.2", "3,2".
    decimal: Option<DecimalFormatter>,
}

impl Formats {
    pub(super) fn new(locale: Locale) -> Formats {
        let Ok(icu) = locale.tag().parse::<icu_locale_core::Locale>() else {
            return Formats {
                time: None,
                weekday: None,
                weekday_long: None,
                day_month: None,
                day_month_year: None,
                weekday_date_long: None,
                date_long: None,
                decimal: None,
            };
        };
        let load = |set| DateTimeFormat::try_new((&icu).into(), set).ok();
        Formats {
            time: load(CompositeDateTimeFieldSet::Time(TimeFieldSet::T(
                fieldsets::T::hm(),
            ))),
            weekday: load(CompositeDateTimeFieldSet::Date(DateFieldSet::E(
                fieldsets::E::short(),
            ))),
            weekday_long: load(CompositeDateTimeFieldSet::Date(DateFieldSet::E(
                fieldsets::E::long(),
            ))),
            day_month: load(CompositeDateTimeFieldSet::Date(DateFieldSet::MDE(
                fieldsets::MDE::medium(),
            ))),
            day_month_year: load(CompositeDateTimeFieldSet::Date(DateFieldSet::YMD(
                fieldsets::YMD::medium(),
            ))),
            weekday_date_long: load(CompositeDateTimeFieldSet::Date(DateFieldSet::YMDE(
                fieldsets::YMDE::long(),
            ))),
            date_long: load(CompositeDateTimeFieldSet::Date(DateFieldSet::YMD(
                fieldsets::YMD::long(),
            ))),
            decimal: DecimalFormatter::try_new((&icu).into(), Default::default()).ok(),
        }
    }
}

/// `date` at midnight, as the formatters take it.
fn gregorian(date: NaiveDate) -> Option<DateTime<Gregorian>> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Some(DateTime {
        date: Date::try_new_gregorian(date.year(), month, day).ok()?,
        time: Time::start_of_day(),
    })
}

impl Words {
    /// A time of day the locale's way: "19:30" (en-GB, cy, es), "7:30 PM" (en-US).
    pub fn time(&self, hour: u32, minute: u32) -> String {
        let plain = || format!("{hour:02}:{minute:02}");
        let (Some(f), Ok(h), Ok(m)) =
            (&self.formats.time, u8::try_from(hour), u8::try_from(minute))
        else {
            return plain();
        };
        // The formatter shows only the time; the date is any valid one.
        match (
            Time::try_new(h, m, 0, 0),
            Date::try_new_gregorian(2000, 1, 1),
        ) {
            (Ok(time), Ok(date)) => f.format(&DateTime { date, time }).to_string(),
            _ => plain(),
        }
    }

    /// A date's weekday, short: "Fri" (en), "Gwe" (cy), "vie" (es).
    pub fn weekday_short(&self, date: NaiveDate) -> String {
        match (&self.formats.weekday, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%a").to_string(),
        }
    }

    /// A date's weekday in full: "Wednesday" (en), "dydd Mercher" (cy), "miércoles" (es).
    pub fn weekday_long(&self, date: NaiveDate) -> String {
        match (&self.formats.weekday_long, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%A").to_string(),
        }
    }

    /// Weekday, day and short month: "Tue 8 Dec" (en-GB), "Tue, Dec 8" (en-US),
    /// "Maw, 8 Rhag" (cy), "mar, 8 dic" (es).
    pub fn weekday_day_month(&self, date: NaiveDate) -> String {
        match (&self.formats.day_month, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%a %-d %b").to_string(),
        }
    }

    /// Day, short month and year: "14 Oct 2025" (en-GB), "Oct 14, 2025" (en-US), a date
    /// that may be years back (a sobriety date).
    pub fn day_month_year(&self, date: NaiveDate) -> String {
        match (&self.formats.day_month_year, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%-d %b %Y").to_string(),
        }
    }

    /// Weekday, day, month and year in full, the locale's way: "Friday 1 May 2026" (en-GB),
    /// a diary's day heading.
    pub fn weekday_date_long(&self, date: NaiveDate) -> String {
        match (&self.formats.weekday_date_long, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%A %-d %B %Y").to_string(),
        }
    }

    /// Day, month and year in full, the locale's way: "10 January 2026" (en-GB).
    pub fn date_long(&self, date: NaiveDate) -> String {
        match (&self.formats.date_long, gregorian(date)) {
            (Some(f), Some(d)) => f.format(&d).to_string(),
            _ => date.format("%-d %B %Y").to_string(),
        }
    }

    /// A number with `fraction_digits` decimals (rounded half away from zero, as `format!`
    /// does) and the locale's separators: "3.2" (en, cy), "3,2" (es), "1,234" / "1.234".
    pub fn decimal(&self, value: f64, fraction_digits: usize) -> String {
        let plain = format!("{value:.fraction_digits$}");
        match (&self.formats.decimal, plain.parse::<Decimal>()) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => plain,
        }
    }
}
