//! The writer's CPU work on a record that every record needs, done ahead on
//! the extraction threads: whether each quote is the text at its offsets.
//! [`Prepared::of`] is pure; [`super::Store::save_prepared`] takes its
//! results. (The folded names of a node's search index were computed here
//! too, for every entity; the writer now folds only the names it inserts,
//! a fraction of them once most entities are stored.)

use crate::pipeline::ArticleRecord;

/// What [`Prepared::of`] computed for one record.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// The text's length in chars.
    pub(super) n_chars: i64,
    /// For each edge, for each source, whether its quote is the article's text
    /// between its offsets (then no copy is stored; schema 2, 6).
    pub(super) quote_is_span: Vec<Vec<bool>>,
}

impl Prepared {
    /// Prepares `record` for saving.
    pub fn of(record: &ArticleRecord) -> Prepared {
        let offsets = record
            .extraction
            .edges
            .iter()
            .flat_map(|e| &e.sources)
            .flat_map(|s| [s.start, s.end]);
        let text = CharText::new(&record.text, offsets);
        let quote_is_span = record
            .extraction
            .edges
            .iter()
            .map(|e| {
                e.sources
                    .iter()
                    .map(|s| text.slice(s.start, s.end) == Some(s.quote.as_deref().unwrap_or("")))
                    .collect()
            })
            .collect();
        Prepared {
            n_chars: i64::try_from(record.text.chars().count()).unwrap_or(i64::MAX),
            quote_is_span,
        }
    }

    /// Whether this was prepared from a record of this shape.
    pub(super) fn fits(&self, record: &ArticleRecord) -> bool {
        let ex = &record.extraction;
        self.quote_is_span.len() == ex.edges.len()
            && self
                .quote_is_span
                .iter()
                .zip(&ex.edges)
                .all(|(q, e)| q.len() == e.sources.len())
    }
}

/// An article's text with the byte offsets of the char offsets its sources
/// name, to tell whether a quote is the text between a source's offsets (then
/// the store keeps NULL, not a copy). One pass over the text maps them all.
pub(super) struct CharText<'a> {
    text: &'a str,
    /// (char offset, byte offset), ascending.
    bytes: Vec<(usize, usize)>,
}

impl<'a> CharText<'a> {
    pub(super) fn new(text: &'a str, offsets: impl IntoIterator<Item = usize>) -> CharText<'a> {
        let mut wanted: Vec<usize> = offsets.into_iter().collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut bytes = Vec::with_capacity(wanted.len());
        // Walk the text once, stopping at each wanted char offset; the text's
        // end is char offset `chars().count()`. Whole blocks before the next
        // offset are skipped by their char count (`chars().count()` counts
        // many bytes at a time), the rest char by char.
        const BLOCK: usize = 64;
        let (mut c, mut b) = (0, 0);
        for w in wanted {
            while c < w && b < text.len() {
                let mut end = (b + BLOCK).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                let n = text[b..end].chars().count();
                if c + n <= w {
                    (c, b) = (c + n, end);
                    continue;
                }
                let step = text[b..]
                    .char_indices()
                    .nth(w - c)
                    .map_or(text.len() - b, |(k, _)| k);
                (c, b) = (w, b + step);
            }
            if c != w {
                break;
            }
            bytes.push((c, b));
        }
        CharText { text, bytes }
    }

    /// The text between two char offsets, if they are in the text.
    pub(super) fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        let byte = |c: usize| {
            self.bytes
                .binary_search_by_key(&c, |&(c, _)| c)
                .ok()
                .map(|i| self.bytes[i].1)
        };
        self.text.get(byte(start)?..byte(end)?)
    }
}
