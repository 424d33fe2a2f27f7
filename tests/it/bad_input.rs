//! Files that are not articles, and file names that are odd: each is reported
//! on one line naming the file and the problem, the rest of the batch is stored,
//! and the run exits with 2 when anything was skipped.
//!
//! Decisions these tests pin (see `src/text/ingest.rs`): UTF-16 with a byte
//! order mark is decoded, a UTF-8 byte order mark is dropped; files over
//! `--max-file-size` (default 8M) are refused before being read; FIFOs and
//! devices are refused without being opened.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::Path;
use std::process::Output;

use serde_json::Value;

use crate::util::{show, TestDir};

/// A short article that extracts a person, an organisation and a meeting.
pub const ARTICLE: &str = "Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh\n\
    Ngày 12/3/2024, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị Ban Thường vụ. \
    Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì hội nghị.\n";

/// The stderr lines of a run.
fn stderr_lines(output: &Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The number of articles the database holds.
fn n_articles(t: &TestDir) -> u64 {
    let stats: Value = serde_json::from_str(&t.stdout(&["stats", "--json"])).unwrap();
    stats["articles"].as_u64().unwrap()
}

/// Whether the current user can read a file whose permissions are 000 (root can).
fn can_read_unreadable(path: &Path) -> bool {
    std::fs::File::open(path).is_ok()
}

/// One bad input: a file name in `in/`, how to make it, and what its one-line
/// report must say (`None`: it is an article after all and must be stored).
struct Case {
    name: &'static [u8],
    make: fn(&Path),
    expect: Option<&'static str>,
}

fn write(bytes: &'static [u8]) -> impl Fn(&Path) {
    move |path| std::fs::write(path, bytes).unwrap()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out: Vec<u8> = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: b"bad_utf8.txt",
            make: |p| std::fs::write(p, b"H\xe1\xbb\x99i ngh\xff\n").unwrap(),
            expect: Some("invalid UTF-8 at byte 9 (line 1); articles must be UTF-8 text"),
        },
        Case {
            name: b"latin1.txt",
            make: |p| std::fs::write(p, b"Ban Th\xe9\xf4ng v\xfa\n").unwrap(),
            expect: Some("invalid UTF-8 at byte 6"),
        },
        Case {
            name: b"utf16le.txt",
            make: |p| std::fs::write(p, utf16(ARTICLE, false)).unwrap(),
            expect: None,
        },
        Case {
            name: b"utf16be.txt",
            make: |p| std::fs::write(p, utf16(ARTICLE, true)).unwrap(),
            expect: None,
        },
        Case {
            name: b"utf16_odd.txt",
            make: |p| std::fs::write(p, b"\xff\xfeH\0i").unwrap(),
            expect: Some("UTF-16LE file (byte order mark found) has an odd number of bytes"),
        },
        Case {
            name: b"utf8_bom.txt",
            make: |p| std::fs::write(p, [b"\xef\xbb\xbf", ARTICLE.as_bytes()].concat()).unwrap(),
            expect: None,
        },
        Case {
            name: b"report.txt",
            make: |p| write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")(p),
            expect: Some("file is binary (PDF), not a text article"),
        },
        Case {
            name: b"photo.txt",
            make: |p| write(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")(p),
            expect: Some("file is binary (PNG image), not a text article"),
        },
        Case {
            name: b"archive.txt",
            make: |p| write(b"\x1f\x8b\x08\0\0\0\0\0\0\x03\xcb\x48\x04\0")(p),
            expect: Some("file is binary (gzip), not a text article"),
        },
        Case {
            name: b"nul.txt",
            make: |p| write(b"Ti\xc3\xaau \xc4\x91\xe1\xbb\x81\0\0\0\n")(p),
            expect: Some("file contains NUL bytes, not a text article"),
        },
        Case {
            name: b"empty.txt",
            make: |p| write(b"")(p),
            expect: Some("file is empty"),
        },
        Case {
            name: b"blank.txt",
            make: |p| write(b" \n\t\r\n  \n")(p),
            expect: Some("file holds only white space"),
        },
        Case {
            name: b"markup.txt",
            make: |p| write(b"<html><body><p></p><br/></body></html>\n")(p),
            expect: Some("file holds only HTML markup, no text"),
        },
        Case {
            name: b"huge.txt",
            // Sparse: 200 MiB of holes, made instantly, never read.
            make: |p| {
                std::fs::File::create(p)
                    .unwrap()
                    .set_len(200 << 20)
                    .unwrap()
            },
            expect: Some(
                "file is 200.0 MiB (209715200 bytes), over the limit of 8.0 MiB for one article (--max-file-size)",
            ),
        },
        Case {
            name: b"loop.txt",
            make: |p| symlink(p.file_name().unwrap(), p).unwrap(),
            expect: Some("symbolic link loop"),
        },
        Case {
            name: b"dangling.txt",
            make: |p| symlink("nowhere.txt", p).unwrap(),
            expect: Some("broken symbolic link (its target does not exist)"),
        },
        Case {
            name: b"pipe.txt",
            make: |p| {
                let status = std::process::Command::new("mkfifo").arg(p).status().unwrap();
                assert!(status.success());
            },
            expect: Some("not a regular file (a FIFO); articles are plain files"),
        },
        Case {
            name: "tên bài 'Hà Tĩnh' \"số 1\" (ĐỎ) #2 $x.txt".as_bytes(),
            make: |p| std::fs::write(p, ARTICLE).unwrap(),
            expect: None,
        },
        Case {
            name: b"line\nbreak.txt",
            make: |p| std::fs::write(p, ARTICLE).unwrap(),
            expect: None,
        },
        Case {
            name: b"-dash.txt",
            make: |p| std::fs::write(p, ARTICLE).unwrap(),
            expect: None,
        },
        Case {
            name: b"latin1_name_\xe9.txt",
            make: |p| std::fs::write(p, ARTICLE).unwrap(),
            expect: None,
        },
        Case {
            name: b"NFD te\xcc\x82n u\xcc\x89y.txt",
            make: |p| std::fs::write(p, ARTICLE).unwrap(),
            expect: None,
        },
    ]
}

