//! Unit tests of the scorer: the comparison key, document identities, and a
//! small graph scored against two gold articles, whose expected output is what
//! `score.py` printed for the same files (`tests/data/eval/`).

use std::path::Path;

use super::*;

#[test]
fn eval_key_folds_like_the_script() {
    assert_eq!(key(Some("Đảng uỷ")), key(Some("đảng ủy")));
    assert_eq!(
        key(Some("  “TP.”  Hà\u{a0}Nội ")),
        "tp ha\u{300} nôi\u{323}"
    );
    assert_eq!(key(None), "");
    assert_eq!(key(Some("... ,")), "");
    assert_ne!(key(Some("Tỏ")), key(Some("Tô")));
}

#[test]
fn eval_doc_identity() {
    let nq = key(Some("nghị quyết"));
    assert_eq!(
        doc_ident(
            None,
            None,
            None,
            Some("Nghị quyết số 12-NQ/TW ngày 16/3/2022")
        ),
        Some((nq.clone(), "12".into(), Some("NQTW".into())))
    );
    assert_eq!(
        doc_ident(Some("Nghị quyết"), Some("012"), None, Some("x")),
        Some((nq, "12".into(), None))
    );
    assert_eq!(doc_ident(None, None, None, Some("Quy chế phối hợp")), None);
    assert_eq!(code_key(Some("2025/QH15")), Some("QH15".into()));
    assert_eq!(code_key(Some("nq - tw")), Some("NQTW".into()));
    assert_eq!(code_key(Some(" / ")), None);
    assert!(dates_agree(Some("2023-10-28"), Some("--10-28")));
    assert!(!dates_agree(Some("2023-10-28"), None));
    assert!(same_meeting_type(
        Some("Hội nghị"),
        Some("Hội nghị giao ban")
    ));
    assert!(!same_meeting_type(Some("Hội"), Some("Hội nghị")));
}

fn fixture() -> Report {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval");
    let graph: GraphDocument =
        serde_json::from_str(include_str!("../../tests/data/eval/graph.json")).unwrap();
    evaluate_dir(&graph, &dir.join("gold")).unwrap()
}

#[test]
fn eval_small_graph_prints_like_the_script() {
    let report = fixture();
    assert_eq!(
        report.render_verbose(),
        include_str!("../../tests/data/eval/expected_verbose.txt")
    );
}

#[test]
fn eval_small_graph_json_equals_the_script() {
    let ours = serde_json::to_value(fixture()).unwrap();
    let theirs: Value =
        serde_json::from_str(include_str!("../../tests/data/eval/expected.json")).unwrap();
    assert_eq!(ours, theirs);
}

#[test]
fn eval_docs_filter_and_bad_gold() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval/gold");
    let only = BTreeSet::from(["b.txt".to_string()]);
    let golds = load_gold_dir(&dir, Some(&only)).unwrap();
    assert_eq!(golds.len(), 1);
    assert_eq!(golds[0].doc, "b.txt");
    let err = GoldArticle::parse("{\"doc\": \"x.txt\"}", Path::new("x.json")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.json: gold file has no \"entities\" list"
    );
}

#[test]
fn eval_empty_graph_counts_every_gold_fact_as_missed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/eval/gold");
    let report = evaluate_dir(&GraphDocument::default(), &dir).unwrap();
    assert_eq!(report.entities_micro.tp + report.entities_micro.fp, 0);
    // 10 + 4 gold entities, one optional.
    assert_eq!(report.entities_micro.fn_, 13);
    assert_eq!(report.score, 0.0);
    assert_eq!(report.role_accuracy, None);
}
