//! The extraction quality gates: the graph of the seeds scored against
//! `tests/gold`, of the hand-written corpus against its own gold
//! (`tests/corpus`), and of the second development set (`tests/dev2`), through
//! the real path (ingest, then `eval --json`).
//! The thresholds sit a little under today's figures, so a regression in the
//! rules fails here; raise them as the extractor improves.

use serde_json::Value;

use crate::util::{repo, TestDir};

fn scores(t: &TestDir, gold: &str) -> (f64, f64) {
    let gold = repo().join(gold);
    let report: Value =
        serde_json::from_str(&t.stdout(&["eval", "--gold", gold.to_str().unwrap(), "--json"]))
            .unwrap();
    (
        report["entities_micro"]["f1"].as_f64().unwrap(),
        report["relations_micro"]["f1"].as_f64().unwrap(),
    )
}

#[track_caller]
fn at_least(what: &str, value: f64, min: f64) {
    eprintln!("{what}: {value:.3} (gate {min})");
    assert!(value >= min, "{what} {value:.3} < {min}");
}

#[test]
fn quality_seeds_against_gold() {
    let t = TestDir::new();
    t.ingest_seeds();
    let (entity_f1, relation_f1) = scores(&t, "tests/gold");
    at_least("seeds entity micro F1", entity_f1, 0.97);
    at_least("seeds relation micro F1", relation_f1, 0.95);
}

#[test]
fn quality_held_out_corpus_against_gold() {
    let t = TestDir::new();
    let corpus = repo().join("tests/corpus");
    t.stdout(&["--quiet", "ingest", corpus.to_str().unwrap()]);
    let (entity_f1, relation_f1) = scores(&t, "tests/corpus");
    at_least("corpus entity micro F1", entity_f1, 0.90);
    at_least("corpus relation micro F1", relation_f1, 0.85);
}

#[test]
fn quality_third_dev_set_against_gold() {
    let t = TestDir::new();
    let dev3 = repo().join("tests/dev3");
    t.stdout(&["--quiet", "ingest", dev3.to_str().unwrap()]);
    let (entity_f1, relation_f1) = scores(&t, "tests/dev3");
    at_least("dev3 entity micro F1", entity_f1, 0.94);
    at_least("dev3 relation micro F1", relation_f1, 0.90);
}

#[test]
fn quality_fourth_dev_set_against_gold() {
    let t = TestDir::new();
    let dev4 = repo().join("tests/dev4");
    t.stdout(&["--quiet", "ingest", dev4.to_str().unwrap()]);
    let (entity_f1, relation_f1) = scores(&t, "tests/dev4");
    at_least("dev4 entity micro F1", entity_f1, 0.93);
    at_least("dev4 relation micro F1", relation_f1, 0.90);
}

#[test]
fn quality_second_dev_set_against_gold() {
    let t = TestDir::new();
    let dev2 = repo().join("tests/dev2");
    t.stdout(&["--quiet", "ingest", dev2.to_str().unwrap()]);
    let (entity_f1, relation_f1) = scores(&t, "tests/dev2");
    at_least("dev2 entity micro F1", entity_f1, 0.94);
    at_least("dev2 relation micro F1", relation_f1, 0.90);
}
