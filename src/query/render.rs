//! Plain-text rendering of query answers: aligned columns and trees, each fact
//! followed by the quote that states it and the article it comes from.
//!
//! Widths count chars, which matches the terminal for NFC Vietnamese text.
//! This module only formats; what an answer holds is decided in `query`.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{
    Answer, Chain, EntityRef, Evidence, Fact, Holders, MeetingList, Profile, SearchResult, Trace,
    TraceNode, TraceStop, WhoChaired,
};
use crate::model::EdgeKind;

/// The text of any answer, ending with a newline.
pub(super) fn answer(answer: &Answer) -> String {
    let mut out = String::new();
    match answer {
        Answer::WhoChaired(who) => who_chaired(who, &mut out),
        Answer::Meetings(list) => meetings(list, &mut out),
        Answer::Trace(trace) => trace_text(trace, &mut out),
        Answer::Show(profile) => show(profile, &mut out),
        Answer::Holders(holders) => holders_text(holders, &mut out),
        Answer::Path(chain) => path_text(chain, &mut out),
        Answer::Search(search) => search_text(search, &mut out),
    }
    out
}

fn who_chaired(who: &WhoChaired, out: &mut String) {
    let _ = write!(out, "meetings matching \"{}\": {}", who.query, who.total);
    if who.meetings.len() < who.total {
        let _ = write!(
            out,
            " (the {} newest shown; --limit 0 shows all)",
            who.meetings.len()
        );
    }
    out.push('\n');
    for meeting in &who.meetings {
        out.push('\n');
        let head = [
            meeting
                .meeting
                .date
                .clone()
                .unwrap_or_else(|| "?".to_string()),
            meeting.meeting_type.clone().unwrap_or_default(),
            entity(&meeting.meeting),
        ];
        let _ = writeln!(out, "{}", join_nonempty(&head));
        if meeting.chairs.is_empty() {
            out.push_str("  chaired by  (not stated in the articles)\n");
        }
        for chair in &meeting.chairs {
            let _ = writeln!(out, "  chaired by  {}", entity(&chair.entity));
            evidence(&chair.evidence, "      ", out);
        }
    }
}

fn meetings(list: &MeetingList, out: &mut String) {
    let what = if list.filters.is_empty() {
        String::new()
    } else {
        format!(" ({})", list.filters.join("; "))
    };
    let _ = writeln!(out, "meetings{what}: {}", list.meetings.len());
    if list.meetings.is_empty() {
        return;
    }
    out.push('\n');
    let mut rows = vec![cells(&[
        "date",
        "type",
        "organiser",
        "chairs",
        "article",
        "meeting",
    ])];
    for row in &list.meetings {
        rows.push(vec![
            row.meeting.date.clone().unwrap_or_else(|| "?".to_string()),
            row.meeting_type.clone().unwrap_or_default(),
            join_refs(&row.organizers),
            join_refs(&row.chairs),
            row.articles.join(", "),
            entity(&row.meeting),
        ]);
    }
    let lines = table(&rows);
    let _ = writeln!(out, "{}", lines[0]);
    for (line, row) in lines[1..].iter().zip(&list.meetings) {
        let _ = writeln!(out, "{line}");
        evidence(&row.evidence, "    ", out);
    }
}

fn trace_text(trace: &Trace, out: &mut String) {
    let _ = writeln!(out, "{}", entity(&trace.document));
    attributes(&trace.attrs, &trace.aliases, &[], out);
    let _ = writeln!(out, "\nissued by");
    facts(&trace.issuers, EdgeKind::Issued, out);
    let up = trace.way != super::TraceWay::Down;
    let down = trace.way != super::TraceWay::Up;
    for ((title, nodes, shown), more) in [
        ("implements (up to the root)", &trace.implements, up),
        ("implemented by", &trace.implemented_by, down),
        ("supersedes", &trace.supersedes, up),
        ("superseded by", &trace.superseded_by, down),
    ]
    .into_iter()
    .zip(trace.more)
    {
        if !shown {
            continue;
        }
        let _ = writeln!(out, "\n{title}");
        if nodes.is_empty() {
            out.push_str("  none\n");
        }
        earlier(more, "documents", "  ", out);
        tree(nodes, "  ", out);
    }
    let _ = writeln!(out, "\ndiscussed at");
    facts(&trace.discussed_at, EdgeKind::Discussed, out);
    earlier(trace.more_discussed_at, "meetings", "  ", out);
    if !trace.missing.is_empty() {
        let _ = writeln!(out, "\nmissing links");
        for line in &trace.missing {
            let _ = writeln!(out, "  {line}");
        }
    }
}

