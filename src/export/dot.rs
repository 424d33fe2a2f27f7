//! Graphviz DOT export of a [`GraphDocument`], written with the `dot-writer` crate.
//!
//! One shape and fill per node kind (person ellipse, organisation box, document
//! note, meeting rounded box), one colour and line style per edge kind, the role
//! as the label of a `holds_position` edge (other kinds are told apart by the
//! legend, which keeps crowded diagrams readable), labels with the key attribute
//! (rank for people, date for documents and meetings), organisations nested in
//! clusters along `part_of` and the parents their names embed, a legend table, ASCII node ids (`n12`) with the
//! Vietnamese names in `label`, and deterministic order (nodes by id, edges by
//! source, kind, target, role).
//!
//! dot-writer writes quoted values verbatim, so every label passes through
//! [`escape`] here; names are data and may hold quotes, backslashes or newlines.
//! The legend is an HTML-like label built from fixed ASCII text only.
//! This module does not decide which nodes to draw: callers pass the whole graph
//! or a subgraph (for example `query::select` or `Answer::subgraph`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;

use dot_writer::{Attributes, DotWriter, Scope};

use crate::model::{Edge, EdgeKind, GraphDocument, Node, NodeId, NodeKind};
use crate::{Error, Result};

/// Label lines are wrapped at word boundaries to this many characters.
const WRAP: usize = 30;
/// Labels keep at most this many lines of name; a longer name ends in "…".
const MAX_LINES: usize = 3;

/// How the diagram is laid out and decorated.
#[derive(Clone, Debug, Default)]
pub struct DotOptions {
    /// A title printed above the diagram.
    pub title: Option<String>,
    /// Lay ranks out left to right instead of top to bottom.
    pub left_to_right: bool,
    /// Leave out the legend.
    pub hide_legend: bool,
}

/// Writes `doc` as a DOT digraph to `out`.
///
/// The DOT text is built in memory first, so a failing writer yields
/// [`Error::Write`] and never a half-written statement from dot-writer (which
/// would panic on a write error).
pub fn write(doc: &GraphDocument, opts: &DotOptions, mut out: impl Write) -> Result<()> {
    let text = to_string(doc, opts);
    out.write_all(text.as_bytes()).map_err(Error::Write)?;
    out.flush().map_err(Error::Write)
}

