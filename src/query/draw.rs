//! The part of the graph an answer states, for drawing it (`trace --dot`,
//! `show --dot`, `path --dot`): the nodes the answer names and exactly the edges
//! behind its facts, nothing from around them. Layout is `export::dot`'s job.

use std::collections::BTreeSet;

use super::{Answer, EntityRef, Fact, TraceNode};
use crate::graph::KnowledgeGraph;
use crate::model::{EdgeKind, GraphDocument, NodeId};

/// An edge as an answer names it: (kind, source, target, role or "").
type EdgeKey = (EdgeKind, NodeId, NodeId, String);

/// The nodes and edge keys an answer names.
#[derive(Default)]
struct Drawn {
    nodes: BTreeSet<NodeId>,
    edges: BTreeSet<EdgeKey>,
}

impl Drawn {
    fn node(&mut self, entity: &EntityRef) {
        self.nodes.insert(entity.id);
    }

    /// An edge from `source` to `target`, both drawn.
    fn edge(&mut self, kind: EdgeKind, source: &EntityRef, target: &EntityRef, role: Option<&str>) {
        self.node(source);
        self.node(target);
        self.edges.insert((
            kind,
            source.id,
            target.id,
            role.unwrap_or_default().to_string(),
        ));
    }

    /// A fact seen from `me`: outgoing when `me` is the edge's source.
    fn fact(&mut self, me: &EntityRef, fact: &Fact, outgoing: bool) {
        let (source, target) = if outgoing {
            (me, &fact.entity)
        } else {
            (&fact.entity, me)
        };
        self.edge(fact.relation, source, target, fact.role.as_deref());
    }

    /// A trace level under `parent`: `outgoing` when the parent is the edges' source.
    fn tree(&mut self, parent: &EntityRef, kind: EdgeKind, nodes: &[TraceNode], outgoing: bool) {
        for child in nodes {
            let doc = &child.document;
            if outgoing {
                self.edge(kind, parent, doc, None);
            } else {
                self.edge(kind, doc, parent, None);
            }
            for issuer in &child.issuers {
                self.edge(EdgeKind::Issued, issuer, doc, None);
            }
            for meeting in &child.discussed_at {
                self.edge(EdgeKind::Discussed, meeting, doc, None);
            }
            self.tree(doc, kind, &child.children, outgoing);
        }
    }
}

/// The subgraph `answer` states (see the module docs), nodes and edges in
/// document order.
pub(super) fn subgraph(graph: &KnowledgeGraph, answer: &Answer) -> GraphDocument {
    let mut drawn = Drawn::default();
    match answer {
        Answer::WhoChaired(who) => {
            for m in &who.meetings {
                drawn.node(&m.meeting);
                for chair in &m.chairs {
                    drawn.fact(&m.meeting, chair, false);
                }
            }
        }
        Answer::Meetings(list) => {
            for row in &list.meetings {
                drawn.node(&row.meeting);
                for org in &row.organizers {
                    drawn.edge(EdgeKind::Organized, org, &row.meeting, None);
                }
                for chair in &row.chairs {
                    drawn.edge(EdgeKind::Chaired, chair, &row.meeting, None);
                }
            }
        }
        Answer::Trace(trace) => {
            let doc = &trace.document;
            drawn.node(doc);
            for issuer in &trace.issuers {
                drawn.fact(doc, issuer, false);
            }
            for meeting in &trace.discussed_at {
                drawn.fact(doc, meeting, false);
            }
            drawn.tree(doc, EdgeKind::Implements, &trace.implements, true);
            drawn.tree(doc, EdgeKind::Implements, &trace.implemented_by, false);
            drawn.tree(doc, EdgeKind::Supersedes, &trace.supersedes, true);
            drawn.tree(doc, EdgeKind::Supersedes, &trace.superseded_by, false);
        }
        Answer::Show(profile) => {
            drawn.node(&profile.entity);
            for section in &profile.sections {
                let outgoing = section.direction == "outgoing";
                for fact in &section.facts {
                    drawn.fact(&profile.entity, fact, outgoing);
                }
            }
        }
        Answer::Holders(holders) => {
            for h in &holders.holders {
                drawn.edge(EdgeKind::HoldsPosition, &h.person, &h.body, Some(&h.role));
            }
        }
        Answer::Path(chain) => {
            drawn.node(&chain.from);
            drawn.node(&chain.to);
            for step in &chain.steps {
                drawn.edge(
                    step.relation,
                    &step.source,
                    &step.target,
                    step.role.as_deref(),
                );
            }
        }
        Answer::Search(search) => {
            for hit in &search.hits {
                drawn.node(&hit.entity);
            }
        }
    }
    let mut doc = graph.subdocument(&drawn.nodes);
    doc.edges.retain(|e| {
        let role = e.attrs.get("role").cloned().unwrap_or_default();
        drawn.edges.contains(&(e.kind, e.source, e.target, role))
    });
    doc
}
