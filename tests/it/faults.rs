//! Faults: an ingest killed with SIGKILL at random points, two ingests on one
//! database, reads during an ingest, and database files that are damaged,
//! foreign, too new, write-protected or on a full disk.
//!
//! The kill test's random points come from a seed printed at the start
//! (`FAULTS_SEED=N` repeats a run); `FAULTS_ROUNDS` sets the number of rounds.
//! Kill points are random, but nothing asserts how long anything takes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{assert_same, have, show, TestDir};

/// Writes `n` short articles to `dir`: six provinces, so organisations and
/// resolutions merge across articles while every article adds its own persons
/// and meeting.
pub fn corpus(dir: &Path, n: usize) {
    const PROVINCES: [&str; 6] = [
        "Hà Tĩnh",
        "Nghệ An",
        "Quảng Ninh",
        "Sơn La",
        "Phú Thọ",
        "Đà Nẵng",
    ];
    const SURNAMES: [&str; 6] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"];
    const MIDDLE: [&str; 5] = ["Văn", "Thị", "Đức", "Minh", "Quốc"];
    const GIVEN: [&str; 10] = [
        "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Lâm", "Nam", "Phong",
    ];
    let name = |i: usize| {
        format!(
            "{} {} {}",
            SURNAMES[i % 6],
            MIDDLE[(i / 6) % 5],
            GIVEN[(i / 30) % 10]
        )
    };
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let province = PROVINCES[i % 6];
        let round = i / 6 + 1;
        let text = format!(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh {province} lần thứ {round}\n\
             Ngày {}/{}/2024, Tỉnh ủy {province} tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh \
             lần thứ {round} để quán triệt Nghị quyết số {}-NQ/TW. Đồng chí {}, Bí thư Tỉnh ủy \
             chủ trì hội nghị. Dự hội nghị có đồng chí {}, Phó Bí thư Thường trực Tỉnh ủy.\n",
            1 + i % 28,
            1 + i % 12,
            10 + i % 17,
            name(i),
            name(i + 7),
        );
        std::fs::write(dir.join(format!("{i:04}.txt")), text).unwrap();
    }
}

/// A small deterministic generator (xorshift64*): no dependency, and a run is
/// repeated from its printed seed.
struct Rng(u64);

impl Rng {
    fn from_env() -> Rng {
        let seed = std::env::var("FAULTS_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
                    ^ u64::from(std::process::id())
            });
        eprintln!("note: FAULTS_SEED={seed}");
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// One article's facts as extraction produced them, independent of how they
/// merged with other articles: node sources (kind, span) and edge sources
/// (kind, role, span, quote).
#[derive(Debug, PartialEq, Eq)]
struct ArticleFacts {
    hash: String,
    text: String,
    /// (node kind, packed spans) per node the article supports.
    nodes: BTreeSet<(String, Vec<u8>)>,
    /// (edge kind code, role, packed spans, quotes or '') per edge the
    /// article supports.
    edges: BTreeSet<(i64, String, Vec<u8>, String)>,
}

/// Opens a database with rusqlite directly, checks `PRAGMA integrity_check`
/// and foreign keys, and returns every article's facts by file name.
fn facts(db: &Path) -> BTreeMap<String, ArticleFacts> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok", "integrity_check of {}", db.display());
    let n_fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(n_fk, 0, "foreign key violations in {}", db.display());
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let mut out = BTreeMap::new();
    if version == 0 {
        // Killed before the schema was created: an empty database.
        return out;
    }
    let mut stmt = conn
        .prepare("SELECT id, doc, hash, text FROM articles")
        .unwrap();
    let articles: Vec<(i64, String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (id, doc, hash, text) in articles {
        let nodes = conn
            .prepare(
                "SELECT n.kind, s.spans FROM node_sources s
                 JOIN nodes n ON n.id = s.node WHERE s.article = ?1",
            )
            .unwrap()
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let edges = conn
            .prepare(
                // Quotes equal to the article's text at their spans are stored
                // as NULL (schema 6); both runs compared store them the same way.
                "SELECT e.kind, e.role, s.spans, coalesce(s.quotes, '') FROM edge_sources s
                 JOIN edges e ON e.id = s.edge WHERE s.article = ?1",
            )
            .unwrap()
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        out.insert(
            doc,
            ArticleFacts {
                hash,
                text,
                nodes,
                edges,
            },
        );
    }
    out
}

/// Asserts that every article stored in `got` holds exactly the facts it holds
/// in `clean`: stored wholly or (absent from `got`) not at all.
#[track_caller]
fn assert_whole_articles(
    clean: &BTreeMap<String, ArticleFacts>,
    got: &BTreeMap<String, ArticleFacts>,
) {
    for (doc, facts) in got {
        let want = clean
            .get(doc)
            .unwrap_or_else(|| panic!("{doc} is stored but is not an input"));
        assert_eq!(facts, want, "{doc} is stored partly or differently");
    }
}

/// `cadregraph --db DB --quiet ingest DIR --batch-size N`, started.
fn spawn_ingest(t: &TestDir, dir: &Path, batch_size: usize) -> Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_cadregraph"))
        .arg("--db")
        .arg(t.db())
        .args(["--quiet", "ingest"])
        .arg(dir)
        .arg("--batch-size")
        .arg(batch_size.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Deletes a database with its WAL and shared-memory files.
fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut path = db.as_os_str().to_owned();
        path.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(path));
    }
}

