//! Unit tests of the store: round trips, re-ingest, replacement of changed
//! articles, merging across articles, and refusal of foreign or newer files.

use expect_test::{expect, Expect};

use super::*;
use crate::model::{Attrs, EntityKey, Extraction, Node, NodeId, Source};
use crate::Error;

/// An entity of kind `kind` with primary key `primary`, found at `start..end`.
fn ent(kind: NodeKind, primary: &str, name: &str, start: usize, end: usize) -> Entity {
    Entity {
        key: EntityKey {
            primary: primary.to_string(),
            loose: None,
        },
        node: Node {
            id: NodeId(0),
            kind,
            name: name.to_string(),
            aliases: Vec::new(),
            attrs: Attrs::new(),
            sources: vec![Source {
                doc: String::new(),
                start,
                end,
                quote: None,
            }],
        },
    }
}

fn loose(mut entity: Entity, loose: &str) -> Entity {
    entity.key.loose = Some(loose.to_string());
    entity
}

fn alias(mut entity: Entity, alias: &str) -> Entity {
    entity.node.aliases.push(alias.to_string());
    entity
}

fn attr(mut entity: Entity, name: &str, value: &str) -> Entity {
    entity
        .node
        .attrs
        .insert(name.to_string(), value.to_string());
    entity
}

fn edge(kind: EdgeKind, source: i64, target: i64, role: Option<&str>, quote: &str) -> Edge {
    let mut attrs = Attrs::new();
    if let Some(role) = role {
        attrs.insert("role".to_string(), role.to_string());
    }
    Edge {
        kind,
        source: NodeId(source),
        target: NodeId(target),
        attrs,
        sources: vec![Source {
            doc: String::new(),
            start: 0,
            end: quote.chars().count(),
            quote: Some(quote.to_string()),
        }],
    }
}

fn record(doc: &str, hash: &str, entities: Vec<Entity>, edges: Vec<Edge>) -> ArticleRecord {
    ArticleRecord {
        doc: doc.to_string(),
        path: format!("seeds/{doc}"),
        hash: hash.to_string(),
        title: Some("Tiêu đề".to_string()),
        published: Some("2021-09-07".to_string()),
        text: "Trung tướng Trần Quốc Tỏ chủ trì hội nghị.".to_string(),
        extraction: Extraction {
            doc: doc.to_string(),
            entities,
            edges,
        },
    }
}

fn person(name: &str, start: usize) -> Entity {
    let key = format!("person|{}", fold::ascii_key(name));
    ent(
        NodeKind::Person,
        &key,
        name,
        start,
        start + name.chars().count(),
    )
}

fn meeting(name: &str) -> Entity {
    let m = ent(
        NodeKind::Meeting,
        "meeting|hoi nghi|2021-09-07|x",
        name,
        0,
        9,
    );
    attr(attr(m, "meeting_type", "Hội nghị"), "date", "2021-09-07")
}

fn org(name: &str, start: usize) -> Entity {
    let key = format!("organization|{}", fold::ascii_key(name));
    ent(NodeKind::Organization, &key, name, start, start + 3)
}

/// The first article of most tests: a person chairing a meeting, holding a position.
/// An article naming one person and nothing else.
fn one_person(doc: &str, hash: &str, name: &str) -> ArticleRecord {
    record(doc, hash, vec![person(name, 0)], Vec::new())
}

fn article_a(hash: &str) -> ArticleRecord {
    record(
        "a.txt",
        hash,
        vec![
            attr(person("Trần Quốc Tỏ", 12), "rank", "Trung tướng"),
            meeting("Hội nghị sơ kết"),
            org("Bộ Công an", 40),
        ],
        vec![
            edge(EdgeKind::Chaired, 0, 1, None, "Trần Quốc Tỏ chủ trì."),
            edge(
                EdgeKind::HoldsPosition,
                0,
                2,
                Some("Thứ trưởng"),
                "Thứ trưởng Bộ Công an.",
            ),
        ],
    )
}

/// One line per node and edge: the whole graph at a glance.
fn render(store: &Store) -> String {
    let graph = store.graph().unwrap();
    let mut out = String::new();
    for n in &graph.nodes {
        out.push_str(&format!("#{} {} {}", n.id, n.kind, n.name));
        if !n.aliases.is_empty() {
            out.push_str(&format!(" aliases={:?}", n.aliases));
        }
        if !n.attrs.is_empty() {
            out.push_str(&format!(" attrs={:?}", n.attrs));
        }
        for s in &n.sources {
            out.push_str(&format!(" @{}:{}-{}", s.doc, s.start, s.end));
        }
        out.push('\n');
    }
    for e in &graph.edges {
        out.push_str(&format!("#{} -{}-> #{}", e.source, e.kind, e.target));
        if !e.attrs.is_empty() {
            out.push_str(&format!(" {:?}", e.attrs));
        }
        for s in &e.sources {
            out.push_str(&format!(" @{}:{}-{}", s.doc, s.start, s.end));
        }
        out.push('\n');
    }
    out
}

