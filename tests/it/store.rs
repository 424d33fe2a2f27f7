//! The database seen from the command line: schema versions and changed articles.

use serde_json::Value;

use crate::util::{show, TestDir};

#[test]
fn store_newer_schema_is_refused_untouched() {
    let t = TestDir::new();
    t.ingest_seeds();
    {
        let conn = rusqlite::Connection::open(t.db()).unwrap();
        conn.execute_batch("PRAGMA user_version = 99").unwrap();
    }
    let before = std::fs::read(t.db()).unwrap();
    let output = t.cmd(&["stats"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("graph.db") && stderr.contains("schema is version 99"),
        "{}",
        show(&output)
    );
    assert_eq!(std::fs::read(t.db()).unwrap(), before);
}

#[test]
fn store_changed_article_is_replaced() {
    let t = TestDir::new();
    let seeds = t.seeds();
    let seeds = seeds.to_str().unwrap();
    t.stdout(&["ingest", seeds]);
    let file = t.path("seeds/000_e8a868fe77b78c13.txt");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\nĐoạn văn bổ sung.\n");
    std::fs::write(&file, text).unwrap();
    let summary = t.stdout(&["ingest", seeds]);
    assert!(
        summary.contains("5 articles read: 0 new, 1 changed, 4 unchanged; 0 skipped"),
        "{summary}"
    );
    let stats: Value = serde_json::from_str(&t.stdout(&["stats", "--json"])).unwrap();
    assert_eq!(stats["articles"], 5);
}

#[test]
fn store_same_file_name_twice_is_skipped() {
    let t = TestDir::new();
    let seeds = t.seeds();
    let copy = t.path("copy");
    std::fs::create_dir(&copy).unwrap();
    std::fs::copy(
        seeds.join("001_08bf44569f6f14bc.txt"),
        copy.join("001_08bf44569f6f14bc.txt"),
    )
    .unwrap();
    let output = t.cmd(&["ingest", "copy", "seeds"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("same file name as"),
        "{}",
        show(&output)
    );
}
