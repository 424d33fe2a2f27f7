//! Lists of integers packed into one BLOB: unsigned LEB128 varints, each
//! number a difference from the one before where the list ascends, so an
//! article's ids or a node's mention offsets take a byte or two apiece.
//!
//! Three lists are stored this way: the ids of the nodes and edges an article
//! supports (`article_facts`, schema 4), a node's spans in an article
//! (`node_sources.spans`, schema 5) and an edge's (`edge_sources.spans`,
//! schema 6, with the quotes that are not the text between their offsets).

use std::collections::{BTreeMap, BTreeSet};

/// An edge's spans in one article, each with its quote: `None` when the quote
/// is the article's text between the offsets.
pub(super) type QuotedSpans = BTreeMap<(usize, usize), Option<String>>;

/// Appends `value` as an unsigned LEB128 varint.
fn put(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The varints of `bytes`; `None` for bytes [`put`] cannot have written (a
/// varint cut short or longer than 64 bits).
fn values(bytes: &[u8]) -> Option<Vec<u64>> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut value = 0u64;
    let mut shift = 0u32;
    for &byte in bytes {
        if shift > 63 {
            return None;
        }
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            out.push(value);
            value = 0;
            shift = 0;
        } else {
            shift += 7;
        }
    }
    (shift == 0).then_some(out)
}

/// Packs ascending ids as differences from the previous one.
pub(super) fn pack_ids(ids: &BTreeSet<i64>) -> Vec<u8> {
    let mut out = Vec::with_capacity(ids.len() * 2);
    let mut previous = 0i64;
    for &id in ids {
        put(&mut out, u64::try_from(id - previous).unwrap_or(0));
        previous = id;
    }
    out
}

/// The ids [`pack_ids`] packed; `None` for damaged bytes.
pub(super) fn unpack_ids(bytes: &[u8]) -> Option<Vec<i64>> {
    let mut previous = 0i64;
    values(bytes)?
        .into_iter()
        .map(|delta| {
            previous = previous.checked_add(i64::try_from(delta).ok()?)?;
            Some(previous)
        })
        .collect()
}

/// Packs char spans `(start, end)`, sorted and without repeats, as the start's
/// difference from the previous start and the span's length.
pub(super) fn pack_spans<'a>(spans: impl IntoIterator<Item = &'a (usize, usize)>) -> Vec<u8> {
    let mut out = Vec::with_capacity(8);
    let mut previous = 0usize;
    for &(start, end) in spans {
        put(&mut out, (start - previous) as u64);
        put(&mut out, end.saturating_sub(start) as u64);
        previous = start;
    }
    out
}

/// The spans [`pack_spans`] packed, in order; `None` for damaged bytes.
pub(super) fn unpack_spans(bytes: &[u8]) -> Option<Vec<(usize, usize)>> {
    let values = values(bytes)?;
    if values.len() % 2 != 0 {
        return None;
    }
    let mut previous = 0usize;
    values
        .chunks_exact(2)
        .map(|pair| {
            let start = previous.checked_add(usize::try_from(pair[0]).ok()?)?;
            let end = start.checked_add(usize::try_from(pair[1]).ok()?)?;
            previous = start;
            Some((start, end))
        })
        .collect()
}

/// Packs an edge's spans in an article as [`pack_spans`] does, and its quotes:
/// `None` when every quote is the text between its offsets, else a JSON array
/// holding, for each span in order, its quote or null.
pub(super) fn pack_quoted_spans(spans: &QuotedSpans) -> (Vec<u8>, Option<String>) {
    let packed = pack_spans(spans.keys());
    let quotes = spans.values().any(Option::is_some).then(|| {
        let quotes: Vec<Option<&str>> = spans.values().map(Option::as_deref).collect();
        // A list of strings and nulls always serialises.
        serde_json::to_string(&quotes).unwrap_or_default()
    });
    (packed, quotes)
}

/// The spans and quotes [`pack_quoted_spans`] packed; `None` for damaged
/// bytes or quotes that do not match the spans.
pub(super) fn unpack_quoted_spans(spans: &[u8], quotes: Option<&str>) -> Option<QuotedSpans> {
    let spans = unpack_spans(spans)?;
    let quotes: Vec<Option<String>> = match quotes {
        None => vec![None; spans.len()],
        Some(json) => serde_json::from_str(json).ok()?,
    };
    (quotes.len() == spans.len()).then(|| spans.into_iter().zip(quotes).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for ids in [
            vec![],
            vec![1],
            vec![1, 2, 3, 127, 128, 129, 16_384, 2_000_000, i64::MAX / 2],
        ] {
            let set: BTreeSet<i64> = ids.iter().copied().collect();
            assert_eq!(unpack_ids(&pack_ids(&set)), Some(ids));
        }
        // Twenty nearby ids take about a byte each.
        let near: BTreeSet<i64> = (1_000_000..1_000_020).collect();
        assert!(pack_ids(&near).len() <= 23);
        // A varint cut short is refused.
        assert_eq!(unpack_ids(&[0x80]), None);
    }

    #[test]
    fn spans_round_trip() {
        for spans in [
            vec![],
            vec![(0, 0)],
            vec![(0, 12), (0, 30), (5, 9), (4_000, 4_020), (200_000, 200_003)],
        ] {
            let set: BTreeSet<(usize, usize)> = spans.iter().copied().collect();
            assert_eq!(unpack_spans(&pack_spans(&set)), Some(spans));
        }
        // Three mentions of a name in an article: about six bytes.
        let set = BTreeSet::from([(120, 131), (900, 911), (2_500, 2_511)]);
        assert!(pack_spans(&set).len() <= 8);
        // An odd count of numbers, or a cut varint, is refused.
        assert_eq!(unpack_spans(&[1]), None);
        assert_eq!(unpack_spans(&[1, 0x80]), None);
    }

    #[test]
    fn quoted_spans_round_trip() {
        let plain: QuotedSpans = BTreeMap::from([((3, 40), None), ((90, 140), None)]);
        let (packed, quotes) = pack_quoted_spans(&plain);
        // Quotes that are the text take no bytes at all.
        assert_eq!(quotes, None);
        assert_eq!(unpack_quoted_spans(&packed, None), Some(plain));

        let mixed: QuotedSpans = BTreeMap::from([
            ((3, 40), None),
            ((90, 140), Some("Ông \"A\" nói".to_string())),
        ]);
        let (packed, quotes) = pack_quoted_spans(&mixed);
        assert_eq!(unpack_quoted_spans(&packed, quotes.as_deref()), Some(mixed));
        // Quotes that do not match the spans are damage, not a guess.
        assert_eq!(unpack_quoted_spans(&packed, Some("[null]")), None);
        assert_eq!(unpack_quoted_spans(&packed, Some("not json")), None);
    }
}
