//! Placeholder for the graph module.
