//! Graphviz DOT export of a [`GraphDocument`], written with the `dot-writer` crate.
//!
//! One shape and fill per node kind, one colour and line style per edge kind (the
//! kind, or the role of a `holds_position` edge, as the edge label), a legend
//! cluster, ASCII node ids (`n12`) with the Vietnamese names in `label`, and
//! deterministic order (nodes by id, edges by source, kind, target, role).
//!
//! dot-writer writes quoted values verbatim, so every label passes through
//! [`escape`] here; names are data and may hold quotes, backslashes or newlines.
//! This module does not decide which nodes to draw: callers pass the whole graph
//! or a subgraph (for example [`crate::graph::KnowledgeGraph::ego`]).

use std::io::Write;

use dot_writer::{Attributes, DotWriter, Scope};

use crate::model::{Edge, EdgeKind, GraphDocument, Node, NodeKind};
use crate::{Error, Result};

/// Labels longer than this many characters are wrapped at word boundaries.
const WRAP: usize = 32;

/// How the diagram is laid out and decorated.
#[derive(Clone, Debug, Default)]
pub struct DotOptions {
    /// A title printed above the diagram.
    pub title: Option<String>,
    /// Lay ranks out left to right instead of top to bottom.
    pub left_to_right: bool,
    /// Leave out the legend cluster.
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

    let mut bytes = Vec::new();
    {
        let mut writer = DotWriter::from(&mut bytes);
        let mut digraph = writer.digraph();
        if let Some(title) = &opts.title {
            digraph.set("label", &escape(title), true);
            digraph.set("labelloc", "t", false);
            digraph.set("fontsize", "18", false);
        }
        if opts.left_to_right {
            digraph.set("rankdir", "LR", false);
        }
        digraph
            .node_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "11", false)
            .set("style", "filled", true);
        digraph
            .edge_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "9", false);
        if !opts.hide_legend {
            write_legend(&mut digraph, &nodes, &edges);
        }
        for node in &nodes {
            let look = NodeLook::of(node.kind);
            digraph
                .node_named(format!("n{}", node.id.0))
                .set("label", &escape(&node_label(node)), true)
                .set("shape", look.shape, false)
                .set("fillcolor", look.fill, true)
                .set(
                    "tooltip",
                    &escape(&format!("#{} {}", node.id, node.kind)),
                    true,
                );
        }
        for edge in &edges {
            let look = EdgeLook::of(edge.kind);
            let label = match edge.kind {
                EdgeKind::HoldsPosition => edge
                    .attrs
                    .get("role")
                    .map_or_else(|| edge.kind.as_str().to_string(), Clone::clone),
                kind => kind.as_str().to_string(),
            };
            digraph
                .edge(format!("n{}", edge.source.0), format!("n{}", edge.target.0))
                .attributes()
                .set("label", &escape(&label), true)
                .set("color", look.color, true)
                .set("fontcolor", look.color, true)
                .set("style", look.style, true);
        }
    }
    // dot-writer writes only the UTF-8 of the strings we give it.
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The legend: one sample node per node kind present, one sample edge per edge
/// kind present, in canonical kind order.
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
    let mut legend = digraph.cluster();
    legend.set("label", "legend", true);
    legend.set("style", "rounded", true);
    legend.set("color", "gray60", true);
    legend.set("fontname", "Helvetica", true);
    for kind in node_kinds {
        let look = NodeLook::of(kind);
        legend
            .node_named(format!("legend_{}", kind.as_str()))
            .set("label", kind.as_str(), true)
            .set("shape", look.shape, false)
            .set("fillcolor", look.fill, true);
    }
    for kind in edge_kinds {
        let look = EdgeLook::of(kind);
        let from = format!("legend_{}_from", kind.as_str());
        let to = format!("legend_{}_to", kind.as_str());
        for end in [&from, &to] {
            legend
                .node_named(end.clone())
                .set("label", "", true)
                .set("shape", "point", false)
                .set("width", "0.05", false);
        }
        legend
            .edge(&from, &to)
            .attributes()
            .set("label", kind.as_str(), true)
            .set("color", look.color, true)
            .set("fontcolor", look.color, true)
            .set("style", look.style, true);
    }
}

