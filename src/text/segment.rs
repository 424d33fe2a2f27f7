//! Sentence segmentation with byte offsets. (Placeholder: one sentence per line.)

use crate::doc::{Sentence, SentenceKind, Span};
use crate::text::meta::Meta;

/// Splits the text into sentences, skipping metadata lines.
pub fn segment(text: &str, meta: &Meta) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, line) in text.split('\n').enumerate() {
        let span = Span::new(start, start + line.len());
        start += line.len() + 1;
        if line.trim().is_empty() || meta.metadata.iter().any(|m| m.overlaps(span)) {
            continue;
        }
        out.push(Sentence { span, paragraph: i, kind: SentenceKind::Body });
    }
    out
}
