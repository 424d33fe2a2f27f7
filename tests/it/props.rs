//! Property tests (proptest) of the text stage and the extraction: on any text
//! they never panic, every offset is a char boundary inside the text,
//! normalisation and folding are idempotent, and every source of an
//! extraction lies inside the cleaned text, an edge's quote being the text at
//! its span and a node's source text one of the node's surface forms.
//!
//! Inputs are drawn from the vocabulary of the seeds and the held-out corpus
//! (so that the rules fire), from odd characters (line ends, odd spaces,
//! zero-width and combining marks, quotes), from arbitrary strings, and from
//! real articles mutated at random places. `PROPTEST_CASES` sets the number of
//! cases (64 by default, a quarter of that for whole articles); failures are
//! kept in `tests/proptest-regressions/props.txt` and re-run first.
//!
//! Bugs these properties found are pinned by regression tests here
//! (`props_fold_keys_of_orphan_marks`, `props_anaphor_is_not_a_source_of_the_document`).

use std::sync::OnceLock;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use cadregraph::doc::Doc;
use cadregraph::lexicon::Lexicon;
use cadregraph::pipeline::{self, ArticleRecord};
use cadregraph::text::ingest::Article;
use cadregraph::text::{clean, fold, prepare};

use crate::util::repo;

/// Cases per property: `PROPTEST_CASES`, else 64 (CI keeps them few; a long
/// local run sets thousands).
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(64),
        max_shrink_iters: 2048,
        ..ProptestConfig::default()
    }
}

/// The articles of `seeds/` and `tests/corpus/`.
fn articles() -> &'static [String] {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let mut paths: Vec<_> = ["seeds", "tests/corpus"]
            .iter()
            .flat_map(|dir| std::fs::read_dir(repo().join(dir)).unwrap())
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    })
}

/// Every word of the articles, and two-word and three-word runs of them, so
/// that titles, names and document codes appear whole.
fn vocabulary() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = std::collections::BTreeSet::new();
        for text in articles() {
            let tokens: Vec<&str> = text.split_whitespace().collect();
            for n in 1..=3 {
                for run in tokens.windows(n) {
                    words.insert(run.join(" "));
                }
            }
        }
        words.into_iter().collect()
    })
}

/// Characters and short strings that stress cleaning and segmentation.
const ODD: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\t",
    "\u{a0}",
    "\u{202f}",
    "\u{3000}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{ad}",
    "\u{2028}",
    "\u{85}",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{301}",
    "\u{309}",
    "\u{323}",
    "\u{303}",
    "u\u{31b}\u{309}",
    "\u{fffd}",
    "😀",
    "🇻🇳",
    "\u{202e}",
    ".",
    ". ",
    "…",
    "!",
    "?",
    ",",
    ":",
    ";",
    "\"",
    "“",
    "”",
    "'",
    "(",
    ")",
    "[",
    "]",
    "-",
    "–",
    "/",
    "TP.",
    "Tp.",
    "ông",
    "Ông",
    "Đ/c",
    "12-NQ/TW",
    "số",
    "ngày",
    "12/3/2024",
    "2024",
    "\u{300}",
    "ĐỒNG CHÍ",
    "uỷ",
    "ủy",
    "Uỷ",
    "hoà",
    "Hoà",
    "<p>",
    "&nbsp;",
    " ",
    "  ",
];

/// One piece of generated text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(vocabulary()),
        3 => prop::sample::select(ODD).prop_map(str::to_string),
        1 => any::<String>(),
        1 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vocabulary()).prop_map(|w| w.nfd().collect()),
        1 => prop::sample::select(vocabulary()).prop_map(|w| w.to_uppercase()),
    ]
}

/// A generated article: fragments joined by spaces, or glued.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment(), any::<bool>()), 0..120).prop_map(|parts| {
        let mut out = String::new();
        for (part, spaced) in parts {
            out.push_str(&part);
            if spaced {
                out.push(' ');
            }
        }
        out
    })
}

