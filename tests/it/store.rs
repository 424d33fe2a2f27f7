//! The database seen from the command line: schema versions and changed articles.

use serde_json::Value;

use crate::util::{show, source_docs, TestDir};

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

/// Ingests `articles` (file name, text) into a fresh database and returns, for
/// each node whose name `keep` accepts, the articles it is sourced in, sorted.
fn nodes_by_articles(articles: &[(&str, &str)], keep: impl Fn(&str) -> bool) -> Vec<Vec<String>> {
    let t = TestDir::new();
    let dir = t.path("in");
    std::fs::create_dir(&dir).unwrap();
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).unwrap();
    }
    t.stdout(&["ingest", "in"]);
    let graph: Value = serde_json::from_str(&t.stdout(&["export", "--format", "json"])).unwrap();
    let mut out: Vec<Vec<String>> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| keep(n["name"].as_str().unwrap()))
        .map(source_docs)
        .collect();
    out.sort();
    out
}

#[test]
fn store_local_codes_are_one_document_per_province() {
    // "Kế hoạch số 118-KH/TU" is written in every province: Quảng Bình's is
    // cited twice (once by its issuer, once in an article about the
    // province), Hà Tĩnh's once. Two documents, not one or three; the central
    // resolution both implement stays one node.
    let articles = [
        (
            "a.txt",
            "Quảng Bình học tập nghị quyết\n\nNgày 5/3/2024, Tỉnh ủy Quảng Bình ban hành Kế hoạch số 118-KH/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
        ),
        (
            "b.txt",
            "Sơ kết tại tỉnh Quảng Bình\n\nNgày 9/9/2024, Ban Thường vụ Tỉnh ủy tỉnh Quảng Bình sơ kết Kế hoạch số 118-KH/TU.\n",
        ),
        (
            "c.txt",
            "Hà Tĩnh triển khai\n\nNgày 6/3/2024, Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 118-KH/TU thực hiện Nghị quyết số 57-NQ/TW.\n",
        ),
    ];
    assert_eq!(
        nodes_by_articles(&articles, |name| name == "Kế hoạch số 118-KH/TU"),
        vec![
            vec!["a.txt".to_string(), "b.txt".to_string()],
            vec!["c.txt".to_string()]
        ]
    );
    assert_eq!(
        nodes_by_articles(&articles, |name| name == "Nghị quyết số 57-NQ/TW"),
        vec![vec!["a.txt".to_string(), "c.txt".to_string()]]
    );
}

#[test]
fn store_ministry_departments_are_one_per_ministry() {
    // Every ministry has a "Vụ Pháp chế": written bare in an article about one
    // ministry it is that ministry's, the same node as one written in full.
    let articles = [
        (
            "a.txt",
            "Bộ Tư pháp tập huấn\n\nNgày 5/3/2024, Bộ Tư pháp tổ chức hội nghị tập huấn. Ông Nguyễn Văn An, Vụ trưởng Vụ Pháp chế phát biểu.\n",
        ),
        (
            "b.txt",
            "Bộ Quốc phòng tập huấn\n\nNgày 6/3/2024, Bộ Quốc phòng tổ chức hội nghị. Đại tá Trần Văn Bình, Vụ trưởng Vụ Pháp chế phát biểu.\n",
        ),
        (
            "c.txt",
            "Hội nghị pháp luật\n\nNgày 7/3/2024, đại diện Vụ Pháp chế Bộ Quốc phòng dự hội nghị.\n",
        ),
    ];
    assert_eq!(
        nodes_by_articles(&articles, |name| name.starts_with("Vụ Pháp chế")),
        vec![
            vec!["a.txt".to_string()],
            vec!["b.txt".to_string(), "c.txt".to_string()]
        ]
    );
}