/// How a node kind is drawn.
struct NodeLook {
    shape: &'static str,
    fill: &'static str,
}

impl NodeLook {
    fn of(kind: NodeKind) -> NodeLook {
        let (shape, fill) = match kind {
            NodeKind::Person => ("ellipse", "#fde2c8"),
            NodeKind::Organization => ("box", "#d3e5f5"),
            NodeKind::Resolution => ("note", "#fff4b3"),
            NodeKind::Meeting => ("hexagon", "#d7f0d2"),
        };
        NodeLook { shape, fill }
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
            EdgeKind::Attended => ("#757575", "dashed"),
            EdgeKind::SpokeAt => ("#ef6c00", "dashed"),
            EdgeKind::Issued => ("#1565c0", "solid"),
            EdgeKind::Implements => ("#6a1b9a", "bold"),
            EdgeKind::Supersedes => ("#6d4c41", "dashed"),
            EdgeKind::Discussed => ("#00838f", "dotted"),
            EdgeKind::HoldsPosition => ("#ad1457", "solid"),
            EdgeKind::PartOf => ("#37474f", "dotted"),
        };
        EdgeLook { color, style }
    }
}

/// A node's label before escaping: the wrapped name, then its key attribute
/// (rank for persons, date for documents and meetings) on its own line.
fn node_label(node: &Node) -> String {
    let key = match node.kind {
        NodeKind::Person => node.attrs.get("rank"),
        NodeKind::Organization => None,
        NodeKind::Resolution | NodeKind::Meeting => node.attrs.get("date"),
    };
    let mut label = wrap(&node.name, WRAP);
    if let Some(key) = key.filter(|k| !k.trim().is_empty()) {
        label.push('\n');
        label.push_str(key);
    }
    label
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
              fontsize=18;
              rankdir=LR;
              node [fontname="Helvetica", fontsize=11, style="filled"];
              edge [fontname="Helvetica", fontsize=9];
              subgraph cluster_0 {
                label="legend";
                style="rounded";
                color="gray60";
                fontname="Helvetica";
                legend_organization [label="organization", shape=box, fillcolor="#d3e5f5"];
                legend_resolution [label="resolution", shape=note, fillcolor="#fff4b3"];
                legend_issued_from [label="", shape=point, width=0.05];
                legend_issued_to [label="", shape=point, width=0.05];
                legend_issued_from -> legend_issued_to [label="issued", color="#1565c0", fontcolor="#1565c0", style="solid"];
                legend_implements_from [label="", shape=point, width=0.05];
                legend_implements_to [label="", shape=point, width=0.05];
                legend_implements_from -> legend_implements_to [label="implements", color="#6a1b9a", fontcolor="#6a1b9a", style="bold"];
              }
              n12 [label="Đảng ủy Công an Trung ương", shape=box, fillcolor="#d3e5f5", tooltip="#12 organization"];
              n20 [label="Nghị quyết số 12-NQ/TW\n2022-03-16", shape=note, fillcolor="#fff4b3", tooltip="#20 resolution"];
              n21 [label="Kế hoạch số 118-KH/ĐUCA", shape=note, fillcolor="#fff4b3", tooltip="#21 resolution"];
              n12 -> n21 [label="issued", color="#1565c0", fontcolor="#1565c0", style="solid"];
              n21 -> n20 [label="implements", color="#6a1b9a", fontcolor="#6a1b9a", style="bold"];
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
        for kind in ["ellipse", "box", "note", "hexagon"] {
            assert!(text.contains(&format!("shape={kind}")), "{kind}");
        }
    }

    #[test]
    fn dot_empty_graph_renders() {
        let text = dot(&GraphDocument::default(), &DotOptions::default());
        assert_eq!(text, "digraph {\n  node [fontname=\"Helvetica\", fontsize=11, style=\"filled\"];\n  edge [fontname=\"Helvetica\", fontsize=9];\n}\n");
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
