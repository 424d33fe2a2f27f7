//! Hostile text: names, attributes and quotes holding `"`, `\`, `<`, `>`, `{`,
//! newlines and SQL keep JSON and DOT valid and the database intact; no
//! command-line argument changes an SQL statement (every value is a parameter).

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::Value;

use cadregraph::export::{self, dot::DotOptions};
use cadregraph::model::{
    Edge, EdgeKind, Entity, EntityKey, Extraction, GraphDocument, Node, NodeId, NodeKind, Source,
};
use cadregraph::pipeline::ArticleRecord;
use cadregraph::store::Store;

use crate::oddities::{assert_exports_valid, check_spans};
use crate::util::{have, show, TestDir};

/// Strings that break naive DOT, JSON, HTML or SQL writers.
const HOSTILE: &[&str] = &[
    "\"",
    "\\",
    "\\\"",
    "ends with a backslash \\",
    "<b>bold</b>",
    "<<html>>",
    "{",
    "}",
    "{ rank=same; }",
    "a|b|{c}",
    "line\nbreak",
    "cr\r\nlf\rcr",
    "tab\there",
    "nul\0byte",
    "'; DROP TABLE nodes; --",
    "\" OR 1=1 --",
    "\"]; evil -> n1 [label=\"",
    "digraph G { a -> b }",
    "// comment",
    "/* comment",
    "&amp; &lt;",
    "<!-- -->",
    "%s %n %x",
    "\u{202e}rtl override",
    "😀 emoji",
    "   ",
    "",
    "Nguyễn \"Văn\" \\An\\ <Tỉnh ủy> {x}\n",
];

/// An extraction of one article whose every string is hostile: names, aliases,
/// attribute names and values, roles and quotes.
fn hostile_record(i: usize) -> ArticleRecord {
    let name = HOSTILE[i % HOSTILE.len()];
    let other = HOSTILE[(i * 7 + 3) % HOSTILE.len()];
    let doc = format!("hostile_{i}_{}.txt", other.replace(['/', '\0'], "_"));
    let source = |quote: Option<&str>| Source {
        doc: doc.clone(),
        start: 0,
        end: 4,
        quote: quote.map(str::to_string),
    };
    let node = |id: i64, kind: NodeKind, name: &str| Node {
        id: NodeId(id),
        kind,
        name: name.to_string(),
        aliases: vec![other.to_string(), format!("{name}{other}")],
        attrs: BTreeMap::from([
            (other.to_string(), name.to_string()),
            ("rank".to_string(), other.to_string()),
        ]),
        sources: vec![source(None)],
    };
    let entities = vec![
        Entity {
            key: EntityKey {
                primary: format!("person|{name}|{i}"),
                loose: Some(other.to_string()),
            },
            node: node(0, NodeKind::Person, name),
        },
        Entity {
            key: EntityKey {
                primary: format!("organization|{other}|{i}"),
                loose: None,
            },
            node: node(1, NodeKind::Organization, other),
        },
    ];
    let edges = vec![Edge {
        kind: EdgeKind::HoldsPosition,
        source: NodeId(0),
        target: NodeId(1),
        attrs: BTreeMap::from([
            ("role".to_string(), format!("{other}{name}")),
            (name.to_string(), other.to_string()),
        ]),
        sources: vec![source(Some(&format!("{name} {other}")))],
    }];
    ArticleRecord {
        doc: doc.clone(),
        path: format!("/tmp/{doc}"),
        hash: format!("{i:064}"),
        title: Some(name.to_string()),
        published: Some(other.to_string()),
        text: format!("{name}{other}{name}"),
        extraction: Extraction {
            doc,
            entities,
            edges,
        },
    }
}

