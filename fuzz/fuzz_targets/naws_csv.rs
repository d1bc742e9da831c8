//! Any bytes through the naws_csv importer (BMLT's NAWS export) and the normaliser.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::run(waymark_core::FeedFormat::NawsCsv, data));
