//! Odd text that is still an article: Unicode forms, odd spaces and line ends,
//! tone placement, capitals, a very long sentence, HTML left by a crawler, a
//! title alone. Each is ingested, exports valid JSON and DOT, and every source
//! span lies inside its article's stored text.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::util::{have, show, source_docs, TestDir};

/// What `check_spans` found wrong with a database's source spans.
#[derive(Debug, Default)]
pub struct SpanReport {
    /// Sources checked: node sources plus edge sources.
    pub n_checked: usize,
    /// Spans outside their article's text, or empty, or reversed: always wrong.
    pub out_of_bounds: Vec<String>,
    /// Edge sources whose quote is not the text at their span.
    pub bad_quotes: Vec<String>,
    /// Node sources whose text is neither the node's name nor one of its aliases.
    pub not_a_surface_form: Vec<String>,
}

/// Checks every source span of the database against the stored cleaned text
/// (char offsets, as EXPORT_CONTRACT.md says).
pub fn check_spans(db: &Path) -> SpanReport {
    let conn = rusqlite::Connection::open(db).unwrap();
    let texts: BTreeMap<String, (Vec<char>, i64)> = conn
        .prepare("SELECT doc, text, n_chars FROM articles")
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get::<_, String>(1)?.chars().collect(), r.get(2)?),
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut report = SpanReport::default();
    for (doc, (chars, n_chars)) in &texts {
        assert_eq!(chars.len() as i64, *n_chars, "{doc}: n_chars");
    }
    let graph = load_graph(db);
    let span_text = |doc: &str, start: u64, end: u64| -> Option<String> {
        let (chars, _) = texts.get(doc)?;
        let (start, end) = (start as usize, end as usize);
        (start < end && end <= chars.len()).then(|| chars[start..end].iter().collect())
    };
    for node in graph["nodes"].as_array().unwrap() {
        let name = node["name"].as_str().unwrap();
        let aliases: Vec<&str> = node["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        for source in node["sources"].as_array().unwrap() {
            report.n_checked += 1;
            let doc = source["doc"].as_str().unwrap();
            let (start, end) = (
                source["start"].as_u64().unwrap(),
                source["end"].as_u64().unwrap(),
            );
            match span_text(doc, start, end) {
                None => report
                    .out_of_bounds
                    .push(format!("node {name:?}: {doc} {start}..{end}")),
                Some(text) if text != name && !aliases.contains(&text.as_str()) => {
                    report.not_a_surface_form.push(format!(
                        "node {name:?} {aliases:?}: {doc} {start}..{end} is {text:?}"
                    ))
                }
                Some(_) => {}
            }
        }
    }
    for edge in graph["edges"].as_array().unwrap() {
        for source in edge["sources"].as_array().unwrap() {
            report.n_checked += 1;
            let doc = source["doc"].as_str().unwrap();
            let (start, end) = (
                source["start"].as_u64().unwrap(),
                source["end"].as_u64().unwrap(),
            );
            let quote = source["quote"].as_str().unwrap();
            match span_text(doc, start, end) {
                None => report
                    .out_of_bounds
                    .push(format!("edge {}: {doc} {start}..{end}", edge["kind"])),
                Some(text) if text != quote => report.bad_quotes.push(format!(
                    "edge {}: {doc} {start}..{end} is {text:?}, quote {quote:?}",
                    edge["kind"]
                )),
                Some(_) => {}
            }
        }
    }
    report
}

/// The database's graph through `Store::graph`, as JSON.
fn load_graph(db: &Path) -> Value {
    let store = cadregraph::store::Store::open(db).unwrap();
    serde_json::to_value(store.graph().unwrap()).unwrap()
}

