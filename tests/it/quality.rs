//! The extraction quality gate: the seeds' graph scored against `tests/gold`.
//!
//! Off until extraction lands: the lead flips `QUALITY_GATE` to `true`. Until then
//! the test runs the whole path (ingest, `eval --json`) and prints the scores.

use serde_json::Value;

use crate::util::{repo, TestDir};

/// Whether the thresholds below are enforced.
const QUALITY_GATE: bool = false;
/// Minimum entity micro F1 over the seeds.
const MIN_ENTITY_F1: f64 = 0.80;
/// Minimum relation micro F1 over the seeds.
const MIN_RELATION_F1: f64 = 0.60;

#[test]
fn quality_seeds_against_gold() {
    let t = TestDir::new();
    t.ingest_seeds();
    let gold = repo().join("tests/gold");
    let report: Value =
        serde_json::from_str(&t.stdout(&["eval", "--gold", gold.to_str().unwrap(), "--json"]))
            .unwrap();
    let entity_f1 = report["entities_micro"]["f1"].as_f64().unwrap();
    let relation_f1 = report["relations_micro"]["f1"].as_f64().unwrap();
    eprintln!("seeds: entity micro F1 {entity_f1:.3}, relation micro F1 {relation_f1:.3}");
    if !QUALITY_GATE {
        eprintln!("note: QUALITY_GATE is off; thresholds not enforced");
        return;
    }
    assert!(
        entity_f1 >= MIN_ENTITY_F1,
        "entity micro F1 {entity_f1:.3} < {MIN_ENTITY_F1}"
    );
    assert!(
        relation_f1 >= MIN_RELATION_F1,
        "relation micro F1 {relation_f1:.3} < {MIN_RELATION_F1}"
    );
}
