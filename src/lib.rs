//! cadregraph turns Vietnamese political news into a knowledge graph of
//! officials, bodies, directive documents and meetings.
//!
//! The pipeline, stage by stage (see ARCHITECTURE.md):
//! [`text`] reads and cleans an article into a segmented [`doc::Doc`];
//! [`extract`] finds mentions and relations with rules over [`lexicon`] data;
//! [`resolve`] joins them into one [`model::Extraction`] per article;
//! [`store`] merges extractions into SQLite; [`graph`] loads the merged graph
//! into petgraph; [`query`] and [`export`] answer users.
#![warn(missing_docs)]

pub mod date;
pub mod doc;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod query;
pub mod resolve;
pub mod store;
pub mod subgraph;
pub mod text;

pub use error::{Error, Result};