#[test]
fn faults_kill_9_during_ingest_loses_nothing() {
    const N_ARTICLES: usize = 160;
    const BATCH: usize = 8;
    let rounds: usize = std::env::var("FAULTS_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let mut rng = Rng::from_env();

    let clean = TestDir::new();
    let dir = clean.path("corpus");
    corpus(&dir, N_ARTICLES);
    let started = Instant::now();
    let output = spawn_ingest(&clean, &dir, BATCH)
        .wait_with_output()
        .unwrap();
    assert!(output.status.success(), "{}", show(&output));
    // Kill points are drawn from a quarter of a whole run: each round resumes the
    // last one's database, so the kills still reach every part of the ingest.
    let window = started.elapsed().as_millis() as u64 / 4 + 1;
    let clean_facts = facts(&clean.db());
    assert_eq!(clean_facts.len(), N_ARTICLES);
    let clean_export = clean.stdout(&["export"]);

    let t = TestDir::new();
    let (mut killed, mut completed) = (0, 0);
    for round in 0..rounds {
        let mut child = spawn_ingest(&t, &dir, BATCH);
        std::thread::sleep(Duration::from_millis(rng.below(window)));
        let _ = child.kill();
        let output = child.wait_with_output().unwrap();
        // The database always opens, through cadregraph and through SQLite.
        if t.db().exists() {
            let stats = t.cmd(&["stats", "--json"]).output().unwrap();
            assert!(stats.status.success(), "round {round}: {}", show(&stats));
        }
        let got = facts(&t.db());
        assert_whole_articles(&clean_facts, &got);
        if output.status.success() {
            // It finished before the kill: the graph is the clean run's.
            completed += 1;
            assert_same(
                "export after a complete run",
                &clean_export,
                &t.stdout(&["export"]),
            );
            remove_db(&t.db());
        } else {
            assert_eq!(
                output.status.code(),
                None,
                "round {round}: {}",
                show(&output)
            );
            killed += 1;
        }
    }
    // Re-running completes what the kills interrupted, to the clean run's bytes.
    let output = spawn_ingest(&t, &dir, BATCH).wait_with_output().unwrap();
    assert!(output.status.success(), "{}", show(&output));
    assert_whole_articles(&clean_facts, &facts(&t.db()));
    assert_eq!(facts(&t.db()).len(), N_ARTICLES);
    assert_same(
        "export after resuming",
        &clean_export,
        &t.stdout(&["export"]),
    );
    eprintln!(
        "note: {rounds} rounds: {killed} killed with SIGKILL, {completed} finished first; \
         nothing lost"
    );
}

#[test]
fn faults_two_ingests_on_one_database() {
    let clean = TestDir::new();
    let (a, b) = (clean.path("a"), clean.path("b"));
    corpus(&a, 60);
    // The second half of a 120-article corpus, in another directory.
    let all = clean.path("all");
    corpus(&all, 120);
    std::fs::create_dir(&b).unwrap();
    for i in 60..120 {
        let name = format!("{i:04}.txt");
        std::fs::rename(all.join(&name), b.join(&name)).unwrap();
    }
    for i in 0..60 {
        std::fs::remove_file(all.join(format!("{i:04}.txt"))).unwrap();
    }
    let both = [a.to_str().unwrap(), b.to_str().unwrap()];
    clean.stdout(&["--quiet", "ingest", both[0], both[1]]);
    let clean_facts = facts(&clean.db());
    let clean_stats: Value = serde_json::from_str(&clean.stdout(&["stats", "--json"])).unwrap();

    let t = TestDir::new();
    // Small batches: many commits, so the two writers interleave.
    let first = spawn_ingest(&t, &a, 2);
    let second = spawn_ingest(&t, &b, 2);
    for output in [
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    ] {
        // Each waits for the other's lock; if it ever waited too long it must
        // say so on one line naming the database.
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                output.status.code() == Some(2)
                    && stderr.lines().count() == 1
                    && stderr.contains("graph.db")
                    && stderr.contains("database is locked"),
                "{}",
                show(&output)
            );
        }
    }
    assert_whole_articles(&clean_facts, &facts(&t.db()));
    // Whatever a lock stopped is completed by running again.
    t.stdout(&["--quiet", "ingest", both[0], both[1]]);
    let got = facts(&t.db());
    assert_eq!(got.len(), clean_facts.len());
    assert_whole_articles(&clean_facts, &got);
    let stats: Value = serde_json::from_str(&t.stdout(&["stats", "--json"])).unwrap();
    assert_eq!(stats, clean_stats);
}