/// A real article with a few random edits: insertions of fragments, deletions
/// of char ranges, a range decomposed (NFD) or uppercased.
fn mutated_article() -> impl Strategy<Value = String> {
    let edit = (0.0..1.0f64, 0.0..1.0f64, 0..5u8, fragment());
    (
        prop::sample::select(articles()),
        prop::collection::vec(edit, 0..8),
    )
        .prop_map(|(text, edits)| {
            let mut chars: Vec<char> = text.chars().collect();
            for (at, len, kind, insert) in edits {
                let at = (at * chars.len() as f64) as usize;
                let end = (at + (len * 40.0) as usize).min(chars.len());
                match kind {
                    0 | 1 => {
                        chars.splice(at..at, insert.chars());
                    }
                    2 => {
                        chars.drain(at..end);
                    }
                    3 => {
                        let nfd: Vec<char> = chars[at..end].iter().copied().nfd().collect();
                        chars.splice(at..end, nfd);
                    }
                    _ => {
                        let upper: Vec<char> = chars[at..end]
                            .iter()
                            .flat_map(|c| c.to_uppercase())
                            .collect();
                        chars.splice(at..end, upper);
                    }
                }
            }
            chars.into_iter().collect()
        })
}

fn article(text: &str) -> Article {
    Article {
        doc: "prop.txt".into(),
        path: "prop.txt".into(),
        text: text.into(),
        hash: "0".repeat(64),
    }
}

/// Asserts the offsets of a prepared document: spans on char boundaries inside
/// the text, sentences in order and disjoint, trimmed and non-empty.
fn check_doc(doc: &Doc) -> Result<(), TestCaseError> {
    let text = &doc.text;
    let valid = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    let mut last_end = 0;
    for s in &doc.sentences {
        prop_assert!(valid(s.span.start, s.span.end), "sentence {:?}", s);
        prop_assert!(
            s.span.start >= last_end,
            "sentences overlap: {:?}",
            doc.sentences
        );
        last_end = s.span.end;
        let sentence = doc.slice(s.span);
        prop_assert!(!sentence.trim().is_empty(), "empty sentence {:?}", s);
        prop_assert_eq!(sentence.trim(), sentence, "untrimmed sentence");
    }
    for span in doc.title.iter().chain(&doc.metadata).chain(&doc.byline) {
        prop_assert!(valid(span.start, span.end), "span {:?}", span);
    }
    Ok(())
}

