//! Reading article files: the only code that opens them.
//!
//! An article is a UTF-8 text file (a UTF-8 byte order mark is dropped). A
//! UTF-16 file with a byte order mark is decoded, since editors on Windows save
//! text that way; UTF-16 without one is indistinguishable from binary and is
//! refused. Invalid UTF-8, binary content (known magic numbers, NUL bytes),
//! empty and white-space-only files, files over the size limit, and anything
//! that is not a regular file (FIFOs, devices: reading them could block or never
//! end) are refused with an [`Error::BadInput`] naming the file and the problem.
//! The limit is checked before reading, so a huge file costs no memory.
//!
//! Crawled articles sometimes keep HTML fragments (`<p>`, `<b>`, `&nbsp;`).
//! [`strip_html`] removes them here, before cleaning, so that every later offset
//! indexes text a reader sees: tags of known HTML elements go (block elements
//! leave a line break, inline ones nothing), comments and the contents of
//! `<script>` and `<style>` go, and character references are decoded. Text that
//! merely contains `<` or `&` ("<Bộ Công an>", "a < b", "R&D") is left alone.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::{Error, Result};

/// Files larger than this are refused by default (an article is a few
/// kilobytes; a file of many megabytes is a dump, not an article). `cadregraph
/// ingest --max-file-size` changes it.
pub const DEFAULT_MAX_BYTES: u64 = 8 * 1024 * 1024;