/// The line that counts what a `--limit` left out of a list.
fn earlier(more: usize, what: &str, prefix: &str, out: &mut String) {
    if more > 0 {
        let _ = writeln!(
            out,
            "{prefix}… {more} earlier {what} not shown (--limit 0 shows all)"
        );
    }
}

/// A level of a trace tree; `prefix` is the indentation drawn so far.
fn tree(nodes: &[TraceNode], prefix: &str, out: &mut String) {
    for (i, node) in nodes.iter().enumerate() {
        let last = i + 1 == nodes.len();
        let (branch, carry) = if last {
            ("└─ ", "   ")
        } else {
            ("├─ ", "│  ")
        };
        let mut line = String::new();
        if let Some(date) = &node.document.date {
            let _ = write!(line, "{date}  ");
        }
        line.push_str(&entity(&node.document));
        if !node.issuers.is_empty() {
            let _ = write!(line, " · issued by {}", join_refs(&node.issuers));
        }
        if !node.discussed_at.is_empty() {
            let _ = write!(
                line,
                " · discussed at {}",
                join_dated_refs(&node.discussed_at)
            );
            if node.more_discussed_at > 0 {
                let _ = write!(line, " and {} earlier", node.more_discussed_at);
            }
        }
        match node.stop {
            None => {}
            Some(TraceStop::Cycle) => line.push_str(" [cycle: already on this branch]"),
            Some(TraceStop::Repeated) => line.push_str(" [shown above]"),
            Some(TraceStop::Depth) => line.push_str(" [more beyond --depth]"),
        }
        let _ = writeln!(out, "{prefix}{branch}{line}");
        let inner = format!("{prefix}{carry}");
        evidence(&node.evidence, &format!("{inner}   "), out);
        for id in &node.missing {
            let _ = writeln!(out, "{inner}   links to #{id}, which is not in the graph");
        }
        earlier(node.more_children, "documents", &format!("{inner}   "), out);
        tree(&node.children, &inner, out);
    }
}

fn show(profile: &Profile, out: &mut String) {
    let e = &profile.entity;
    let _ = writeln!(out, "#{} {} {}", e.id, e.kind, e.name);
    attributes(&profile.attrs, &profile.aliases, &profile.articles, out);
    for section in &profile.sections {
        let _ = writeln!(out, "\n{}", section.title);
        facts(&section.facts, section.relation, out);
        if section.more > 0 {
            let _ = writeln!(
                out,
                "  … and {} reported earlier (--limit 0 shows all)",
                section.more
            );
        }
    }
}

fn holders_text(holders: &Holders, out: &mut String) {
    let of = holders
        .body
        .as_ref()
        .map(|b| format!(" of {}", entity(b)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "holders of \"{}\"{of}: {}",
        holders.role,
        holders.holders.len()
    );
    if holders.holders.is_empty() {
        return;
    }
    out.push('\n');
    let mut rows = vec![cells(&["reported", "role", "person", "body"])];
    for h in &holders.holders {
        rows.push(vec![
            period(&h.reported),
            h.role.clone(),
            entity(&h.person),
            entity(&h.body),
        ]);
    }
    let lines = table(&rows);
    let _ = writeln!(out, "{}", lines[0]);
    for (line, h) in lines[1..].iter().zip(&holders.holders) {
        let _ = writeln!(out, "{line}");
        evidence(&h.evidence, "    ", out);
    }
}

fn path_text(chain: &Chain, out: &mut String) {
    let (from, to) = (entity(&chain.from), entity(&chain.to));
    if !chain.found {
        let _ = writeln!(
            out,
            "{from} and {to} are not linked by any chain of relations"
        );
        return;
    }
    let n = chain.steps.len();
    let _ = writeln!(
        out,
        "{from} → {to}: {n} link{}",
        if n == 1 { "" } else { "s" }
    );
    if n == 0 {
        return;
    }
    out.push('\n');
    let rows: Vec<Vec<String>> = chain
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let relation = match &step.role {
                Some(role) => format!("─{} ({role})→", step.relation),
                None => format!("─{}→", step.relation),
            };
            vec![
                format!("{}.", i + 1),
                entity(&step.source),
                relation,
                entity(&step.target),
            ]
        })
        .collect();
    for (line, step) in table(&rows).iter().zip(&chain.steps) {
        let _ = writeln!(out, "{line}");
        evidence(&step.evidence, "    ", out);
    }
}