#[test]
fn bad_input_each_reported_on_one_line_rest_stored() {
    let t = TestDir::new();
    let dir = t.seeds();
    let cases = cases();
    for case in &cases {
        (case.make)(&dir.join(OsStr::from_bytes(case.name)));
    }
    // A directory symlink loop (no .txt) and a link back up: walked once, silently.
    symlink("..", dir.join("up")).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    symlink("../sub", dir.join("sub/again")).unwrap();
    std::fs::write(dir.join("sub/notes.md"), "not an article").unwrap();

    let output = t.cmd(&["ingest", "seeds"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    let lines = stderr_lines(&output);
    let bad: Vec<&Case> = cases.iter().filter(|c| c.expect.is_some()).collect();
    for case in &bad {
        let shown = String::from_utf8_lossy(case.name).replace('\n', "\\n");
        let want = format!(
            "cadregraph: skipped seeds/{shown}: {}",
            case.expect.unwrap()
        );
        let hits: Vec<&String> = lines.iter().filter(|l| l.starts_with(&want)).collect();
        assert_eq!(hits.len(), 1, "no line `{want}`\n{}", show(&output));
    }
    assert_eq!(lines.len(), bad.len(), "{}", show(&output));
    let stored = cases.len() - bad.len();
    let summary = String::from_utf8_lossy(&output.stdout);
    assert!(
        summary.contains(&format!(
            "{} articles read: {} new, 0 changed, 0 unchanged; {} skipped",
            5 + stored,
            5 + stored,
            bad.len()
        )),
        "{}",
        show(&output)
    );
    assert_eq!(n_articles(&t), 5 + stored as u64);

    // Every decoded variant of ARTICLE holds the same text and facts.
    let graph: Value = serde_json::from_str(&t.stdout(&["export"])).unwrap();
    let person = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "Hoàng Trung Dũng")
        .unwrap_or_else(|| panic!("no Hoàng Trung Dũng in {graph}"));
    let mut docs: Vec<&str> = person["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["doc"].as_str().unwrap())
        .collect();
    docs.dedup();
    assert_eq!(docs.len(), stored, "{person}");
    let sources: Vec<(u64, u64)> = person["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap()))
        .collect();
    assert!(sources.windows(2).all(|w| w[0] == w[1]), "{sources:?}");

    // Reading them again: the stored ones are unchanged, the bad ones reported again.
    let again = t.cmd(&["--quiet", "ingest", "seeds"]).output().unwrap();
    assert_eq!(again.status.code(), Some(2), "{}", show(&again));
    assert_eq!(stderr_lines(&again).len(), bad.len(), "{}", show(&again));
}

#[test]
fn bad_input_unreadable_file_is_reported() {
    let t = TestDir::new();
    let dir = t.seeds();
    let file = dir.join("secret.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    let locked = t.path("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("inside.txt"), ARTICLE).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let output = t.cmd(&["ingest", "seeds", "locked"]).output().unwrap();
    // Let the temporary directory be deleted.
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    if can_read_unreadable(&file) {
        eprintln!(
            "note: running as root (permissions do not stop reads); \
             unreadable-file assertions skipped"
        );
        assert!(output.status.code() == Some(0), "{}", show(&output));
        return;
    }
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    let lines = stderr_lines(&output);
    assert_eq!(
        lines,
        [
            "cadregraph: skipped locked: permission denied",
            "cadregraph: skipped seeds/secret.txt: permission denied"
        ],
        "{}",
        show(&output)
    );
    assert_eq!(n_articles(&t), 5);
}

#[test]
fn bad_input_max_file_size_is_configurable() {
    let t = TestDir::new();
    let dir = t.path("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let len = ARTICLE.len();
    let output = t
        .cmd(&["ingest", "--max-file-size", "100", "in"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert_eq!(
        stderr_lines(&output),
        [format!(
            "cadregraph: skipped in/a.txt: file is {len} bytes, \
             over the limit of 100 bytes for one article (--max-file-size)"
        )],
        "{}",
        show(&output)
    );
    t.stdout(&["ingest", "--max-file-size", "1K", "in"]);
    assert_eq!(n_articles(&t), 1);
    let output = t
        .cmd(&["ingest", "--max-file-size", "lots", "in"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("'lots' is not a size"),
        "{}",
        show(&output)
    );
}

#[test]
fn bad_input_file_named_like_an_option_after_double_dash() {
    let t = TestDir::new();
    std::fs::write(t.path("--dot"), ARTICLE).unwrap();
    t.stdout(&["--quiet", "ingest", "--", "--dot"]);
    assert_eq!(n_articles(&t), 1);
}

#[test]
fn bad_input_twenty_thousand_small_files() {
    const N: usize = 20_000;
    let t = TestDir::new();
    let dir = t.path("many");
    std::fs::create_dir(&dir).unwrap();
    for i in 0..N {
        // Small and plain: this is about the file count, not extraction.
        std::fs::write(dir.join(format!("{i:05}.txt")), format!("Tin số {i}\n")).unwrap();
    }
    let output = t.cmd(&["ingest", "many"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", show(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains(&format!("{N} articles read: {N} new, 0 changed")),
        "{}",
        show(&output)
    );
    assert_eq!(n_articles(&t), N as u64);
}
