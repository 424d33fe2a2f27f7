//! Tests of the queries over the shared fixture graph: one `check` per request
//! kind rendering the human text, and the no-match and ambiguous cases of each.

use expect_test::{expect, Expect};

use super::*;
use crate::graph::fixture;

/// The fixture with the seeds' article dates (two of them are undated).
fn graph() -> KnowledgeGraph {
    KnowledgeGraph::from_document(fixture::document()).with_article_dates(dates())
}

/// The seeds' article dates.
fn dates() -> [(String, Option<String>); 3] {
    [
        (
            "000_e8a868fe77b78c13.txt".to_string(),
            Some("2021-09-07".to_string()),
        ),
        ("001_08bf44569f6f14bc.txt".to_string(), None),
        (
            "002_5a1154b3da28aced.txt".to_string(),
            Some("2021-12-08".to_string()),
        ),
    ]
}

/// Renders the answer to `request`, or the error's message.
#[track_caller]
fn check(request: Request, expect: Expect) {
    let actual = match answer(&graph(), &request) {
        Ok(answer) => answer.render_text(),
        Err(err) => format!("error: {err}\n"),
    };
    expect.assert_eq(&actual);
}

/// Whether answering `request` fails with an ambiguity / not-found error.
#[track_caller]
fn assert_error(request: Request, ambiguous: bool) {
    match answer(&graph(), &request) {
        Err(Error::Ambiguous { candidates, .. }) if ambiguous => assert!(candidates.len() > 1),
        Err(Error::NotFound { .. }) if !ambiguous => {}
        other => panic!(
            "expected {} for {request:?}, got {other:?}",
            if ambiguous { "ambiguity" } else { "not found" }
        ),
    }
}

fn who(meeting: &str) -> Request {
    Request::WhoChaired {
        meeting: meeting.to_string(),
        limit: None,
    }
}

