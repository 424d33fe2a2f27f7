//! Placeholder Graphviz writer (plain `digraph`); the real one comes from the query branch.

use std::io::Write;

use crate::model::GraphDocument;
use crate::{Error, Result};

/// Options of the DOT export (none yet in this placeholder).
#[derive(Clone, Debug, Default)]
pub struct DotOptions {}

/// Writes `doc` as a Graphviz `digraph`: ASCII node ids (`n12`), names as labels.
pub fn write(doc: &GraphDocument, opts: &DotOptions, mut out: impl Write) -> Result<()> {
    let _ = opts;
    let mut text = String::from("digraph cadregraph {\n");
    for node in &doc.nodes {
        text.push_str(&format!(
            "  n{} [label=\"{}\", kind=\"{}\"];\n",
            node.id,
            escape(&node.name),
            node.kind
        ));
    }
    for edge in &doc.edges {
        text.push_str(&format!(
            "  n{} -> n{} [label=\"{}\"];\n",
            edge.source, edge.target, edge.kind
        ));
    }
    text.push_str("}\n");
    out.write_all(text.as_bytes()).map_err(Error::Write)?;
    out.flush().map_err(Error::Write)
}

/// Escapes a string for a double-quoted DOT attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
