//! Placeholder for the export module.
