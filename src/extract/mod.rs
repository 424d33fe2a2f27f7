//! Rule-based extraction of entity and relation mentions from a [`Doc`].
//! (Placeholder: filled in by the extraction work.)

use crate::doc::Doc;
use crate::lexicon::Lexicon;

/// Everything the extractors found in one document, before resolution.
#[derive(Clone, Debug, Default)]
pub struct Mentions {}

/// Runs every extractor over a document.
pub fn extract(doc: &Doc, lexicon: &Lexicon) -> Mentions {
    let _ = (doc, lexicon);
    Mentions::default()
}
