//! Issuers read from a code's initials: "Kế hoạch số 2190/KH-TNVN" is the plan
//! of "Đài Tiếng nói Việt Nam", "Quy chế phối hợp số 01/QCPH-TVI-CAT" is
//! issued by "Công an tỉnh", when that is the one body the article names whose
//! initials the code writes.
//!
//! A numbered document's code is its type's letters, then the issuer's
//! initials ("KH" then "TNVN"), one part per issuer of a joint document. The
//! lexicon knows the codes of central and local bodies ("NĐ-CP", "KH-UBND");
//! this reads the rest against the bodies of the article, for the documents
//! that no sentence and no known code gave an issuer.

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;

use crate::extract::{Detail, MentionId, Mentions};
use crate::model::{EdgeKind, NodeKind};

/// Place kind words, left out of a name's initials as codes leave them out
/// ("Cục Hải quan tỉnh Bà Rịa - Vũng Tàu": "HQBRVT").
const KIND_WORDS: [&str; 9] = [
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "quận",
    "xã",
    "phường",
    "thị",
    "trấn",
];

/// Relates each numbered document without an issuer to the one body of the
/// article whose initials a part of its code writes.
pub fn bind(mentions: &mut Mentions) {
    let issued: BTreeSet<(String, String)> = mentions
        .relations
        .iter()
        .filter(|r| r.kind == EdgeKind::Issued)
        .filter_map(|r| number_code(mentions, r.target))
        .collect();
    // The documents to bind, with their code's issuer parts: most articles
    // have none, and read no body's initials.
    let todo: Vec<(MentionId, Vec<String>)> = (0..mentions.entities.len())
        .filter_map(|did| {
            let key = number_code(mentions, did).filter(|k| !issued.contains(k))?;
            let parts = issuer_parts(&key.1);
            (!parts.is_empty()).then_some((did, parts))
        })
        .collect();
    if todo.is_empty() {
        return;
    }
    // Each body once, by name, with the initials of its name written in full
    // and without place kind words.
    let mut names = BTreeSet::new();
    let bodies: Vec<(MentionId, [String; 2])> = mentions
        .entities
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == NodeKind::Organization && names.insert(m.name.as_str()))
        .map(|(id, m)| (id, [initials(&m.name, false), initials(&m.name, true)]))
        .collect();
    let mut found = Vec::new();
    for (did, parts) in todo {
        for part in parts {
            let mut matching = bodies
                .iter()
                .filter(|(_, forms)| forms.iter().any(|f| writes(&part, f)));
            if let (Some((one, _)), None) = (matching.next(), matching.next()) {
                found.push((*one, did, mentions.entities[did].span));
            }
        }
    }
    for (oid, did, span) in found {
        mentions.relate(EdgeKind::Issued, oid, did, None, span);
    }
}

/// A numbered document mention's number and code.
fn number_code(mentions: &Mentions, id: MentionId) -> Option<(String, String)> {
    match &mentions.entities.get(id)?.detail {
        Detail::Resolution {
            number: Some(number),
            code: Some(code),
            ..
        } => Some((number.clone(), code.clone())),
        _ => None,
    }
}

/// The issuer parts of a code, upper case without a term number: "KH-TNVN" ->
/// ["TNVN"], "QCPH-TVI-CAT" -> ["TVI", "CAT"], "NQLT-UBTVQH15-CP" -> ["UBTVQH",
/// "CP"]. Not a party committee's ("TU", "HU", "ĐU", "ĐUCA", "TW"): its
/// documents come from the committee, its executive or its standing
/// committee alike, which the code does not tell.
fn issuer_parts(code: &str) -> Vec<String> {
    code.split(['-', '/'])
        .skip(1)
        .map(|p| {
            p.trim_end_matches(|c: char| c.is_ascii_digit())
                .to_uppercase()
        })
        .filter(|p| p.chars().count() >= 2)
        .filter(|p| !(p.ends_with('U') || p.contains("ĐU") || p == "TW"))
        .collect()
}

/// The initials of a name, upper case, each word's first letter without its
/// tone or vowel marks ("Ủy" -> "U"; "Đ" stays), words that are not words
/// ("-", "(") skipped; without place kind words when `no_kind`.
fn initials(name: &str, no_kind: bool) -> String {
    name.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
        .filter(|w| {
            !(no_kind
                && KIND_WORDS
                    .iter()
                    .any(|k| w.chars().flat_map(char::to_lowercase).eq(k.chars())))
        })
        .filter_map(|w| w.nfd().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Whether a code part writes a body's initials: all of them, or, from three
/// letters, their start, or all but the head word's ("TTX" of "Thông tấn xã
/// Việt Nam", "TNVN" of "Đài Tiếng nói Việt Nam"; not "CTN" of "Văn phòng
/// Chủ tịch nước", a department of another).
fn writes(part: &str, initials: &str) -> bool {
    let n = part.chars().count();
    part == initials
        || (n >= 3
            && (initials.starts_with(part)
                || (initials.ends_with(part) && initials.chars().count() == n + 1)))
}

#[cfg(test)]
mod tests {
    use super::{initials, issuer_parts, writes};

    #[test]
    fn initials_of_names_as_codes_write_them() {
        assert_eq!(initials("Đài Tiếng nói Việt Nam", false), "ĐTNVN");
        assert_eq!(initials("Ủy ban nhân dân tỉnh Hà Giang", true), "UBNDHG");
        assert_eq!(
            initials("Cục Hải quan tỉnh Bà Rịa - Vũng Tàu", true),
            "CHQBRVT"
        );
        assert_eq!(issuer_parts("NQLT-UBTVQH15-CP"), ["UBTVQH", "CP"]);
        assert_eq!(issuer_parts("KH-TNVN"), ["TNVN"]);
        assert!(writes("TNVN", &initials("Đài Tiếng nói Việt Nam", false)));
        assert!(writes(
            "HQBRVT",
            &initials("Cục Hải quan tỉnh Bà Rịa - Vũng Tàu", true)
        ));
        assert!(!writes("HV", &initials("Học viện Hậu cần", false)));
        assert!(!writes("CTN", &initials("Văn phòng Chủ tịch nước", false)));
        assert!(issuer_parts("QĐ-TU").is_empty() && issuer_parts("NQ/ĐUCA").is_empty());
    }
}
