//! One article from file to extraction: read, clean, segment, extract, resolve.
//!
//! This is the seam between the text-and-extraction half of the crate and the
//! storage half: [`process`] is pure (no IO), [`ArticleRecord`] is what the store
//! saves atomically for one article.

use std::path::Path;

use crate::lexicon::Lexicon;
use crate::model::Extraction;
use crate::text::ingest::Article;
use crate::Result;

/// Everything the store keeps about one article.
#[derive(Clone, Debug)]
pub struct ArticleRecord {
    /// The article's file name (the `doc` of every source).
    pub doc: String,
    /// The path it was read from.
    pub path: String,
    /// Hex SHA-256 of the file's bytes: an unchanged file is not re-extracted.
    pub hash: String,
    /// The headline.
    pub title: Option<String>,
    /// Publication date (ISO, possibly partial), when stated.
    pub published: Option<String>,
    /// The cleaned text that sources index.
    pub text: String,
    /// The facts found in it.
    pub extraction: Extraction,
}

/// Reads one file into an [`Article`] (see [`crate::text::ingest::read_article`]).
pub fn read(path: &Path) -> Result<Article> {
    crate::text::ingest::read_article(path)
}

/// Extracts the facts of one article. Never fails: odd text yields fewer facts.
// A stage boundary kept in profiles (scripts/instructions.sh): called once
// an article, so never inlining it costs nothing.
#[inline(never)]
pub fn process(article: &Article, lexicon: &Lexicon) -> ArticleRecord {
    let doc = crate::text::prepare(article, lexicon);
    let extraction =
        crate::resolve::resolve(&doc, &crate::extract::extract(&doc, lexicon), lexicon);
    ArticleRecord {
        doc: article.doc.clone(),
        path: article.path.display().to_string(),
        hash: article.hash.clone(),
        title: doc.title.map(|s| doc.slice(s).to_string()),
        published: doc.published.map(|d| d.to_iso()),
        text: doc.text.clone(),
        extraction,
    }
}
