//! Reading article files: the only code that opens them.
//!
//! An article is a UTF-8 text file. Invalid UTF-8, binary content, empty files
//! and files over the size limit are refused with an error naming the file.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::{Error, Result};

/// Files larger than this are refused (an article is a few kilobytes; a file
/// of many megabytes is a dump, not an article).
pub const DEFAULT_MAX_BYTES: u64 = 8 * 1024 * 1024;

/// One article file as read from disk, before cleaning.
#[derive(Clone, Debug)]
pub struct Article {
    /// The file name, as sources cite it.
    pub doc: String,
    /// The path it was read from.
    pub path: PathBuf,
    /// Its text, exactly as in the file (a UTF-8 BOM removed).
    pub text: String,
    /// Hex SHA-256 of the file's bytes.
    pub hash: String,
}

/// Reads one article with the default size limit.
pub fn read_article(path: &Path) -> Result<Article> {
    read_article_limited(path, DEFAULT_MAX_BYTES)
}

/// Reads one article, refusing files larger than `max_bytes`.
pub fn read_article_limited(path: &Path, max_bytes: u64) -> Result<Article> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let bad = |message: String| Error::BadInput {
        path: path.to_path_buf(),
        message,
    };
    let file = fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    if len > max_bytes {
        return Err(bad(format!(
            "file is {len} bytes, over the limit of {max_bytes} bytes for one article"
        )));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // Read at most one byte past the limit, in case the file grew since stat.
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(bad(format!(
            "file is over the limit of {max_bytes} bytes for one article"
        )));
    }
    let hash = hex(&Sha256::digest(&bytes));
    let text = decode(&bytes).map_err(bad)?;
    let doc = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    Ok(Article {
        doc,
        path: path.to_path_buf(),
        text,
        hash,
    })
}

/// Decodes an article's bytes as strict UTF-8, explaining what else it is when not.
fn decode(bytes: &[u8]) -> std::result::Result<String, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("file is UTF-16 (byte order mark found); convert it to UTF-8".into());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("file is binary ({kind}), not a text article"));
    }
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(format!(
                "invalid UTF-8 at byte {at} (line {line}); articles must be UTF-8 text"
            ));
        }
    };
    if text.trim().is_empty() {
        return Err(if text.is_empty() {
            "file is empty".into()
        } else {
            "file holds only white space".into()
        });
    }
    if text.contains('\0') {
        return Err("file contains NUL bytes, not a text article".into());
    }
    Ok(text.to_string())
}

/// Names the binary format of a file by its magic bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"\x1F\x8B", "gzip"),
        (b"PK\x03\x04", "zip"),
        (b"\x7FELF", "ELF executable"),
        (b"SQLite format 3\0", "SQLite database"),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, k)| *k)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Lists the article files under the given paths: files as given, directories
/// walked recursively for `*.txt`, sorted, each once. Unreadable directories
/// and symlink loops are reported in the second list, not fatal.
pub fn collect_paths(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = std::collections::HashSet::new();
    for root in roots {
        match fs::metadata(root) {
            Ok(m) if m.is_dir() => walk(root, &mut files, &mut errors, &mut seen_dirs),
            Ok(_) => files.push(root.clone()),
            Err(source) => errors.push(Error::Io {
                path: root.clone(),
                source,
            }),
        }
    }
    files.sort();
    files.dedup();
    (files, errors)
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<Error>,
    seen: &mut std::collections::HashSet<PathBuf>,
) {
    // Canonical paths break symlink loops: a directory is walked once.
    match fs::canonicalize(dir) {
        Ok(c) => {
            if !seen.insert(c) {
                return;
            }
        }
        Err(source) => {
            errors.push(Error::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            errors.push(Error::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, files, errors, seen),
            Ok(_) if path.extension().is_some_and(|e| e == "txt") => files.push(path),
            Ok(_) => {}
            Err(source) => errors.push(Error::Io { path, source }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ingest_refuses_bad_bytes() {
        assert!(decode(b"").unwrap_err().contains("empty"));
        assert!(decode(b"  \n").unwrap_err().contains("white space"));
        assert!(decode(b"abc\xffdef").unwrap_err().contains("invalid UTF-8 at byte 3"));
        assert!(decode(b"%PDF-1.4 ...").unwrap_err().contains("PDF"));
        assert!(decode(b"\xff\xfea\0").unwrap_err().contains("UTF-16"));
        assert_eq!(decode(b"\xEF\xBB\xBFX\n").unwrap(), "X\n");
    }
}