/// Exports JSON and DOT and checks both: JSON with serde_json (and Python's
/// parser when present), DOT with `dot -Tsvg` when Graphviz is installed.
pub fn assert_exports_valid(t: &TestDir) -> Value {
    let json = t.stdout(&["export", "--format", "json"]);
    let graph: Value = serde_json::from_str(&json).unwrap();
    if have("python3") {
        let output = std::process::Command::new("python3")
            .args(["-c", "import json, sys; json.load(sys.stdin)"])
            .stdin(std::fs::File::open(write(t, "graph.json", &json)).unwrap())
            .output()
            .unwrap();
        assert!(output.status.success(), "python3 json: {}", show(&output));
    }
    let dot = t.stdout(&["export", "--format", "dot"]);
    if have("dot") {
        let output = std::process::Command::new("dot")
            .arg("-Tsvg")
            .stdin(std::fs::File::open(write(t, "graph.dot", &dot)).unwrap())
            .output()
            .unwrap();
        assert!(
            output.status.success() && output.stderr.is_empty(),
            "dot -Tsvg: {}",
            show(&output)
        );
    } else {
        eprintln!("note: Graphviz `dot` is not installed; DOT not checked");
    }
    graph
}

fn write(t: &TestDir, name: &str, text: &str) -> std::path::PathBuf {
    let path = t.path(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The base article: a headline, a dateline, a chair, an attendee, a document.
const BASE: &str = "Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW\n\
Ngày 12/3/2024, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị Ban Thường vụ để quán triệt Nghị quyết số 57-NQ/TW. \
Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì hội nghị. \
Dự hội nghị có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n\
Thiếu tướng Nguyễn Hồng Phong, Giám đốc Công an tỉnh phát biểu tại hội nghị.\n";

/// The odd variants of [`BASE`], by file name.
fn oddities() -> Vec<(&'static str, String)> {
    use unicode_normalization::UnicodeNormalization;
    let long_sentence = {
        // One 50,000-character sentence: a run-on list, no full stop until the end.
        let mut s = String::from("Tin dài\nĐồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì");
        let filler = ", các đại biểu thảo luận về tình hình kinh tế xã hội";
        while s.chars().count() < 50_000 {
            s.push_str(filler);
        }
        s.push_str(".\n");
        s
    };
    vec![
        ("base.txt", BASE.to_string()),
        ("nfd.txt", BASE.nfd().collect()),
        ("nfkd_mixed.txt", {
            // Half NFD, half NFC.
            let half = BASE.char_indices().nth(BASE.chars().count() / 2).unwrap().0;
            format!(
                "{}{}",
                BASE[..half].nfd().collect::<String>(),
                &BASE[half..]
            )
        }),
        ("nbsp_zero_width.txt", {
            BASE.replace("Hoàng Trung", "Hoàng\u{a0}Trung")
                .replace("Tỉnh ủy", "Tỉnh\u{202f}ủy")
                .replace("Võ Trọng", "Võ\u{200b}\u{a0}Trọng")
                .replace("Dũng", "D\u{200d}ũ\u{ad}ng")
                .replace("Hội nghị", "\u{feff}Hội\u{2060} nghị")
        }),
        ("old_tones.txt", {
            // Old placement ("uỷ") and a misplaced mark ("Haỉ") both fold.
            BASE.replace("Tỉnh ủy", "Tỉnh uỷ").replace("Hải", "Haỉ")
        }),
        ("crlf.txt", BASE.replace('\n', "\r\n")),
        ("lone_cr.txt", BASE.replace('\n', "\r")),
        ("mixed_line_ends.txt", {
            let mut s = BASE.replacen('\n', "\r\n", 1);
            s = s.replacen('\n', "\r", 1);
            s.push_str("\u{2028}Ông Hoàng Trung Dũng phát biểu.\u{85}");
            s
        }),
        ("all_caps.txt", {
            let (title, body) = BASE.split_once('\n').unwrap();
            format!("{}\n{}", title.to_uppercase(), body)
        }),
        ("all_caps_body.txt", BASE.to_uppercase()),
        ("long_sentence.txt", long_sentence),
        ("html.txt", {
            let (title, body) = BASE.split_once('\n').unwrap();
            format!(
                "<html><head><title>{title}</title><script>var x = '<p>Đồng chí Giả</p>';</script></head>\
                 <body><h1>{title}</h1>\n<p class=\"sapo\">{}</p><!-- quảng cáo -->\
                 <div><img src=\"a.jpg\" alt=\"Ảnh: Tỉnh ủy\"/></div></body></html>\n",
                body.replace("Hoàng Trung Dũng", "<b>Hoàng Trung Dũng</b>")
                    .replace("Tỉnh ủy Hà Tĩnh", "Tỉnh&nbsp;ủy Hà Tĩnh")
                    .replace('\n', "<br/>")
            )
        }),
        (
            "title_only.txt",
            "Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh\n".to_string(),
        ),
        (
            "title_no_newline.txt",
            "Đồng chí Hoàng Trung Dũng chủ trì".to_string(),
        ),
        ("leading_blank_lines.txt", format!("\n\n   \n{BASE}")),
        ("one_char.txt", "x".to_string()),
        (
            "tabs_and_controls.txt",
            BASE.replace(' ', "\t")
                .replace("Ngày", "\u{7}Ngày\u{1b}[0m"),
        ),
        (
            "stacked_marks.txt",
            BASE.replace("Dũng", "D\u{303}\u{303}\u{323}ũng\u{301}\u{300}"),
        ),
        (
            "emoji_rtl.txt",
            format!("🇻🇳 {BASE}\u{202e}مرحبا\u{202c} 👍🏽\n"),
        ),
        ("replacement_chars.txt", BASE.replace("Võ", "V\u{fffd}")),
        ("many_short_lines.txt", BASE.replace(' ', "\n")),
        (
            "punctuation_only.txt",
            ". . . ! ? … \" ” ( ) - – —\n".to_string(),
        ),
    ]
}

#[test]
fn oddities_ingest_export_and_keep_spans_valid() {
    let t = TestDir::new();
    let dir = t.path("odd");
    std::fs::create_dir(&dir).unwrap();
    let cases = oddities();
    for (name, text) in &cases {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let output = t.cmd(&["ingest", "odd"]).output().unwrap();
    assert!(output.status.success(), "{}", show(&output));
    assert!(output.stderr.is_empty(), "{}", show(&output));
    let graph = assert_exports_valid(&t);

    let report = check_spans(&t.db());
    assert!(report.n_checked > 0);
    assert_eq!(report.out_of_bounds, Vec::<String>::new());
    assert_eq!(report.bad_quotes, Vec::<String>::new());
    if !report.not_a_surface_form.is_empty() {
        eprintln!(
            "note: {} of {} node sources are not a surface form:\n{}",
            report.not_a_surface_form.len(),
            report.n_checked,
            report.not_a_surface_form.join("\n")
        );
    }

    // Texts that clean to the base's: same stored text, same facts.
    let conn = rusqlite::Connection::open(t.db()).unwrap();
    let stored = |doc: &str| -> String {
        conn.query_row("SELECT text FROM articles WHERE doc = ?1", [doc], |r| {
            r.get(0)
        })
        .unwrap()
    };
    let base = stored("base.txt");
    for doc in [
        "nfd.txt",
        "nfkd_mixed.txt",
        "nbsp_zero_width.txt",
        "crlf.txt",
        "lone_cr.txt",
    ] {
        assert_eq!(stored(doc), base, "{doc}");
    }
    // Tags, comments and scripts gone, entities decoded.
    let html = stored("html.txt");
    assert!(
        !html.contains(['<', '>', '&']) && !html.contains("Giả"),
        "{html}"
    );
    assert!(html.contains("Tỉnh ủy Hà Tĩnh tổ chức"), "{html}");
    // Old tone placement is kept as written, and still meets the new.
    assert!(stored("old_tones.txt").contains("Tỉnh uỷ"));

    // Every variant's chair is the base's node (merged by key).
    let person = |name: &str| -> Vec<String> {
        let node = graph["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["kind"] == "person" && n["name"] == name)
            .unwrap_or_else(|| panic!("no person {name}"));
        source_docs(node)
    };
    let chair_docs = person("Hoàng Trung Dũng");
    for doc in [
        "base.txt",
        "nfd.txt",
        "nfkd_mixed.txt",
        "nbsp_zero_width.txt",
        "old_tones.txt",
        "crlf.txt",
        "lone_cr.txt",
        "html.txt",
        "all_caps.txt",
        "long_sentence.txt",
    ] {
        assert!(
            chair_docs.iter().any(|d| d == doc),
            "{doc} not in {chair_docs:?}"
        );
    }
    let stats: Value = serde_json::from_str(&t.stdout(&["stats", "--json"])).unwrap();
    assert_eq!(stats["articles"], cases.len());
}