/// Checks that a graph read while an ingest commits is one snapshot: every
/// edge joins nodes in the graph, every node and edge has a source, and the
/// sources' articles are ones the graph's nodes cite.
#[track_caller]
fn assert_consistent(graph: &Value) {
    let nodes = graph["nodes"].as_array().unwrap();
    let ids: BTreeSet<i64> = nodes.iter().map(|n| n["id"].as_i64().unwrap()).collect();
    for node in nodes {
        assert!(
            !node["sources"].as_array().unwrap().is_empty(),
            "node without sources: {node}"
        );
    }
    for edge in graph["edges"].as_array().unwrap() {
        assert!(
            ids.contains(&edge["source"].as_i64().unwrap())
                && ids.contains(&edge["target"].as_i64().unwrap()),
            "edge to a node outside the snapshot: {edge}"
        );
        assert!(
            !edge["sources"].as_array().unwrap().is_empty(),
            "edge without sources: {edge}"
        );
    }
}

#[test]
fn faults_reads_during_an_ingest_see_one_snapshot() {
    let t = TestDir::new();
    let dir = t.path("corpus");
    corpus(&dir, 150);
    // A first article, so that the database exists before the readers start.
    t.stdout(&["--quiet", "ingest", dir.join("0000.txt").to_str().unwrap()]);
    let mut child = spawn_ingest(&t, &dir, 1);
    let (mut n_library, mut n_cli) = (0, 0);
    let mut counts = Vec::new();
    loop {
        let done = child.try_wait().unwrap().is_some();
        // In process: Store::graph and Store::stats, as every command reads.
        let store = cadregraph::store::Store::open(t.db()).unwrap();
        let graph = serde_json::to_value(store.graph().unwrap()).unwrap();
        assert_consistent(&graph);
        counts.push(store.stats().unwrap().articles);
        n_library += 1;
        // Through the command line, now and then.
        if n_library % 5 == 0 || done {
            let graph: Value = serde_json::from_str(&t.stdout(&["export"])).unwrap();
            assert_consistent(&graph);
            n_cli += 1;
        }
        if done {
            break;
        }
    }
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", show(&output));
    // Commits only add articles: no read saw the count go back.
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    assert_eq!(counts.last(), Some(&150));
    eprintln!(
        "note: {n_library} library reads and {n_cli} exports during one ingest, all consistent"
    );
}