#[test]
fn hostile_strings_survive_store_json_and_dot() {
    let t = TestDir::new();
    let records: Vec<ArticleRecord> = (0..HOSTILE.len() * 2).map(hostile_record).collect();
    {
        let mut store = Store::open(t.db()).unwrap();
        store.save_batch(&records).unwrap();
    }
    // Every table is still there and whole.
    let conn = rusqlite::Connection::open(t.db()).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let graph = assert_exports_valid(&t);
    // Names come back exactly as stored, through SQLite and JSON.
    let names: Vec<&str> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    for record in &records {
        for entity in &record.extraction.entities {
            assert!(
                names.contains(&entity.node.name.as_str()),
                "{:?} lost",
                entity.node.name
            );
        }
    }
    let roles: Vec<&str> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["attrs"]["role"].as_str().unwrap_or(""))
        .collect();
    for record in &records {
        let role = &record.extraction.edges[0].attrs["role"];
        assert!(roles.contains(&role.as_str()), "role {role:?} lost");
    }
    // Queries over hostile names answer rather than fail.
    for name in ["\"", "<b>bold</b>", "'; DROP TABLE nodes; --", "{"] {
        let output = t.cmd(&["search", name, "--json"]).output().unwrap();
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "search {name:?}: {}",
            show(&output)
        );
        let _: Value = serde_json::from_slice(&output.stdout).unwrap();
    }
}

/// An article whose text holds the hostile characters, around real facts.
const HOSTILE_ARTICLE: &str = "Hội nghị \"Đổi mới {2024}\" <về> \\\"A\\B\" của Tỉnh ủy Hà Tĩnh\n\
Ngày 12/3/2024, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị \"Đổi mới {2024} <x> \\\" tại Hà Nội. \
Đồng chí Nguyễn Văn \"Tí\" \\Tèo\\, Bí thư Tỉnh ủy chủ trì hội nghị.\n\
Ban hành Nghị quyết số 12-NQ/TW về \"tăng cường {lãnh đạo} <của> Đảng\\\" \\ \\\\ \".\n\
Thượng tướng Lê Văn {Hai}> phát biểu tại hội nghị. Đồng chí Trần <Ba>, Phó Bí thư Tỉnh ủy dự.\n\
'; DROP TABLE nodes; -- \"); DELETE FROM articles; --\n";

#[test]
fn hostile_article_text_exports_valid_json_and_dot() {
    let t = TestDir::new();
    let dir = t.path("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("hostile.txt"), HOSTILE_ARTICLE).unwrap();
    std::fs::write(
        dir.join("hostile_crlf.txt"),
        HOSTILE_ARTICLE.replace('\n', "\r\n"),
    )
    .unwrap();
    t.stdout(&["--quiet", "ingest", "in"]);
    let graph = assert_exports_valid(&t);
    assert!(!graph["nodes"].as_array().unwrap().is_empty());
    let report = check_spans(&t.db());
    assert_eq!(report.out_of_bounds, Vec::<String>::new());
    assert_eq!(report.bad_quotes, Vec::<String>::new());
    // The quotes hold the hostile sentence verbatim.
    let quotes: Vec<&str> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| e["sources"].as_array().unwrap())
        .map(|s| s["quote"].as_str().unwrap())
        .collect();
    assert!(
        quotes
            .iter()
            .any(|q| q.contains("\"Đổi mới {2024} <x> \\\" tại")),
        "{quotes:?}"
    );
}

/// Counts rows of every table, for "nothing changed".
fn table_counts(t: &TestDir) -> Vec<(String, i64)> {
    let conn = rusqlite::Connection::open(t.db()).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let n = conn
                .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                    r.get(0)
                })
                .unwrap();
            (table, n)
        })
        .collect()
}

