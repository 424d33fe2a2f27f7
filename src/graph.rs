//! Placeholder for the in-memory graph (the query branch owns the real one):
//! only the constructor the binary needs.

use crate::model::GraphDocument;

/// The merged graph in memory, for queries.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    doc: GraphDocument,
}

impl KnowledgeGraph {
    /// Builds the graph from a loaded document.
    pub fn from_document(doc: GraphDocument) -> KnowledgeGraph {
        KnowledgeGraph { doc }
    }

    /// The document the graph was built from.
    pub fn document(&self) -> &GraphDocument {
        &self.doc
    }
}