/// The DOT text of `doc`.
fn to_string(doc: &GraphDocument, opts: &DotOptions) -> String {
    let mut nodes: Vec<&Node> = doc.nodes.iter().collect();
    nodes.sort_by_key(|node| node.id);
    nodes.dedup_by_key(|node| node.id);
    let mut edges: Vec<&Edge> = doc.edges.iter().collect();
    edges.sort_by(|a, b| {
        (a.source, a.kind, a.target, role(a), &a.sources).cmp(&(
            b.source,
            b.kind,
            b.target,
            role(b),
            &b.sources,
        ))
    });
    let tree = OrgTree::new(&nodes, &edges);

    let mut bytes = Vec::new();
    {
        let mut writer = DotWriter::from(&mut bytes);
        let mut digraph = writer.digraph();
        if let Some(title) = &opts.title {
            digraph.set("label", &escape(title), true);
            digraph.set("labelloc", "t", false);
            digraph.set("fontsize", "16", false);
            digraph.set("fontname", "Helvetica", true);
        }
        if opts.left_to_right {
            digraph.set("rankdir", "LR", false);
        }
        digraph.set("nodesep", "0.25", false);
        digraph.set("ranksep", "0.6", false);
        digraph
            .node_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "11", false)
            .set("style", "filled", true)
            .set("margin", "0.1,0.05", true);
        digraph
            .edge_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "9", false)
            .set("arrowsize", "0.7", false);
        if !opts.hide_legend {
            write_legend(&mut digraph, &nodes, &edges);
        }
        for &root in &tree.roots {
            write_cluster(&mut digraph, &tree, root);
        }
        for node in nodes.iter().filter(|n| !tree.placed.contains(&n.id)) {
            write_node(&mut digraph, node);
        }
        for group in parallel_groups(&edges) {
            let first = group[0];
            let look = EdgeLook::of(first.kind);
            // Kinds in the group's order (most telling first), each once.
            let mut kinds: Vec<EdgeKind> = group.iter().map(|e| e.kind).collect();
            kinds.dedup();
            let roles: Vec<&str> = group
                .iter()
                .filter(|e| e.kind == EdgeKind::HoldsPosition)
                .map(|e| role(e))
                .filter(|r| !r.is_empty())
                .collect();
            let mut label: Vec<String> = Vec::new();
            if !roles.is_empty() {
                label.push(roles.join(", "));
            }
            if kinds.len() > 1 || (kinds[0] == EdgeKind::HoldsPosition && roles.is_empty()) {
                label.extend(
                    kinds
                        .iter()
                        .filter(|k| **k != EdgeKind::HoldsPosition || roles.is_empty())
                        .map(|k| k.as_str().to_string()),
                );
            }
            let tooltip: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
            let mut attrs = digraph
                .edge(
                    format!("n{}", first.source.0),
                    format!("n{}", first.target.0),
                )
                .attributes();
            if !label.is_empty() {
                attrs.set("label", &escape(&label.join(" · ")), true);
                attrs.set("fontcolor", look.color, true);
            }
            attrs
                .set("color", look.color, true)
                .set("style", look.style, true)
                .set("tooltip", &tooltip.join(", "), true);
        }
    }
    // dot-writer writes only the UTF-8 of the strings we give it.
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Edges grouped by (source, target), each group drawn as one line: the most
/// telling kind first (chaired before spoke_at before attended; otherwise the
/// contract's kind order), so that a chair who also spoke and attended gets one
/// arrow labelled with the three kinds instead of three overlapping arrows.
fn parallel_groups<'e>(edges: &[&'e Edge]) -> Vec<Vec<&'e Edge>> {
    let mut groups: BTreeMap<(NodeId, NodeId), Vec<&Edge>> = BTreeMap::new();
    for &edge in edges {
        groups
            .entry((edge.source, edge.target))
            .or_default()
            .push(edge);
    }
    groups
        .into_values()
        .map(|mut group| {
            group.sort_by_key(|e| (priority(e.kind), e.kind, role(e).to_string()));
            group
        })
        .collect()
}

/// The order of edge kinds within a group of parallel edges.
fn priority(kind: EdgeKind) -> u8 {
    match kind {
        EdgeKind::Chaired => 0,
        EdgeKind::SpokeAt => 1,
        EdgeKind::Attended => 2,
        _ => 3,
    }
}

/// One node statement.
fn write_node(scope: &mut Scope<'_, '_>, node: &Node) {
    let look = NodeLook::of(node.kind);
    scope
        .node_named(format!("n{}", node.id.0))
        .set("label", &escape(&node_label(node)), true)
        .set("shape", look.shape, false)
        .set("style", look.style, true)
        .set("fillcolor", look.fill, true)
        .set(
            "tooltip",
            &escape(&format!("#{} {}: {}", node.id, node.kind, node.name)),
            true,
        );
}

/// A cluster holding an organisation and, nested, the bodies under it.
fn write_cluster(scope: &mut Scope<'_, '_>, tree: &OrgTree<'_>, id: NodeId) {
    let Some(node) = tree.orgs.get(&id) else {
        return;
    };
    let children = tree.children.get(&id);
    if children.is_none_or(|c| c.is_empty()) {
        write_node(scope, node);
        return;
    }
    let mut cluster = scope.cluster();
    cluster.set("label", "", true);
    cluster.set("style", "rounded,dashed", true);
    cluster.set("color", "#90a4ae", true);
    cluster.set("margin", "8", false);
    write_node(&mut cluster, node);
    for &child in children.into_iter().flatten() {
        write_cluster(&mut cluster, tree, child);
    }
}