/// Runs `args` on a damaged or foreign database file and asserts a clear error
/// naming the file, and the file's bytes unchanged.
#[track_caller]
fn assert_refused_untouched(t: &TestDir, bytes: &[u8], message: &str) {
    std::fs::write(t.db(), bytes).unwrap();
    for args in [
        &["stats"][..],
        &["export"],
        &["show", "x"],
        &["ingest", "seeds"],
    ] {
        let output = t.cmd(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", show(&output));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            stderr.trim_end(),
            format!("cadregraph: {}: {message}", t.db().display()),
            "{args:?}: {}",
            show(&output)
        );
        assert!(
            std::fs::read(t.db()).unwrap() == bytes,
            "{args:?} changed the file"
        );
    }
}

#[test]
fn faults_damaged_or_foreign_database_is_refused_untouched() {
    let good = TestDir::new();
    good.ingest_seeds();
    // A closed database has no WAL left: its main file is the whole database.
    let whole = std::fs::read(good.db()).unwrap();
    let t = TestDir::new();
    t.seeds();
    let damaged = "damaged SQLite database (truncated or corrupt); restore it from a backup or re-ingest into a new file";
    // Cut inside the header, and at page boundaries (the page size is in the header).
    let page = match u16::from_be_bytes([whole[16], whole[17]]) {
        1 => 65536,
        n => n as usize,
    };
    let half = whole.len() / 2 / page * page;
    for cut in [50, 100, page, half, whole.len() - page] {
        assert_refused_untouched(&t, &whole[..cut], damaged);
    }
    // A page of data overwritten with garbage: reading commands that reach it
    // fail naming the file, and leave it as it was.
    let mut scribbled = whole.clone();
    for b in &mut scribbled[4096..8192] {
        *b = 0x5A;
    }
    std::fs::write(t.db(), &scribbled).unwrap();
    for args in [&["stats"][..], &["export"], &["show", "Tô Lâm"]] {
        let output = t.cmd(args).output().unwrap();
        if output.status.code() != Some(0) {
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(
                stderr.starts_with(&format!(
                    "cadregraph: reading database {}: database disk image is malformed",
                    t.db().display()
                )),
                "{args:?}: {}",
                show(&output)
            );
        }
        assert!(
            std::fs::read(t.db()).unwrap() == scribbled,
            "{args:?} changed the file"
        );
    }
    assert_refused_untouched(
        &t,
        b"PK\x03\x04 a zip file, not a database",
        "not a SQLite database",
    );

    // Another program's SQLite database.
    remove_db(&t.db());
    {
        let conn = rusqlite::Connection::open(t.db()).unwrap();
        conn.execute_batch("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    let foreign = std::fs::read(t.db()).unwrap();
    assert_refused_untouched(
        &t,
        &foreign,
        "SQLite database of another program (it has tables but no cadregraph schema version)",
    );
}

#[test]
fn faults_newer_schema_is_refused_untouched() {
    let t = TestDir::new();
    t.ingest_seeds();
    {
        let conn = rusqlite::Connection::open(t.db()).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA user_version = {}",
            cadregraph::store::SCHEMA_VERSION + 1
        ))
        .unwrap();
    }
    let bytes = std::fs::read(t.db()).unwrap();
    for args in [&["stats"][..], &["export"], &["ingest", "seeds"]] {
        let output = t.cmd(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{}", show(&output));
        assert!(
            String::from_utf8_lossy(&output.stderr).contains(&format!(
                "opening database {}: database schema is version {}, this build knows up to {}",
                t.db().display(),
                cadregraph::store::SCHEMA_VERSION + 1,
                cadregraph::store::SCHEMA_VERSION
            )),
            "{}",
            show(&output)
        );
        assert!(std::fs::read(t.db()).unwrap() == bytes);
    }
}

#[test]
fn faults_write_protected_database() {
    let t = TestDir::new();
    t.ingest_seeds();
    let before = std::fs::read(t.db()).unwrap();
    // Root ignores permission bits; the immutable attribute binds root too.
    let protected = std::process::Command::new("chattr")
        .arg("+i")
        .arg(t.db())
        .output()
        .is_ok_and(|o| o.status.success());
    if !protected {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(t.db(), std::fs::Permissions::from_mode(0o444)).unwrap();
        if std::fs::OpenOptions::new().write(true).open(t.db()).is_ok() {
            eprintln!(
                "note: running as root without chattr; read-only database assertions skipped"
            );
            return;
        }
    }
    let seeds = t.path("seeds");
    std::fs::write(seeds.join("new.txt"), crate::bad_input::ARTICLE).unwrap();
    let output = t.cmd(&["ingest", "seeds"]).output().unwrap();
    let reading = t.cmd(&["stats"]).output().unwrap();
    if protected {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(t.db())
            .status();
    }
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim_end(),
        format!(
            "cadregraph: database {} is read-only; cannot ingest into it",
            t.db().display()
        ),
        "{}",
        show(&output)
    );
    // Reading still works.
    assert!(reading.status.success(), "{}", show(&reading));
    assert!(std::fs::read(t.db()).unwrap() == before);
}