fn meetings_filtered(
    chaired_by: Option<&str>,
    organized_by: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> Request {
    Request::Meetings {
        chaired_by: chaired_by.map(str::to_string),
        attended_by: None,
        organized_by: organized_by.map(str::to_string),
        discussed: None,
        from: from.map(str::to_string),
        to: to.map(str::to_string),
    }
}

fn trace_of(doc: &str) -> Request {
    Request::Trace {
        doc: doc.to_string(),
        depth: None,
        way: TraceWay::Both,
        limit: None,
    }
}

fn show_of(entity: &str) -> Request {
    Request::Show {
        entity: entity.to_string(),
        limit: None,
    }
}

fn search_for(text: &str, kind: Option<NodeKind>) -> Request {
    Request::Search {
        text: text.to_string(),
        kind,
    }
}

#[test]
fn query_who_chaired_by_date() {
    check(
        who("7/9/2021"),
        expect![[r#"
            meetings matching "7/9/2021": 1

            2021-09-07  Hội thảo  Hội thảo trực tuyến về dự thảo Quy chế phối hợp #30
              chaired by  Trần Quốc Tỏ #1
                  2021-09-07 000_e8a868fe77b78c13.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
        "#]],
    );
}

#[test]
fn query_who_chaired_by_words_and_noise() {
    check(
        who("hội nghị ngày 7-12"),
        expect![[r#"
            meetings matching "hội nghị ngày 7-12": 1

            2021-12-07  Hội nghị  Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021 #31
              chaired by  Trần Quốc Tỏ #1
                  2021-12-08 002_5a1154b3da28aced.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
        "#]],
    );
    check(
        who("Hội nghị"),
        expect![[r#"
            meetings matching "Hội nghị": 2

            2023-01-05  Hội nghị  Hội nghị quán triệt Quyết định số 90-QĐ/TW #32
              chaired by  Tô Lâm #2
                  undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."

            2021-12-07  Hội nghị  Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021 #31
              chaired by  Trần Quốc Tỏ #1
                  2021-12-08 002_5a1154b3da28aced.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
        "#]],
    );
}

#[test]
fn query_who_chaired_no_match() {
    assert_error(who("Hội nghị 1/1/2020"), false);
    assert_error(who("Lễ kỷ niệm"), false);
}

#[test]
fn query_who_chaired_unstated_chair_is_empty() {
    let answer = answer(&graph(), &who("2021-09-07")).expect("meeting");
    assert!(!answer.is_empty());
    let answer = super::answer(&graph(), &who("--10-28")).expect("meeting");
    assert!(answer.is_empty());
}

#[test]
fn query_meetings_filters() {
    check(
        meetings_filtered(Some("tran quoc to"), None, None, None),
        expect![[r#"
            meetings (chaired by #1 person Trần Quốc Tỏ (Trung tướng)): 2

            date        type      organiser                       chairs           article                   meeting
            2021-12-07  Hội nghị  Bộ Công an #10                  Trần Quốc Tỏ #1  002_5a1154b3da28aced.txt  Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021 #31
                2021-12-08 002_5a1154b3da28aced.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
            2021-09-07  Hội thảo  Đảng ủy Công an Trung ương #12  Trần Quốc Tỏ #1  000_e8a868fe77b78c13.txt  Hội thảo trực tuyến về dự thảo Quy chế phối hợp #30
                2021-09-07 000_e8a868fe77b78c13.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
        "#]],
    );
    check(
        meetings_filtered(None, None, Some("2021-10"), Some("2022")),
        expect![[r#"
            meetings (from 2021-10; to 2022): 1

            date        type      organiser       chairs           article                   meeting
            2021-12-07  Hội nghị  Bộ Công an #10  Trần Quốc Tỏ #1  002_5a1154b3da28aced.txt  Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021 #31
                2021-12-08 002_5a1154b3da28aced.txt  "Ngày 7-12, Bộ Công an tổ chức Hội nghị giao ban công tác Đảng và công tác chính trị Công an nhân dân (CAND) năm 2021."
        "#]],
    );
    check(
        meetings_filtered(None, Some("Đảng uỷ Công an TW"), None, None),
        expect![[r#"
            meetings (organised by #12 organization Đảng ủy Công an Trung ương): 2

            date        type      organiser                       chairs           article                   meeting
            2021-09-07  Hội thảo  Đảng ủy Công an Trung ương #12  Trần Quốc Tỏ #1  000_e8a868fe77b78c13.txt  Hội thảo trực tuyến về dự thảo Quy chế phối hợp #30
                2021-09-07 000_e8a868fe77b78c13.txt  "Sáng 7/9/2021, Đảng ủy Công an Trung ương tổ chức hội thảo trực tuyến toàn quốc."
            --10-28     Hội thảo  Đảng ủy Công an Trung ương #12  -                004_36d0775449bcde8e.txt  Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng #33
                undated 004_36d0775449bcde8e.txt  "Ngày 28/10, Đảng ủy Công an Trung ương tổ chức Hội thảo chuyên đề, quán triệt Nghị quyết số 12-NQ/TW."
        "#]],
    );
}

#[test]
fn query_meetings_all_newest_first() {
    check(
        meetings_filtered(None, None, None, None),
        expect![[r#"
            meetings: 4

            date        type      organiser                       chairs           article                   meeting
            2023-01-05  Hội nghị  -                               Tô Lâm #2        001_08bf44569f6f14bc.txt  Hội nghị quán triệt Quyết định số 90-QĐ/TW #32
                undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
            2021-12-07  Hội nghị  Bộ Công an #10                  Trần Quốc Tỏ #1  002_5a1154b3da28aced.txt  Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021 #31
                2021-12-08 002_5a1154b3da28aced.txt  "Ngày 7-12, Bộ Công an tổ chức Hội nghị giao ban công tác Đảng và công tác chính trị Công an nhân dân (CAND) năm 2021."
            2021-09-07  Hội thảo  Đảng ủy Công an Trung ương #12  Trần Quốc Tỏ #1  000_e8a868fe77b78c13.txt  Hội thảo trực tuyến về dự thảo Quy chế phối hợp #30
                2021-09-07 000_e8a868fe77b78c13.txt  "Sáng 7/9/2021, Đảng ủy Công an Trung ương tổ chức hội thảo trực tuyến toàn quốc."
            --10-28     Hội thảo  Đảng ủy Công an Trung ương #12  -                004_36d0775449bcde8e.txt  Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng #33
                undated 004_36d0775449bcde8e.txt  "Ngày 28/10, Đảng ủy Công an Trung ương tổ chức Hội thảo chuyên đề, quán triệt Nghị quyết số 12-NQ/TW."
        "#]],
    );
}

#[test]
fn query_meetings_errors() {
    assert_error(
        meetings_filtered(Some("Nguyễn Văn An"), None, None, None),
        true,
    );
    assert_error(
        meetings_filtered(Some("Phạm Minh Chính"), None, None, None),
        false,
    );
    check(
        meetings_filtered(None, None, Some("tháng 9"), None),
        expect![[r#"
            error: invalid date 'tháng 9' for --from; expected YYYY, YYYY-MM or YYYY-MM-DD
        "#]],
    );
    let nothing = answer(
        &graph(),
        &meetings_filtered(Some("Tô Lâm"), None, Some("2024"), None),
    )
    .expect("answer");
    assert!(nothing.is_empty());
}

#[test]
fn query_trace_resolution_both_ways() {
    check(
        trace_of("NQ 12"),
        expect![[r#"
            Nghị quyết số 12-NQ/TW #20
              code      NQ/TW
              date      2022-03-16
              doc_type  Nghị quyết
              number    12
              aliases   Nghị quyết 12; Nghị quyết số 12

            issued by
              Bộ Chính trị #11
                  undated 001_08bf44569f6f14bc.txt  "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị thực hiện Nghị quyết Đại hội XIII của Đảng."

            implements (up to the root)
              └─ Nghị quyết Đại hội XIII của Đảng #25
                    undated 001_08bf44569f6f14bc.txt  "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị thực hiện Nghị quyết Đại hội XIII của Đảng."

            implemented by
              └─ Kế hoạch số 118-KH/ĐUCA #21 · issued by Đảng ủy Công an Trung ương #12
                    undated 004_36d0775449bcde8e.txt  "Đảng ủy Công an Trung ương ban hành Kế hoạch số 118-KH/ĐUCA thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị."

            supersedes
              none

            superseded by
              none

            discussed at
              --10-28  Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng #33
                  undated 004_36d0775449bcde8e.txt  "Ngày 28/10, Đảng ủy Công an Trung ương tổ chức Hội thảo chuyên đề, quán triệt Nghị quyết số 12-NQ/TW."
        "#]],
    );
    check(
        trace_of("Quy định 126"),
        expect![[r#"
            Quy định số 126-QĐ/TW #23
              code      QĐ/TW
              date      2018-02-28
              doc_type  Quy định
              number    126

            issued by
              none

            implements (up to the root)
              none

            implemented by
              none

            supersedes
              none

            superseded by
              └─ 2022-02-08  Quy định số 58-QĐ/TW #22
                    undated 004_36d0775449bcde8e.txt  "Quy định số 58-QĐ/TW thay thế Quy định số 126-QĐ/TW."

            discussed at
              none
        "#]],
    );
}

#[test]
fn query_trace_errors() {
    assert_error(trace_of("Nghị quyết 99"), false);
    assert_error(trace_of("QĐ/TW"), true);
    // A person is not a document.
    assert_error(trace_of("Tô Lâm"), false);
}

#[test]
fn query_trace_depth_and_cycle() {
    use fixture::{edge, node};
    let mut doc = fixture::document();
    doc.edges.push(edge(
        EdgeKind::Implements,
        25,
        21,
        None,
        "x.txt",
        "vòng lặp",
    ));
    doc.edges
        .push(edge(EdgeKind::Implements, 21, 77, None, "x.txt", "thiếu"));
    doc.nodes.push(node(
        26,
        NodeKind::Resolution,
        "Nghị quyết số 13-NQ/TW",
        &[],
        &[],
        "x.txt",
    ));
    let g = KnowledgeGraph::from_document(doc);
    let text = answer(&g, &trace_of("Kế hoạch 118"))
        .expect("trace")
        .render_text();
    expect![[r#"
        Kế hoạch số 118-KH/ĐUCA #21
          code      KH/ĐUCA
          doc_type  Kế hoạch
          number    118

        issued by
          Đảng ủy Công an Trung ương #12
              undated 004_36d0775449bcde8e.txt  "Đảng ủy Công an Trung ương ban hành Kế hoạch số 118-KH/ĐUCA thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị."

        implements (up to the root)
          └─ 2022-03-16  Nghị quyết số 12-NQ/TW #20 · issued by Bộ Chính trị #11 · discussed at Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng #33 (--10-28)
                undated 004_36d0775449bcde8e.txt  "Đảng ủy Công an Trung ương ban hành Kế hoạch số 118-KH/ĐUCA thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị."
             └─ Nghị quyết Đại hội XIII của Đảng #25
                   undated 001_08bf44569f6f14bc.txt  "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị thực hiện Nghị quyết Đại hội XIII của Đảng."
                └─ Kế hoạch số 118-KH/ĐUCA #21 · issued by Đảng ủy Công an Trung ương #12 [cycle: already on this branch]
                      undated x.txt  "vòng lặp"
                      links to #77, which is not in the graph

        implemented by
          └─ Nghị quyết Đại hội XIII của Đảng #25
                undated x.txt  "vòng lặp"
             └─ 2022-03-16  Nghị quyết số 12-NQ/TW #20 · issued by Bộ Chính trị #11 · discussed at Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng #33 (--10-28)
                   undated 001_08bf44569f6f14bc.txt  "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị thực hiện Nghị quyết Đại hội XIII của Đảng."
                └─ Kế hoạch số 118-KH/ĐUCA #21 · issued by Đảng ủy Công an Trung ương #12 [cycle: already on this branch]
                      undated 004_36d0775449bcde8e.txt  "Đảng ủy Công an Trung ương ban hành Kế hoạch số 118-KH/ĐUCA thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị."

        supersedes
          none

        superseded by
          none

        discussed at
          none

        missing links
          implements #77, which is not in the graph
    "#]].assert_eq(&text);
    let limited = answer(
        &g,
        &Request::Trace {
            doc: "#25".to_string(),
            depth: Some(1),
            way: TraceWay::Both,
            limit: None,
        },
    )
    .expect("trace")
    .render_text();
    assert!(limited.contains("[more beyond --depth]"), "{limited}");
}

#[test]
fn query_trace_limit_keeps_the_newest_and_counts_the_rest() {
    use fixture::{edge, node};
    let mut doc = fixture::document();
    // Three more plans implement Nghị quyết số 12-NQ/TW (#20), with #21.
    for (id, number, date) in [
        (90, "5", "2022-05-01"),
        (91, "7", "2023-01-09"),
        (92, "9", "2021-12-30"),
    ] {
        let name = format!("Kế hoạch số {number}-KH/TU");
        doc.nodes.push(node(
            id,
            NodeKind::Resolution,
            &name,
            &[],
            &[("date", date), ("doc_type", "Kế hoạch"), ("number", number)],
            "x.txt",
        ));
        doc.edges
            .push(edge(EdgeKind::Implements, id, 20, None, "x.txt", &name));
    }
    let g = KnowledgeGraph::from_document(doc);
    let request = |limit| Request::Trace {
        doc: "#20".to_string(),
        depth: None,
        way: TraceWay::Down,
        limit,
    };
    let Answer::Trace(all) = answer(&g, &request(None)).expect("trace") else {
        panic!("not a trace");
    };
    assert_eq!(all.implemented_by.len(), 4);
    let Answer::Trace(two) = answer(&g, &request(Some(2))).expect("trace") else {
        panic!("not a trace");
    };
    // The newest two (dated 2022-05-01 and 2023-01-09), earliest first.
    let ids: Vec<i64> = two.implemented_by.iter().map(|n| n.document.id.0).collect();
    assert_eq!(ids, vec![90, 91]);
    assert_eq!(two.more, [0, 2, 0, 0]);
    let text = Answer::Trace(two).render_text();
    assert!(
        text.contains("… 2 earlier documents not shown (--limit 0 shows all)"),
        "{text}"
    );
}

#[test]
fn query_show_limit_keeps_the_most_recent_per_section_and_counts_the_rest() {
    use fixture::{edge, node};
    let mut doc = fixture::document();
    // Tô Lâm (#2) attends three more meetings.
    for (id, date) in [(90, "2022-05-01"), (91, "2023-02-09"), (92, "2021-12-30")] {
        let name = format!("Hội nghị số {id}");
        doc.nodes.push(node(
            id,
            NodeKind::Meeting,
            &name,
            &[],
            &[("date", date), ("meeting_type", "Hội nghị")],
            "x.txt",
        ));
        doc.edges.push(edge(
            EdgeKind::Attended,
            2,
            id,
            None,
            "x.txt",
            "Tô Lâm dự hội nghị.",
        ));
    }
    let g = KnowledgeGraph::from_document(doc);
    let request = |limit| Request::Show {
        entity: "#2".to_string(),
        limit,
    };
    let Answer::Show(all) = answer(&g, &request(None)).expect("show") else {
        panic!("not a profile");
    };
    assert!(all.sections.iter().all(|s| s.more == 0));
    let Answer::Show(two) = answer(&g, &request(Some(2))).expect("show") else {
        panic!("not a profile");
    };
    let section = |p: &Profile, title: &str| {
        p.sections.iter().find(|s| s.title == title).map(|s| {
            (
                s.facts.iter().map(|f| f.entity.id.0).collect::<Vec<_>>(),
                s.more,
            )
        })
    };
    // The newest two meetings, newest first; one left out.
    assert_eq!(section(&two, "attended"), Some((vec![91, 90], 1)));
    // Three posts, all reported by the same undated article: two kept, in
    // timeline order; the section with one fact is whole.
    assert_eq!(
        section(&two, "posts held (earliest report first)").map(|s| (s.0.len(), s.1)),
        Some((2, 1))
    );
    assert_eq!(section(&two, "chaired"), section(&all, "chaired"));
    let text = Answer::Show(two).render_text();
    assert!(
        text.contains("  … and 1 reported earlier (--limit 0 shows all)"),
        "{text}"
    );
}

#[test]
fn query_quote_fills_what_a_graph_loaded_without_quotes_lacks() {
    let whole = answer(&graph(), &show_of("#2")).expect("show");
    // The same graph with every edge quote left out, as a subgraph loads it.
    let mut doc = fixture::document();
    let mut texts: HashMap<(String, usize, usize), String> = HashMap::new();
    for edge in &mut doc.edges {
        for source in &mut edge.sources {
            if let Some(quote) = source.quote.take() {
                texts.insert((source.doc.clone(), source.start, source.end), quote);
            }
        }
    }
    let bare = KnowledgeGraph::from_document(doc).with_article_dates(dates());
    let mut quoted = answer(&bare, &show_of("#2")).expect("show");
    assert_ne!(quoted, whole);
    let mut asked = Vec::new();
    quoted
        .quote(false, |wanted| {
            asked.extend(wanted.keys().cloned());
            Ok(wanted
                .into_iter()
                .flat_map(|(doc, spans)| spans.into_iter().map(move |(s, e)| (doc.clone(), s, e)))
                .filter_map(|key| texts.get(&key).map(|text| (key, text.clone())))
                .collect())
        })
        .expect("quote");
    assert_eq!(quoted, whole);
    assert_eq!(asked, vec!["001_08bf44569f6f14bc.txt".to_string()]);
    // Nothing left to quote: the store is not asked again.
    quoted
        .quote(false, |_| panic!("asked for quotes"))
        .expect("quote");
}

#[test]
fn query_show_person() {
    check(
        show_of("Lâm Tô"),
        expect![[r##"
            #2 person Tô Lâm
              rank      Đại tướng
              articles  001_08bf44569f6f14bc.txt

            posts held (earliest report first)
              undated  Bí thư     Đảng ủy Công an Trung ương #12
                  undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
              undated  Bộ trưởng  Bộ Công an #10
                  undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
              undated  Ủy viên    Bộ Chính trị #11
                  undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."

            chaired
              2023-01-05  Hội nghị quán triệt Quyết định số 90-QĐ/TW #32
                  undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
        "##]],
    );
}

#[test]
fn query_show_organization() {
    check(
        show_of("BCA"),
        expect![[r##"
            #10 organization Bộ Công an
              aliases   BCA
              articles  000_e8a868fe77b78c13.txt

            members
              undated     Bộ trưởng   Tô Lâm #2
                  undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
              2021-09-07  Thứ trưởng  Trần Quốc Tỏ #1
                  2021-09-07 000_e8a868fe77b78c13.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."

            meetings organised
              2021-12-07  Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021 #31
                  2021-12-08 002_5a1154b3da28aced.txt  "Ngày 7-12, Bộ Công an tổ chức Hội nghị giao ban công tác Đảng và công tác chính trị Công an nhân dân (CAND) năm 2021."
        "##]],
    );
}

#[test]
fn query_show_resolution_and_meeting() {
    check(
        show_of("Quyết định số 90"),
        expect![[r##"
            #24 resolution Quyết định số 90-QĐ/TW
              code      QĐ/TW
              date      2022-12-06
              doc_type  Quyết định
              number    90
              aliases   Quyết định số 90
              articles  001_08bf44569f6f14bc.txt

            issued by
              Ban Bí thư #14
                  undated 001_08bf44569f6f14bc.txt  "Hội nghị quán triệt Quyết định số 90-QĐ/TW của Ban Bí thư."

            discussed at
              2023-01-05  Hội nghị quán triệt Quyết định số 90-QĐ/TW #32
                  undated 001_08bf44569f6f14bc.txt  "Hội nghị quán triệt Quyết định số 90-QĐ/TW của Ban Bí thư."
        "##]],
    );
    check(
        show_of("#31"),
        expect![[r##"
            #31 meeting Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021
              date          2021-12-07
              meeting_type  Hội nghị
              place         Hà Nội
              articles      002_5a1154b3da28aced.txt

            organised by
              Bộ Công an #10
                  2021-12-08 002_5a1154b3da28aced.txt  "Ngày 7-12, Bộ Công an tổ chức Hội nghị giao ban công tác Đảng và công tác chính trị Công an nhân dân (CAND) năm 2021."

            chaired by
              Trần Quốc Tỏ #1
                  2021-12-08 002_5a1154b3da28aced.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."

            speakers
              Nguyễn Văn An #5
                  2021-12-08 002_5a1154b3da28aced.txt  "Đồng chí Nguyễn Văn An phát biểu tham luận tại Hội nghị."
        "##]],
    );
}

#[test]
fn query_show_errors() {
    assert_error(show_of("Nguyễn Văn An"), true);
    check(
        show_of("Trần Quốc Toản"),
        expect![[r#"
        error: no entity matches 'Trần Quốc Toản'; did you mean: Trần Quốc Tỏ (#1)?
    "#]],
    );
}

#[test]
fn query_search_ranks_matches() {
    check(
        search_for("cong an", None),
        expect![[r#"
        search "cong an": 2 hits

        #10  organization  words_ascii  Bộ Công an
        #12  organization  words_ascii  Đảng ủy Công an Trung ương
    "#]],
    );
    check(
        search_for("to", Some(NodeKind::Person)),
        expect![[r#"
        search "to" person: 2 hits

        #1  person  words_ascii  Trần Quốc Tỏ
        #2  person  words_ascii  Tô Lâm
    "#]],
    );
}

#[test]
fn query_search_no_match_is_empty() {
    let answer = answer(&graph(), &search_for("không có", None)).expect("search");
    assert!(answer.is_empty());
    expect![[r#"
        search "không có": 0 hits
    "#]]
    .assert_eq(&answer.render_text());
}

#[test]
fn query_answer_json_field_names() {
    let answer = answer(&graph(), &who("7/9/2021")).expect("meeting");
    let json = serde_json::to_string_pretty(&answer).expect("json");
    expect![[r#"
        {
          "answer": "who_chaired",
          "query": "7/9/2021",
          "total": 1,
          "meetings": [
            {
              "meeting": {
                "id": 30,
                "kind": "meeting",
                "name": "Hội thảo trực tuyến về dự thảo Quy chế phối hợp",
                "date": "2021-09-07"
              },
              "meeting_type": "Hội thảo",
              "chairs": [
                {
                  "relation": "chaired",
                  "entity": {
                    "id": 1,
                    "kind": "person",
                    "name": "Trần Quốc Tỏ"
                  },
                  "reported": [
                    "2021-09-07"
                  ],
                  "evidence": [
                    {
                      "doc": "000_e8a868fe77b78c13.txt",
                      "date": "2021-09-07",
                      "quote": "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
                    }
                  ]
                }
              ]
            }
          ]
        }"#]].assert_eq(&json);
}

#[test]
fn query_dates_parse_day_first_and_iso() {
    let iso = |t: &str| parse_date(t).map(|d| d.to_iso());
    assert_eq!(iso("7/9/2021").as_deref(), Some("2021-09-07"));
    assert_eq!(iso("7-12").as_deref(), Some("--12-07"));
    assert_eq!(iso("9/2021").as_deref(), Some("2021-09"));
    assert_eq!(iso("2021-09-07").as_deref(), Some("2021-09-07"));
    assert_eq!(iso("31/2/2021"), None);
    assert_eq!(iso("12-NQ"), None);
}

#[test]
fn query_meetings_by_attendee_and_document() {
    let request = Request::Meetings {
        chaired_by: None,
        attended_by: Some("#4".to_string()),
        organized_by: None,
        discussed: Some("Nghị quyết 12".to_string()),
        from: None,
        to: None,
    };
    check(
        request,
        expect![[r#"
            meetings (attended by #4 person Nguyễn Văn An (Thượng tá); discussed #20 resolution Nghị quyết số 12-NQ/TW (2022-03-16)): 1

            date     type      organiser                       chairs  article                   meeting
            --10-28  Hội thảo  Đảng ủy Công an Trung ương #12  -       004_36d0775449bcde8e.txt  Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng #33
                undated 004_36d0775449bcde8e.txt  "Thượng tá Nguyễn Văn An tham dự Hội thảo." (+1 more sentence)
        "#]],
    );
    let ambiguous = Request::Meetings {
        chaired_by: None,
        attended_by: Some("Nguyễn Văn An".to_string()),
        organized_by: None,
        discussed: None,
        from: None,
        to: None,
    };
    assert_error(ambiguous, true);
}

fn holders_of(role: &str, of: Option<&str>) -> Request {
    Request::Holders {
        role: role.to_string(),
        of: of.map(str::to_string),
    }
}

fn path_of(from: &str, to: &str) -> Request {
    Request::Path {
        from: from.to_string(),
        to: to.to_string(),
    }
}

#[test]
fn query_holders_by_role_and_body() {
    check(
        holders_of("thu truong", None),
        expect![[r#"
            holders of "thu truong": 1

            reported    role        person           body
            2021-09-07  Thứ trưởng  Trần Quốc Tỏ #1  Bộ Công an #10
                2021-09-07 000_e8a868fe77b78c13.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
        "#]],
    );
    check(
        holders_of("Ủy viên", Some("BCT")),
        expect![[r#"
            holders of "Ủy viên" of Bộ Chính trị #11: 1

            reported  role     person     body
            undated   Ủy viên  Tô Lâm #2  Bộ Chính trị #11
                undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
        "#]],
    );
    check(
        holders_of("Bí thư", None),
        expect![[r#"
        holders of "Bí thư": 1

        reported  role    person     body
        undated   Bí thư  Tô Lâm #2  Đảng ủy Công an Trung ương #12
            undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
    "#]],
    );
    check(
        holders_of("Giám đốc", None),
        expect![[r#"
        error: no entity matches 'Giám đốc'; did you mean: Bí thư, Bộ trưởng, Ủy viên, Thứ trưởng?
    "#]],
    );
    assert_error(holders_of("Thứ trưởng", Some("Bộ Ngoại giao")), false);
    assert_error(holders_of("Thứ trưởng", Some("Bộ")), true);
}

#[test]
fn query_path_between_entities() {
    check(
        path_of("Trần Quốc Tỏ", "Lâm Tô"),
        expect![[r#"
        Trần Quốc Tỏ #1 → Tô Lâm #2: 2 links

        1.  Trần Quốc Tỏ #1  ─holds_position (Thứ trưởng)→  Bộ Công an #10
            2021-09-07 000_e8a868fe77b78c13.txt  "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an."
        2.  Tô Lâm #2        ─holds_position (Bộ trưởng)→   Bộ Công an #10
            undated 001_08bf44569f6f14bc.txt  "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị."
    "#]],
    );
    check(
        path_of("#1", "#22"),
        expect![[r#"
        Trần Quốc Tỏ #1 and Quy định số 58-QĐ/TW #22 are not linked by any chain of relations
    "#]],
    );
    check(
        path_of("Kế hoạch 118", "Kế hoạch 118"),
        expect![[r#"
        Kế hoạch số 118-KH/ĐUCA #21 → Kế hoạch số 118-KH/ĐUCA #21: 0 links
    "#]],
    );
    assert_error(path_of("Trần Quốc Toàn", "Tô Lâm"), false);
    assert_error(path_of("Tô Lâm", "Nguyễn Văn An"), true);
}

#[test]
fn query_trace_up_or_down_only() {
    let up = Request::Trace {
        doc: "NQ 12".to_string(),
        depth: None,
        way: TraceWay::Up,
        limit: None,
    };
    check(
        up,
        expect![[r#"
        Nghị quyết số 12-NQ/TW #20
          code      NQ/TW
          date      2022-03-16
          doc_type  Nghị quyết
          number    12
          aliases   Nghị quyết 12; Nghị quyết số 12

        issued by
          Bộ Chính trị #11
              undated 001_08bf44569f6f14bc.txt  "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị thực hiện Nghị quyết Đại hội XIII của Đảng."

        implements (up to the root)
          └─ Nghị quyết Đại hội XIII của Đảng #25
                undated 001_08bf44569f6f14bc.txt  "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị thực hiện Nghị quyết Đại hội XIII của Đảng."

        supersedes
          none

        discussed at
          --10-28  Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng #33
              undated 004_36d0775449bcde8e.txt  "Ngày 28/10, Đảng ủy Công an Trung ương tổ chức Hội thảo chuyên đề, quán triệt Nghị quyết số 12-NQ/TW."
    "#]],
    );
}

/// The nodes and edges a drawing of the answer holds, one line each.
#[track_caller]
fn check_drawn(request: Request, expect: Expect) {
    let g = graph();
    let answer = answer(&g, &request).expect("an answer");
    let doc = answer.subgraph(&g);
    let mut out = String::new();
    for n in &doc.nodes {
        out.push_str(&format!("{} {}\n", n.id, n.name));
    }
    for e in &doc.edges {
        out.push_str(&format!("{} -{}-> {}\n", e.source, e.kind, e.target));
    }
    expect.assert_eq(&out);
}

#[test]
fn query_subgraph_is_what_the_answer_states() {
    check_drawn(
        trace_of("Kế hoạch 118"),
        expect![[r#"
        11 Bộ Chính trị
        12 Đảng ủy Công an Trung ương
        20 Nghị quyết số 12-NQ/TW
        21 Kế hoạch số 118-KH/ĐUCA
        25 Nghị quyết Đại hội XIII của Đảng
        33 Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng
        11 -issued-> 20
        12 -issued-> 21
        20 -implements-> 25
        21 -implements-> 20
        33 -discussed-> 20
    "#]],
    );
    check_drawn(
        Request::Show {
            entity: "Tô Lâm".to_string(),
            limit: None,
        },
        expect![[r#"
            2 Tô Lâm
            10 Bộ Công an
            11 Bộ Chính trị
            12 Đảng ủy Công an Trung ương
            32 Hội nghị quán triệt Quyết định số 90-QĐ/TW
            2 -chaired-> 32
            2 -holds_position-> 10
            2 -holds_position-> 11
            2 -holds_position-> 12
        "#]],
    );
    check_drawn(
        path_of("Trần Quốc Tỏ", "Tô Lâm"),
        expect![[r#"
        1 Trần Quốc Tỏ
        2 Tô Lâm
        10 Bộ Công an
        1 -holds_position-> 10
        2 -holds_position-> 10
    "#]],
    );
}

#[test]
fn query_select_filters_articles_dates_kinds_and_focus() {
    use super::select::{select, Selection};
    let g = graph();
    let render = |selection: Selection| match select(&g, &selection) {
        Ok(doc) => {
            let nodes: Vec<String> = doc.nodes.iter().map(|n| n.id.to_string()).collect();
            let edges: Vec<String> = doc
                .edges
                .iter()
                .map(|e| format!("{}-{}", e.source, e.target))
                .collect();
            format!("nodes {}; edges {}", nodes.join(" "), edges.join(" "))
        }
        Err(err) => format!("error: {err}"),
    };
    let articles = Selection {
        articles: vec!["seeds/002_5a1154b3da28aced.txt".to_string()],
        ..Selection::default()
    };
    expect!["nodes 1 5 10 31; edges 1-31 5-31 10-31"].assert_eq(&render(articles));
    let dated = Selection {
        from: Some("2021-12".to_string()),
        to: Some("2021".to_string()),
        ..Selection::default()
    };
    expect!["nodes 1 5 10 31; edges 1-31 5-31 10-31"].assert_eq(&render(dated));
    let kinds = Selection {
        kinds: vec![NodeKind::Person, NodeKind::Organization],
        edge_kinds: vec![EdgeKind::HoldsPosition],
        focus: Some("Tô Lâm".to_string()),
        depth: 1,
        ..Selection::default()
    };
    expect!["nodes 2 10 11 12; edges 2-10 2-11 2-12"].assert_eq(&render(kinds));
    let outside = Selection {
        kinds: vec![NodeKind::Meeting],
        focus: Some("Tô Lâm".to_string()),
        ..Selection::default()
    };
    expect!["error: #2 person Tô Lâm (Đại tướng) is outside the selection (--kind, --article, --from, --to)"].assert_eq(&render(outside));
    let unknown = Selection {
        articles: vec!["002_5a1154b3.txt".to_string()],
        ..Selection::default()
    };
    expect!["error: no entity matches '002_5a1154b3.txt'; did you mean: 002_5a1154b3da28aced.txt, 000_e8a868fe77b78c13.txt, 001_08bf44569f6f14bc.txt?"].assert_eq(&render(unknown));
    let bad_date = Selection {
        from: Some("7 tháng 9".to_string()),
        ..Selection::default()
    };
    expect!["error: invalid date '7 tháng 9' for --from; expected YYYY, YYYY-MM or YYYY-MM-DD"]
        .assert_eq(&render(bad_date));
}