fn search_text(search: &SearchResult, out: &mut String) {
    let kind = search.kind.map(|k| format!(" {k}")).unwrap_or_default();
    let n = search.hits.len();
    let _ = writeln!(
        out,
        "search \"{}\"{kind}: {n} hit{}",
        search.query,
        if n == 1 { "" } else { "s" }
    );
    if search.hits.is_empty() {
        return;
    }
    out.push('\n');
    let mut rows = Vec::new();
    for hit in &search.hits {
        let e = &hit.entity;
        let via = if hit.matched == e.name {
            String::new()
        } else {
            format!("as \"{}\"", hit.matched)
        };
        rows.push(vec![
            format!("#{}", e.id),
            e.kind.to_string(),
            tier_name(hit),
            e.name.clone(),
            via,
        ]);
    }
    for line in table(&rows) {
        let _ = writeln!(out, "{line}");
    }
}

fn tier_name(hit: &super::SearchHit) -> String {
    serde_json::to_value(hit.tier)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The attribute block under a heading: attributes, aliases, articles.
fn attributes(
    attrs: &crate::model::Attrs,
    aliases: &[String],
    articles: &[String],
    out: &mut String,
) {
    let mut rows: Vec<Vec<String>> = attrs
        .iter()
        .map(|(k, v)| vec![format!("  {k}"), v.clone()])
        .collect();
    if !aliases.is_empty() {
        rows.push(vec!["  aliases".to_string(), aliases.join("; ")]);
    }
    if !articles.is_empty() {
        rows.push(vec!["  articles".to_string(), articles.join(", ")]);
    }
    for line in table(&rows) {
        let _ = writeln!(out, "{line}");
    }
}

/// Facts as aligned rows (role or date, then the entity), each followed by its evidence.
fn facts(facts: &[Fact], kind: EdgeKind, out: &mut String) {
    if facts.is_empty() {
        out.push_str("  none\n");
        return;
    }
    let dated = facts.iter().any(|f| f.entity.date.is_some());
    let rows: Vec<Vec<String>> = facts
        .iter()
        .map(|f| {
            let mut row = Vec::new();
            if kind == EdgeKind::HoldsPosition {
                row.push(period(&f.reported));
                row.push(f.role.clone().unwrap_or_else(|| "?".to_string()));
            } else if dated {
                row.push(f.entity.date.clone().unwrap_or_else(|| "?".to_string()));
            }
            row.push(entity(&f.entity));
            row
        })
        .collect();
    for (line, fact) in table(&rows).into_iter().zip(facts) {
        let _ = writeln!(out, "  {line}");
        evidence(&fact.evidence, "      ", out);
    }
}

/// Quotes longer than this many chars are cut (with "…") in text output; JSON
/// keeps them whole.
const MAX_QUOTE: usize = 220;

/// At most this many articles are listed under a fact in text output, the
/// newest; JSON lists them all.
const MAX_ARTICLES: usize = 8;

/// The articles text output lists under a fact, in order (the newest
/// [`MAX_ARTICLES`] when there are more), and how many it leaves out: only
/// their sentences are shown.
pub(crate) fn listed_articles(evidence: &[Evidence]) -> (Vec<&str>, usize) {
    let mut docs: Vec<(&str, Option<&str>)> = Vec::new();
    let mut seen = BTreeSet::new();
    for e in evidence {
        if seen.insert(e.doc.as_str()) {
            docs.push((&e.doc, e.date.as_deref()));
        }
    }
    let more = docs.len().saturating_sub(MAX_ARTICLES);
    if more > 0 {
        docs.sort_by_cached_key(|&(doc, date)| (super::newest_first_key(date), doc));
        docs.truncate(MAX_ARTICLES);
    }
    (docs.into_iter().map(|(doc, _)| doc).collect(), more)
}

/// The evidence, one line per article: its date and name, the first sentence
/// it states the fact in, and how many more sentences do. A fact many articles
/// state lists the newest [`MAX_ARTICLES`] and counts the rest.
fn evidence(evidence: &[Evidence], indent: &str, out: &mut String) {
    let (docs, more) = listed_articles(evidence);
    for doc in docs {
        let mut quotes = evidence.iter().filter(|e| e.doc == doc);
        let Some(first) = quotes.next() else { continue };
        let n_more = quotes.count();
        let date = first.date.as_deref().unwrap_or("undated");
        let mut line = format!("{indent}{date} {doc}");
        if let Some(quote) = &first.quote {
            let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
            let _ = write!(line, "  \"{}\"", cut(&quote, MAX_QUOTE));
        }
        if n_more > 0 {
            let _ = write!(
                line,
                " (+{n_more} more sentence{})",
                if n_more == 1 { "" } else { "s" }
            );
        }
        let _ = writeln!(out, "{line}");
    }
    if more > 0 {
        let _ = writeln!(
            out,
            "{indent}… and {more} more article{}",
            if more == 1 { "" } else { "s" }
        );
    }
}

/// `text` cut to `max` chars, an ellipsis marking the cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// The span of report dates: `2021-09-07`, `2021-09-07 … 2022-10`, or `undated`.
fn period(dates: &[String]) -> String {
    match dates {
        [] => "undated".to_string(),
        [one] => one.clone(),
        [first, .., last] => format!("{first} … {last}"),
    }
}

/// `Name #id`.
fn entity(e: &EntityRef) -> String {
    format!("{} #{}", e.name, e.id)
}

fn join_refs(refs: &[EntityRef]) -> String {
    if refs.is_empty() {
        return "-".to_string();
    }
    refs.iter().map(entity).collect::<Vec<_>>().join("; ")
}

fn join_dated_refs(refs: &[EntityRef]) -> String {
    refs.iter()
        .map(|r| match &r.date {
            Some(d) => format!("{} ({d})", entity(r)),
            None => entity(r),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn join_nonempty(cells: &[String]) -> String {
    cells
        .iter()
        .filter(|c| !c.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("  ")
}

fn cells(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

/// Rows padded to aligned columns (two spaces apart); the last column is not
/// padded and trailing spaces are trimmed.
fn table(rows: &[Vec<String>]) -> Vec<String> {
    let n_columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; n_columns];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    rows.iter()
        .map(|row| {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push_str("  ");
                }
                line.push_str(cell);
                if i + 1 < row.len() {
                    let pad = widths[i] - cell.chars().count();
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_table_aligns_by_chars() {
        let rows = vec![
            cells(&["Thứ trưởng", "Bộ Công an #10"]),
            cells(&["Ủy viên", "Ban Chấp hành Trung ương Đảng #13"]),
            cells(&["x", ""]),
        ];
        assert_eq!(
            table(&rows),
            [
                "Thứ trưởng  Bộ Công an #10",
                "Ủy viên     Ban Chấp hành Trung ương Đảng #13",
                "x"
            ]
        );
    }

    #[test]
    fn evidence_lists_the_newest_articles_and_counts_the_rest() {
        let found: Vec<Evidence> = (1..=10)
            .map(|d| Evidence {
                doc: format!("{d:02}.txt"),
                date: Some(format!("2024-01-{d:02}")),
                quote: Some(format!("Câu {d}.")),
                span: None,
            })
            .collect();
        let mut out = String::new();
        evidence(&found, "  ", &mut out);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), MAX_ARTICLES + 1, "{out}");
        assert!(lines[0].starts_with("  2024-01-10 10.txt"), "{out}");
        assert_eq!(lines[MAX_ARTICLES], "  … and 2 more articles");
        // Few articles: all listed, in their order, no count.
        let mut out = String::new();
        evidence(&found[..2], "  ", &mut out);
        assert_eq!(out.lines().count(), 2);
        assert!(out.starts_with("  2024-01-01 01.txt"), "{out}");
    }
}