#[test]
fn faults_database_in_missing_directory() {
    let t = TestDir::new();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cadregraph"))
        .arg("--db")
        .arg(t.path("no/such/dir/graph.db"))
        .args(["ingest", "nowhere"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("graph.db: cannot open the database file"),
        "{}",
        show(&output)
    );
}

#[test]
fn faults_full_disk_is_reported_and_nothing_half_stored() {
    if !have("sh") {
        return;
    }
    let t = TestDir::new();
    let seeds = t.seeds();
    let dir = t.path("corpus");
    corpus(&dir, 200);
    t.stdout(&["--quiet", "ingest", seeds.to_str().unwrap()]);
    let before = facts(&t.db());
    // A file size limit stands in for a full disk: writes past 100 KiB fail
    // with EFBIG (SIGXFSZ ignored), as they would with ENOSPC. One batch of 200
    // articles needs more.
    let script =
        "ulimit -f 100; trap '' XFSZ; exec \"$0\" --db \"$1\" ingest \"$2\" --batch-size 200";
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_cadregraph"))
        .arg(t.db())
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let db = t.db().display().to_string();
    assert!(
        stderr.trim_end() == format!("cadregraph: saving articles to {db}: disk I/O error")
            || stderr.trim_end() == format!("cadregraph: opening database {db}: disk I/O error"),
        "{}",
        show(&output)
    );
    // The batch that failed is absent, the earlier articles intact.
    let after = facts(&t.db());
    assert_whole_articles(&before, &after);
    assert_eq!(after.len(), before.len());
}

#[test]
fn faults_export_to_a_full_device_is_reported() {
    let t = TestDir::new();
    t.ingest_seeds();
    if !Path::new("/dev/full").exists() {
        return;
    }
    let output = t.cmd(&["export", "-o", "/dev/full"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("cadregraph: ") && stderr.contains("No space left on device"),
        "{}",
        show(&output)
    );
}

/// Sets or clears the immutable attribute (binds root too); false when unsupported.
fn chattr(flag: &str, path: &Path) -> bool {
    std::process::Command::new("chattr")
        .arg(flag)
        .arg(path)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn faults_write_protected_directory() {
    let t = TestDir::new();
    let dir = t.path("locked");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("graph.db");
    std::fs::write(t.path("a.txt"), crate::bad_input::ARTICLE).unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_cadregraph"))
            .current_dir(t.path(""))
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };
    let output = run(&["--quiet", "ingest", "a.txt"]);
    assert!(output.status.success(), "{}", show(&output));
    let before = std::fs::read(&db).unwrap();
    let protected = chattr("+i", &dir);
    if !protected {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    let creatable = std::fs::write(dir.join("probe"), b"").is_ok();
    let outputs = [
        run(&["ingest", "a.txt"]),
        run(&["stats"]),
        std::process::Command::new(env!("CARGO_BIN_EXE_cadregraph"))
            .arg("--db")
            .arg(dir.join("new.db"))
            .arg("ingest")
            .arg(t.path("a.txt"))
            .output()
            .unwrap(),
    ];
    if protected {
        chattr("-i", &dir);
    } else {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    if creatable {
        eprintln!("note: running as root without chattr; read-only directory assertions skipped");
        return;
    }
    // SQLite must create the WAL's files beside the database, so even reading
    // fails; the message says so, naming the file.
    for output in &outputs {
        assert_eq!(output.status.code(), Some(2), "{}", show(output));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.lines().count() == 1
                && stderr.contains(".db: cannot open the database file (does its directory exist, and may it be written?"),
            "{}",
            show(output)
        );
    }
    assert!(std::fs::read(&db).unwrap() == before);
    assert!(!dir.join("new.db").exists());
}