/// Organisations arranged along `part_of` for clustering: each body goes in
/// the cluster of one parent (the lowest id among its parents), and a body
/// whose parents would lead round a cycle stays at the top level. A body with
/// no `part_of` parent goes in the cluster of the drawn body its name ends
/// with, the longest ("Ban Tuyên giáo Tỉnh ủy Cao Bằng" under "Tỉnh ủy Cao
/// Bằng"): the name says so, though extraction keeps `part_of` for what the
/// text states with "thuộc" or parentheses.
struct OrgTree<'d> {
    orgs: BTreeMap<NodeId, &'d Node>,
    /// Parent -> children, sorted.
    children: BTreeMap<NodeId, Vec<NodeId>>,
    /// Tops of the trees, sorted: organisations without a parent.
    roots: Vec<NodeId>,
    /// Every organisation drawn by `write_cluster`.
    placed: BTreeSet<NodeId>,
}

impl<'d> OrgTree<'d> {
    fn new(nodes: &[&'d Node], edges: &[&Edge]) -> OrgTree<'d> {
        let orgs: BTreeMap<NodeId, &Node> = nodes
            .iter()
            .filter(|n| n.kind == NodeKind::Organization)
            .map(|n| (n.id, *n))
            .collect();
        let mut parent: BTreeMap<NodeId, NodeId> = BTreeMap::new();
        for edge in edges.iter().filter(|e| e.kind == EdgeKind::PartOf) {
            let (child, up) = (edge.source, edge.target);
            if child == up || !orgs.contains_key(&child) || !orgs.contains_key(&up) {
                continue;
            }
            // Lowest parent id wins; edges come sorted, so keep the first.
            if parent.contains_key(&child) {
                continue;
            }
            // Refuse a parent whose own chain of parents reaches the child.
            if !leads_to(&parent, up, child) {
                parent.insert(child, up);
            }
        }
        let by_name: HashMap<&str, NodeId> =
            orgs.values().map(|n| (n.name.as_str(), n.id)).collect();
        for (&child, node) in &orgs {
            if parent.contains_key(&child) {
                continue;
            }
            // Suffixes after each space, longest first.
            let up = node
                .name
                .match_indices(' ')
                .find_map(|(at, _)| by_name.get(&node.name[at + 1..]).copied())
                .filter(|&up| up != child);
            let Some(up) = up else {
                continue;
            };
            if !leads_to(&parent, up, child) {
                parent.insert(child, up);
            }
        }
        let mut children: BTreeMap<NodeId, Vec<NodeId>> = BTreeMap::new();
        for (&child, &up) in &parent {
            children.entry(up).or_default().push(child);
        }
        let roots: Vec<NodeId> = orgs
            .keys()
            .copied()
            .filter(|id| !parent.contains_key(id) && children.contains_key(id))
            .collect();
        let mut placed = BTreeSet::new();
        let mut stack = roots.clone();
        while let Some(id) = stack.pop() {
            if placed.insert(id) {
                stack.extend(children.get(&id).into_iter().flatten().copied());
            }
        }
        OrgTree {
            orgs,
            children,
            roots,
            placed,
        }
    }
}

/// Whether the chain of parents from `from` reaches `to`.
fn leads_to(parent: &BTreeMap<NodeId, NodeId>, from: NodeId, to: NodeId) -> bool {
    let mut at = from;
    while let Some(&next) = parent.get(&at) {
        if next == to {
            return true;
        }
        at = next;
    }
    false
}

/// The legend: a table with a swatch per node kind and a line per edge kind
/// present, in canonical kind order.
fn write_legend(digraph: &mut Scope<'_, '_>, nodes: &[&Node], edges: &[&Edge]) {
    let node_kinds: Vec<NodeKind> = NodeKind::ALL
        .into_iter()
        .filter(|k| nodes.iter().any(|n| n.kind == *k))
        .collect();
    let edge_kinds: Vec<EdgeKind> = EdgeKind::ALL
        .into_iter()
        .filter(|k| edges.iter().any(|e| e.kind == *k))
        .collect();
    if node_kinds.is_empty() && edge_kinds.is_empty() {
        return;
    }
    let mut rows = String::from(r#"<TR><TD COLSPAN="2"><B>legend</B></TD></TR>"#);
    for kind in node_kinds {
        let look = NodeLook::of(kind);
        rows.push_str(&format!(
            r#"<TR><TD BGCOLOR="{}" BORDER="1" WIDTH="36"> </TD><TD ALIGN="LEFT">{}</TD></TR>"#,
            look.fill,
            kind_name(kind)
        ));
    }
    for kind in edge_kinds {
        let look = EdgeLook::of(kind);
        let stroke = match look.style {
            "bold" => "━━━▶",
            "dashed" => "‒ ‒ ▶",
            "dotted" => "┈┈┈▶",
            _ => "───▶",
        };
        rows.push_str(&format!(
            r#"<TR><TD><FONT COLOR="{}">{stroke}</FONT></TD><TD ALIGN="LEFT">{}</TD></TR>"#,
            look.color,
            kind.as_str()
        ));
    }
    digraph
        .node_named("legend")
        .set("shape", "plain", false)
        .set("style", "solid", true)
        .set("fontsize", "10", false)
        .set(
            "label",
            &format!(
                r#"<<TABLE BORDER="1" COLOR="gray60" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">{rows}</TABLE>>"#
            ),
            false,
        );
}

/// How the legend names a node kind.
fn kind_name(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Person => "person",
        NodeKind::Organization => "organization",
        NodeKind::Resolution => "document",
        NodeKind::Meeting => "meeting",
    }
}

/// How a node kind is drawn.
struct NodeLook {
    shape: &'static str,
    style: &'static str,
    fill: &'static str,
}

impl NodeLook {
    fn of(kind: NodeKind) -> NodeLook {
        let (shape, style, fill) = match kind {
            NodeKind::Person => ("ellipse", "filled", "#fde2c8"),
            NodeKind::Organization => ("box", "filled", "#d3e5f5"),
            NodeKind::Resolution => ("note", "filled", "#fff4b3"),
            NodeKind::Meeting => ("box", "rounded,filled", "#d7f0d2"),
        };
        NodeLook { shape, style, fill }
    }
}

/// How an edge kind is drawn.
struct EdgeLook {
    color: &'static str,
    style: &'static str,
}

impl EdgeLook {
    fn of(kind: EdgeKind) -> EdgeLook {
        let (color, style) = match kind {
            EdgeKind::Chaired => ("#c62828", "bold"),
            EdgeKind::Organized => ("#2e7d32", "solid"),
            EdgeKind::Attended => ("#9e9e9e", "dashed"),
            EdgeKind::SpokeAt => ("#ef6c00", "dashed"),
            EdgeKind::Issued => ("#1565c0", "solid"),
            EdgeKind::Implements => ("#6a1b9a", "bold"),
            EdgeKind::Supersedes => ("#6d4c41", "dashed"),
            EdgeKind::Discussed => ("#00838f", "dotted"),
            EdgeKind::HoldsPosition => ("#ad1457", "solid"),
            EdgeKind::PartOf => ("#607d8b", "dotted"),
        };
        EdgeLook { color, style }
    }
}

/// A node's label before escaping: the name wrapped (at most [`MAX_LINES`]
/// lines, then "…"), then its key attribute (rank for persons, date for
/// documents, date and place for meetings) on its own line.
fn node_label(node: &Node) -> String {
    let attr = |k: &str| {
        node.attrs
            .get(k)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    };
    let key = match node.kind {
        NodeKind::Person => attr("rank").map(str::to_string),
        NodeKind::Organization => None,
        NodeKind::Resolution => attr("date").map(str::to_string),
        NodeKind::Meeting => match (attr("date"), attr("place")) {
            (Some(d), Some(p)) => Some(format!("{d} · {}", cap(p, WRAP))),
            (Some(d), None) => Some(d.to_string()),
            (None, Some(p)) => Some(cap(p, WRAP)),
            (None, None) => None,
        },
    };
    let mut label = cap_lines(&wrap(&node.name, WRAP), MAX_LINES);
    if let Some(key) = key {
        label.push('\n');
        label.push_str(&key);
    }
    label
}

/// At most `max` chars of `text`, "…" marking a cut.
fn cap(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// The first `max` lines of `text`, the last ending in "…" when lines were dropped.
fn cap_lines(text: &str, max: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= max {
        return text.to_string();
    }
    let mut kept: Vec<String> = lines[..max].iter().map(|l| l.to_string()).collect();
    if let Some(last) = kept.last_mut() {
        let trimmed = last.trim_end_matches([',', ';', ':', ' ']);
        *last = format!("{trimmed}…");
    }
    kept.join("\n")
}

/// Breaks `text` into lines of at most `width` chars at spaces (a longer word
/// stays whole); existing line breaks are kept.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut n_line = 0;
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let n_word = word.chars().count();
            if n_line > 0 && n_line + 1 + n_word > width {
                out.push('\n');
                n_line = 0;
            } else if n_line > 0 {
                out.push(' ');
                n_line += 1;
            }
            out.push_str(word);
            n_line += n_word;
        }
    }
    out
}