#[track_caller]
fn check(records: &[&[ArticleRecord]], expect: Expect) {
    let mut store = Store::open_in_memory().unwrap();
    for batch in records {
        store.save_batch(batch).unwrap();
    }
    expect.assert_eq(&render(&store));
}

fn json(store: &Store) -> String {
    let mut out = Vec::new();
    crate::export::json::write(&store.graph().unwrap(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn store_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    let stats = store.save_batch(&[article_a("h1")]).unwrap();
    assert_eq!(
        stats,
        BatchStats {
            new: 1,
            nodes_added: 3,
            edges_added: 2,
            ..BatchStats::default()
        }
    );
    let graph = store.graph().unwrap();
    let person = &graph.nodes[0];
    assert_eq!(person.id, NodeId(1));
    assert_eq!(person.kind, NodeKind::Person);
    assert_eq!(person.name, "Trần Quốc Tỏ");
    assert_eq!(
        person.attrs.get("rank").map(String::as_str),
        Some("Trung tướng")
    );
    assert_eq!(
        person.sources,
        vec![Source {
            doc: "a.txt".into(),
            start: 12,
            end: 24,
            quote: None
        }]
    );
    let chaired = &graph.edges[0];
    assert_eq!(chaired.kind, EdgeKind::Chaired);
    assert_eq!(
        chaired.sources[0].quote.as_deref(),
        Some("Trần Quốc Tỏ chủ trì.")
    );
    assert_eq!(store.article_hash("a.txt").unwrap().as_deref(), Some("h1"));
    assert_eq!(store.article_hash("b.txt").unwrap(), None);
    // Loading the exported JSON gives back the same document.
    let back: GraphDocument = serde_json::from_str(&json(&store)).unwrap();
    assert_eq!(back, graph);
    check(
        &[&[article_a("h1")]],
        expect![[r#"
            #1 person Trần Quốc Tỏ attrs={"rank": "Trung tướng"} @a.txt:12-24
            #2 meeting Hội nghị sơ kết attrs={"date": "2021-09-07", "meeting_type": "Hội nghị"} @a.txt:0-9
            #3 organization Bộ Công an @a.txt:40-43
            #1 -chaired-> #2 @a.txt:0-21
            #1 -holds_position-> #3 {"role": "Thứ trưởng"} @a.txt:0-22
        "#]],
    );
}

#[test]
fn store_reingest_is_noop() {
    let mut store = Store::open_in_memory().unwrap();
    store.save_batch(&[article_a("h1")]).unwrap();
    let before = json(&store);
    let stats = store.save_batch(&[article_a("h1")]).unwrap();
    assert_eq!(
        stats,
        BatchStats {
            unchanged: 1,
            ..BatchStats::default()
        }
    );
    assert_eq!(json(&store), before);
}

#[test]
fn store_same_record_twice_in_one_batch() {
    let mut store = Store::open_in_memory().unwrap();
    let stats = store
        .save_batch(&[article_a("h1"), article_a("h1")])
        .unwrap();
    assert_eq!((stats.new, stats.unchanged), (1, 1));
    assert_eq!(store.stats().unwrap().n_nodes, 3);
}

#[test]
fn store_changed_article_replaces_facts() {
    // Version 2 of a.txt keeps the person, drops the ministry and its edge, adds a province.
    let a2 = record(
        "a.txt",
        "h2",
        vec![
            person("Trần Quốc Tỏ", 12),
            meeting("Hội nghị sơ kết"),
            org("Tỉnh ủy Quảng Bình", 50),
        ],
        vec![
            edge(EdgeKind::Chaired, 0, 1, None, "Trần Quốc Tỏ chủ trì."),
            edge(EdgeKind::Organized, 2, 1, None, "Tỉnh ủy tổ chức."),
        ],
    );
    let mut store = Store::open_in_memory().unwrap();
    store.save_batch(&[article_a("h1")]).unwrap();
    let stats = store.save_batch(std::slice::from_ref(&a2)).unwrap();
    assert_eq!(
        stats,
        BatchStats {
            changed: 1,
            nodes_added: 3,
            nodes_removed: 3,
            edges_added: 2,
            edges_removed: 2,
            ..BatchStats::default()
        }
    );
    // Every old fact went (its only article changed); the new ones are there, once.
    check(
        &[
            &[article_a("h1")],
            std::slice::from_ref(&a2),
            std::slice::from_ref(&a2),
        ],
        expect![[r#"
            #1 person Trần Quốc Tỏ @a.txt:12-24
            #2 meeting Hội nghị sơ kết attrs={"date": "2021-09-07", "meeting_type": "Hội nghị"} @a.txt:0-9
            #3 organization Tỉnh ủy Quảng Bình @a.txt:50-53
            #1 -chaired-> #2 @a.txt:0-21
            #3 -organized-> #2 @a.txt:0-16
        "#]],
    );
}

#[test]
fn store_changed_article_keeps_facts_of_others() {
    let b = record("b.txt", "hb", vec![org("Bộ Công an", 5)], Vec::new());
    let a2 = record("a.txt", "h2", vec![person("Trần Quốc Tỏ", 1)], Vec::new());
    check(
        &[&[article_a("h1"), b], &[a2]],
        expect![[r#"
            #3 organization Bộ Công an @b.txt:5-8
            #4 person Trần Quốc Tỏ @a.txt:1-13
        "#]],
    );
}

#[test]
fn store_changed_article_in_one_batch_keeps_facts_of_others() {
    // One batch: a.txt, then b.txt naming its ministry and its person's edge,
    // then a new a.txt. Removing the first a.txt must see b.txt's sources,
    // which the batch writes at its end (store::sources): the ministry, the
    // person and the edge b.txt supports stay, with b.txt's sources only.
    let b = record(
        "b.txt",
        "hb",
        vec![person("Trần Quốc Tỏ", 2), org("Bộ Công an", 5)],
        vec![edge(
            EdgeKind::HoldsPosition,
            0,
            1,
            Some("Thứ trưởng"),
            "Thứ trưởng Bộ Công an.",
        )],
    );
    let a2 = record("a.txt", "h2", vec![person("Lê Văn Hòa", 1)], Vec::new());
    check(
        &[&[article_a("h1"), b, a2]],
        expect![[r#"
            #1 person Trần Quốc Tỏ attrs={"rank": "Trung tướng"} @b.txt:2-14
            #3 organization Bộ Công an @b.txt:5-8
            #4 person Lê Văn Hòa @a.txt:1-11
            #1 -holds_position-> #3 {"role": "Thứ trưởng"} @b.txt:0-22
        "#]],
    );
}

#[test]
fn store_merges_across_articles() {
    let b = record(
        "b.txt",
        "hb",
        vec![
            alias(person("Trần Quốc Tỏ", 3), "Đồng chí Trần Quốc Tỏ"),
            attr(attr(org("Bộ Công an", 30), "x", "later"), "y", "new"),
        ],
        vec![edge(
            EdgeKind::HoldsPosition,
            0,
            1,
            Some("Thứ trưởng"),
            "Thứ trưởng.",
        )],
    );
    let a = article_a("h1");
    let mut a_org = a.clone();
    a_org.extraction.entities[2] = attr(org("Bộ Công an", 40), "x", "first");
    check(
        &[&[a_org, b]],
        expect![[r#"
            #1 person Trần Quốc Tỏ aliases=["Đồng chí Trần Quốc Tỏ"] attrs={"rank": "Trung tướng"} @a.txt:12-24 @b.txt:3-15
            #2 meeting Hội nghị sơ kết attrs={"date": "2021-09-07", "meeting_type": "Hội nghị"} @a.txt:0-9
            #3 organization Bộ Công an attrs={"x": "first", "y": "new"} @a.txt:40-43 @b.txt:30-33
            #1 -chaired-> #2 @a.txt:0-21
            #1 -holds_position-> #3 {"role": "Thứ trưởng"} @a.txt:0-22 @b.txt:0-11
        "#]],
    );
}

fn resolution(name: &str, primary: &str, start: usize) -> Entity {
    loose(
        ent(NodeKind::Resolution, primary, name, start, start + 5),
        "resolution|nghi quyet|12",
    )
}

#[test]
fn store_year_keeps_one_code_of_two_years_apart() {
    let doc = |file: &str, key: &str, title: Option<&str>, start: usize| {
        let mut e = resolution("Chỉ thị số 35-CT/TW", key, start);
        if let Some(title) = title {
            e = attr(e, "title", title);
        }
        record(file, file, vec![e], Vec::new())
    };
    let undated = doc("a.txt", "resolution|chi thi|35|CTTW", None, 0);
    let of_2019 = doc(
        "b.txt",
        "resolution|chi thi|35|CTTW|2019",
        Some("công tác tiếp công dân"),
        1,
    );
    let of_2024 = doc(
        "c.txt",
        "resolution|chi thi|35|CTTW|2024",
        Some("đại hội đảng bộ các cấp"),
        2,
    );
    let about_2024 = doc(
        "d.txt",
        "resolution|chi thi|35|CTTW",
        Some("đại hội đảng bộ các cấp tiến tới Đại hội XIV"),
        3,
    );
    // An undated citation stored first is adopted by the first dated document;
    // the second year gets a node of its own.
    check(
        &[&[undated.clone(), of_2019.clone(), of_2024.clone()]],
        expect![[r##"
            #1 resolution Chỉ thị số 35-CT/TW attrs={"title": "công tác tiếp công dân"} @a.txt:0-5 @b.txt:1-6
            #2 resolution Chỉ thị số 35-CT/TW attrs={"title": "đại hội đảng bộ các cấp"} @c.txt:2-7
        "##]],
    );
    // Undated after two years: joins the one about the same subject, else none.
    check(
        &[&[of_2019, of_2024], &[about_2024, undated]],
        expect![[r##"
            #1 resolution Chỉ thị số 35-CT/TW attrs={"title": "công tác tiếp công dân"} @b.txt:1-6
            #2 resolution Chỉ thị số 35-CT/TW attrs={"title": "đại hội đảng bộ các cấp"} @c.txt:2-7 @d.txt:3-8
            #3 resolution Chỉ thị số 35-CT/TW @a.txt:0-5
        "##]],
    );
}

#[test]
fn store_loose_key_joins_the_one_coded_document() {
    let coded = record(
        "a.txt",
        "ha",
        vec![resolution(
            "Nghị quyết số 12-NQ/TW",
            "resolution|nghi quyet|12|NQTW",
            0,
        )],
        Vec::new(),
    );
    let uncoded = record(
        "b.txt",
        "hb",
        vec![resolution("Nghị quyết 12", "resolution|nghi quyet|12", 7)],
        Vec::new(),
    );
    check(
        &[&[coded.clone(), uncoded.clone()]],
        expect![[r#"
            #1 resolution Nghị quyết số 12-NQ/TW aliases=["Nghị quyết 12"] @a.txt:0-5 @b.txt:7-12
        "#]],
    );
    // Uncoded first: the coded document adopts the node, taking its name.
    check(
        &[std::slice::from_ref(&uncoded), std::slice::from_ref(&coded)],
        expect![[r#"
            #1 resolution Nghị quyết số 12-NQ/TW aliases=["Nghị quyết 12"] @a.txt:0-5 @b.txt:7-12
        "#]],
    );
    // Two coded documents share the loose key: the citation joins neither.
    let other = record(
        "c.txt",
        "hc",
        vec![resolution(
            "Nghị quyết số 12-NQ/ĐUCA",
            "resolution|nghi quyet|12|NQDUCA",
            2,
        )],
        Vec::new(),
    );
    check(
        &[&[coded, other, uncoded]],
        expect![[r#"
            #1 resolution Nghị quyết số 12-NQ/TW @a.txt:0-5
            #2 resolution Nghị quyết số 12-NQ/ĐUCA @c.txt:2-7
            #3 resolution Nghị quyết 12 @b.txt:7-12
        "#]],
    );
}

#[test]
fn store_coded_document_does_not_join_another_code() {
    let a = record(
        "a.txt",
        "ha",
        vec![resolution(
            "Nghị quyết số 12-NQ/TW",
            "resolution|nghi quyet|12|NQTW",
            0,
        )],
        Vec::new(),
    );
    let b = record(
        "b.txt",
        "hb",
        vec![resolution(
            "Nghị quyết số 12-NQ/ĐUCA",
            "resolution|nghi quyet|12|NQDUCA",
            0,
        )],
        Vec::new(),
    );
    check(
        &[&[a, b]],
        expect![[r#"
            #1 resolution Nghị quyết số 12-NQ/TW @a.txt:0-5
            #2 resolution Nghị quyết số 12-NQ/ĐUCA @b.txt:0-5
        "#]],
    );
}

#[test]
fn store_stats_counts_kinds() {
    let mut store = Store::open_in_memory().unwrap();
    store.save_batch(&[article_a("h1")]).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.n_nodes, stats.n_edges), (1, 3, 2));
    assert_eq!(stats.nodes[&NodeKind::Person], 1);
    assert_eq!(stats.edges[&EdgeKind::HoldsPosition], 1);
    assert_eq!(stats.edges[&EdgeKind::PartOf], 0);
}

#[test]
fn store_file_migrates_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    {
        let mut store = Store::open(&path).unwrap();
        store.save_batch(&[article_a("h1")]).unwrap();
    }
    let conn = Connection::open(&path).unwrap();
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    drop(conn);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.stats().unwrap().n_nodes, 3);
}

#[test]
fn store_refuses_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::SchemaTooNew { found: 99, known } if known == SCHEMA_VERSION),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("new.db-wal").exists());
}

#[test]
fn store_refuses_non_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    let content = "Trần Quốc Tỏ chủ trì hội nghị.\n".repeat(50);
    std::fs::write(&path, &content).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, Error::BadDatabase { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("notes.db"), "{message}");
    assert!(message.contains("not a SQLite database"), "{message}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), content);
}

#[test]
fn store_refuses_foreign_sqlite_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE moz_places (url TEXT);")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(err.to_string().contains("another program"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn store_migrates_v1_quotes_and_search_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("v1.db");
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(include_str!("../../schema/0001_init.sql"))
            .expect("v1 schema");
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO articles (id, doc, path, hash, title, published, text, n_chars)
             VALUES (1, 'a.txt', 'a.txt', 'h', NULL, NULL, 'Ông Tỏ chủ trì hội nghị.', 24);
             INSERT INTO nodes (id, kind, key, loose_key, name, name_key)
             VALUES (1, 'person', 'person|to', NULL, 'Trần Quốc Tỏ', 'tran quoc to'),
                    (2, 'meeting', 'meeting|hoi nghi', NULL, 'Hội nghị', 'hoi nghi');
             INSERT INTO aliases (node, alias, alias_key) VALUES (1, 'Thứ trưởng Tỏ', 'thu truong to');
             INSERT INTO edges (id, kind, source, target, role) VALUES (1, 'chaired', 1, 2, ''),
                                                                        (2, 'attended', 1, 2, '');
             INSERT INTO edge_sources (edge, article, start, \"end\", quote)
             VALUES (1, 1, 0, 24, 'Ông Tỏ chủ trì hội nghị.'),
                    (2, 1, 0, 6, 'a quote of its own');",
        )
        .expect("v1 rows");
    }
    let store = Store::open(&path).expect("migrated");
    let graph = store.graph().expect("graph");
    let quotes: Vec<Option<&str>> = graph
        .edges
        .iter()
        .map(|e| e.sources[0].quote.as_deref())
        .collect();
    assert_eq!(
        quotes,
        [Some("Ông Tỏ chủ trì hội nghị."), Some("a quote of its own")]
    );
    let conn = rusqlite::Connection::open(&path).expect("reopen");
    let n_null: i64 = conn
        .query_row(
            "SELECT count(*) FROM edge_sources WHERE quotes IS NULL",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(n_null, 1);
    let own: String = conn
        .query_row("SELECT quotes FROM edge_sources WHERE edge = 2", [], |r| {
            r.get(0)
        })
        .expect("quotes");
    assert_eq!(own, r#"["a quote of its own"]"#);
    assert_eq!(
        store.exact_matches("thu truong to").expect("lookup"),
        [crate::model::NodeId(1)].into_iter().collect()
    );
    assert_eq!(
        store.lookup_candidates("quoc").expect("lookup"),
        Some([crate::model::NodeId(1)].into_iter().collect())
    );
}

#[test]
fn store_keeps_no_copy_of_quotes_that_are_the_text() {
    let mut store = Store::open_in_memory().expect("store");
    let text = "Ông Tỏ chủ trì hội nghị.";
    let mut record = record(
        "a.txt",
        "h1",
        vec![person("Tỏ", 4), meeting("Hội nghị")],
        vec![edge(EdgeKind::Chaired, 0, 1, None, text)],
    );
    record.text = text.to_string();
    store.save_batch(&[record]).expect("save");
    let n_null: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM edge_sources WHERE quotes IS NULL",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(n_null, 1);
    let graph = store.graph().expect("graph");
    assert_eq!(graph.edges[0].sources[0].quote.as_deref(), Some(text));
}

#[test]
fn store_packs_an_edges_sources_in_an_article_into_one_row() {
    // One edge stated twice in an article: once in words that are the text
    // at its offsets, once with a quote of its own. One row holds both.
    let mut store = Store::open_in_memory().expect("store");
    let text = "Ông Tỏ chủ trì hội nghị. Hội nghị do ông Tỏ chủ trì.";
    let mut again = edge(EdgeKind::Chaired, 0, 1, None, "Hội nghị do ông Tỏ chủ trì");
    again.sources[0].start = 34;
    again.sources[0].end = 51;
    let mut record = record(
        "a.txt",
        "h1",
        vec![person("Tỏ", 4), meeting("Hội nghị")],
        vec![
            edge(EdgeKind::Chaired, 0, 1, None, "Ông Tỏ chủ trì hội nghị."),
            again,
        ],
    );
    record.text = text.to_string();
    store.save_batch(&[record]).expect("save");
    let (rows, quotes): (i64, Option<String>) = store
        .conn
        .query_row("SELECT count(*), max(quotes) FROM edge_sources", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("rows");
    assert_eq!(rows, 1);
    assert_eq!(
        quotes.as_deref(),
        Some(r#"[null,"Hội nghị do ông Tỏ chủ trì"]"#)
    );
    let graph = store.graph().expect("graph");
    let sources: Vec<(usize, usize, Option<&str>)> = graph.edges[0]
        .sources
        .iter()
        .map(|s| (s.start, s.end, s.quote.as_deref()))
        .collect();
    assert_eq!(
        sources,
        [
            (0, 24, Some("Ông Tỏ chủ trì hội nghị.")),
            (34, 51, Some("Hội nghị do ông Tỏ chủ trì"))
        ]
    );
}

#[test]
fn store_write_cache_sees_another_connections_deletions() {
    // Writer A caches the nodes of a.txt; writer B then replaces a.txt with an
    // article naming someone else, which deletes those nodes. A's next batch
    // names Trần Quốc Tỏ again: it must create the node anew, not reuse the
    // deleted id from its cache.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let mut a = Store::open(&path).unwrap();
    a.save_batch(&[article_a("h1")]).unwrap();
    let mut b = Store::open(&path).unwrap();
    b.save_batch(&[one_person("a.txt", "h2", "Lê Văn Hòa")])
        .unwrap();
    let again = one_person("c.txt", "h3", "Trần Quốc Tỏ");
    a.save_batch(&[again]).unwrap();
    let graph = a.graph().unwrap();
    let names: Vec<(&str, Vec<&str>)> = graph
        .nodes
        .iter()
        .map(|n| {
            (
                n.name.as_str(),
                n.sources.iter().map(|s| s.doc.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![
            ("Lê Văn Hòa", vec!["a.txt"]),
            ("Trần Quốc Tỏ", vec!["c.txt"])
        ]
    );
}

#[test]
fn store_complete_write_cache_sees_another_connections_insertions() {
    // Writer A begins on an empty database, so its cache is complete: a key
    // or edge it does not know is not stored, and it skips those look-ups.
    // Writer B then stores a person and an edge A has not seen; A's next
    // batch names them again and must join B's node and edge, not add copies.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let mut a = Store::open(&path).unwrap();
    a.save_batch(&[article_a("h1")]).unwrap();
    let chaired = |doc: &str| {
        record(
            doc,
            "h",
            vec![person("Lê Văn Hòa", 0), meeting("Hội nghị Trung ương 6")],
            vec![edge(EdgeKind::Chaired, 0, 1, None, "Ông Hòa chủ trì")],
        )
    };
    let mut b = Store::open(&path).unwrap();
    b.save_batch(&[chaired("b.txt")]).unwrap();
    a.save_batch(&[chaired("c.txt")]).unwrap();
    let graph = a.graph().unwrap();
    let hoa: Vec<_> = graph
        .nodes
        .iter()
        .filter(|n| n.name == "Lê Văn Hòa")
        .collect();
    assert_eq!(hoa.len(), 1, "{:?}", graph.nodes);
    let docs: Vec<&str> = hoa[0].sources.iter().map(|s| s.doc.as_str()).collect();
    assert_eq!(docs, ["b.txt", "c.txt"]);
    let chairs: Vec<_> = graph
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::Chaired && e.source == hoa[0].id)
        .collect();
    assert_eq!(chairs.len(), 1, "{:?}", graph.edges);
    assert_eq!(chairs[0].sources.len(), 2);
}

#[test]
fn char_text_maps_the_offsets_it_was_given() {
    let text = "Ông Tỏ chủ trì. Hội nghị ở Hà Nội.";
    let t = super::prepare::CharText::new(text, [16, 34, 0, 6, 16, 99]);
    assert_eq!(t.slice(0, 6), Some("Ông Tỏ"));
    assert_eq!(t.slice(16, 34), Some("Hội nghị ở Hà Nội."));
    // Offsets not asked for, or past the end, give nothing.
    assert_eq!(t.slice(1, 6), None);
    assert_eq!(t.slice(16, 99), None);
    // Every char offset of a text of one- to four-byte chars (a combining
    // accent, CJK, an emoji) maps as char_indices says.
    let text = "a\u{301}ễ中😀 b\u{a0}";
    let n = text.chars().count();
    let t = super::prepare::CharText::new(text, 0..=n + 1);
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    for (i, &start) in ends.iter().enumerate() {
        for (j, &end) in ends.iter().enumerate().skip(i) {
            assert_eq!(t.slice(i, j), Some(&text[start..end]), "{i}..{j}");
        }
    }
    assert_eq!(t.slice(0, n + 1), None);
    // A text of many blocks (the walk skips whole blocks before an offset):
    // sparse offsets, some on a block's first or last char, some in runs.
    let text = "Đồng chí Tô Lâm, Tổng Bí thư 😀 chủ trì.\u{a0}a\u{301} ".repeat(40);
    let n = text.chars().count();
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let wanted: Vec<usize> = (0..=n)
        .filter(|&c| c % 7 == 0 || c % 64 < 2 || c == n)
        .collect();
    let t = super::prepare::CharText::new(&text, wanted.iter().rev().copied());
    for pair in wanted.windows(2) {
        let (i, j) = (pair[0], pair[1]);
        assert_eq!(t.slice(i, j), Some(&text[ends[i]..ends[j]]), "{i}..{j}");
    }
    assert_eq!(t.slice(0, n), Some(text.as_str()));
}

#[test]
fn save_prepared_refuses_preparations_of_other_records() {
    let mut store = Store::open_in_memory().unwrap();
    let a = article_a("h1");
    let other = one_person("b.txt", "h2", "Lê Văn A");
    let err = store
        .save_prepared(std::slice::from_ref(&a), &[super::Prepared::of(&other)])
        .unwrap_err();
    assert!(err.to_string().contains("does not belong"), "{err}");
    assert_eq!(store.stats().unwrap().articles, 0);
    // Its own preparation saves it as save_batch does.
    store
        .save_prepared(std::slice::from_ref(&a), &[super::Prepared::of(&a)])
        .unwrap();
    assert_eq!(store.stats().unwrap().articles, 1);
}

#[test]
fn bulk_writes_remove_a_changed_articles_dependent_rows_themselves() {
    // Ingest writes with foreign keys off, so no cascade runs: removing a
    // changed article's facts must delete the attributes, aliases and search
    // names of the nodes and edges it leaves unsupported.
    let mut a1 = article_a("h1");
    a1.extraction.entities[2] = alias(attr(org("Bộ Công an", 40), "abbr", "BCA"), "BCA");
    a1.extraction.edges[1]
        .attrs
        .insert("date".to_string(), "2021-09-07".to_string());
    let a2 = record("a.txt", "h2", vec![person("Trần Quốc Tỏ", 1)], Vec::new());
    let mut store = Store::open_in_memory().unwrap();
    store.for_bulk_writes().unwrap();
    store.save_batch(&[a1]).unwrap();
    let count =
        |store: &Store, sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert!(count(&store, "SELECT count(*) FROM aliases") > 0);
    assert!(count(&store, "SELECT count(*) FROM edge_attrs") > 0);
    store.save_batch(&[a2]).unwrap();
    assert_eq!(
        count(&store, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    for (table, column, parent) in [
        ("aliases", "node", "nodes"),
        ("node_attrs", "node", "nodes"),
        ("search_names", "node", "nodes"),
        ("edge_attrs", "edge", "edges"),
    ] {
        let orphans = count(
            &store,
            &format!(
                "SELECT count(*) FROM {table} WHERE {column} NOT IN (SELECT id FROM {parent})"
            ),
        );
        assert_eq!(orphans, 0, "{table}");
    }
    // The trigram index lost the removed names too.
    assert_eq!(
        count(
            &store,
            r#"SELECT count(*) FROM search_trigrams WHERE search_trigrams MATCH '"con" AND "ong"'"#
        ),
        0
    );
}

/// The indexes of a database, name and definition.
fn indexes(store: &Store) -> BTreeSet<(String, String)> {
    let mut stmt = store
        .conn
        .prepare("SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE type = 'index'")
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// The deferred indexes the database has.
fn has_deferred(store: &Store) -> BTreeSet<&'static str> {
    let all = indexes(store);
    deferred::INDEXES
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| all.iter().any(|(n, _)| n == name))
        .collect()
}

/// Rows of the trigram index and of the search names it indexes.
fn trigram_rows(store: &Store) -> (i64, i64) {
    let count = |sql: &str| -> i64 { store.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    (
        count("SELECT count(*) FROM search_trigrams_docsize"),
        count("SELECT count(*) FROM search_names"),
    )
}

#[test]
fn deferred_indexes_are_defined_as_the_schema_defines_them() {
    // A build must give back the migrations' indexes, not others.
    let store = Store::open_in_memory().unwrap();
    let all = indexes(&store);
    for (name, sql) in deferred::INDEXES {
        assert!(
            all.contains(&(name.to_string(), sql.to_string())),
            "{name}: {sql}\nschema: {all:?}"
        );
    }
}

#[test]
fn fresh_bulk_ingest_builds_deferred_indexes_at_its_end() {
    let mut store = Store::open_in_memory().unwrap();
    let schema = indexes(&store);
    store.for_bulk_writes().unwrap();
    store.save_batch(&[article_a("h1")]).unwrap();
    // Dropped while the ingest runs, and the trigram index not synced yet...
    assert_eq!(has_deferred(&store), BTreeSet::new());
    let (indexed, names) = trigram_rows(&store);
    assert!(indexed < names, "{indexed} of {names}");
    store
        .save_batch(&[one_person("b.txt", "h2", "Lê Văn Hòa")])
        .unwrap();
    // ...and built at its end, as the schema has them, with every name searchable.
    store.finish_bulk().unwrap();
    assert_eq!(indexes(&store), schema);
    let (indexed, names) = trigram_rows(&store);
    assert_eq!(indexed, names);
    assert_eq!(
        store.lookup_candidates("van hoa").unwrap().map(|c| c.len()),
        Some(1)
    );
}

#[test]
fn bulk_ingest_into_a_database_with_nodes_keeps_its_indexes() {
    // Dropping and building the indexes of a large database would cost more
    // than a small ingest into it saves.
    let mut store = Store::open_in_memory().unwrap();
    store.save_batch(&[article_a("h1")]).unwrap();
    store.for_bulk_writes().unwrap();
    store
        .save_batch(&[one_person("b.txt", "h2", "Lê Văn Hòa")])
        .unwrap();
    assert_eq!(has_deferred(&store).len(), deferred::INDEXES.len());
}

#[test]
fn deferred_indexes_change_nothing_stored() {
    // The same batches, one of them changing an article of the first, into a
    // bulk store (indexes deferred, then built when the change needs them)
    // and a plain one: the same graph, the same search answers.
    let batches = [
        vec![article_a("h1")],
        vec![one_person("b.txt", "h2", "Lê Văn Hòa")],
        vec![
            one_person("a.txt", "h3", "Lê Văn Hòa"),
            one_person("c.txt", "h4", "Trần Quốc Tỏ"),
        ],
    ];
    let mut plain = Store::open_in_memory().unwrap();
    let mut bulk = Store::open_in_memory().unwrap();
    bulk.for_bulk_writes().unwrap();
    for (i, batch) in batches.iter().enumerate() {
        plain.save_batch(batch).unwrap();
        bulk.save_batch(batch).unwrap();
        // The change in the last batch built them before removing a.txt's facts.
        assert_eq!(has_deferred(&bulk).is_empty(), i < 2, "batch {i}");
    }
    bulk.finish_bulk().unwrap();
    assert_eq!(render(&bulk), render(&plain));
    assert_eq!(indexes(&bulk), indexes(&plain));
    for query in ["tran quoc to", "le van hoa", "bo cong an"] {
        assert_eq!(
            bulk.lookup_candidates(query).unwrap(),
            plain.lookup_candidates(query).unwrap(),
            "{query}"
        );
    }
}

/// A database file, with a fresh ingest that has saved `article_a` and so
/// dropped the deferred indexes (the directory deletes the file when dropped).
fn fresh_ingest_on_disk() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.db");
    let mut store = Store::open(&path).unwrap();
    store.for_bulk_writes().unwrap();
    store.save_batch(&[article_a("h1")]).unwrap();
    assert_eq!(has_deferred(&store), BTreeSet::new());
    (dir, path, store)
}

#[test]
fn killed_fresh_ingest_gets_its_indexes_back_on_the_next_opening() {
    let schema = indexes(&Store::open_in_memory().unwrap());
    let (_dir, path, store) = fresh_ingest_on_disk();
    // Killed: neither `finish_bulk` nor the drop runs.
    std::mem::forget(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(indexes(&store), schema);
    let (indexed, names) = trigram_rows(&store);
    assert_eq!(indexed, names);
}

#[test]
fn opening_during_a_fresh_ingest_does_not_wait_to_build_its_indexes() {
    // A query opened while the ingest that dropped the indexes holds the
    // write lock neither waits for it nor fails; the ingest builds them.
    let (_dir, path, ingest) = fresh_ingest_on_disk();
    ingest.conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let reader = Store::open(&path).unwrap();
    assert!(started.elapsed() < BUSY_TIMEOUT, "{:?}", started.elapsed());
    assert_eq!(has_deferred(&reader), BTreeSet::new());
    assert_eq!(reader.stats().unwrap().n_nodes, 3);
    ingest.conn.execute_batch("COMMIT").unwrap();
    drop(ingest);
    assert_eq!(has_deferred(&reader).len(), deferred::INDEXES.len());
}

#[test]
fn a_writer_beside_a_fresh_ingest_builds_the_indexes_before_its_look_ups() {
    // Writer B opens while the fresh ingest A holds the write lock, so B's
    // opening leaves the indexes to A; B's first batch, whose cache is not
    // complete, looks nodes up and must build them first.
    let (_dir, path, a) = fresh_ingest_on_disk();
    a.conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut b = Store::open(&path).unwrap();
    a.conn.execute_batch("COMMIT").unwrap();
    assert_eq!(has_deferred(&b), BTreeSet::new());
    b.save_batch(&[record(
        "b.txt",
        "h2",
        vec![person("Trần Quốc Tỏ", 0)],
        Vec::new(),
    )])
    .unwrap();
    assert_eq!(has_deferred(&b).len(), deferred::INDEXES.len());
    let graph = b.graph().unwrap();
    let to: Vec<Vec<&str>> = graph
        .nodes
        .iter()
        .filter(|n| n.name == "Trần Quốc Tỏ")
        .map(|n| n.sources.iter().map(|s| s.doc.as_str()).collect())
        .collect();
    assert_eq!(to, [["a.txt", "b.txt"]]);
    drop(a);
    assert_eq!(has_deferred(&b).len(), deferred::INDEXES.len());
}

#[test]
fn opening_succeeds_when_the_indexes_cannot_be_built() {
    // A failed build (here the unique edge index meets a duplicate written
    // behind the store's back) leaves the database usable, without that index.
    let (_dir, path, store) = fresh_ingest_on_disk();
    std::mem::forget(store);
    Connection::open(&path)
        .unwrap()
        .execute_batch(
            "INSERT INTO edges (kind, source, target, role)
             SELECT kind, source, target, role FROM edges LIMIT 1",
        )
        .unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.stats().unwrap().n_edges, 3);
    assert!(!has_deferred(&store).contains("edges_by_source"));
}
