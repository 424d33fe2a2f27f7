//! Development tool: extracts articles without a database and writes the graph
//! JSON (entities merged by primary key only), for quick scoring of the rules:
//! `cargo run --example extract_json -- seeds > /tmp/g.json`.

/// mimalloc: extraction allocates many small strings, which it serves
/// several times faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::HashMap;
use std::path::PathBuf;

use cadregraph::lexicon::Lexicon;
use cadregraph::model::{GraphDocument, NodeId};
use cadregraph::pipeline;
use cadregraph::text::ingest::collect_paths;

fn main() {
    let roots: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let (files, errors) = collect_paths(&roots);
    for e in errors {
        eprintln!("{e}");
    }
    let mut graph = GraphDocument::default();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for f in files {
        let article = match pipeline::read(&f) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("skipped {e}");
                continue;
            }
        };
        let rec = pipeline::process(&article, Lexicon::builtin());
        let mut map = Vec::new();
        for ent in rec.extraction.entities {
            let idx = *by_key.entry(ent.key.primary.clone()).or_insert_with(|| {
                let mut n = ent.node.clone();
                n.id = NodeId(graph.nodes.len() as i64);
                n.aliases.clear();
                n.sources.clear();
                graph.nodes.push(n);
                graph.nodes.len() - 1
            });
            let node = &mut graph.nodes[idx];
            for a in std::iter::once(ent.node.name.clone()).chain(ent.node.aliases) {
                if a != node.name && !node.aliases.contains(&a) {
                    node.aliases.push(a);
                }
            }
            node.sources.extend(ent.node.sources);
            for (k, v) in ent.node.attrs {
                node.attrs.entry(k).or_insert(v);
            }
            map.push(NodeId(idx as i64));
        }
        for mut e in rec.extraction.edges {
            e.source = map[e.source.0 as usize];
            e.target = map[e.target.0 as usize];
            graph.edges.push(e);
        }
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&graph).unwrap_or_default()
    );
}