#[test]
fn hostile_cli_arguments_never_change_sql() {
    const INJECTIONS: &[&str] = &[
        "'; DROP TABLE nodes; --",
        "\"; DROP TABLE articles; --",
        "x' OR '1'='1",
        "Robert'); DELETE FROM edges; --",
        "%",
        "_",
        "\\",
        "*",
        "#1 OR 1=1",
        "1; PRAGMA user_version = 99",
        "",
    ];
    let t = TestDir::new();
    t.ingest_seeds();
    let before_counts = table_counts(&t);
    let before_export = t.stdout(&["export"]);
    for arg in INJECTIONS {
        let runs: Vec<Vec<&str>> = vec![
            vec!["show", arg],
            vec!["search", arg],
            vec!["search", arg, "--kind", "person"],
            vec!["who-chaired", arg],
            vec!["trace", arg],
            vec!["meetings", "--chaired-by", arg],
            vec!["meetings", "--attended-by", arg],
            vec!["meetings", "--organized-by", arg],
            vec!["meetings", "--discussed", arg],
            vec!["meetings", "--from", arg],
            vec!["meetings", "--to", arg],
            vec!["export", "--focus", arg],
            vec!["eval", "--gold", "seeds", "--docs", arg],
            vec!["search", arg, "--kind", arg],
        ];
        for args in runs {
            let output = t.cmd(&args).output().unwrap();
            // Answers, "nothing found" or a clear error; never a crash.
            assert!(
                matches!(output.status.code(), Some(0..=2)),
                "{args:?}: {}",
                show(&output)
            );
            assert!(
                !String::from_utf8_lossy(&output.stderr).contains("panicked"),
                "{args:?}: {}",
                show(&output)
            );
        }
    }
    assert_eq!(table_counts(&t), before_counts);
    assert_eq!(t.stdout(&["export"]), before_export);
    // A database path full of SQL is just a file name.
    let odd_db = t.path("x'; DROP TABLE nodes; --.db");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_cadregraph"))
        .arg("--db")
        .arg(&odd_db)
        .args(["--quiet", "ingest"])
        .arg(t.path("seeds"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", show(&output));
    assert!(odd_db.exists());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(16),
        ..ProptestConfig::default()
    })]

    /// Any names, aliases, attributes and quotes: the JSON export parses back to
    /// the same graph, and Graphviz accepts the DOT.
    #[test]
    fn hostile_any_strings_export_valid(
        names in prop::collection::vec(
            prop_oneof![any::<String>(), "[\"\\\\<>{}|\\n\\r\\t ;\\[\\]=a-z-]{0,12}"],
            1..6,
        ),
        quote in any::<String>(),
    ) {
        let n = names.len();
        let doc = GraphDocument {
            nodes: names
                .iter()
                .enumerate()
                .map(|(i, name)| Node {
                    id: NodeId(i as i64 + 1),
                    kind: NodeKind::ALL[i % NodeKind::ALL.len()],
                    name: name.clone(),
                    aliases: vec![quote.clone()],
                    attrs: BTreeMap::from([("title".to_string(), name.clone())]),
                    sources: vec![Source { doc: name.clone(), start: 0, end: 1, quote: None }],
                })
                .collect(),
            edges: (0..n)
                .map(|i| Edge {
                    kind: EdgeKind::HoldsPosition,
                    source: NodeId(i as i64 + 1),
                    target: NodeId(((i + 1) % n) as i64 + 1),
                    attrs: BTreeMap::from([("role".to_string(), names[i].clone())]),
                    sources: vec![Source {
                        doc: quote.clone(),
                        start: 0,
                        end: 1,
                        quote: Some(quote.clone()),
                    }],
                })
                .collect(),
        };
        let mut json = Vec::new();
        export::json::write(&doc, &mut json).unwrap();
        let back: GraphDocument = serde_json::from_slice(&json).unwrap();
        prop_assert_eq!(&back, &doc);
        let mut dot = Vec::new();
        let opts = DotOptions { title: Some(quote.clone()), ..DotOptions::default() };
        export::dot::write(&doc, &opts, &mut dot).unwrap();
        if have("dot") {
            let mut child = std::process::Command::new("dot")
                .arg("-Tsvg")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            std::io::Write::write_all(child.stdin.as_mut().unwrap(), &dot).unwrap();
            let output = child.wait_with_output().unwrap();
            prop_assert!(
                output.status.success(),
                "dot refused:\n{}\n{}",
                String::from_utf8_lossy(&dot),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}