/// Asserts the sources of an extraction against the cleaned text.
fn check_record(record: &ArticleRecord) -> Result<(), TestCaseError> {
    let chars: Vec<char> = record.text.chars().collect();
    let at = |start: usize, end: usize| -> Option<String> {
        (start < end && end <= chars.len()).then(|| chars[start..end].iter().collect())
    };
    let entities = &record.extraction.entities;
    for entity in entities {
        let node = &entity.node;
        for source in &node.sources {
            let Some(text) = at(source.start, source.end) else {
                return Err(TestCaseError::fail(format!(
                    "node {:?}: source {}..{} outside {} chars",
                    node.name,
                    source.start,
                    source.end,
                    chars.len()
                )));
            };
            // A body completed from the article's place ("HĐND tỉnh" ->
            // "Hội đồng nhân dân tỉnh Nghệ An") is quoted by its bare head: the
            // quote opens with the name's first word (abbreviations expanded).
            let first = fold::key(text.split(' ').next().unwrap_or(""));
            let first = Lexicon::builtin()
                .abbreviations
                .get(&first)
                .map(|x| fold::key(x))
                .unwrap_or(first);
            let prefix = node.kind == cadregraph::model::NodeKind::Organization
                && std::iter::once(&node.name)
                    .chain(&node.aliases)
                    .any(|n| fold::key(n).starts_with(&first));
            // A body known from a document's code ("Kế hoạch số 318/KH-UBND")
            // is quoted by that document, which is no name of it.
            let words: Vec<String> = fold::key(&text).split(' ').map(str::to_string).collect();
            let by_code = node.kind == cadregraph::model::NodeKind::Organization
                && (1..=words.len().min(4)).any(|k| {
                    Lexicon::builtin()
                        .doc_types
                        .get(&words[..k].join(" "))
                        .is_some()
                });
            // So is a body written as a post ("Thủ tướng" for the Government)
            // or as one of its meetings ("Hội nghị Trung ương").
            let key = fold::key(&text);
            let by_post = node.kind == cadregraph::model::NodeKind::Organization
                && (Lexicon::builtin().roles.get(&key).is_some()
                    || (1..=words.len()).any(|k| {
                        Lexicon::builtin()
                            .meeting_types
                            .get(&words[..k].join(" "))
                            .is_some()
                    }));
            prop_assert!(
                text == node.name || node.aliases.contains(&text) || prefix || by_code || by_post,
                "node {:?} (aliases {:?}): source {}..{} is {:?}",
                node.name,
                node.aliases,
                source.start,
                source.end,
                text
            );
        }
    }
    for edge in &record.extraction.edges {
        prop_assert!(
            (edge.source.0 as usize) < entities.len() && (edge.target.0 as usize) < entities.len(),
            "edge to an unknown entity: {:?}",
            edge
        );
        for source in &edge.sources {
            let text = at(source.start, source.end);
            prop_assert!(text.is_some(), "edge source outside the text: {:?}", source);
            prop_assert_eq!(text.as_deref(), source.quote.as_deref(), "edge quote");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn props_clean_is_idempotent_and_normal(text in text()) {
        let once = clean::clean(&text);
        prop_assert_eq!(&clean::clean(&once), &once);
        prop_assert!(!once.contains(['\r', '\u{a0}', '\u{200b}', '\u{feff}', '\t']), "{:?}", once);
        prop_assert!(unicode_normalization::is_nfc(&once), "not NFC: {:?}", once);
    }

    #[test]
    fn props_fold_keys_are_idempotent(text in text()) {
        // Any text: stray combining marks and characters that compose to
        // punctuation included (`props_fold_keys_of_orphan_marks`).
        let text = clean::clean(&text);
        let key = fold::key(&text);
        prop_assert_eq!(&fold::key(&key), &key);
        let ascii = fold::ascii_key(&text);
        prop_assert_eq!(&fold::ascii_key(&ascii), &ascii);
        // Spelling variants meet: composition and old or new tone placement.
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(fold::key(&nfd), key.clone());
        let retoned = text.replace("ủy", "uỷ").replace("hòa", "hoà").replace("Ủy", "Uỷ");
        prop_assert_eq!(fold::key(&retoned), key);
    }

    #[test]
    fn props_prepare_offsets_are_char_boundaries(text in text()) {
        let doc = prepare(&article(&text), Lexicon::builtin());
        prop_assert_eq!(&doc.text, &clean::clean(&text));
        check_doc(&doc)?;
    }

    #[test]
    fn props_extraction_sources_lie_in_the_text(text in text()) {
        let record = pipeline::process(&article(&text), Lexicon::builtin());
        check_record(&record)?;
    }

}

proptest! {
    // Whole articles cost more to extract: a quarter of the cases.
    #![proptest_config(ProptestConfig { cases: config().cases.div_ceil(4), ..config() })]

    #[test]
    fn props_mutated_articles_extract_within_the_text(text in mutated_article()) {
        let a = article(&text);
        check_doc(&prepare(&a, Lexicon::builtin()))?;
        let record = pipeline::process(&a, Lexicon::builtin());
        check_record(&record)?;
        // Deterministic: the same text gives the same facts.
        let again = pipeline::process(&a, Lexicon::builtin());
        prop_assert_eq!(&record.extraction, &again.extraction);
    }
}

#[test]
fn props_seed_and_corpus_articles_hold_the_properties() {
    for text in articles() {
        let a = article(text);
        check_doc(&prepare(&a, Lexicon::builtin())).unwrap();
        check_record(&pipeline::process(&a, Lexicon::builtin())).unwrap();
    }
}

/// Extracts one text.
fn process(text: &str) -> ArticleRecord {
    pipeline::process(&article(text), Lexicon::builtin())
}

#[test]
fn props_fold_keys_of_orphan_marks() {
    // A word of marks alone leaves no empty word behind.
    assert_eq!(fold::ascii_key("a \u{301}"), "a");
    assert_eq!(fold::ascii_key("a \u{301} b"), "a b");
    // A mark that follows no letter is dropped, so keys are idempotent.
    assert_eq!(fold::key("\u{300}\"a"), "a");
    assert_eq!(fold::key(&fold::key("\u{300}\"a")), "a");
    assert_eq!(fold::key("a\"\u{300}"), "a");
    // GREEK QUESTION MARK composes to ";", which is trimmed like any edge punctuation.
    assert_eq!(fold::key("\u{37e}"), "");
    assert_eq!(fold::key(&clean::clean("\u{37e}")), "");
}

#[test]
fn props_anaphor_is_not_a_source_of_the_document() {
    let record = process(
        "Tin\nNghị quyết số 12-NQ/TW được ban hành. Thực hiện Nghị quyết, Bộ Công an họp.\n",
    );
    let chars: Vec<char> = record.text.chars().collect();
    let node = &record
        .extraction
        .entities
        .iter()
        .find(|e| e.node.name == "Nghị quyết số 12-NQ/TW")
        .expect("the resolution")
        .node;
    let texts: Vec<String> = node
        .sources
        .iter()
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect();
    // A bare "Nghị quyết" referring back is relation evidence, not a source.
    assert_eq!(texts, ["Nghị quyết số 12-NQ/TW"]);
    assert!(node.aliases.is_empty(), "{:?}", node.aliases);
}
