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
    /// `char_at[i]` is the char offset of byte `i` (valid at char boundaries).
    char_at: Vec<u32>,
}

impl Doc {
    /// Builds a document from its parts; computes the byte-to-char table.
    pub fn new(
        name: String,
        text: String,
        title: Option<Span>,
        published: Option<PartialDate>,
        sentences: Vec<Sentence>,
        metadata: Vec<Span>,
        byline: Option<Span>,
    ) -> Doc {
        let mut char_at = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (i, c) in text.char_indices() {
            for slot in &mut char_at[i..i + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        char_at[text.len()] = n;
        Doc {
            name,
            text,
            title,
            published,
            sentences,
            metadata,
            byline,
            char_at,
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The char offset of a byte offset (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.char_at[byte.min(self.text.len())] as usize
    }

    /// The sentence containing a byte offset, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.span.end <= byte);
        self.sentences.get(i).filter(|s| s.span.start <= byte)
    }
}
