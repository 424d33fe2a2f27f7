//! Databases written by earlier versions: each schema version's fixture in
//! `tests/data/schema/` opens, is brought up to date without losing a fact,
//! and takes new articles. Add a fixture here whenever `schema/` gains a file.

use crate::bad_input::ARTICLE;
use crate::util::{assert_same, repo, show, TestDir};

/// Builds a database from a fixture's SQL dump.
fn from_dump(t: &TestDir, version: u32) {
    let sql =
        std::fs::read_to_string(repo().join(format!("tests/data/schema/v{version}.sql"))).unwrap();
    let conn = rusqlite::Connection::open(t.db()).unwrap();
    conn.execute_batch(&sql).unwrap();
    let found: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(found, version, "the fixture's user_version");
}

#[test]
fn upgrade_from_every_earlier_schema_version() {
    for version in 1..cadregraph::store::SCHEMA_VERSION {
        let t = TestDir::new();
        from_dump(&t, version);
        let expected =
            std::fs::read_to_string(repo().join(format!("tests/data/schema/v{version}.json")))
                .unwrap();
        assert_same(
            &format!("export of the v{version} fixture"),
            expected.trim_end(),
            t.stdout(&["export"]).trim_end(),
        );
        let conn = rusqlite::Connection::open(t.db()).unwrap();
        let now: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(now, cadregraph::store::SCHEMA_VERSION);
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok");
        // It takes new articles.
        std::fs::write(t.path("new.txt"), ARTICLE).unwrap();
        let output = t.cmd(&["ingest", "new.txt"]).output().unwrap();
        assert!(output.status.success(), "{}", show(&output));
        assert!(String::from_utf8_lossy(&output.stdout).contains("1 new"));
    }
}

#[test]
fn upgrade_then_changed_article_replaces_its_facts() {
    // Every earlier version's "b.txt" (Tô Lâm, Bộ Công an, Nghị quyết số
    // 12-NQ/TW...) comes back with other content: its old facts go, found
    // through the fact lists the upgrade wrote (schema 4), and a.txt's stay.
    for version in 1..cadregraph::store::SCHEMA_VERSION {
        let t = TestDir::new();
        from_dump(&t, version);
        std::fs::write(t.path("b.txt"), ARTICLE).unwrap();
        let output = t.cmd(&["ingest", "b.txt"]).output().unwrap();
        assert!(output.status.success(), "{}", show(&output));
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("1 changed"),
            "{}",
            show(&output)
        );
        let graph: serde_json::Value = serde_json::from_str(&t.stdout(&["export"])).unwrap();
        let nodes = graph["nodes"].as_array().unwrap();
        let named = |name: &str| nodes.iter().any(|n| n["name"] == name);
        assert!(!named("Tô Lâm"), "v{version}: b.txt's old facts remain");
        assert!(!named("Đảng ủy Công an Trung ương"), "v{version}");
        assert!(
            named("Hoàng Trung Dũng"),
            "v{version}: a.txt's facts are gone"
        );
        for node in nodes {
            assert!(
                node["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .all(|s| s["doc"] == "a.txt" || s["doc"] == "b.txt"),
                "{node}"
            );
        }
    }
}

#[test]
fn upgrade_empty_file_is_a_new_database() {
    // SQLite reads a zero-byte file as an empty database: it is created in place.
    let t = TestDir::new();
    std::fs::write(t.db(), b"").unwrap();
    std::fs::write(t.path("new.txt"), ARTICLE).unwrap();
    t.stdout(&["--quiet", "ingest", "new.txt"]);
    assert!(t.stdout(&["stats"]).contains("articles               1"));
}
