//! The queries on the seeds, end to end: the text and the DOT of each answer
//! against golden files in `tests/data/queries/` (re-blessed with
//! `UPDATE_EXPECT=1 cargo test`), JSON answers field by field, and the
//! no-match and ambiguous cases of every command (exit code 1, a plain message).

use expect_test::expect_file;
use serde_json::Value;

use crate::util::{have, show, TestDir};

/// The golden cases: (file stem, arguments). Each writes `<stem>.txt`; those
/// with `--dot` variants also write `<stem>.dot`.
const CASES: &[(&str, &[&str])] = &[
    (
        "who_chaired_hoi_thao",
        &["who-chaired", "hội thảo 7/9/2021"],
    ),
    ("who_chaired_hoi_nghi", &["who-chaired", "Hội nghị"]),
    (
        "who_chaired_hoi_nghi_newest",
        &["who-chaired", "Hội nghị", "--limit", "1"],
    ),
    ("meetings_all", &["meetings"]),
    (
        "meetings_chaired_by",
        &["meetings", "--chaired-by", "tran quoc to"],
    ),
    (
        "meetings_organised_in_2021",
        &[
            "meetings",
            "--organized-by",
            "Đảng ủy Công an Trung ương",
            "--from",
            "2021",
            "--to",
            "2021-12",
        ],
    ),
    ("meetings_discussed", &["meetings", "--discussed", "NQ 12"]),
    ("trace_nq_12", &["trace", "Nghị quyết số 12-NQ/TW"]),
    ("trace_kh_118_up", &["trace", "Kế hoạch số 118", "--up"]),
    (
        "trace_qd_126_down",
        &["trace", "Quy định số 126-QĐ/TW", "--down"],
    ),
    ("show_person", &["show", "Trần Quốc Tỏ"]),
    ("show_body", &["show", "Đảng ủy Công an Trung ương"]),
    ("show_document", &["show", "12-NQ/TW"]),
    ("show_meeting", &["show", "hội nghị giao ban"]),
    (
        "holders_thu_truong",
        &["holders", "Thứ trưởng", "--of", "BCA"],
    ),
    ("holders_bi_thu", &["holders", "bi thu"]),
    ("path_to_lam", &["path", "Trần Quốc Tỏ", "Tô Lâm"]),
    ("path_to_nq_12", &["path", "tran quoc to", "Nghị quyết 12"]),
    ("search_to_lam", &["search", "to lam"]),
    ("search_lam_to", &["search", "Lâm Tô"]),
    ("search_bca", &["search", "BCA"]),
    (
        "search_cong_an",
        &["search", "cong an", "--kind", "organization"],
    ),
];

/// Diagrams of answers: (file stem, arguments without `--dot`).
const DIAGRAMS: &[(&str, &[&str])] = &[
    ("trace_nq_12", &["trace", "Nghị quyết số 12-NQ/TW"]),
    ("show_person", &["show", "Trần Quốc Tỏ"]),
    ("show_meeting", &["show", "hội nghị giao ban"]),
    ("path_to_nq_12", &["path", "tran quoc to", "Nghị quyết 12"]),
    (
        "export_focus_tran_quoc_to",
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
        "export_people_and_bodies_2021",
        &[
            "export",
            "--format",
            "dot",
            "--kind",
            "person,organization",
            "--edge-kind",
            "holds_position,part_of",
            "--from",
            "2021",
            "--to",
            "2021-12",
        ],
    ),
    (
        "export_article_002",
        &[
            "export",
            "--format",
            "dot",
            "--article",
            "seeds/002_5a1154b3da28aced.txt",
        ],
    ),
];

/// Checks that Graphviz accepts DOT text (when Graphviz is installed).
#[track_caller]
fn assert_renders(what: &str, dot: &str) {
    if !have("dot") {
        return;
    }
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(dot.as_bytes())
            .unwrap();
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success() && output.stderr.is_empty(),
        "dot -Tsvg refused {what}\n{}",
        show(&output)
    );
}

