//! The library's error type. Extraction itself never returns one: odd text is
//! data, reported as diagnostics; only IO, the database and argument parsing fail.

use std::path::PathBuf;

/// Errors from the library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// An input file is not an article cadregraph can read.
    #[error("{path}: {message}")]
    BadInput {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A bundled lexicon file is malformed (a build defect, caught by tests).
    #[error("lexicon {file}:{line}: {message}")]
    Lexicon {
        /// The lexicon file name.
        file: &'static str,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The database was written by a newer cadregraph.
    #[error("database schema is version {found}, this build knows up to {known}")]
    SchemaTooNew {
        /// The database's `user_version`.
        found: u32,
        /// The newest version this build knows.
        known: u32,
    },
    /// The database file is not a cadregraph database.
    #[error("{path}: {message}")]
    BadDatabase {
        /// The database file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// SQLite failed.
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    /// Writing an export failed.
    #[error("writing output: {0}")]
    Write(#[source] std::io::Error),
    /// A query argument was malformed.
    #[error("{0}")]
    Query(String),
    /// An entity argument matched nothing (exit code 1).
    #[error("no entity matches '{query}'{}", suggest(suggestions))]
    NotFound {
        /// What the user asked for.
        query: String,
        /// The nearest names, best first.
        suggestions: Vec<String>,
    },
    /// An entity argument matched several entities (exit code 1).
    #[error("'{query}' is ambiguous; it matches:\n{}", candidates.join("\n"))]
    Ambiguous {
        /// What the user asked for.
        query: String,
        /// One line per candidate ("#12 person Trần Quốc Tỏ").
        candidates: Vec<String>,
    },
}

fn suggest(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!("; did you mean: {}?", names.join(", "))
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
