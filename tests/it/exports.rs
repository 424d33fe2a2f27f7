//! The diagrams committed in `exports/` (shown by README.md and written by
//! `./run.sh`) are current: regenerated here from the seeds the way run.sh does,
//! their DOT text must equal the committed files. After a change that alters
//! them, run `./run.sh` and commit `exports/`.

use crate::util::{assert_same, repo, TestDir};

/// (file in exports/, arguments) — the same commands as run.sh.
const EXPORTS: &[(&str, &[&str])] = &[
    ("seeds.dot", &["export", "--format", "dot"]),
    (
        "tran-quoc-to.dot",
        &[
            "export",
            "--format",
            "dot",
            "--focus",
            "Trần Quốc Tỏ",
            "--depth",
            "2",
        ],
    ),
    (
        "trace-nq-12.dot",
        &["trace", "Nghị quyết số 12-NQ/TW", "--dot"],
    ),
];

#[test]
fn exports_are_up_to_date() {
    let t = TestDir::new();
    t.ingest_seeds();
    for (file, args) in EXPORTS {
        let committed = std::fs::read_to_string(repo().join("exports").join(file))
            .unwrap_or_else(|err| panic!("reading exports/{file}: {err}; run ./run.sh"));
        let fresh = t.stdout(args);
        assert_same(
            &format!("exports/{file} (committed; run ./run.sh to update) and a fresh export"),
            &committed,
            &fresh,
        );
        let svg = repo().join("exports").join(file.replace(".dot", ".svg"));
        assert!(svg.exists(), "{} is missing; run ./run.sh", svg.display());
    }
}

#[test]
fn exports_trace_diagram_says_what_the_limit_leaves_out() {
    // Nghị quyết số 12-NQ/TW has two implementing documents and two meetings
    // that discussed it in the seeds: with --limit 1 the diagram draws one of
    // each, and its title says so.
    let t = TestDir::new();
    t.ingest_seeds();
    let limited = t.stdout(&["trace", "Nghị quyết số 12-NQ/TW", "--limit", "1", "--dot"]);
    assert!(
        limited.contains("2 earlier documents and meetings not drawn"),
        "{limited}"
    );
    let all = t.stdout(&["trace", "Nghị quyết số 12-NQ/TW", "--dot"]);
    assert!(!all.contains("not drawn"), "{all}");
}

#[test]
fn exports_do_not_depend_on_threads_or_batch_size() {
    // Batches are saved in file order, each record prepared on whichever
    // extraction thread: the database, and so its export, is the same.
    let dir = repo().join("tests/dev2");
    let dir = dir.to_str().unwrap();
    let mut exports = Vec::new();
    for (threads, batch) in [("1", "1000"), ("2", "3"), ("2", "1")] {
        let t = TestDir::new();
        t.stdout(&[
            "--quiet",
            "ingest",
            dir,
            "--threads",
            threads,
            "--batch-size",
            batch,
        ]);
        exports.push(t.stdout(&["export"]));
    }
    assert!(
        exports[0].contains("\"edges\""),
        "{}",
        &exports[0][..200.min(exports[0].len())]
    );
    for (i, export) in exports.iter().enumerate().skip(1) {
        assert_same(&format!("export of run {i}"), &exports[0], export);
    }
}
