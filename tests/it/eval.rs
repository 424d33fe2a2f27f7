//! The Rust scorer against the Python one (`shared/eval/score.py`): the same
//! numbers on a hand-made fixture, on a graph derived from the gold with
//! deliberate mistakes, and on the seeds' real export.
//!
//! Each test needs `python3`; without it the test prints a note and passes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use cadregraph::eval;
use cadregraph::model::GraphDocument;

use crate::util::{have, repo, show, TestDir};

/// The reference scorer: the shared one beside the repository when present, else
/// the copy kept in `tests/data/eval` (which `eval_vendored_script_is_current` checks).
fn script() -> PathBuf {
    let shared = repo().join("../shared/eval/score.py");
    if shared.exists() {
        shared
    } else {
        repo().join("tests/data/eval/score.py")
    }
}

/// `score.py GRAPH GOLD --json`, or `None` (with a note) when python3 is missing.
fn python(graph: &Path, gold: &Path) -> Option<Value> {
    if !have("python3") {
        eprintln!("note: python3 is not installed; Rust scorer not compared with score.py");
        return None;
    }
    let output = std::process::Command::new("python3")
        .arg(script())
        .arg(graph)
        .arg(gold)
        .arg("--json")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "score.py failed\n{}",
        show(&output)
    );
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

/// Asserts two reports equal, numbers within rounding noise.
#[track_caller]
fn assert_reports_equal(rust: &Value, python: &Value) {
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                (x.as_f64().unwrap() - y.as_f64().unwrap()).abs() < 1e-9
            }
            (Value::Object(x), Value::Object(y)) => {
                x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
            }
            (Value::Array(x), Value::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same(v, w))
            }
            _ => a == b,
        }
    }
    assert!(
        same(rust, python),
        "reports differ\nrust:\n{}\npython:\n{}",
        serde_json::to_string_pretty(rust).unwrap(),
        serde_json::to_string_pretty(python).unwrap()
    );
}

fn rust(graph: &GraphDocument, gold: &Path) -> Value {
    serde_json::to_value(eval::evaluate_dir(graph, gold).unwrap()).unwrap()
}

#[test]
fn eval_equals_python_on_fixture() {
    let dir = repo().join("tests/data/eval");
    let graph: GraphDocument =
        serde_json::from_str(&std::fs::read_to_string(dir.join("graph.json")).unwrap()).unwrap();
    let ours = rust(&graph, &dir.join("gold"));
    if let Some(theirs) = python(&dir.join("graph.json"), &dir.join("gold")) {
        assert_reports_equal(&ours, &theirs);
    }
}

