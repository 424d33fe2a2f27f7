//! The segmented article that every extractor reads: cleaned text, title,
//! published date, sentences, and the regions that are site metadata.
//!
//! A [`Span`] holds byte offsets into `Doc::text` and is a view, never a copy.
//! Export offsets are char offsets; [`Doc::char_offset`] is the one conversion.

use crate::date::PartialDate;

/// A byte range of a document's text; always on char boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// What part of the article a sentence belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SentenceKind {
    /// The headline (first non-empty line).
    Title,
    /// Running text, captions included.
    Body,
}

/// One sentence of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is, trimmed of surrounding white space.
    pub span: Span,
    /// Index of its paragraph (line) among the article's non-empty lines.
    pub paragraph: usize,
    /// Title or body.
    pub kind: SentenceKind,
}

/// A cleaned, segmented article.
#[derive(Clone, Debug)]
pub struct Doc {
    /// The article's file name, as sources cite it.
    pub name: String,
    /// The cleaned text (NFC, plain spaces, LF line ends): every offset indexes it.
    pub text: String,
    /// The headline, if any.
    pub title: Option<Span>,
    /// The publication date when the article states one.
    pub published: Option<PartialDate>,
    /// Sentences of the title and body, in order; metadata lines are not among them.
    pub sentences: Vec<Sentence>,
    /// Lines recognised as site furniture, bylines or source lines.
    pub metadata: Vec<Span>,
    /// The byline or source line ("Trần Tuấn", "Theo CAND"), if recognised.
    pub byline: Option<Span>,
    /// `starts[k]`: how many characters start before byte `k * STRIDE`.
    starts: Vec<u32>,
}

/// Bytes between two entries of the char offset index.
const STRIDE: usize = 64;

/// Whether a byte continues a UTF-8 character (is not its first byte).
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// How many characters start in a run of bytes.
fn char_starts(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| !is_continuation(b)).count() as u32
}

impl Doc {
    /// Builds a document from its parts; indexes char offsets.
    pub fn new(
        name: String,
        text: String,
        title: Option<Span>,
        published: Option<PartialDate>,
        sentences: Vec<Sentence>,
        metadata: Vec<Span>,
        byline: Option<Span>,
    ) -> Doc {
        let starts = std::iter::once(0)
            .chain(text.as_bytes().chunks(STRIDE).scan(0u32, |n, chunk| {
                *n += char_starts(chunk);
                Some(*n)
            }))
            .collect();
        Doc {
            name,
            text,
            title,
            published,
            sentences,
            metadata,
            byline,
            starts,
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The char offset of a byte offset (which must be a char boundary).
    ///
    /// A byte inside a character gives that character's offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        let byte = byte.min(bytes.len());
        let k = byte / STRIDE;
        let before = self.starts.get(k).copied().unwrap_or(0)
            + char_starts(bytes.get(k * STRIDE..byte).unwrap_or(&[]));
        // Inside a character, the characters starting before it include its own.
        let inside = bytes.get(byte).is_some_and(|&b| is_continuation(b));
        before as usize - usize::from(inside && before > 0)
    }

    /// The sentence containing a byte offset, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.end <= byte);
        self.sentences.get(i).filter(|s| s.span.start <= byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_char_offset_at_every_byte() {
        let text = "Tỉnh ủy Hà Tĩnh: ".repeat(9) + "x😀é\u{301}";
        let doc = Doc::new(
            String::new(),
            text.clone(),
            None,
            None,
            Vec::new(),
            Vec::new(),
            None,
        );
        // The table this index replaced: each byte of a character maps to it.
        let mut table = vec![0; text.len() + 1];
        let mut n = 0;
        for (i, c) in text.char_indices() {
            table[i..i + c.len_utf8()].fill(n);
            n += 1;
        }
        table[text.len()] = n;
        for byte in 0..text.len() + 3 {
            assert_eq!(doc.char_offset(byte), table[byte.min(text.len())], "{byte}");
        }
    }
}