/// Escapes a label for a double-quoted DOT string: `\` and `"` get a backslash,
/// line breaks become `\n` (Graphviz's centred line break), and other control
/// characters, which Graphviz rejects or drops, become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The role of an edge, or "".
fn role(edge: &Edge) -> &str {
    edge.attrs.get("role").map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;
    use std::process::{Command, Stdio};

    use expect_test::expect;
    use proptest::prelude::*;

    use super::*;
    use crate::graph::fixture::{self, edge, node};
    use crate::model::GraphDocument;

    fn dot(doc: &GraphDocument, opts: &DotOptions) -> String {
        let mut out = Vec::new();
        write(doc, opts, &mut out).expect("writing to a Vec");
        String::from_utf8(out).expect("utf-8")
    }

    /// Runs the real `dot -Tsvg` when it is installed: `Some(stderr)` on
    /// failure, `None` when it rendered or when Graphviz is missing.
    fn render_error(text: &str) -> Option<String> {
        let child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn();
        let Ok(mut child) = child else {
            return None;
        };
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(text.as_bytes()).expect("pipe to dot");
        }
        let output = child.wait_with_output().expect("dot runs");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        if output.status.success() && !stderr.contains("syntax error") {
            None
        } else {
            Some(stderr)
        }
    }

    /// Whether every `"` that is not escaped opens or closes a string, in pairs.
    fn quotes_balanced(text: &str) -> bool {
        let mut in_string = false;
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                '\n' if in_string => return false,
                _ => {}
            }
        }
        !in_string
    }

    fn hostile(name: &str) -> GraphDocument {
        use crate::model::{EdgeKind::*, NodeKind::*};
        GraphDocument {
            nodes: vec![
                node(1, Person, name, &[], &[("rank", name)], "x.txt"),
                node(2, Organization, name, &[], &[], "x.txt"),
                node(3, Meeting, name, &[], &[("date", name)], "x.txt"),
            ],
            edges: vec![
                edge(HoldsPosition, 1, 2, Some(name), "x.txt", name),
                edge(Chaired, 1, 3, None, "x.txt", name),
            ],
        }
    }

    #[test]
    fn dot_escape_hostile_text() {
        assert_eq!(escape(r#"a"b\c"#), r#"a\"b\\c"#);
        assert_eq!(escape("x\r\ny\nz\rw"), r"x\ny\nz\nw");
        assert_eq!(escape("tab\there\u{0}"), "tab here ");
        assert_eq!(escape("<{Bộ|Công an}>"), "<{Bộ|Công an}>");
    }

    #[test]
    fn dot_wrap_long_names() {
        assert_eq!(
            wrap(
                "Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021",
                32
            ),
            "Hội nghị giao ban công tác Đảng\nvà công tác chính trị CAND năm\n2021"
        );
        assert_eq!(wrap("a\nb  c", 32), "a\nb c");
    }

    #[test]
    fn dot_golden_fixture() {
        let doc = crate::graph::KnowledgeGraph::from_document(fixture::document())
            .ego(crate::model::NodeId(21), 1);
        let opts = DotOptions {
            title: Some("Kế hoạch \"118\"".to_string()),
            left_to_right: true,
            hide_legend: false,
        };
        let text = dot(&doc, &opts);
        expect![[r##"
            digraph {
              label="Kế hoạch \"118\"";
              labelloc=t;
              fontsize=16;
              fontname="Helvetica";
              rankdir=LR;
              nodesep=0.25;
              ranksep=0.6;
              node [fontname="Helvetica", fontsize=11, style="filled", margin="0.1,0.05"];
              edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];
              legend [shape=plain, style="solid", fontsize=10, label=<<TABLE BORDER="1" COLOR="gray60" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2"><TR><TD COLSPAN="2"><B>legend</B></TD></TR><TR><TD BGCOLOR="#d3e5f5" BORDER="1" WIDTH="36"> </TD><TD ALIGN="LEFT">organization</TD></TR><TR><TD BGCOLOR="#fff4b3" BORDER="1" WIDTH="36"> </TD><TD ALIGN="LEFT">document</TD></TR><TR><TD><FONT COLOR="#1565c0">───▶</FONT></TD><TD ALIGN="LEFT">issued</TD></TR><TR><TD><FONT COLOR="#6a1b9a">━━━▶</FONT></TD><TD ALIGN="LEFT">implements</TD></TR></TABLE>>];
              n12 [label="Đảng ủy Công an Trung ương", shape=box, style="filled", fillcolor="#d3e5f5", tooltip="#12 organization: Đảng ủy Công an Trung ương"];
              n20 [label="Nghị quyết số 12-NQ/TW\n2022-03-16", shape=note, style="filled", fillcolor="#fff4b3", tooltip="#20 resolution: Nghị quyết số 12-NQ/TW"];
              n21 [label="Kế hoạch số 118-KH/ĐUCA", shape=note, style="filled", fillcolor="#fff4b3", tooltip="#21 resolution: Kế hoạch số 118-KH/ĐUCA"];
              n12 -> n21 [color="#1565c0", style="solid", tooltip="issued"];
              n21 -> n20 [color="#6a1b9a", style="bold", tooltip="implements"];
            }
        "##]].assert_eq(&text);
        assert_eq!(render_error(&text), None);
    }

    #[test]
    fn dot_whole_fixture_renders_and_is_deterministic() {
        let doc = fixture::document();
        let text = dot(&doc, &DotOptions::default());
        let mut reversed = doc.clone();
        reversed.nodes.reverse();
        reversed.edges.reverse();
        assert_eq!(dot(&reversed, &DotOptions::default()), text);
        assert!(quotes_balanced(&text));
        assert_eq!(render_error(&text), None);
        for kind in ["ellipse", "box", "note"] {
            assert!(text.contains(&format!("shape={kind}")), "{kind}");
        }
        assert!(
            text.contains(r#"style="rounded,filled""#),
            "meetings are rounded boxes"
        );
        assert!(text.contains("legend [shape=plain"), "a legend table");
    }

    #[test]
    fn dot_labels_are_wrapped_and_capped() {
        let long = "Hội nghị học tập, quán triệt Nghị quyết số 12-NQ/TW của Bộ Chính trị về xây dựng lực lượng công an nhân dân thật sự trong sạch";
        let n = node(
            1,
            NodeKind::Meeting,
            long,
            &[],
            &[("date", "2022-10-05")],
            "x.txt",
        );
        assert_eq!(
            node_label(&n),
            "Hội nghị học tập, quán triệt\nNghị quyết số 12-NQ/TW của Bộ\nChính trị về xây dựng lực…\n2022-10-05"
        );
        assert_eq!(cap("Hà Nội", 30), "Hà Nội");
        assert_eq!(cap("abcdef", 4), "abc…");
    }

    #[test]
    fn dot_parallel_edges_merge_and_bodies_nest() {
        use crate::model::EdgeKind::*;
        let doc = GraphDocument {
            nodes: vec![
                node(1, NodeKind::Person, "A", &[], &[], "x.txt"),
                node(2, NodeKind::Meeting, "M", &[], &[], "x.txt"),
                node(3, NodeKind::Organization, "Tỉnh ủy", &[], &[], "x.txt"),
                node(
                    4,
                    NodeKind::Organization,
                    "Ban Tổ chức Tỉnh ủy",
                    &[],
                    &[],
                    "x.txt",
                ),
                node(5, NodeKind::Organization, "Văn phòng", &[], &[], "x.txt"),
            ],
            edges: vec![
                edge(Attended, 1, 2, None, "x.txt", "q"),
                edge(Chaired, 1, 2, None, "x.txt", "q"),
                edge(SpokeAt, 1, 2, None, "x.txt", "q"),
                edge(PartOf, 4, 3, None, "x.txt", "q"),
                edge(PartOf, 5, 4, None, "x.txt", "q"),
                // A cycle back to the top is refused, not looped on.
                edge(PartOf, 3, 5, None, "x.txt", "q"),
            ],
        };
        let text = dot(
            &doc,
            &DotOptions {
                hide_legend: true,
                ..DotOptions::default()
            },
        );
        expect![[r##"
            digraph {
              nodesep=0.25;
              ranksep=0.6;
              node [fontname="Helvetica", fontsize=11, style="filled", margin="0.1,0.05"];
              edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];
              subgraph cluster_0 {
                label="";
                style="rounded,dashed";
                color="#90a4ae";
                margin=8;
                n5 [label="Văn phòng", shape=box, style="filled", fillcolor="#d3e5f5", tooltip="#5 organization: Văn phòng"];
                subgraph cluster_1 {
                  label="";
                  style="rounded,dashed";
                  color="#90a4ae";
                  margin=8;
                  n3 [label="Tỉnh ủy", shape=box, style="filled", fillcolor="#d3e5f5", tooltip="#3 organization: Tỉnh ủy"];
                  n4 [label="Ban Tổ chức Tỉnh ủy", shape=box, style="filled", fillcolor="#d3e5f5", tooltip="#4 organization: Ban Tổ chức Tỉnh ủy"];
                }
              }
              n1 [label="A", shape=ellipse, style="filled", fillcolor="#fde2c8", tooltip="#1 person: A"];
              n2 [label="M", shape=box, style="rounded,filled", fillcolor="#d7f0d2", tooltip="#2 meeting: M"];
              n1 -> n2 [label="chaired · spoke_at · attended", fontcolor="#c62828", color="#c62828", style="bold", tooltip="chaired, spoke_at, attended"];
              n3 -> n5 [color="#607d8b", style="dotted", tooltip="part_of"];
              n4 -> n3 [color="#607d8b", style="dotted", tooltip="part_of"];
              n5 -> n4 [color="#607d8b", style="dotted", tooltip="part_of"];
            }
        "##]]
        .assert_eq(&text);
        assert_eq!(render_error(&text), None);
    }

    #[test]
    fn dot_empty_graph_renders() {
        let text = dot(&GraphDocument::default(), &DotOptions::default());
        assert_eq!(text, "digraph {\n  nodesep=0.25;\n  ranksep=0.6;\n  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\", margin=\"0.1,0.05\"];\n  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n}\n");
        assert_eq!(render_error(&text), None);
    }

    #[test]
    fn dot_hostile_names_render() {
        for name in [
            r#"Tên "trong ngoặc" kép"#,
            r"dấu \ gạch chéo \",
            "\\",
            "\\\"",
            "<b>không phải HTML</b> & {ngoặc} [vuông] | ống",
            "dòng một\ndòng hai\r\ndòng ba",
            "}; digraph x { a -> b",
            "\u{0}\u{7}\u{1b}[31m",
            "\\N \\G \\L \\l \\r",
            "",
            "😀 Trần Quốc Tỏ \u{202e} đảo chiều",
        ] {
            let text = dot(&hostile(name), &DotOptions::default());
            assert!(quotes_balanced(&text), "{name:?}:\n{text}");
            assert_eq!(render_error(&text), None, "{name:?}:\n{text}");
        }
    }

    #[test]
    fn dot_write_error_is_reported() {
        struct Broken;
        impl std::io::Write for Broken {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk full"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let err =
            write(&fixture::document(), &DotOptions::default(), Broken).expect_err("broken writer");
        assert_eq!(err.to_string(), "writing output: disk full");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn dot_any_name_renders(name in "\\PC*|[\\\\\"\n\r{}<>|;\\[\\]]{0,12}", title in ".*") {
            let opts = DotOptions { title: Some(title), left_to_right: false, hide_legend: false };
            let text = dot(&hostile(&name), &opts);
            prop_assert!(quotes_balanced(&text), "{}", text);
            prop_assert_eq!(render_error(&text), None);
        }
    }
}