/// A graph made from the gold annotations with mistakes of every kind the scorer
/// knows: missing and renamed entities, wrong meeting dates, false merges,
/// missing, wrong-role and extra relations, alternatives taken.
fn perturbed_graph(gold_dir: &Path) -> Value {
    let mut files: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut nodes: Vec<Value> = Vec::new();
    let mut edges: Vec<Value> = Vec::new();
    let mut by_identity: HashMap<String, usize> = HashMap::new();
    let mut first_person_of_first_article: Option<usize> = None;
    for (f, file) in files.iter().enumerate() {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let doc = gold["doc"].as_str().unwrap();
        let source = json!({"doc": doc, "start": 0, "end": 1});
        let mut local: HashMap<String, usize> = HashMap::new();
        let mut first_person: Option<usize> = None;
        for (i, e) in gold["entities"].as_array().unwrap().iter().enumerate() {
            if i % 7 == 3 {
                continue; // missed
            }
            let kind = e["kind"].as_str().unwrap();
            let mut name = e["name"].as_str().unwrap_or("").to_string();
            if i % 5 == 4 {
                name.push_str(" khác"); // renamed beyond recognition
            }
            let mut attrs = serde_json::Map::new();
            for key in ["rank", "doc_type", "number", "code", "date", "meeting_type"] {
                if let Some(v) = e[key].as_str() {
                    attrs.insert(key.into(), json!(v));
                }
            }
            if kind == "meeting" && i % 3 == 0 {
                attrs.insert("date".into(), json!("2000-01-01"));
            }
            let identity = match (kind, e["identity"].as_str()) {
                ("meeting", _) => None,
                (_, Some(id)) => Some(format!("{kind}|id|{id}")),
                _ => Some(format!("{kind}|{}", name.to_lowercase())),
            };
            // In the second article, the first person is wrongly merged into the
            // first article's first person.
            let merged_into = match (kind, first_person) {
                ("person", None) if f == 1 => first_person_of_first_article,
                _ => None,
            };
            let index = match merged_into
                .or_else(|| identity.as_ref().and_then(|k| by_identity.get(k).copied()))
            {
                Some(index) => {
                    let node = &mut nodes[index];
                    node["aliases"].as_array_mut().unwrap().push(json!(name));
                    node["sources"].as_array_mut().unwrap().push(source.clone());
                    index
                }
                None => {
                    nodes.push(json!({
                        "id": nodes.len() + 1, "kind": kind, "name": name,
                        "aliases": e["aliases"].clone(), "attrs": attrs,
                        "sources": [source.clone()],
                    }));
                    if let Some(k) = identity {
                        by_identity.insert(k, nodes.len() - 1);
                    }
                    nodes.len() - 1
                }
            };
            if kind == "person" && first_person.is_none() {
                first_person = Some(index);
                if f == 0 {
                    first_person_of_first_article = Some(index);
                }
            }
            local.insert(e["id"].as_str().unwrap().to_string(), index + 1);
        }
        let quote = json!({"doc": doc, "start": 0, "end": 1, "quote": "câu"});
        for (j, r) in gold["relations"].as_array().unwrap().iter().enumerate() {
            if j % 4 == 1 {
                continue; // missed
            }
            let reading = match r["alternatives"].as_array() {
                Some(alts) if j % 2 == 0 && !alts.is_empty() => &alts[0],
                _ => r,
            };
            let (Some(&s), Some(&t)) = (
                local.get(reading["source"].as_str().unwrap()),
                local.get(reading["target"].as_str().unwrap()),
            ) else {
                continue;
            };
            let mut attrs = serde_json::Map::new();
            if let Some(role) = reading["role"].as_str().or(r["role"].as_str()) {
                let role = if j % 5 == 2 { "Ủy viên" } else { role };
                attrs.insert("role".into(), json!(role));
            }
            edges.push(json!({
                "kind": reading["kind"].as_str().or(r["kind"].as_str()), "source": s, "target": t,
                "attrs": attrs, "sources": [quote.clone()],
            }));
            // Every chaired person also "attended"; every second relation repeated.
            if r["kind"] == "chaired" {
                edges.push(json!({"kind": "attended", "source": s, "target": t, "attrs": {}, "sources": [quote.clone()]}));
            }
            if j % 2 == 0 {
                edges.push(edges.last().unwrap().clone());
            }
        }
        // Extra, wrong edges between entities of the article.
        let ids: Vec<usize> = local
            .values()
            .copied()
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for pair in ids.windows(2).take(3) {
            edges.push(json!({"kind": "part_of", "source": pair[0], "target": pair[1], "attrs": {}, "sources": [quote.clone()]}));
        }
    }
    json!({"nodes": nodes, "edges": edges})
}

#[test]
fn eval_equals_python_on_perturbed_gold() {
    let t = TestDir::new();
    let gold = repo().join("tests/gold");
    let value = perturbed_graph(&gold);
    let path = t.path("perturbed.json");
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let graph: GraphDocument = serde_json::from_value(value).unwrap();
    let ours = rust(&graph, &gold);
    // The fixture scores something of everything, so the comparison means something.
    assert!(
        ours["entities_micro"]["tp"].as_u64().unwrap() > 20,
        "{ours}"
    );
    assert!(
        ours["relations_micro"]["tp"].as_u64().unwrap() > 10,
        "{ours}"
    );
    if let Some(theirs) = python(&path, &gold) {
        assert_reports_equal(&ours, &theirs);
    }
}

#[test]
fn eval_binary_equals_python_on_seeds_export() {
    let t = TestDir::new();
    t.ingest_seeds();
    let export = t.path("seeds.json");
    t.stdout(&["export", "-o", export.to_str().unwrap()]);
    let gold = repo().join("tests/gold");
    let ours: Value =
        serde_json::from_str(&t.stdout(&["eval", "--gold", gold.to_str().unwrap(), "--json"]))
            .unwrap();
    if let Some(theirs) = python(&export, &gold) {
        assert_reports_equal(&ours, &theirs);
    }
}

#[test]
fn eval_vendored_script_is_current() {
    let shared = repo().join("../shared/eval/score.py");
    if !shared.exists() {
        eprintln!("note: ../shared/eval/score.py not found; vendored copy not compared");
        return;
    }
    let vendored = std::fs::read_to_string(repo().join("tests/data/eval/score.py")).unwrap();
    assert!(
        std::fs::read_to_string(shared).unwrap() == vendored,
        "tests/data/eval/score.py differs from ../shared/eval/score.py: copy it over and re-run"
    );
}