/// One article file as read from disk, before cleaning.
#[derive(Clone, Debug)]
pub struct Article {
    /// The file name, as sources cite it.
    pub doc: String,
    /// The path it was read from.
    pub path: PathBuf,
    /// Its text as in the file: decoded (a byte order mark removed, UTF-16 read),
    /// HTML fragments removed ([`strip_html`]); not yet cleaned.
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
    // Look before opening: opening a FIFO blocks until someone writes to it.
    let kind = fs::metadata(path).map_err(io)?.file_type();
    if !kind.is_file() {
        return Err(bad(format!(
            "not a regular file ({}); articles are plain files",
            file_kind(&kind)
        )));
    }
    let file = fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    if len > max_bytes {
        return Err(bad(format!(
            "file is {}, over the limit of {} for one article (--max-file-size)",
            if len < 1024 {
                human(len)
            } else {
                format!("{} ({len} bytes)", human(len))
            },
            human(max_bytes)
        )));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // Read at most one byte past the limit, in case the file grew since stat.
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(bad(format!(
            "file grew while being read, over the limit of {} for one article (--max-file-size)",
            human(max_bytes)
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

/// A byte count for people: "8.0 MiB", "200 bytes".
fn human(bytes: u64) -> String {
    const UNITS: [&str; 3] = ["KiB", "MiB", "GiB"];
    let mut value = bytes as f64;
    let mut unit = None;
    for u in UNITS {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = Some(u);
    }
    match unit {
        Some(u) => format!("{value:.1} {u}"),
        None => format!("{bytes} bytes"),
    }
}

/// Names a file type that is not a regular file.
fn file_kind(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

/// Decodes an article's bytes (UTF-8, or UTF-16 with a byte order mark),
/// explaining what else it is when it is neither.
fn decode(bytes: &[u8]) -> std::result::Result<String, String> {
    let text = if let Some(body) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(body, u16::from_le_bytes, "UTF-16LE")?
    } else if let Some(body) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(body, u16::from_be_bytes, "UTF-16BE")?
    } else {
        if let Some(kind) = binary_kind(bytes) {
            return Err(format!("file is binary ({kind}), not a text article"));
        }
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        // simdutf8 validates several bytes an instruction (std's from_utf8
        // about ten instructions a byte of Vietnamese text); `compat` tells
        // where the first invalid byte is, as std does.
        match simdutf8::compat::from_utf8(body) {
            Ok(t) => t.to_string(),
            Err(e) => {
                let at = e.valid_up_to();
                let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(format!(
                    "invalid UTF-8 at byte {at} (line {line}); articles must be UTF-8 text"
                ));
            }
        }
    };
    if text.trim().is_empty() {
        return Err(if text.is_empty() {
            "file is empty".into()
        } else {
            "file holds only white space".into()
        });
    }
    let text = match strip_html(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(stripped) if stripped.trim().is_empty() => {
            return Err("file holds only HTML markup, no text".into());
        }
        std::borrow::Cow::Owned(stripped) => stripped,
    };
    if text.contains('\0') {
        return Err("file contains NUL bytes, not a text article".into());
    }
    Ok(text)
}

/// Decodes UTF-16 code units (after the byte order mark), strictly.
fn decode_utf16(
    body: &[u8],
    unit: fn([u8; 2]) -> u16,
    name: &str,
) -> std::result::Result<String, String> {
    if !body.len().is_multiple_of(2) {
        return Err(format!(
            "{name} file (byte order mark found) has an odd number of bytes"
        ));
    }
    let units = body.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .enumerate()
        .map(|(i, c)| {
            c.map_err(|_| {
                format!(
                    "invalid {name} at byte {} (unpaired surrogate); convert the file to UTF-8",
                    2 + 2 * i
                )
            })
        })
        .collect()
}

/// HTML elements whose tags end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tr",
    "ul",
];

/// HTML elements whose tags vanish without a trace.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "audio", "b", "body", "center", "cite", "code", "em", "font", "head", "html", "i",
    "iframe", "img", "label", "link", "mark", "meta", "picture", "s", "small", "source", "span",
    "strong", "sub", "sup", "tbody", "td", "tfoot", "th", "thead", "time", "title", "u", "video",
];

/// HTML elements removed with their contents.
const HIDDEN_TAGS: &[&str] = &["noscript", "script", "style"];

/// Removes HTML fragments from crawled text (see the module docs); text without
/// any is returned as it is.
pub fn strip_html(text: &str) -> std::borrow::Cow<'_, str> {
    // Both marks are ASCII, so a byte search finds them (at char boundaries).
    let next_mark = |text: &str| memchr::memchr2(b'<', b'&', text.as_bytes());
    if next_mark(text).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while let Some(at) = next_mark(rest) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (replacement, len) = if rest.starts_with('<') {
            html_markup(rest).unwrap_or_default()
        } else {
            match char_reference(rest) {
                Some((c, len)) => (Some(c), len),
                None => (None, 0),
            }
        };
        if len == 0 {
            // Not markup: keep the character.
            out.push_str(&rest[..1]);
            rest = &rest[1..];
        } else {
            changed = true;
            out.extend(replacement);
            rest = &rest[len..];
        }
    }
    out.push_str(rest);
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The markup at the start of `text` (which starts with `<`): what replaces it
/// and its length in bytes, or `None` when it is not a known tag or a comment.
fn html_markup(text: &str) -> Option<(Option<char>, usize)> {
    if let Some(body) = text.strip_prefix("<!--") {
        let end = body.find("-->")?;
        return Some((None, 4 + end + 3));
    }
    let tag_len = tag_end(text)?;
    let inner = &text[1..tag_len - 1];
    let closing = inner.starts_with('/');
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let after_name = inner.trim_start_matches('/')[name.len()..].chars().next();
    if !matches!(after_name, None | Some(' ' | '\t' | '\n' | '\r' | '/')) {
        return None;
    }
    if HIDDEN_TAGS.contains(&name.as_str()) && !closing {
        // Up to and including the closing tag; an unclosed one hides the rest.
        let close = format!("</{name}");
        let end = text[tag_len..]
            .match_indices("</")
            .map(|(at, _)| tag_len + at)
            .find(|&at| {
                text.get(at..at + close.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(&close))
            })
            .map_or(text.len(), |at| {
                at + tag_end(&text[at..]).unwrap_or(close.len())
            });
        return Some((None, end));
    }
    if BLOCK_TAGS.contains(&name.as_str()) {
        Some((Some('\n'), tag_len))
    } else if INLINE_TAGS.contains(&name.as_str()) || HIDDEN_TAGS.contains(&name.as_str()) {
        Some((None, tag_len))
    } else {
        None
    }
}

/// The length of the tag at the start of `text` up to its `>`, quotes in
/// attribute values respected; `None` when there is no `>` within 2,000 bytes.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1).take_while(|(i, _)| *i < 2000) {
        match (quote, c) {
            (None, '>') => return Some(i + 1),
            (None, '<') => return None,
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    None
}

/// The character reference at the start of `text` (which starts with `&`):
/// the character and the reference's length in bytes.
fn char_reference(text: &str) -> Option<(char, usize)> {
    let end = text.char_indices().take(12).find(|&(_, c)| c == ';')?.0;
    let name = &text[1..end];
    let c = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            "ndash" => '–',
            "mdash" => '—',
            "hellip" => '…',
            "laquo" => '«',
            "raquo" => '»',
            "ldquo" => '“',
            "rdquo" => '”',
            "lsquo" => '‘',
            "rsquo" => '’',
            _ => return None,
        }
    };
    Some((c, end + 1))
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
        assert!(decode(b"abc\xffdef")
            .unwrap_err()
            .contains("invalid UTF-8 at byte 3"));
        assert!(decode(b"%PDF-1.4 ...").unwrap_err().contains("PDF"));
        assert_eq!(decode(b"\xff\xfeH\0\xe0\x1e\n\0").unwrap(), "H\u{1ee0}\n");
        assert_eq!(decode(b"\xfe\xff\0H\0\n").unwrap(), "H\n");
        assert!(decode(b"\xff\xfea").unwrap_err().contains("odd number"));
        assert!(decode(b"\xff\xfe\x00\xd8a\0")
            .unwrap_err()
            .contains("invalid UTF-16LE at byte 2"));
        assert!(decode(b"\xff\xfea\0\0\0").unwrap_err().contains("NUL"));
        assert_eq!(decode(b"\xEF\xBB\xBFX\n").unwrap(), "X\n");
        assert!(decode(b"<p><br/></p>\n").unwrap_err().contains("only HTML"));
    }

    #[test]
    fn ingest_strips_html_fragments() {
        let check = |html: &str, text: &str| assert_eq!(strip_html(html), text, "{html}");
        check(
            "<p>Ông <b>Trần Quốc Tỏ</b> chủ trì.</p><p class=\"x\">Hội nghị</P>",
            "\nÔng Trần Quốc Tỏ chủ trì.\n\nHội nghị\n",
        );
        check("A<br>B<br/>C<br />D", "A\nB\nC\nD");
        check(
            "a<!-- x -->b<script>var s = '<p>';</script>c<style>p{}</style>d",
            "abcd",
        );
        check(
            "Tỉnh&nbsp;ủy &amp; HĐND &#7843; &#x1EA3; &lt;p&gt;",
            "Tỉnh\u{a0}ủy & HĐND ả ả <p>",
        );
        check("<a href=\"/x?a=1&b=>\">Bộ Công an</a>", "Bộ Công an");
        // Not markup: left as written.
        for text in [
            "<Bộ Công an>",
            "a < b > c",
            "R&D; AT&T",
            "x <3",
            "<p",
            "&#0; &bogus;",
            "<pp>",
        ] {
            check(text, text);
        }
    }
}
