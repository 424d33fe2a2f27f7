//! The command line end to end: ingest, re-ingest, export, bad inputs, exit codes.

use serde_json::Value;

use crate::util::{assert_same, have, show, TestDir};

#[test]
fn cli_reingest_exports_byte_identical() {
    let t = TestDir::new();
    let seeds = t.seeds();
    let seeds = seeds.to_str().unwrap();
    let first = t.stdout(&["ingest", seeds]);
    assert!(first.contains("5 articles read: 5 new"), "{first}");
    let json1 = t.stdout(&["export", "--format", "json"]);
    let dot1 = t.stdout(&["export", "--format", "dot"]);
    // `-o -` is standard output, not a file named "-".
    assert_same(
        "JSON to -",
        &json1,
        &t.stdout(&["export", "--format", "json", "-o", "-"]),
    );
    assert!(!t.path("-").exists());
    let again = t.stdout(&["ingest", seeds]);
    assert!(again.contains("5 unchanged"), "{again}");
    assert_same(
        "JSON exports",
        &json1,
        &t.stdout(&["export", "--format", "json"]),
    );
    assert_same(
        "DOT exports",
        &dot1,
        &t.stdout(&["export", "--format", "dot"]),
    );
    // A fresh database from the same input exports the same bytes.
    let other = TestDir::new();
    other.stdout(&["--quiet", "ingest", seeds]);
    assert_same(
        "exports of two databases",
        &json1,
        &other.stdout(&["export"]),
    );
}

#[test]
fn cli_export_to_file_equals_stdout() {
    let t = TestDir::new();
    t.ingest_seeds();
    let out = t.path("graph.json");
    t.stdout(&["export", "-o", out.to_str().unwrap()]);
    assert_same(
        "export -o and stdout",
        &t.stdout(&["export"]),
        &std::fs::read_to_string(out).unwrap(),
    );
}

/// Asserts that `value` is an object with exactly these keys.
#[track_caller]
fn assert_keys(value: &Value, keys: &[&str]) {
    let mut got: Vec<&str> = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect();
    got.sort();
    assert_eq!(got, keys, "keys of {value}");
}

#[test]
fn cli_json_export_has_the_contract_shape() {
    let t = TestDir::new();
    t.ingest_seeds();
    let value: Value = serde_json::from_str(&t.stdout(&["export"])).unwrap();
    assert_keys(&value, &["edges", "nodes"]);
    let kinds = ["person", "organization", "resolution", "meeting"];
    for node in value["nodes"].as_array().unwrap() {
        assert_keys(node, &["aliases", "attrs", "id", "kind", "name", "sources"]);
        assert!(node["id"].is_i64(), "{node}");
        assert!(kinds.contains(&node["kind"].as_str().unwrap()), "{node}");
        assert!(node["name"].is_string());
        assert!(node["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .all(Value::is_string));
        assert!(node["attrs"]
            .as_object()
            .unwrap()
            .values()
            .all(Value::is_string));
        for source in node["sources"].as_array().unwrap() {
            assert_keys(source, &["doc", "end", "start"]);
            assert!(
                source["doc"].is_string() && source["start"].is_u64() && source["end"].is_u64()
            );
        }
    }
    for edge in value["edges"].as_array().unwrap() {
        assert_keys(edge, &["attrs", "kind", "source", "sources", "target"]);
        assert!(edge["source"].is_i64() && edge["target"].is_i64(), "{edge}");
        assert!(edge["attrs"]
            .as_object()
            .unwrap()
            .values()
            .all(Value::is_string));
        for source in edge["sources"].as_array().unwrap() {
            assert_keys(source, &["doc", "end", "quote", "start"]);
            assert!(source["quote"].is_string());
        }
    }
}

#[test]
fn cli_invalid_utf8_file_is_skipped_and_reported() {
    let t = TestDir::new();
    let seeds = t.seeds();
    std::fs::write(seeds.join("999_broken.txt"), b"Ha\xffNoi\n").unwrap();
    let output = t
        .cmd(&["ingest", seeds.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert!(
        stderr.contains("cadregraph: skipped ") && stderr.contains("999_broken.txt: invalid UTF-8"),
        "{}",
        show(&output)
    );
    assert_eq!(stderr.lines().count(), 1, "{}", show(&output));
    let stats: Value = serde_json::from_str(&t.stdout(&["stats", "--json"])).unwrap();
    assert_eq!(stats["articles"], 5);
}

#[test]
fn cli_missing_input_is_skipped_and_reported() {
    let t = TestDir::new();
    let seeds = t.seeds();
    let output = t
        .cmd(&["--quiet", "ingest", "nowhere.txt", seeds.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("skipped nowhere.txt: "));
    assert!(output.stdout.is_empty(), "--quiet prints no summary");
}

#[test]
fn cli_non_sqlite_db_is_refused_untouched() {
    let t = TestDir::new();
    let db = t.db();
    let content = "cadregraph notes, not a database\n".repeat(20);
    std::fs::write(&db, &content).unwrap();
    for args in [&["stats"][..], &["ingest", "seeds"], &["export"]] {
        let output = t.cmd(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{}", show(&output));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("graph.db: not a SQLite database"),
            "{}",
            show(&output)
        );
    }
    assert_eq!(std::fs::read_to_string(&db).unwrap(), content);
}

#[test]
fn cli_reading_commands_need_an_existing_database() {
    let t = TestDir::new();
    let output = t.cmd(&["stats"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("does not exist"));
    assert!(!t.db().exists());
}

#[test]
fn cli_dot_is_valid_graphviz() {
    let t = TestDir::new();
    let seeds = t.seeds();
    let dot = t.path("seeds.dot");
    t.stdout(&[
        "--quiet",
        "ingest",
        seeds.to_str().unwrap(),
        "--dot",
        dot.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&dot).unwrap();
    assert_same(
        "ingest --dot and export --format dot",
        &t.stdout(&["export", "--format", "dot"]),
        &text,
    );
    if !have("dot") {
        eprintln!("note: Graphviz `dot` is not installed; DOT not checked with dot -Tsvg");
        return;
    }
    let output = std::process::Command::new("dot")
        .args(["-Tsvg", "-o"])
        .arg(t.path("seeds.svg"))
        .arg(&dot)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "dot -Tsvg refused the DOT\n{}",
        show(&output)
    );
    assert!(std::fs::read_to_string(t.path("seeds.svg"))
        .unwrap()
        .contains("<svg"));
}

#[test]
fn cli_help_lists_every_command() {
    let t = TestDir::new();
    let help = t.stdout(&["--help"]);
    for command in [
        "ingest",
        "export",
        "stats",
        "eval",
        "who-chaired",
        "meetings",
        "trace",
        "show",
        "search",
    ] {
        assert!(help.contains(command), "--help lacks {command}:\n{help}");
    }
}
