//! Placeholder for the analyst's questions (the query branch owns the real
//! module): the request type and entry point the binary dispatches to.

use serde::Serialize;

use crate::graph::KnowledgeGraph;
use crate::model::NodeKind;
use crate::{Error, Result};

/// A question about the graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Who chaired the meetings matching a query.
    WhoChaired {
        /// Words of the meeting's name, type or date.
        meeting: String,
    },
    /// Meetings matching every given filter.
    Meetings {
        /// A person who chaired.
        chaired_by: Option<String>,
        /// A person who attended.
        attended_by: Option<String>,
        /// An organisation that organised.
        organized_by: Option<String>,
        /// A document discussed.
        discussed: Option<String>,
        /// Earliest date (ISO).
        from: Option<String>,
        /// Latest date (ISO).
        to: Option<String>,
    },
    /// The documents implementing (or implemented by) a document.
    Trace {
        /// The document.
        doc: String,
        /// How many hops to follow.
        depth: Option<usize>,
    },
    /// Everything known about one entity.
    Show {
        /// The entity.
        entity: String,
    },
    /// Entities whose names match a text.
    Search {
        /// The text.
        text: String,
        /// Only this kind.
        kind: Option<NodeKind>,
    },
}

/// The answer to a [`Request`].
#[derive(Clone, Debug, Default, Serialize)]
pub struct Answer {}

impl Answer {
    /// The answer as plain text.
    pub fn render_text(&self) -> String {
        String::new()
    }

    /// Whether the answer found nothing.
    pub fn is_empty(&self) -> bool {
        true
    }
}

/// Answers a request over the graph.
pub fn answer(graph: &KnowledgeGraph, request: &Request) -> Result<Answer> {
    let _ = (graph, request);
    Err(Error::Query(
        "queries are not yet implemented in this build".into(),
    ))
}
