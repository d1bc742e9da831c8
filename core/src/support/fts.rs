//! FTS5 query text from what a person typed, shared by the directory's search and the
//! journal's: each word quoted (operators and quotes become literal text).

/// Turns what a person typed into an FTS5 query: each word quoted (so `-`, `"` and operators
/// are literal) and matched as a prefix.
pub fn fts_query(text: &str) -> String {
    fts_words(text)
        .map(|w| format!("\"{w}\"*"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Like [`fts_query`], but only the last word is a prefix (the one still being typed): whole
/// words are read from the index lazily, newest first, while a prefix has to gather every
/// matching word first, which is what makes a common prefix slow in a large journal.
pub fn fts_query_last_prefix(text: &str) -> String {
    let words: Vec<&str> = fts_words(text).collect();
    let n = words.len();
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i + 1 == n {
                format!("\"{w}\"*")
            } else {
                format!("\"{w}\"")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn fts_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
}
