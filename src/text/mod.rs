//! The text stage: reading article files and turning them into a [`Doc`].
//!
//! Knows nothing of extraction. Submodules: [`ingest`] (file -> [`ingest::Article`]),
//! [`clean`] (normalisation), [`fold`] (matching keys), [`segment`] (sentences),
//! [`meta`] (title, date, boilerplate, byline).

pub mod clean;
pub mod fold;
pub mod ingest;
pub mod meta;
pub mod segment;

use crate::doc::Doc;
use crate::lexicon::Lexicon;
use ingest::Article;

/// Cleans and segments an article; pure and infallible.
// A stage boundary kept in profiles (scripts/instructions.sh): called once
// an article, so never inlining it costs nothing.
#[inline(never)]
pub fn prepare(article: &Article, lexicon: &Lexicon) -> Doc {
    let text = clean::clean(&article.text);
    let meta = meta::analyse(&text, lexicon);
    let sentences = segment::segment(&text, &meta);
    Doc::new(
        article.doc.clone(),
        text,
        meta.title,
        meta.published,
        sentences,
        meta.metadata,
        meta.byline,
    )
}