#[test]
fn queries_text_and_dot_match_golden_files() {
    let t = TestDir::new();
    t.ingest_seeds();
    let dir = crate::util::repo().join("tests/data/queries");
    for (stem, args) in CASES {
        let text = t.stdout(args);
        expect_file![dir.join(format!("{stem}.txt"))].assert_eq(&text);
    }
    for (stem, args) in DIAGRAMS {
        let mut args = args.to_vec();
        if args[0] != "export" {
            args.push("--dot");
        }
        let dot = t.stdout(&args);
        expect_file![dir.join(format!("{stem}.dot"))].assert_eq(&dot);
        assert_renders(stem, &dot);
    }
}

/// Runs a query with `--json` and parses the answer.
fn json(t: &TestDir, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    serde_json::from_str(&t.stdout(&args)).unwrap()
}

/// The names of the entities a JSON list holds under `key`.
fn names(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|v| v[key]["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn queries_json_answers_field_by_field() {
    let t = TestDir::new();
    t.ingest_seeds();

    let who = json(&t, &["who-chaired", "hội thảo 7/9/2021"]);
    assert_eq!(who["answer"], "who_chaired");
    assert_eq!(who["query"], "hội thảo 7/9/2021");
    let meeting = &who["meetings"][0];
    assert_eq!(meeting["meeting"]["kind"], "meeting");
    assert_eq!(meeting["meeting"]["date"], "2021-09-07");
    assert_eq!(meeting["meeting_type"], "Hội thảo");
    let chair = &meeting["chairs"][0];
    assert_eq!(chair["relation"], "chaired");
    assert_eq!(chair["entity"]["name"], "Trần Quốc Tỏ");
    assert_eq!(chair["entity"]["kind"], "person");
    assert_eq!(chair["reported"][0], "2021-09-07");
    let evidence = &chair["evidence"][0];
    assert_eq!(evidence["doc"], "000_e8a868fe77b78c13.txt");
    assert_eq!(evidence["date"], "2021-09-07");
    assert!(evidence["quote"].as_str().unwrap().contains("chủ trì"));

    let list = json(&t, &["meetings", "--chaired-by", "Tô Lâm"]);
    assert_eq!(list["answer"], "meetings");
    assert_eq!(
        list["filters"][0],
        "chaired by #25 person Tô Lâm (Đại tướng)"
    );
    let row = &list["meetings"][0];
    assert!(row["meeting"]["name"]
        .as_str()
        .unwrap()
        .contains("Quyết định số 90"));
    assert_eq!(row["chairs"][0]["name"], "Tô Lâm");
    assert_eq!(row["articles"][0], "001_08bf44569f6f14bc.txt");
    assert!(row["evidence"][0]["quote"]
        .as_str()
        .unwrap()
        .contains("Tô Lâm"));

    let trace = json(&t, &["trace", "Nghị quyết số 12-NQ/TW"]);
    assert_eq!(trace["answer"], "trace");
    assert_eq!(trace["way"], "both");
    assert_eq!(trace["document"]["name"], "Nghị quyết số 12-NQ/TW");
    assert_eq!(trace["document"]["date"], "2022-03-16");
    assert_eq!(trace["attrs"]["code"], "NQ/TW");
    assert_eq!(names(&trace["issuers"], "entity"), ["Bộ Chính trị"]);
    let child = trace["implemented_by"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["document"]["name"] == "Kế hoạch số 118")
        .expect("Kế hoạch số 118 implements Nghị quyết số 12-NQ/TW");
    assert_eq!(child["issuers"][0]["name"], "Đảng ủy Công an Trung ương");
    assert!(child["evidence"][0]["quote"]
        .as_str()
        .unwrap()
        .contains("Kế hoạch số 118"));
    assert_eq!(child["children"].as_array().unwrap().len(), 0);
    assert!(child.get("stop").is_none());
    assert!(trace["discussed_at"].as_array().unwrap().len() >= 2);

    let profile = json(&t, &["show", "Trần Quốc Tỏ"]);
    assert_eq!(profile["answer"], "show");
    assert_eq!(profile["entity"]["name"], "Trần Quốc Tỏ");
    assert_eq!(profile["attrs"]["rank"], "Trung tướng");
    let sections: Vec<&str> = profile["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        sections,
        [
            "posts held (earliest report first)",
            "chaired",
            "attended",
            "spoke at"
        ]
    );
    let posts = &profile["sections"][0];
    assert_eq!(posts["relation"], "holds_position");
    assert_eq!(posts["direction"], "outgoing");
    let bodies = names(&posts["facts"], "entity");
    assert!(bodies.contains(&"Bộ Công an".to_string()), "{bodies:?}");
    assert!(bodies.contains(&"Đảng ủy Công an Trung ương".to_string()));
    let chaired = &profile["sections"][1]["facts"];
    assert_eq!(chaired.as_array().unwrap().len(), 3);

    let holders = json(&t, &["holders", "Thứ trưởng", "--of", "Bộ Công an"]);
    assert_eq!(holders["answer"], "holders");
    assert_eq!(holders["body"]["name"], "Bộ Công an");
    let first = &holders["holders"][0];
    assert_eq!(first["person"]["name"], "Trần Quốc Tỏ");
    assert_eq!(first["role"], "Thứ trưởng");
    assert_eq!(first["body"]["name"], "Bộ Công an");
    assert_eq!(
        first["reported"],
        serde_json::json!(["2021-09-07", "2021-12-08"])
    );

    let chain = json(&t, &["path", "Trần Quốc Tỏ", "Tô Lâm"]);
    assert_eq!(chain["answer"], "path");
    assert_eq!(chain["found"], true);
    assert_eq!(chain["from"]["name"], "Trần Quốc Tỏ");
    assert_eq!(chain["to"]["name"], "Tô Lâm");
    let steps = chain["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 2);
    assert_eq!(steps[0]["source"]["name"], "Trần Quốc Tỏ");
    assert_eq!(steps[0]["relation"], "holds_position");
    assert_eq!(steps[0]["direction"], "outgoing");
    assert_eq!(steps[1]["source"]["name"], "Tô Lâm");
    assert_eq!(steps[1]["direction"], "incoming");
    assert!(steps[1]["evidence"][0]["quote"].is_string());

    let search = json(&t, &["search", "Lâm Tô"]);
    assert_eq!(search["answer"], "search");
    assert_eq!(search["hits"][0]["entity"]["name"], "Tô Lâm");
    assert_eq!(search["hits"][0]["tier"], "reordered");
    assert_eq!(search["hits"][0]["matched"], "Tô Lâm");
    let bca = json(&t, &["search", "BCA", "--kind", "organization"]);
    assert_eq!(bca["kind"], "organization");
    assert_eq!(bca["hits"][0]["entity"]["name"], "Bộ Công an");
}

/// Runs a command that must fail with exit code 1 and returns its stderr.
#[track_caller]
fn fails_with_1(t: &TestDir, args: &[&str]) -> String {
    let output = t.cmd(args).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{args:?}\n{}", show(&output));
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn queries_no_match_and_ambiguous_exit_1() {
    let t = TestDir::new();
    t.ingest_seeds();
    let ambiguous = |args: &[&str], candidate: &str| {
        let err = fails_with_1(&t, args);
        assert!(
            err.contains("is ambiguous; it matches:") && err.contains(candidate),
            "{args:?}: {err}"
        );
    };
    let not_found = |args: &[&str], suggestion: &str| {
        let err = fails_with_1(&t, args);
        assert!(
            err.contains("no entity matches") && err.contains(suggestion),
            "{args:?}: {err}"
        );
    };
    // who-chaired: several meetings are an answer; none is exit 1.
    not_found(
        &["who-chaired", "hội thảo 1/1/1999"],
        "did you mean: Hội thảo",
    );
    let several = t.stdout(&["who-chaired", "Hội nghị"]);
    // Every Hội nghị of the seeds, however many the extractor finds (at least
    // the three the seeds report by that type).
    let n: usize = several
        .strip_prefix("meetings matching \"Hội nghị\": ")
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(n >= 3, "{several}");
    // A meeting nobody is said to chair.
    let output = t
        .cmd(&["who-chaired", "Hội nghị toàn quốc"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", show(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("not stated in the articles"));

    ambiguous(&["meetings", "--chaired-by", "Nguyễn"], "Nguyễn Kim Minh");
    not_found(
        &["meetings", "--chaired-by", "Trần Quốc Toàn"],
        "Trần Quốc Tỏ",
    );
    let none = t.cmd(&["meetings", "--from", "2030"]).output().unwrap();
    assert_eq!(none.status.code(), Some(1), "{}", show(&none));

    ambiguous(&["trace", "Nghị quyết"], "Nghị quyết số 12-NQ/TW");
    not_found(&["trace", "NQ 999"], "");
    ambiguous(&["show", "Nguyễn"], "Nguyễn Tiến Nam");
    not_found(&["show", "Tran Quoc Toan"], "Trần Quốc Tỏ");
    ambiguous(&["holders", "Bí thư", "--of", "Tỉnh ủy"], "Tỉnh ủy Hà Tĩnh");
    not_found(&["holders", "Tổng Bí thư"], "Bí thư");
    ambiguous(&["path", "Nguyễn", "Tô Lâm"], "Nguyễn Hồng Phong");
    not_found(&["path", "Tô Lâm", "Bộ Ngoại giao"], "");
    let apart = t.cmd(&["path", "Tô Lâm", "Chính phủ"]).output().unwrap();
    assert_eq!(apart.status.code(), Some(1), "{}", show(&apart));
    assert!(String::from_utf8_lossy(&apart.stdout).contains("not linked"));
    let empty = t.cmd(&["search", "zzzq"]).output().unwrap();
    assert_eq!(empty.status.code(), Some(1), "{}", show(&empty));
    ambiguous(
        &["export", "--format", "dot", "--focus", "Nguyễn"],
        "Nguyễn Kim Minh",
    );
    not_found(
        &["export", "--format", "dot", "--article", "nowhere.txt"],
        "",
    );
}

#[test]
fn queries_render_needs_graphviz_and_says_how_to_install_it() {
    let t = TestDir::new();
    t.ingest_seeds();
    // An empty PATH hides Graphviz whether or not it is installed.
    let output = t
        .cmd(&["trace", "NQ 12", "--render", "svg"])
        .env("PATH", "")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", show(&output));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("apt-get install graphviz"), "{err}");
    if have("dot") {
        let svg = t.path("trace.svg");
        t.stdout(&[
            "trace",
            "NQ 12",
            "--render",
            "svg",
            "-o",
            svg.to_str().unwrap(),
        ]);
        assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
        let png = t.path("seeds.png");
        t.stdout(&[
            "export",
            "--format",
            "dot",
            "--render",
            "png",
            "-o",
            png.to_str().unwrap(),
        ]);
        assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    }
}

#[test]
fn export_focus_caps_neighbours_per_relation() {
    let t = TestDir::new();
    t.ingest_seeds();
    let export = |cap: &str| -> (Value, String) {
        let output = t
            .cmd(&[
                "export",
                "--focus",
                "Bộ Công an",
                "--depth",
                "2",
                "--max-neighbours",
                cap,
            ])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", show(&output));
        (
            serde_json::from_slice(&output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    let (all, quiet) = export("0");
    let (capped, note) = export("1");
    let count = |doc: &Value| doc["nodes"].as_array().unwrap().len();
    assert!(
        count(&capped) < count(&all),
        "{} < {}",
        count(&capped),
        count(&all)
    );
    assert!(quiet.is_empty(), "{quiet}");
    assert!(
        note.contains("neighbours left out") && note.contains("--max-neighbours 0"),
        "{note}"
    );
    // The center keeps one neighbour per relation kind and direction at most.
    let center = capped["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "Bộ Công an")
        .map(|n| n["id"].clone())
        .unwrap();
    let mut seen = std::collections::BTreeMap::new();
    for e in all["edges"].as_array().unwrap() {
        if e["source"] == center || e["target"] == center {
            *seen
                .entry((e["kind"].to_string(), e["source"] == center))
                .or_insert(0) += 1;
        }
    }
    assert!(
        seen.values().any(|&n| n > 1),
        "a relation with several neighbours: {seen:?}"
    );
}
