//! The JSON export: the shape of `EXPORT_CONTRACT.md`, pretty-printed.
//!
//! The model types mirror the contract field for field, so this writer only
//! serialises; it owns the formatting (two-space indent, final newline), not the
//! shape. Output is deterministic because a [`GraphDocument`] from the store is
//! sorted and attributes are `BTreeMap`s.

use std::io::Write;

use crate::model::GraphDocument;
use crate::{Error, Result};

/// Writes `doc` as pretty JSON followed by a newline.
pub fn write(doc: &GraphDocument, mut out: impl Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut out, doc).map_err(|e| Error::Write(e.into()))?;
    out.write_all(b"\n").map_err(Error::Write)?;
    out.flush().map_err(Error::Write)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attrs, Edge, EdgeKind, Node, NodeId, NodeKind, Source};
    use serde_json::Value;

    fn sample() -> GraphDocument {
        let source = |quote: Option<&str>| Source {
            doc: "000_e8a868fe77b78c13.txt".into(),
            start: 512,
            end: 527,
            quote: quote.map(str::to_string),
        };
        GraphDocument {
            nodes: vec![
                Node {
                    id: NodeId(1),
                    kind: NodeKind::Person,
                    name: "Trần Quốc Tỏ".into(),
                    aliases: vec![],
                    attrs: Attrs::from([("rank".into(), "Trung tướng".into())]),
                    sources: vec![source(None)],
                },
                Node {
                    id: NodeId(3),
                    kind: NodeKind::Organization,
                    name: "Bộ Công an".into(),
                    aliases: vec!["BCA".into()],
                    attrs: Attrs::new(),
                    sources: vec![source(None)],
                },
            ],
            edges: vec![Edge {
                kind: EdgeKind::HoldsPosition,
                source: NodeId(1),
                target: NodeId(3),
                attrs: Attrs::from([("role".into(), "Thứ trưởng".into())]),
                sources: vec![source(Some("Thứ trưởng Bộ Công an"))],
            }],
        }
    }

    fn keys(value: &Value) -> Vec<&str> {
        let mut keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort();
        keys
    }

    #[test]
    fn json_has_exactly_the_contract_keys() {
        let mut out = Vec::new();
        write(&sample(), &mut out).unwrap();
        let value: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(keys(&value), ["edges", "nodes"]);
        let node = &value["nodes"][0];
        assert_eq!(
            keys(node),
            ["aliases", "attrs", "id", "kind", "name", "sources"]
        );
        assert!(node["id"].is_u64() && node["aliases"].is_array() && node["attrs"].is_object());
        assert_eq!(keys(&node["sources"][0]), ["doc", "end", "start"]);
        let edge = &value["edges"][0];
        assert_eq!(keys(edge), ["attrs", "kind", "source", "sources", "target"]);
        assert_eq!(keys(&edge["sources"][0]), ["doc", "end", "quote", "start"]);
        assert_eq!(edge["kind"], "holds_position");
        assert_eq!(edge["attrs"]["role"], "Thứ trưởng");
    }

    #[test]
    fn json_is_pretty_and_ends_with_newline() {
        let mut out = Vec::new();
        write(&GraphDocument::default(), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n  \"nodes\": [],\n  \"edges\": []\n}\n"
        );
    }
}
