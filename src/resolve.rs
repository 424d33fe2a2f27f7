//! Mentions to entities: joins the mentions of one article into one
//! [`Extraction`].
//!
//! - Organisations written without their place ("Tỉnh ủy", "Công an tỉnh") take
//!   the nearest province of the right kind named before them, or the article's
//!   one province; when none is certain they stay scoped to the article.
//! - Short citations ("Nghị quyết số 12", "Quy định 58") join the full one of the
//!   same type and number ("... 12-NQ/TW") when the article gives one code;
//!   bare type words ("thực hiện Nghị quyết") join the latest document of that type.
//! - Meetings: mentions whose descriptions agree are one meeting; the headline's
//!   meeting joins the body's; bare "Hội nghị" and sentences that name no
//!   meeting refer to the main meeting; a missing year comes from the article's date.
//! - Every entity gets its [`EntityKey`]: how it is recognised in other articles.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use crate::date::PartialDate;
use crate::doc::{Doc, Span};
use crate::extract::{when, Detail, MentionId, Mentions, MAIN_MEETING};
use crate::lexicon::{Lexicon, PlaceKind};
use crate::model::{
    Attrs, Edge, EdgeKind, Entity, EntityKey, Extraction, Node, NodeId, NodeKind, Source,
};
use crate::text::fold;

/// An entity being built from mentions.
struct Cluster {
    kind: NodeKind,
    key: EntityKey,
    name: String,
    names: BTreeSet<String>,
    attrs: Attrs,
    spans: BTreeSet<Span>,
    first: Span,
}

/// Resolves the mentions of one document.
// A stage boundary kept in profiles (scripts/instructions.sh): called once
// an article, so never inlining it costs nothing.
#[inline(never)]
pub fn resolve(doc: &Doc, mentions: &Mentions, lexicon: &Lexicon) -> Extraction {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut of: Vec<Option<usize>> = vec![None; mentions.entities.len()];
    // Organisation mentions bound to a ministry the article does not single out.
    let mut guessed: std::collections::HashSet<MentionId> = std::collections::HashSet::new();

    let mut add = |clusters: &mut Vec<Cluster>,
                   kind: NodeKind,
                   key: EntityKey,
                   name: String,
                   span: Span|
     -> usize {
        let id = *index.entry(key.primary.clone()).or_insert_with(|| {
            clusters.push(Cluster {
                kind,
                key: key.clone(),
                name: name.clone(),
                names: BTreeSet::new(),
                attrs: Attrs::new(),
                spans: BTreeSet::new(),
                first: span,
            });
            clusters.len() - 1
        });
        let c = &mut clusters[id];
        c.spans.insert(span);
        let surface = doc.slice(span);
        // A body written as a post ("Thủ tướng" for the Government) or a
        // meeting of it ("Hội nghị Trung ương") is not named by those words.
        let post = kind == NodeKind::Organization && post_or_meeting(surface, lexicon);
        if !post {
            c.names.insert(surface.to_string());
        }
        c.names.insert(name);
        id
    };

    // Organisation names of the article, in order, for bare heads to refer back to.
    // A body named inside another's name counts too: "Quân chủng Phòng không -
    // Không quân" in "Đảng ủy Quân chủng Phòng không - Không quân".
    let mut named: Vec<(usize, &str, Option<PlaceKind>)> = mentions
        .entities
        .iter()
        .filter(|m| m.kind == NodeKind::Organization && m.name.contains(' '))
        .flat_map(|m| {
            let inner = m.name.char_indices().filter_map(move |(k, ch)| {
                (k > 0 && ch.is_uppercase() && m.name[..k].ends_with(' '))
                    .then(|| &m.name[k..])
                    .filter(|s| s.contains(' '))
            });
            let needs_place = match &m.detail {
                Detail::Organization { needs_place, .. } => *needs_place,
                _ => None,
            };
            std::iter::once((m.name.as_str(), needs_place))
                .chain(inner.map(|n| (n, None)))
                .map(move |(n, needs)| (m.span.start, n, needs))
        })
        .collect();
    named.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let named_orgs: Vec<NamedOrg> = named
        .into_iter()
        .map(|(at, name, needs_place)| NamedOrg {
            at,
            name,
            key: fold::key(name),
            needs_place,
        })
        .collect();
    // How often each folded name is named: a bare head takes the body the
    // article names most.
    let mut named_times: FxHashMap<&str, usize> = FxHashMap::default();
    for n in &named_orgs {
        *named_times.entry(&n.key).or_default() += 1;
    }
    // A bare head with one possible completion counts for it: "Đảng ủy Tập
    // đoàn" names the group's committee as often as the full name does.
    let bares: Vec<Option<(String, String)>> = named_orgs
        .iter()
        .map(|n| bare_head_end(n.name, lexicon))
        .collect();
    let full_keys: BTreeSet<&str> = named_orgs
        .iter()
        .zip(&bares)
        .filter(|(_, bare)| bare.is_none())
        .map(|(n, _)| n.key.as_str())
        .collect();
    let bare_names: std::collections::HashSet<&str> = named_orgs
        .iter()
        .zip(&bares)
        .filter(|(_, bare)| bare.is_some())
        .map(|(n, _)| n.name)
        .collect();
    // (Counts of completed names, kept apart from the borrowed keys above.)
    let mut completed_times: FxHashMap<String, usize> = FxHashMap::default();
    for (stem, head) in bares.iter().flatten() {
        let prefix = format!("{} ", fold::key(head));
        let fulls: Vec<&&str> = full_keys
            .iter()
            .filter(|m| m.starts_with(&prefix))
            .collect();
        if let [full] = fulls.as_slice() {
            let completed = match stem.trim_end() {
                "" => full.to_string(),
                stem => format!("{} {full}", fold::key(stem)),
            };
            *completed_times.entry(completed).or_default() += 1;
        }
    }
    let named_times = |key: &str| {
        named_times.get(key).copied().unwrap_or(0) + completed_times.get(key).copied().unwrap_or(0)
    };
    let main_place = mentions.main_place(lexicon, doc.published.as_ref());
    // Persons and organisations.
    for (mid, m) in mentions.entities.iter().enumerate() {
        let bare = match m.kind {
            NodeKind::Organization => bare_head_end(&m.name, lexicon),
            _ => None,
        };
        match (&m.detail, m.kind) {
            (Detail::Person { rank, by_title, .. }, NodeKind::Person) => {
                let key = EntityKey {
                    primary: format!("person|{}", fold::key(&m.name)),
                    loose: None,
                };
                let c = add(&mut clusters, NodeKind::Person, key, m.name.clone(), m.span);
                // A post standing for the person ("Thủ tướng yêu cầu ...") is
                // evidence for the relations of its sentence, which quote it;
                // the node's own sources quote only its names.
                if *by_title {
                    let surface = doc.slice(m.span);
                    if surface != m.name {
                        clusters[c].names.remove(surface);
                    }
                    clusters[c].spans.remove(&m.span);
                }
                if let Some(r) = rank {
                    clusters[c]
                        .attrs
                        .entry("rank".into())
                        .or_insert_with(|| r.clone());
                }
                of[mid] = Some(c);
            }
            (Detail::Organization { .. }, NodeKind::Organization) if bare.is_some() => {
                // "Tư lệnh Quân khu", "Đảng ủy Quân khu": a "Quân khu ..." named
                // before (else after) completes the bare head: the one the
                // article names most, the latest on a tie ("Quân đoàn 1 và
                // Quân đoàn 2 được tổ chức lại" in passing does not displace the
                // article's own "Quân đoàn 12").
                let (stem, head) = bare.unwrap_or_default();
                let prefix = format!("{} ", fold::key(&head));
                // A bare head itself ("Đảng ủy Tập đoàn" for "Đảng ủy") completes nothing.
                // (A "Trưởng Ban" heads a commission or board, not the Party's
                // Central or Standing Committee, Secretariat or cadres' committee.)
                let led_board = |key: &str| {
                    prefix != "ban "
                        || !["ban chấp hành", "ban thường vụ", "ban bí thư", "ban cán sự"]
                            .iter()
                            .any(|b| key.starts_with(b))
                };
                let matches = |n: &&NamedOrg| {
                    n.key.starts_with(&prefix) && !bare_names.contains(n.name) && led_board(&n.key)
                };
                let antecedent = if prefix == "bộ " {
                    // "Thứ trưởng", "Đảng ủy Bộ": the ministry, when the article
                    // names exactly one ("Bộ Chính trị" is no antecedent), or
                    // names one more often than any other (a ministry's report
                    // that mentions the one it merges with).
                    only_ministry(&named_orgs, lexicon).or_else(|| {
                        guessed.insert(mid);
                        main_ministry(&named_orgs, &named_times, lexicon)
                    })
                } else {
                    let before: Vec<&NamedOrg> = named_orgs
                        .iter()
                        .filter(|n| n.at < m.span.start)
                        .filter(matches)
                        .collect();
                    match before.is_empty() {
                        false => before
                            .into_iter()
                            .enumerate()
                            .max_by_key(|(at, n)| (named_times(&n.key), *at))
                            .map(|(_, n)| n),
                        true => named_orgs.iter().find(matches),
                    }
                };
                if let Some(antecedent) = antecedent {
                    let full = antecedent.name;
                    // "Đảng ủy xã" completes to the commune the article names.
                    let name = match antecedent.needs_place.and_then(|kind| {
                        place_for(doc, mentions, Span::new(antecedent.at, antecedent.at), kind)
                    }) {
                        Some(place) => format!("{stem}{full} {place}"),
                        None => format!("{stem}{full}"),
                    };
                    let key = EntityKey {
                        primary: format!("organization|{}", fold::key(&name)),
                        loose: None,
                    };
                    let c = add(&mut clusters, NodeKind::Organization, key, name, m.span);
                    of[mid] = Some(c);
                }
            }
            (Detail::Organization { needs_place, place }, NodeKind::Organization) => {
                // "Công an xã" in an article that names no commune is generic.
                if let Some(kind @ PlaceKind::Local(_)) = needs_place {
                    if place_for(doc, mentions, m.span, *kind).is_none() {
                        continue;
                    }
                }
                // "Sở Xây dựng" written without its place is taken for a province's
                // ("... tỉnh"): in an article about a centrally-run city it is
                // the city's.
                let city_department = match (m.name.strip_suffix(" tỉnh"), main_place) {
                    (Some(stem), Some((city, PlaceKind::City))) if stem.starts_with("Sở ") => {
                        Some(format!("{stem} thành phố {city}"))
                    }
                    _ => None,
                };
                let (name, scoped) = match needs_place {
                    _ if city_department.is_some() => (city_department.unwrap_or_default(), false),
                    Some(kind) => match place_for(doc, mentions, m.span, *kind) {
                        Some(place) => (format!("{} {place}", m.name), false),
                        // "Sở Y tế tỉnh" in an article about a city: "Sở Y tế thành phố Hà Nội".
                        None => match (
                            m.name.strip_suffix(" tỉnh"),
                            place_for(doc, mentions, m.span, PlaceKind::City),
                        ) {
                            (Some(stem), Some(city)) => (format!("{stem} thành phố {city}"), false),
                            (Some(stem), None) if !stem.contains(' ') => (m.name.clone(), true),
                            (Some(stem), None) => (stem.to_string(), true),
                            (None, _) => (m.name.clone(), true),
                        },
                    },
                    None => match central_of_association(&m.name, &named_orgs)
                        .or_else(|| only_longer_name(&m.name, &named_orgs, lexicon))
                    {
                        Some(full) => (full, false),
                        None => (fullest_delegation(mentions, &m.name), false),
                    },
                };
                let name = front_committee(&name).unwrap_or(name);
                let place = place.clone().or_else(|| match (needs_place, main_place) {
                    (Some(kind), _) => place_for(doc, mentions, m.span, *kind),
                    (None, _) => None,
                });
                let name = official_place_name(name, place.as_deref(), lexicon);
                let primary = if scoped {
                    format!("organization|{}|{}", doc.name, fold::key(&name))
                } else {
                    match ministry_department(&name, &named_orgs, lexicon) {
                        Some(of) => format!("organization|{} {}", fold::key(&name), fold::key(of)),
                        None => format!("organization|{}", fold::key(&name)),
                    }
                };
                let completed = needs_place.is_some() && !scoped;
                let c = add(
                    &mut clusters,
                    NodeKind::Organization,
                    EntityKey {
                        primary,
                        loose: None,
                    },
                    name.clone(),
                    m.span,
                );
                // "Tỉnh ủy" completed from the article's place is no name of
                // "Tỉnh ủy Hà Tĩnh" elsewhere: the bare surface is not an alias.
                // (Only a bare head: "Tham mưu Công an tỉnh" under "Phòng ..." stays.)
                let surface = doc.slice(m.span);
                let first = |s: &str| {
                    let w = fold::key(s.split(' ').next().unwrap_or(""));
                    let w = lexicon.abbreviations.get(&w).map_or(w, |x| fold::key(x));
                    w.split(' ').next().unwrap_or("").to_string()
                };
                if completed
                    && fold::key(surface) != fold::key(&name)
                    && first(surface) == first(&name)
                {
                    clusters[c].names.remove(surface);
                    // ("Thường trực HĐND tỉnh" in an article on Tây Ninh is
                    // written "Thường trực HĐND tỉnh Tây Ninh" elsewhere.)
                    let kind_word = matches!(
                        fold::key(surface).rsplit(' ').next(),
                        Some("tỉnh" | "phố" | "tp" | "huyện" | "quận" | "xã" | "phường")
                    );
                    if let (true, Some(place)) = (kind_word, place.as_deref()) {
                        if surface.contains(' ') && !surface.contains(place) {
                            clusters[c].names.insert(format!("{surface} {place}"));
                        }
                    }
                }
                of[mid] = Some(c);
            }
            _ => {}
        }
    }

    // A body known from a document's code ("Nghị quyết số 48/NQ-HĐND") is
    // written there as the document: its text is no name of the body.
    for c in clusters
        .iter_mut()
        .filter(|c| c.kind == NodeKind::Organization)
    {
        // (Only a name with a number can be a coded document's text.)
        c.names.retain(|n| {
            if !n.bytes().any(|b| b.is_ascii_digit()) {
                return true;
            }
            let key = fold::key(n);
            let words: Vec<&str> = key.split(' ').take(4).collect();
            !(1..=words.len()).any(|k| lexicon.doc_types.get(&words[..k].join(" ")).is_some())
        });
    }
    drop_code_only_issuers(mentions, &mut clusters, &mut of);
    let scopes = local_scopes(doc, mentions, &clusters, &of, lexicon);
    resolve_documents(doc, mentions, &mut clusters, &mut of, &mut add, &scopes);
    let (main, sittings, reported_after) =
        resolve_meetings(doc, mentions, &mut clusters, &mut of, &mut add);
    own_congress_resolution(&mut clusters, &mut of, main);

    // Edges.
    let mut edges: BTreeMap<(EdgeKind, usize, usize, String), BTreeSet<Span>> = BTreeMap::new();
    // A sentence that names no meeting is about the sitting reported last
    // before it ("Chiều 4/6, ... điều hành phiên chất vấn ..."), else the main one.
    let target_of = |id: MentionId, at: Span| -> Option<usize> {
        if id == MAIN_MEETING {
            let here = doc.sentences.partition_point(|s| s.span.end <= at.start);
            if let Some(&(_, c)) = reported_after.iter().find(|(s, _)| *s == here) {
                return Some(c);
            }
            sittings
                .iter()
                .rev()
                .find(|s| s.0 <= at.start)
                .map(|s| s.1)
                .or(main)
        } else {
            of.get(id).copied().flatten()
        }
    };
    // Posts bound to a guessed ministry, by (person, role): dropped below
    // when the article gives the same person the same role in a named body.
    let mut guessed_posts: BTreeSet<(usize, usize, String)> = BTreeSet::new();
    let mut named_posts: BTreeSet<(usize, usize, String)> = BTreeSet::new();
    for r in &mentions.relations {
        let (Some(s), Some(t)) = (
            target_of(r.source, r.evidence),
            target_of(r.target, r.evidence),
        ) else {
            continue;
        };
        if r.kind == EdgeKind::HoldsPosition {
            let post = (s, t, r.role.clone().unwrap_or_default());
            match guessed.contains(&r.target) {
                true => guessed_posts.insert(post),
                false => named_posts.insert(post),
            };
        }
        let (sk, tk) = r.kind.endpoints();
        if s == t || clusters[s].kind != sk || clusters[t].kind != tk {
            continue;
        }
        edges
            .entry((r.kind, s, t, r.role.clone().unwrap_or_default()))
            .or_default()
            .insert(r.evidence);
    }
    // "Phiên họp đã thông qua Nghị quyết số 41": a document a meeting adopted,
    // with no issuer of its own, is issued by the one body that held it.
    for &(meeting, document, evidence) in &mentions.adoptions {
        let (Some(m), Some(d)) = (target_of(meeting, evidence), target_of(document, evidence))
        else {
            continue;
        };
        if clusters[m].kind != NodeKind::Meeting || clusters[d].kind != NodeKind::Resolution {
            continue;
        }
        if edges.keys().any(|k| k.0 == EdgeKind::Issued && k.2 == d) {
            continue;
        }
        let holders: Vec<usize> = edges
            .keys()
            .filter(|k| k.0 == EdgeKind::Organized && k.2 == m)
            .map(|k| k.1)
            .collect();
        if let [holder] = holders.as_slice() {
            edges
                .entry((EdgeKind::Issued, *holder, d, String::new()))
                .or_default()
                .insert(evidence);
        }
    }
    // "các Thứ trưởng: A (Thứ trưởng Thường trực), B": the standing post says
    // what the plain one does, and more.
    let standing: BTreeSet<(usize, usize, String)> = edges
        .keys()
        .filter(|k| k.0 == EdgeKind::HoldsPosition)
        .filter_map(|k| {
            k.3.strip_suffix(" Thường trực")
                .map(|plain| (k.1, k.2, plain.to_string()))
        })
        .collect();
    edges.retain(|k, _| {
        k.0 != EdgeKind::HoldsPosition || !standing.contains(&(k.1, k.2, k.3.clone()))
    });
    // "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên ... Bộ trưởng Nguyễn Hồng
    // Diên": the post written without its body is the one the article names.
    let named_roles: BTreeSet<(usize, &str)> = named_posts
        .iter()
        .map(|(p, _, role)| (*p, role.as_str()))
        .collect();
    edges.retain(|k, _| {
        let post = (k.1, k.2, k.3.clone());
        k.0 != EdgeKind::HoldsPosition
            || !guessed_posts.contains(&post)
            || named_posts.contains(&post)
            || !named_roles.contains(&(k.1, k.3.as_str()))
    });
    build(doc, clusters, edges)
}

/// "Nghị quyết Đại hội" written alone is the resolution of a congress: the
/// one the article names in full ("Nghị quyết Đại hội đại biểu Đảng bộ Chính
/// phủ lần thứ I"), else the one of the congress the article reports, named
/// after it with the short form kept as an alias; with neither it names
/// nothing certain and is dropped.
fn own_congress_resolution(
    clusters: &mut [Cluster],
    of: &mut [Option<usize>],
    main: Option<usize>,
) {
    let congress = main
        .filter(|&m| fold::key(&clusters[m].name).starts_with("đại hội "))
        .map(|m| clusters[m].name.clone());
    for c in 0..clusters.len() {
        let cl = &clusters[c];
        let short = cl.kind == NodeKind::Resolution
            && !cl.spans.is_empty()
            && !cl.attrs.contains_key("number")
            && fold::key(&cl.name).ends_with(" đại hội")
            && cl.name.split(' ').count() <= 4;
        if !short {
            continue;
        }
        let prefix = format!("{} ", fold::key(&cl.name));
        let full = (0..clusters.len()).find(|&f| {
            f != c
                && clusters[f].kind == NodeKind::Resolution
                && !clusters[f].spans.is_empty()
                && fold::key(&clusters[f].name).starts_with(&prefix)
        });
        match (full, &congress) {
            (Some(f), _) => {
                let (spans, names) = (
                    std::mem::take(&mut clusters[c].spans),
                    std::mem::take(&mut clusters[c].names),
                );
                clusters[f].spans.extend(spans);
                clusters[f].names.extend(names);
                for o in of.iter_mut().filter(|o| **o == Some(c)) {
                    *o = Some(f);
                }
            }
            (None, Some(name)) => {
                let cl = &mut clusters[c];
                let stem = cl.name[..cl.name.len() - "Đại hội".len()].to_string();
                let full = format!("{stem}{name}");
                cl.names.insert(cl.name.clone());
                cl.key.primary = format!("resolution|{}", fold::key(&full));
                cl.name = full;
            }
            (None, None) => {
                clusters[c].spans.clear();
                for o in of.iter_mut().filter(|o| **o == Some(c)) {
                    *o = None;
                }
            }
        }
    }
}

/// "Tổ công tác số 4" and "Tổ công tác của Bộ Chính trị" in an article that
/// names "Tổ công tác số 4 của Bộ Chính trị": the fullest name of a delegation
/// whose words include all of this one's.
fn fullest_delegation(mentions: &Mentions, name: &str) -> String {
    let key = fold::key(name);
    let delegation = crate::extract::organization::DELEGATIONS
        .iter()
        .any(|h| key.starts_with(h));
    if !delegation {
        return name.to_string();
    }
    let own = words(name);
    mentions
        .entities
        .iter()
        .filter(|x| x.kind == NodeKind::Organization)
        .filter(|x| own.is_subset(&words(&x.name)))
        .map(|x| &x.name)
        .max_by_key(|n| n.len())
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

/// "Phó Bí thư Đảng ủy Khối" after "Đảng ủy Khối các cơ quan Trung ương",
/// "Bộ Tư lệnh Lăng" after "Bộ Tư lệnh Lăng Chủ tịch Hồ Chí Minh": a name of
/// two or more words, no lexicon body of its own, that opens exactly one
/// longer name the article gives a body is a short form of it.
fn only_longer_name(name: &str, named_orgs: &[NamedOrg], lexicon: &Lexicon) -> Option<String> {
    if !name.contains(' ') {
        return None;
    }
    let key = fold::key(name);
    if lexicon.bodies.get(&key).is_some() {
        return None;
    }
    let prefix = format!("{key} ");
    // (Not a body of a place: "Đảng ủy Bộ đội Biên phòng" is not "Đảng ủy Bộ
    // đội Biên phòng tỉnh Lạng Sơn".)
    let of_place = |rest: &str| {
        let first = rest.split(' ').next().unwrap_or("");
        matches!(
            first,
            "tỉnh" | "thành" | "tp" | "huyện" | "quận" | "thị" | "xã" | "phường"
        ) || lexicon.places.get(rest).is_some()
    };
    let mut longer = named_orgs.iter().filter(|n| {
        n.key
            .strip_prefix(&prefix)
            .is_some_and(|rest| !of_place(rest))
    });
    let first = longer.next()?;
    longer
        .all(|n| n.key == first.key)
        .then(|| first.name.to_string())
}

/// "Ban Chấp hành Trung ương Hội": the central organ of the one association
/// ("Hội Liên hiệp Phụ nữ Việt Nam") the article names, when it names one.
fn central_of_association(name: &str, named_orgs: &[NamedOrg]) -> Option<String> {
    let stem = name.strip_suffix(" Hội")?;
    if !fold::key(stem).ends_with("trung ương") {
        return None;
    }
    let associations: BTreeSet<String> = named_orgs
        .iter()
        .map(|n| n.name)
        .filter(|n| n.starts_with("Hội ") && n.split(' ').count() >= 3 && !n.contains("Trung ương"))
        .map(str::to_string)
        .collect();
    match associations.len() {
        1 => associations.first().map(|a| format!("{stem} {a}")),
        _ => None,
    }
}

/// An organisation's name with its place written as the place's proper name
/// when that holds the kind word: "Thành ủy Hồ Chí Minh" -> "Thành ủy Thành
/// phố Hồ Chí Minh" ("Hội đồng nhân dân thành phố Hồ Chí Minh" stays).
fn official_place_name(name: String, place: Option<&str>, lexicon: &Lexicon) -> String {
    let Some((bare, official)) = place.and_then(|p| {
        let entry = lexicon.place(&fold::key(p))?;
        Some((entry.name.as_str(), entry.official.as_deref()?))
    }) else {
        return name;
    };
    let Some(stem) = name.strip_suffix(bare).and_then(|s| s.strip_suffix(' ')) else {
        return name;
    };
    let stem_key = fold::key(stem);
    if stem_key.ends_with("thành phố") || stem_key.ends_with("tp") {
        return name;
    }
    format!("{stem} {official}")
}

/// "MTTQ tỉnh X", "Mặt trận Tổ quốc Việt Nam tỉnh X", "Ủy ban MTTQ tỉnh X":
/// the Fatherland Front of a place is its committee, one body under its full
/// name "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X".
fn front_committee(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    // Words are folded only as far as the pattern holds: most names fail at
    // their first word.
    let is = |i: usize, key: &str| words.get(i).is_some_and(|w| fold::key(w) == key);
    let first = fold::key(words.first()?);
    if !matches!(first.as_str(), "ủy" | "mặt") {
        return None;
    }
    let mut i = 0;
    if first == "ủy" && is(1, "ban") {
        i = 2;
    }
    let front = ["mặt", "trận", "tổ", "quốc"];
    if !front.iter().enumerate().all(|(k, w)| is(i + k, w)) {
        return None;
    }
    i += 4;
    if is(i, "việt") && is(i + 1, "nam") {
        i += 2;
    }
    let place_word = ["tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường"];
    let placed = words
        .get(i)
        .is_some_and(|w| place_word.contains(&fold::key(w).as_str()));
    (placed && i + 1 < words.len())
        .then(|| format!("Ủy ban Mặt trận Tổ quốc Việt Nam {}", words[i..].join(" ")))
}

/// The one ministry of the Government among an article's organisation names,
/// when it names exactly one.
/// The ministry a department written without it belongs to, when the article
/// names exactly one: every ministry has a "Vụ Pháp chế" and a "Vụ Hợp tác
/// quốc tế", so the department's identity holds its ministry, as if written
/// "Vụ Pháp chế Bộ Quốc phòng" (which is the same node). A body of the lexicon
/// ("Cục Bảo vệ chính trị nội bộ") is one in the country.
fn ministry_department<'a>(
    name: &str,
    named_orgs: &'a [NamedOrg<'a>],
    lexicon: &Lexicon,
) -> Option<&'a str> {
    let key = fold::key(name);
    let department = (key.starts_with("vụ ") || key.starts_with("cục "))
        && !key.contains(" bộ ")
        && lexicon.bodies.get(&key).is_none();
    department
        .then(|| only_ministry(named_orgs, lexicon))
        .flatten()
        .map(|n| n.name)
}

fn only_ministry<'a>(
    named_orgs: &'a [NamedOrg<'a>],
    lexicon: &Lexicon,
) -> Option<&'a NamedOrg<'a>> {
    let mut found: Option<(&NamedOrg, String)> = None;
    for n in named_orgs {
        let Some(ministry) = ministry_named(&n.key, lexicon) else {
            continue;
        };
        match &found {
            Some((_, name)) if *name != ministry => return None,
            Some(_) => {}
            None => found = Some((n, ministry.to_string())),
        }
    }
    found.map(|(n, _)| n)
}

/// The ministry of the Government a name of key `key` writes in full, as the
/// lexicon names it ("Bộ Chính trị" is none: no ministry).
fn ministry_named<'l>(key: &str, lexicon: &'l Lexicon) -> Option<&'l str> {
    lexicon
        .bodies
        .get(key)
        .filter(|body| {
            body.name.starts_with("Bộ ")
                && body.parent.as_deref() == Some("Chính phủ")
                && key == fold::key(&body.name)
        })
        .map(|body| body.name.as_str())
}

/// The ministry of the Government an article names strictly more often than
/// any other, when it names several.
fn main_ministry<'a>(
    named_orgs: &'a [NamedOrg<'a>],
    named_times: &dyn Fn(&str) -> usize,
    lexicon: &Lexicon,
) -> Option<&'a NamedOrg<'a>> {
    let mut counts: Vec<(usize, &'a NamedOrg<'a>)> = Vec::new();
    for n in named_orgs {
        if ministry_named(&n.key, lexicon).is_some() && !counts.iter().any(|(_, m)| m.key == n.key)
        {
            counts.push((named_times(&n.key), n));
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.0));
    match counts.as_slice() {
        [(first, n), (second, _), ..] if first > second => Some(*n),
        _ => None,
    }
}

/// An organisation name an article writes: where, the name, its key.
struct NamedOrg<'a> {
    at: usize,
    name: &'a str,
    key: String,
    /// The level of place the whole name still needs ("Đảng ủy xã").
    needs_place: Option<PlaceKind>,
}

/// Whether an organisation's surface is a post ("Thủ tướng", "Bộ trưởng")
/// or opens with a meeting type ("Hội nghị Trung ương"): words the body is
/// written as, no name of it.
///
/// Surfaces recur from article to article: answers are cached per thread,
/// as [`bare_head_end`]'s are (folding every surface cost resolution 4.5% more
/// instructions).
fn post_or_meeting(surface: &str, lexicon: &Lexicon) -> bool {
    thread_local! {
        static ANSWERS: std::cell::RefCell<crate::lexicon::LexiconMemo<bool>> =
            std::cell::RefCell::new(crate::lexicon::LexiconMemo::new(1 << 15));
    }
    ANSWERS.with_borrow_mut(|answers| {
        answers.get(surface, lexicon, || {
            let key = fold::key(surface);
            let meeting = key
                .match_indices(' ')
                .map(|(at, _)| &key[..at])
                .chain([key.as_str()])
                .any(|opening| lexicon.meeting_types.get(opening).is_some());
            lexicon.roles.get(&key).is_some() || meeting
        })
    })
}

/// A name that ends in a named body's head alone ("Quân khu", "Đảng ủy Quân
/// khu"): (the words before it, the head), when the head is a `named` one.
///
/// The answer depends on the name and the lexicon alone, and names recur
/// from article to article: answers are cached per thread (bounded; emptied
/// when full or when another lexicon asks).
fn bare_head_end(name: &str, lexicon: &Lexicon) -> Option<(String, String)> {
    thread_local! {
        static ANSWERS: std::cell::RefCell<crate::lexicon::LexiconMemo<Option<(String, String)>>> =
            std::cell::RefCell::new(crate::lexicon::LexiconMemo::new(1 << 15));
    }
    ANSWERS.with_borrow_mut(|answers| {
        answers.get(name, lexicon, || bare_head_end_uncached(name, lexicon))
    })
}

/// [`bare_head_end`], worked out.
fn bare_head_end_uncached(name: &str, lexicon: &Lexicon) -> Option<(String, String)> {
    use crate::lexicon::HeadClass;
    // Takes a folded phrase.
    let named_head = |key: &str| {
        matches!(lexicon.heads.get(key), Some((_, HeadClass::Named)))
            && lexicon.bodies.get(key).is_none()
    };
    let key = fold::key(name);
    // "Đảng ủy" (or "Ban cán sự đảng") alone: the article's party committee.
    if named_head(&key) || key == "đảng ủy" || key == "ban cán sự đảng" {
        return Some((String::new(), name.to_string()));
    }
    // A party committee of a bare head: "Đảng ủy Quân khu". The name is folded
    // once; its words' keys are slices of the key when they pair up (else each
    // part is folded on its own).
    let words: Vec<&str> = name.split(' ').collect();
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(words.len());
    let mut at = 0;
    for word in key.split(' ') {
        bounds.push((at, at + word.len()));
        at += word.len() + 1;
    }
    let paired = bounds.len() == words.len();
    let part_key = |from: usize, to: usize| -> std::borrow::Cow<'_, str> {
        match paired {
            true => std::borrow::Cow::Borrowed(&key[bounds[from].0..bounds[to - 1].1]),
            false => std::borrow::Cow::Owned(fold::key(&words[from..to].join(" "))),
        }
    };
    // So is a command of one: "Bộ Tư lệnh Quân khu".
    let outer = |from: usize, to: usize| {
        let part = part_key(from, to);
        // (Also a union of a body's staff or youth: "Công đoàn Trường".)
        matches!(
            part.as_ref(),
            "bộ tư lệnh" | "công đoàn" | "đoàn thanh niên"
        ) || matches!(
            lexicon.heads.get(&part),
            Some((_, HeadClass::Party | HeadClass::Sub))
        )
    };
    // Every such head opens the name: most names have none.
    let openers: Vec<usize> = (1..words.len()).filter(|&h| outer(0, h)).collect();
    if openers.is_empty() {
        return None;
    }
    (1..words.len()).find_map(|i| {
        // And a department of one: "Hội đồng thành viên Tập đoàn", "Văn phòng Bộ"
        // (or of its party committee: "Ban Chấp hành Đảng bộ Bộ Tư lệnh").
        let party = openers.contains(&i) || openers.iter().any(|&h| h < i && outer(h, i));
        (party && named_head(&part_key(i, words.len())))
            .then(|| (format!("{} ", words[..i].join(" ")), words[i..].join(" ")))
    })
}

/// The place an organisation written without one refers to.
fn place_for(doc: &Doc, mentions: &Mentions, at: Span, kind: PlaceKind) -> Option<String> {
    let of_kind: Vec<&(Span, String, PlaceKind)> =
        mentions.places.iter().filter(|p| p.2 == kind).collect();
    // The place named before in the same sentence, or in the sentence before
    // when that one names no other ("Tại điểm cầu tỉnh Quảng Bình. Đồng chí X,
    // Bí thư Tỉnh ủy ..."); else the article's own place: the one it names most
    // often (the first on a tie), not one of a passing list ("sắp xếp phường A,
    // phường B ...", "Tỉnh ủy Lào Cai, Ninh Bình và Đắk Lắk").
    let here = doc.sentences.partition_point(|s| s.span.end <= at.start);
    let sentence_start = doc.sentences.get(here).map_or(at.start, |s| s.span.start);
    let previous_start = here
        .checked_sub(1)
        .and_then(|i| doc.sentences.get(i))
        .map_or(sentence_start, |s| s.span.start);
    if let Some(p) = of_kind
        .iter()
        .filter(|p| p.0.start < at.start)
        .max_by_key(|p| p.0.start)
    {
        if p.0.start >= sentence_start {
            return Some(p.1.clone());
        }
        if p.0.start >= previous_start {
            let named: BTreeSet<&String> = of_kind
                .iter()
                .filter(|q| q.0.start >= previous_start && q.0.start < sentence_start)
                .map(|q| &q.1)
                .collect();
            if named.len() == 1 {
                return Some(p.1.clone());
            }
        }
        return most_named(&of_kind)
            .map(|(place, _)| place.clone())
            .or_else(|| Some(p.1.clone()));
    }
    // Nothing named before (a headline): the place the article names most,
    // when one is named more often than any other.
    most_named(&of_kind)
        .filter(|&(_, alone)| alone)
        .map(|(place, _)| place.clone())
}

/// The place named most often (the first named on a tie), and whether no
/// other is named as often.
fn most_named<'a>(places: &[&'a (Span, String, PlaceKind)]) -> Option<(&'a String, bool)> {
    // (place, times, first position)
    let mut counts: Vec<(&String, usize, usize)> = Vec::new();
    for (i, q) in places.iter().enumerate() {
        match counts.iter_mut().find(|c| *c.0 == q.1) {
            Some(c) => c.1 += 1,
            None => counts.push((&q.1, 1, i)),
        }
    }
    let top = counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))?;
    let alone = counts.iter().filter(|c| c.1 == top.1).count() == 1;
    Some((top.0, alone))
}

/// A folded document name without its trailing "năm YYYY".
fn strip_year(key: String) -> String {
    let mut parts = key.rsplitn(3, ' ');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some("năm"), Some(base))
            if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) =>
        {
            base.to_string()
        }
        _ => key,
    }
}

/// The numbered document a bare name cites: the one of the year it gives, else
/// the newest of that name.
fn choose_named(
    numbered: &FxHashMap<String, Vec<(String, usize)>>,
    (base, year): (String, Option<String>),
) -> Option<usize> {
    let all = numbered.get(&base)?;
    let chosen = match &year {
        Some(y) => all.iter().find(|(y2, _)| y2 == y),
        None => all.iter().max_by(|a, b| a.0.cmp(&b.0)),
    };
    chosen.map(|&(_, c)| c)
}

/// The year a numbered document belongs to: the one its code carries
/// ("48/2025/NQ-HĐND"), else its signing date's.
fn document_year(code: &str, date: Option<crate::date::PartialDate>) -> Option<i32> {
    let b = code.trim().as_bytes();
    let in_code =
        (b.len() > 5 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'/' | b'-'))
            .then(|| code.trim()[..4].parse().ok())
            .flatten();
    in_code.or_else(|| date.and_then(|d| d.year))
}

/// The comparison key of an issuer code: "NQ/TW" = "NQ-TW"; a leading year dropped.
pub fn code_key(code: &str) -> String {
    let code = code.trim();
    let b = code.as_bytes();
    let code =
        if b.len() > 5 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b'/' | b'-') {
            &code[5..]
        } else {
            code
        };
    code.chars()
        .filter(|c| !matches!(c, '/' | '-' | ' ' | '.'))
        .flat_map(char::to_uppercase)
        .collect()
}

fn number_key(n: &str) -> String {
    let t = n.trim_start_matches('0');
    if t.is_empty() {
        "0".into()
    } else {
        t.into()
    }
}

/// Where the documents of local codes cited in an article belong, by (type,
/// number, code) keys: "Kế hoạch số 118-KH/TU" is one document per province
/// (`local_codes.tsv`), so its identity holds its place. The place is its
/// issuer's ("Tỉnh ủy Quảng Bình ban hành Kế hoạch số 118-KH/TU"), else the
/// place the article names most; an article that names none keeps the
/// document to itself (`doc:` and the file name) rather than merge it with
/// another province's.
struct LocalScopes<'a> {
    lexicon: &'a Lexicon,
    /// (type, number, code) keys to the folded place of their issuer.
    issued: FxHashMap<(String, String, String), String>,
    /// The article's own scope.
    article: String,
}

impl LocalScopes<'_> {
    fn local(&self, ck: &str) -> bool {
        self.lexicon.is_local_code(ck)
    }

    fn of(&self, tkey: &str, nk: &str, ck: &str) -> &str {
        self.issued
            .get(&(tkey.to_string(), nk.to_string(), ck.to_string()))
            .unwrap_or(&self.article)
    }
}

fn local_scopes<'a>(
    doc: &Doc,
    mentions: &Mentions,
    clusters: &[Cluster],
    of: &[Option<usize>],
    lexicon: &'a Lexicon,
) -> LocalScopes<'a> {
    let mut issued = FxHashMap::default();
    for r in mentions
        .relations
        .iter()
        .filter(|r| r.kind == EdgeKind::Issued)
    {
        let (Some(target), Some(Some(issuer))) =
            (mentions.entities.get(r.target), of.get(r.source))
        else {
            continue;
        };
        let Detail::Resolution {
            doc_type,
            number: Some(n),
            code: Some(c),
            ..
        } = &target.detail
        else {
            continue;
        };
        let ck = code_key(c);
        if !lexicon.is_local_code(&ck) {
            continue;
        }
        if let Some(place) = place_in(&clusters[*issuer].name, lexicon) {
            issued
                .entry((fold::key(doc_type), number_key(n), ck))
                .or_insert(place);
        }
    }
    let article = match mentions.main_place(lexicon, doc.published.as_ref()) {
        Some((place, _)) => place_key(place, lexicon),
        None => format!("doc:{}", doc.name),
    };
    LocalScopes {
        lexicon,
        issued,
        article,
    }
}

/// The folded canonical name of the province-level place a name ends with
/// ("Ban Thường vụ Tỉnh ủy Quảng Bình" -> "quang binh").
fn place_in(name: &str, lexicon: &Lexicon) -> Option<String> {
    let key = fold::key(name);
    let words: Vec<&str> = key.split(' ').collect();
    (1..words.len())
        .map(|i| words[i..].join(" "))
        .find_map(|tail| lexicon.place(&tail).map(|p| fold::key(&p.name)))
}

fn place_key(place: &str, lexicon: &Lexicon) -> String {
    let key = fold::key(place);
    lexicon
        .place(&key)
        .map(|p| fold::key(&p.name))
        .unwrap_or(key)
}

type Add<'a> = dyn FnMut(&mut Vec<Cluster>, NodeKind, EntityKey, String, Span) -> usize + 'a;

fn resolve_documents(
    doc: &Doc,
    mentions: &Mentions,
    clusters: &mut Vec<Cluster>,
    of: &mut [Option<usize>],
    add: &mut Add,
    scopes: &LocalScopes<'_>,
) {
    // Codes each (type, number) is cited with in this article, and the years
    // each (type, number, code) is dated with.
    let mut codes: FxHashMap<(String, String), BTreeSet<String>> = FxHashMap::default();
    let mut years: FxHashMap<(String, String, String), BTreeSet<i32>> = FxHashMap::default();
    for m in &mentions.entities {
        if let Detail::Resolution {
            doc_type,
            number: Some(n),
            code: Some(c),
            date,
            ..
        } = &m.detail
        {
            let (tkey, nk, ck) = (fold::key(doc_type), number_key(n), code_key(c));
            if let Some(year) = document_year(c, *date) {
                years
                    .entry((tkey.clone(), nk.clone(), ck.clone()))
                    .or_default()
                    .insert(year);
            }
            codes.entry((tkey, nk)).or_default().insert(ck);
        }
    }
    let mut order: Vec<MentionId> = (0..mentions.entities.len())
        .filter(|&i| mentions.entities[i].kind == NodeKind::Resolution)
        .collect();
    order.sort_by_key(|&i| mentions.entities[i].span);
    // Unnumbered documents: the fullest name of each short name and year.
    // "Luật Biên phòng Việt Nam" and "... năm 2020" are one law; "Luật Đất đai
    // năm 2024" and the "Luật Đất đai năm 2013" it replaces are two, and a
    // name without its year is the newest of that name.
    let unnumbered_key = |m: &crate::extract::Mention| match &m.detail {
        Detail::Resolution {
            number: None,
            anaphor: false,
            short,
            ..
        } => Some(fold::key(short.as_deref().unwrap_or(&m.name))),
        _ => None,
    };
    let mut years_of: FxHashMap<String, BTreeSet<String>> = FxHashMap::default();
    for &mid in &order {
        if let Some(key) = unnumbered_key(&mentions.entities[mid]) {
            let base = strip_year(key.clone());
            if base != key {
                let year = key.rsplit(' ').next().unwrap_or_default().to_string();
                years_of.entry(base).or_default().insert(year);
            }
        }
    }
    let group_of = |key: String| -> String {
        let base = strip_year(key.clone());
        let year = if base == key {
            years_of
                .get(&base)
                .and_then(|years| years.last().cloned())
                .unwrap_or_default()
        } else {
            key.rsplit(' ').next().unwrap_or_default().to_string()
        };
        format!("{base}|{year}")
    };
    // Each group's fullest names, with where each is first written: two
    // documents sharing a short name ("Quy chế phối hợp trong thực hiện A",
    // "Quy chế phối hợp trong thực hiện B") stay two.
    let mut fullest: FxHashMap<String, Vec<(String, Span)>> = FxHashMap::default();
    for &mid in &order {
        if let Some(key) = unnumbered_key(&mentions.entities[mid]) {
            let m = &mentions.entities[mid];
            let names = fullest.entry(group_of(key)).or_default();
            if let Some(e) = names.iter_mut().find(|(n, _)| one_document(n, &m.name)) {
                if m.name.chars().count() > e.0.chars().count() {
                    e.0 = m.name.clone();
                }
            } else {
                names.push((m.name.clone(), m.span));
            }
        }
    }
    // The full name a mention stands for: the one it begins, else (a bare
    // short name) the last written before it, else the first.
    let fullest_of = |group: &str, m: &crate::extract::Mention| -> Option<String> {
        let names = fullest.get(group)?;
        let own: Vec<&(String, Span)> = names
            .iter()
            .filter(|(n, _)| one_document(n, &m.name))
            .collect();
        own.iter()
            .rev()
            .find(|(_, at)| own.len() == 1 || at.start <= m.span.start)
            .or(own.first())
            .map(|(n, _)| n.clone())
    };
    let mut last_of_type: FxHashMap<String, usize> = FxHashMap::default();
    // Named documents with a number, by the name before "số" (the first cited
    // wins): "Luật Đầu tư công" is "Luật Đầu tư công số 58/2024/QH15" cited
    // anywhere in the article.
    let base_of = |m: &crate::extract::Mention, doc_type: &str| {
        let (base, _) = m.name.split_once(" số ")?;
        (base.contains(' ') && fold::key(base) != fold::key(doc_type)).then(|| fold::key(base))
    };
    let numbered_bases: BTreeSet<String> = order
        .iter()
        .filter_map(|&mid| match &mentions.entities[mid].detail {
            Detail::Resolution {
                doc_type,
                number: Some(_),
                ..
            } => base_of(&mentions.entities[mid], doc_type),
            _ => None,
        })
        .collect();
    // Of two numbered documents with one name (an old and a new law), a bare
    // citation of the name is the newest.
    let mut numbered_names: FxHashMap<String, Vec<(String, usize)>> = FxHashMap::default();
    // "Luật Khám bệnh, chữa bệnh năm 2023": the name and the year it gives.
    let named_year = |key: String| -> (String, Option<String>) {
        let base = strip_year(key.clone());
        match key.len() > base.len() {
            true => (base, key.rsplit(' ').next().map(str::to_string)),
            false => (key, None),
        }
    };
    let mut named_later: Vec<(MentionId, String)> = Vec::new();
    for &mid in &order {
        let m = &mentions.entities[mid];
        let Detail::Resolution {
            doc_type,
            number,
            code,
            date,
            title,
            anaphor,
            short,
            ..
        } = &m.detail
        else {
            continue;
        };
        let tkey = fold::key(doc_type);
        if *anaphor {
            // A bare "Nghị quyết" refers back; it is evidence for relations,
            // not a surface form (nor a source) of the document.
            of[mid] = last_of_type.get(&tkey).copied();
            continue;
        }
        let (key, name) = match number {
            Some(n) => {
                let nk = number_key(n);
                let loose = format!("resolution|{tkey}|{nk}");
                let cited = codes.get(&(tkey.clone(), nk.clone()));
                let ck = code.as_deref().map(code_key).or_else(|| {
                    cited
                        .filter(|s| s.len() == 1)
                        .and_then(|s| s.iter().next().cloned())
                });
                match ck {
                    Some(ck) => {
                        // "Chỉ thị số 35-CT/TW" of 2019 and of 2024 are two
                        // directives: the year (of the code, else the date; else
                        // the one year this article dates the code with) is part
                        // of the identity when known.
                        let year = code
                            .as_deref()
                            .and_then(|c| document_year(c, *date))
                            .or_else(|| {
                                years
                                    .get(&(tkey.clone(), nk.clone(), ck.clone()))
                                    .filter(|y| y.len() == 1)
                                    .and_then(|y| y.first().copied())
                            });
                        // The fullest name in the article for this code.
                        let name = mentions
                            .entities
                            .iter()
                            .filter_map(|x| match &x.detail {
                                Detail::Resolution {
                                    doc_type: t,
                                    number: Some(n2),
                                    code: Some(c2),
                                    ..
                                } if fold::key(t) == tkey
                                    && number_key(n2) == nk
                                    && code_key(c2) == ck =>
                                {
                                    Some(x.name.clone())
                                }
                                _ => None,
                            })
                            .next()
                            .unwrap_or_else(|| m.name.clone());
                        // A local code's document is its place's (see `LocalScopes`).
                        let scoped = if scopes.local(&ck) {
                            format!("{ck}@{}", scopes.of(&tkey, &nk, &ck))
                        } else {
                            ck.clone()
                        };
                        let primary = match year {
                            Some(year) => format!("{loose}|{scoped}|{year}"),
                            None => format!("{loose}|{scoped}"),
                        };
                        (
                            EntityKey {
                                primary,
                                loose: Some(loose),
                            },
                            name,
                        )
                    }
                    None => (
                        EntityKey {
                            primary: loose.clone(),
                            loose: Some(loose),
                        },
                        m.name.clone(),
                    ),
                }
            }
            None if numbered_bases.contains(&named_year(fold::key(&m.name)).0) => {
                match choose_named(&numbered_names, named_year(fold::key(&m.name))) {
                    Some(c) => {
                        let (key, name) = (clusters[c].key.clone(), clusters[c].name.clone());
                        let c = add(clusters, NodeKind::Resolution, key, name, m.span);
                        last_of_type.insert(tkey, c);
                        of[mid] = Some(c);
                    }
                    None => named_later.push((mid, fold::key(&m.name))),
                }
                continue;
            }
            None => {
                let group = group_of(fold::key(short.as_deref().unwrap_or(&m.name)));
                let name = fullest_of(&group, m).unwrap_or_else(|| m.name.clone());
                (
                    EntityKey {
                        primary: format!("resolution|{}", fold::key(&name)),
                        loose: None,
                    },
                    name,
                )
            }
        };
        let c = add(clusters, NodeKind::Resolution, key, name, m.span);
        let attrs = &mut clusters[c].attrs;
        attrs
            .entry("doc_type".into())
            .or_insert_with(|| doc_type.clone());
        if let Some(n) = number {
            attrs.entry("number".into()).or_insert_with(|| n.clone());
        }
        if let Some(code) = code {
            attrs.entry("code".into()).or_insert_with(|| code.clone());
        }
        if let Some(d) = date {
            attrs
                .entry("date".into())
                .or_insert_with(|| when::complete(*d, doc.published).to_iso());
        }
        if let Some(t) = title {
            attrs.entry("title".into()).or_insert_with(|| t.clone());
        }
        // A document cited as the one replaced ("thay thế Luật ... số 22/2008")
        // is not what a later bare "Luật" refers to.
        let replaced = mentions
            .relations
            .iter()
            .any(|r| r.kind == EdgeKind::Supersedes && r.target == mid);
        if !replaced {
            last_of_type.insert(tkey, c);
        }
        if number.is_some() {
            if let Some(base) = base_of(m, doc_type) {
                let year = m
                    .name
                    .split(|ch: char| !ch.is_ascii_digit())
                    .find(|s| s.len() == 4)
                    .unwrap_or("")
                    .to_string();
                numbered_names.entry(base).or_default().push((year, c));
            }
        }
        of[mid] = Some(c);
    }
    for (mid, key) in named_later {
        if let Some(c) = choose_named(&numbered_names, named_year(key)) {
            let (key, name) = (clusters[c].key.clone(), clusters[c].name.clone());
            let c = add(
                clusters,
                NodeKind::Resolution,
                key,
                name,
                mentions.entities[mid].span,
            );
            of[mid] = Some(c);
        }
    }
}

fn words(text: &str) -> BTreeSet<String> {
    fold::key(text).split(' ').map(str::to_string).collect()
}

/// The ordinal of a meeting name: "Kỳ họp thứ 9" -> 9, "Hội nghị lần thứ tư" -> "tư".
fn ordinal(name: &str) -> Option<String> {
    let key = fold::key(name);
    let words: Vec<&str> = key.split(' ').collect();
    words
        .windows(2)
        .find(|w| w[0] == "thứ")
        .map(|w| w[1].to_string())
}

fn similar(a: &str, b: &str) -> bool {
    // "Phiên họp thứ 47" is one meeting however described; "Kỳ họp thứ 9" and "thứ 10" are two.
    if let (Some(x), Some(y)) = (ordinal(a), ordinal(b)) {
        return x == y;
    }
    let (wa, wb) = (words(a), words(b));
    let inter = wa.intersection(&wb).count();
    let union = wa.union(&wb).count();
    let (ka, kb) = (fold::key(a), fold::key(b));
    if ka.contains(&kb) || kb.contains(&ka) {
        return true;
    }
    // "phiên chất vấn ... lĩnh vực công thương" and "... lĩnh vực nội vụ": each
    // says something the other does not.
    let distinct = wa.difference(&wb).count() >= 2 && wb.difference(&wa).count() >= 2;
    union > 0 && inter * 2 >= union && !distinct
}

fn type_compatible(a: &str, b: &str) -> bool {
    let (a, b) = (fold::key(a), fold::key(b));
    a.starts_with(&b) || b.starts_with(&a)
}

/// Whether the sentence around a span reports an event being organised.
fn introduces_event(doc: &Doc, span: Span) -> bool {
    doc.sentence_at(span.start).is_some_and(|s| {
        let before = fold::key(&doc.text[s.span.start..span.start]);
        before.ends_with("tổ chức") || before.contains(" tổ chức ") || before.ends_with("tiến hành")
    })
}

/// The first day of a span of days the article writes ending on `day` ("từ
/// ngày 7 đến 9-12", "hai ngày 26 và 27-12"), else `day`.
/// The last day of a meeting written as a span starting on `day` ("Trong 2
/// ngày 14 và 15/8", "từ ngày 7 đến 9-12"), else `day`.
fn last_day_of_span(doc: &Doc, day: PartialDate) -> PartialDate {
    let (Some(d), m) = (day.day, day.month) else {
        return day;
    };
    for sentence in &doc.sentences {
        let text = doc.slice(sentence.span);
        if !text.contains(&d.to_string()) {
            continue;
        }
        for found in when::dates(text) {
            let later = found.date.month == m
                && found.date.day.is_some_and(|x| x > d)
                && found.date.year.is_none_or(|y| Some(y) == day.year);
            if later && when::first_day(text, found).date.day == Some(d) {
                return PartialDate::new(day.year, day.month, found.date.day).unwrap_or(day);
            }
        }
    }
    day
}

fn first_day_of_span(doc: &Doc, day: PartialDate) -> PartialDate {
    let (Some(d), m) = (day.day, day.month) else {
        return day;
    };
    // Only sentences that write this day are read with the date patterns.
    let forms = [
        format!("{d}-{m}"),
        format!("{d}/{m}"),
        format!("{d:02}-{m:02}"),
        format!("{d:02}/{m:02}"),
        format!("{d} tháng {m}"),
    ];
    for sentence in &doc.sentences {
        let text = doc.slice(sentence.span);
        if !forms.iter().any(|f| text.contains(f.as_str())) {
            continue;
        }
        for found in when::dates(text) {
            let same = found.date.day == day.day
                && found.date.month == day.month
                && found.date.year.is_none_or(|y| Some(y) == day.year);
            if !same {
                continue;
            }
            let first = when::first_day(text, found).date;
            if first.day != day.day && first.day < day.day {
                return PartialDate::new(day.year, day.month, first.day).unwrap_or(day);
            }
        }
    }
    day
}

/// What meeting resolution hands to the edges: the main meeting's cluster;
/// the sittings, as (byte where reported, cluster), a sentence naming no
/// meeting going to the last reported before it; and the sentences right
/// after one reporting another meeting, as (sentence index, its cluster).
type MeetingsResolved = (Option<usize>, Vec<(usize, usize)>, Vec<(usize, usize)>);

fn resolve_meetings(
    doc: &Doc,
    mentions: &Mentions,
    clusters: &mut Vec<Cluster>,
    of: &mut [Option<usize>],
    add: &mut Add,
) -> MeetingsResolved {
    struct Group {
        mentions: Vec<MentionId>,
        mtype: String,
        name: String,
        date: Option<PartialDate>,
        in_title: bool,
    }
    // A group of one mention, named by the phrase written ("Phiên trù bị" is
    // a "Phiên họp").
    let single = |mid: MentionId| match &mentions.entities[mid].detail {
        Detail::Meeting {
            meeting_type,
            date,
            in_title,
            ..
        } => Some(Group {
            mentions: vec![mid],
            mtype: meeting_type.clone(),
            name: mentions.entities[mid].name.clone(),
            date: date.map(|d| when::complete(d, doc.published)),
            in_title: *in_title,
        }),
        _ => None,
    };
    // Whether every mention of a group is one the article only refers to
    // ("các nội dung trình kỳ họp ...", "chuẩn bị cho Đại hội ..."), or one
    // reported as the same day's other meeting.
    let every = |g: &Group, flag: fn(&Detail) -> bool| {
        g.mentions
            .iter()
            .all(|&mid| flag(&mentions.entities[mid].detail))
    };
    let referenced = |g: &Group| every(g, |d| matches!(d, Detail::Meeting { referred: true, .. }));
    let mut order: Vec<MentionId> = (0..mentions.entities.len())
        .filter(|&i| mentions.entities[i].kind == NodeKind::Meeting)
        .collect();
    order.sort_by_key(|&i| mentions.entities[i].span);
    let mut groups: Vec<Group> = Vec::new();
    let mut bare: Vec<MentionId> = Vec::new();
    // The types the article names a meeting of in more than its type word.
    let described_types: Vec<&str> = order
        .iter()
        .filter_map(|&mid| match &mentions.entities[mid].detail {
            Detail::Meeting {
                meeting_type,
                bare: false,
                ..
            } => Some(meeting_type.as_str()),
            _ => None,
        })
        .collect();
    for &mid in &order {
        let m = &mentions.entities[mid];
        let Detail::Meeting {
            meeting_type,
            date,
            bare: is_bare,
            in_title,
            verbal,
            same_day,
            referred,
            ..
        } = &m.detail
        else {
            continue;
        };
        // A description with no name in it ("phiên họp thường kỳ đầu tiên") and
        // no date refers back, unless its sentence reports a new event ("X tổ
        // chức ...", "Tiểu ban ... họp phiên đầu tiên", "Chiều cùng ngày, Hội
        // thảo ... diễn ra").
        let anaphoric = date.is_none()
            && !same_day
            && !verbal
            && ordinal(&m.name).is_none()
            && !m.name.split(' ').skip(1).any(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
            && !introduces_event(doc, m.span);
        // "Sáng 30/10, Tỉnh ủy tổ chức họp báo ...": a dated event of a type
        // the article names no other way is a meeting of its own.
        let new_event = *is_bare
            && date.is_some()
            && (*verbal || introduces_event(doc, m.span))
            && !described_types
                .iter()
                .any(|t| type_compatible(t, meeting_type));
        if (*is_bare && !new_event) || (anaphoric && !groups.is_empty()) {
            bare.push(mid);
            continue;
        }
        let date = date.map(|d| when::complete(d, doc.published));
        // "dự thảo văn kiện Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần
        // thứ VII" in a report of a province's seventh congress: a meeting
        // only referred to, named with words the reported one lacks, is
        // another meeting of the same number.
        let other_body =
            |g: &Group| *referred && !referenced(g) && !words(&m.name).is_subset(&words(&g.name));
        let found = groups.iter_mut().find(|g| {
            type_compatible(&g.mtype, meeting_type)
                && similar(&g.name, &m.name)
                && (g.date.is_none() || date.is_none() || g.date == date)
                && !other_body(g)
        });
        match found {
            Some(g) => {
                g.mentions.push(mid);
                g.date = g.date.or(date);
                g.in_title |= in_title;
                if !in_title && (g.in_title && g.mentions.len() == 2 || m.name.len() > g.name.len())
                {
                    g.name = m.name.clone();
                }
            }
            None => groups.push(Group {
                mentions: vec![mid],
                mtype: meeting_type.clone(),
                name: m.name.clone(),
                date,
                in_title: *in_title,
            }),
        }
    }
    // An article that names its meeting only by its type ("chủ trì Hội nghị")
    // still reports one meeting.
    if groups.is_empty() {
        if let Some(g) = bare.first().and_then(|&first| single(first)) {
            groups.push(g);
            bare.remove(0);
        }
    }
    // The headline's meeting is the body's first dated one of its type, when
    // the body reports just one such.
    if let Some(t) = groups
        .iter()
        .position(|g| g.in_title && g.mentions.len() == 1)
    {
        let dated: Vec<usize> = (0..groups.len())
            .filter(|&g| {
                g != t
                    && groups[g].date.is_some()
                    && type_compatible(&groups[g].mtype, &groups[t].mtype)
            })
            .collect();
        if dated.len() == 1 && groups[t].date.is_none() {
            let title = groups.remove(t);
            let g = if dated[0] > t { dated[0] - 1 } else { dated[0] };
            groups[g].mentions.extend(title.mentions);
            groups[g].in_title = true;
        }
    }
    // Mentions by the type alone that carry a date: (mention, type, date).
    let dated_bare: Vec<(&crate::extract::Mention, &str, PartialDate)> = bare
        .iter()
        .filter_map(|&mid| {
            let m = &mentions.entities[mid];
            match &m.detail {
                Detail::Meeting {
                    meeting_type,
                    date: Some(d),
                    ..
                } => Some((m, meeting_type.as_str(), when::complete(*d, doc.published))),
                _ => None,
            }
        })
        .collect();
    // "Bế mạc Hội nghị X ... Hội nghị diễn ra trong hai ngày 26 và 27-12": a
    // dated mention by the type alone dates the first undated meeting of its
    // type named before it.
    for &(m, meeting_type, d) in &dated_bare {
        let earlier = groups.iter_mut().find(|g| {
            type_compatible(&g.mtype, meeting_type)
                && mentions.entities[g.mentions[0]].span.start < m.span.start
        });
        if let Some(g) = earlier.filter(|g| g.date.is_none()) {
            g.date = Some(d);
        }
    }
    // The main meeting: headlined and reported, else the first dated, else
    // the headlined, else the first. A meeting the article only refers to
    // (`referenced`) is no headlined report of it.
    // "Ngày 9/7, ... tổ chức hội nghị tiếp xúc cử tri ..., thông báo kết quả
    // Kỳ họp thứ 7": when no meeting named beyond its type is dated but
    // those only referred to, the dated meeting reported by its type is one.
    // (A meeting of its type named otherwise, not one the article reports
    // as the same day's other, is that one: "Sáng 10/12, HĐND ... khai mạc kỳ
    // họp ... tại kỳ họp của HĐND thành phố".)
    let later_one = |g: &Group| every(g, |d| matches!(d, Detail::Meeting { same_day: true, .. }));
    if !groups.iter().any(|g| g.date.is_some() && !referenced(g)) {
        let dated = bare
            .iter()
            .position(|&mid| match &mentions.entities[mid].detail {
                Detail::Meeting {
                    date: Some(_),
                    referred: false,
                    meeting_type,
                    ..
                } => !groups.iter().any(|g| {
                    !referenced(g) && !later_one(g) && type_compatible(&g.mtype, meeting_type)
                }),
                _ => false,
            });
        if let Some(g) = dated.and_then(|at| single(bare.remove(at))) {
            groups.push(g);
        }
    }
    let main = groups
        .iter()
        .position(|g| g.in_title && g.mentions.len() > 1 && !referenced(g))
        .or_else(|| groups.iter().position(|g| g.date.is_some()))
        .or_else(|| groups.iter().position(|g| g.in_title))
        .or(if groups.is_empty() { None } else { Some(0) });
    if let Some(mg) = main {
        // "Chiều 11-12, ... Kỳ họp ... đã bế mạc. Kỳ họp khai mạc từ sáng
        // 10-12": a session is dated by its opening, when the article gives it.
        if let Some(closing) = groups[mg].date {
            let opening = dated_bare.iter().find_map(|&(m, meeting_type, d)| {
                let sentence = doc.sentences.get(m.sentence)?;
                let opens = fold::key(doc.slice(sentence.span)).contains("khai mạc");
                (opens
                    && type_compatible(&groups[mg].mtype, meeting_type)
                    && d.year == closing.year
                    && d.month == closing.month
                    && d.day < closing.day)
                    .then_some(d)
            });
            if let Some(d) = opening {
                groups[mg].date = Some(d);
            }
        }
        // "Chiều 9-12", ... bế mạc Kỳ họp ... (từ ngày 7 đến 9-12)": a session
        // over several days is dated by its first.
        if let Some(d) = groups[mg].date {
            groups[mg].date = Some(first_day_of_span(doc, d));
        }
    }
    // "Trước đó, sáng cùng ngày, ... tổ chức Hội nghị ...": the main meeting's day.
    if let Some(day) = main.and_then(|g| groups[g].date) {
        for g in groups.iter_mut().filter(|g| g.date.is_none()) {
            let same_day = g.mentions.iter().any(|&mid| {
                matches!(
                    mentions.entities[mid].detail,
                    Detail::Meeting { same_day: true, .. }
                )
            });
            // ("Ngay sau khi bế mạc": the last day of a meeting over several.)
            let right_after = g.mentions.iter().any(|&mid| {
                matches!(
                    mentions.entities[mid].detail,
                    Detail::Meeting {
                        right_after: true,
                        ..
                    }
                )
            });
            if right_after {
                g.date = Some(last_day_of_span(doc, day));
            } else if same_day {
                g.date = Some(day);
            }
        }
    }
    // A meeting the article only refers to ("tiến tới Đại hội XIV", "Kết luận
    // của Hội nghị lần thứ tư") is no reported event: keep the main meeting and
    // those with a date, in the headline, or in a relation.
    let related: std::collections::HashSet<MentionId> = mentions
        .relations
        .iter()
        .flat_map(|r| [r.source, r.target])
        .collect();
    let mut ids: Vec<usize> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let reported = Some(gi) == main
            || g.date.is_some()
            || g.in_title
            || g.mentions.iter().any(|m| related.contains(m));
        if !reported {
            ids.push(usize::MAX);
            continue;
        }
        let key = match g.date.filter(|d| d.year.is_some() && d.day.is_some()) {
            Some(d) => format!(
                "meeting|{}|{}|{}",
                fold::key(&g.mtype),
                d.to_iso(),
                fold::key(&g.name)
            ),
            None => format!("meeting|{}|{}", doc.name, fold::key(&g.name)),
        };
        let first = mentions.entities[g.mentions[0]].span;
        let c = add(
            clusters,
            NodeKind::Meeting,
            EntityKey {
                primary: key,
                loose: None,
            },
            g.name.clone(),
            first,
        );
        clusters[c]
            .attrs
            .insert("meeting_type".into(), g.mtype.clone());
        if let Some(d) = g.date {
            clusters[c].attrs.insert("date".into(), d.to_iso());
        }
        for &mid in &g.mentions {
            of[mid] = Some(c);
            clusters[c].spans.insert(mentions.entities[mid].span);
            clusters[c]
                .names
                .insert(doc.slice(mentions.entities[mid].span).to_string());
        }
        ids.push(c);
    }
    // Sittings: the main meeting from its first mention in the body, and each
    // other meeting held that day (or dated inside an undated main one, like a
    // question session of a National Assembly session) from where the article
    // reports it taking place.
    let mut sittings: Vec<(usize, usize)> = Vec::new();
    let mut reported_after: Vec<(usize, usize)> = Vec::new();
    if let Some(mg) = main {
        let main_date = groups[mg].date;
        for (gi, g) in groups.iter().enumerate() {
            if ids[gi] == usize::MAX {
                continue;
            }
            let held_then = gi != mg
                && g.date.is_some()
                && (main_date.is_none() || g.date == main_date)
                && g.mentions.iter().any(|&mid| {
                    let m = &mentions.entities[mid];
                    introduces_event(doc, m.span)
                        || mentions.relations.iter().any(|r| {
                            r.target == mid
                                && matches!(r.kind, EdgeKind::Chaired | EdgeKind::Organized)
                        })
                });
            let body = g
                .mentions
                .iter()
                .map(|&mid| &mentions.entities[mid])
                .find(|m| !matches!(m.detail, Detail::Meeting { in_title: true, .. }));
            if let (true, Some(m)) = (gi == mg || held_then, body) {
                sittings.push((m.span.start, ids[gi]));
            }
        }
        // Other meetings reported as held (dated, and introduced or given a
        // chair or organiser): the sentence right after the one reporting
        // such a meeting is about it ("Trước đó, chiều 19/12, Đảng ủy đã họp
        // Hội nghị Ban Chấp hành mở rộng. Trung tướng X phát biểu ...").
        for (gi, g) in groups.iter().enumerate() {
            if gi == mg || ids[gi] == usize::MAX || g.date.is_none() || g.date == main_date {
                continue;
            }
            for &mid in &g.mentions {
                let m = &mentions.entities[mid];
                let reported = introduces_event(doc, m.span)
                    || mentions.relations.iter().any(|r| {
                        r.target == mid && matches!(r.kind, EdgeKind::Chaired | EdgeKind::Organized)
                    });
                if reported && !matches!(m.detail, Detail::Meeting { in_title: true, .. }) {
                    reported_after.push((m.sentence + 1, ids[gi]));
                }
            }
        }
        sittings.sort();
        // Only articles with more than one sitting need them.
        if sittings.len() < 2 {
            sittings.clear();
        }
    }
    // Which other meeting a bare type word of a sentence was read as: the
    // next sentence of the paragraph that uses the type word again is still
    // about it ("Trước đó, ... đã họp hội nghị ... Hội nghị do X chủ trì ...
    // Hội nghị đã thông qua ...").
    let mut read_as: FxHashMap<usize, usize> = FxHashMap::default();
    for mid in bare {
        let m = &mentions.entities[mid];
        let Detail::Meeting { meeting_type, .. } = &m.detail else {
            continue;
        };
        let paragraph = |s: usize| doc.sentences.get(s).map(|x| x.paragraph);
        let chained = m
            .sentence
            .checked_sub(1)
            .and_then(|prev| {
                read_as
                    .get(&prev)
                    .copied()
                    .filter(|_| paragraph(prev) == paragraph(m.sentence))
            })
            .filter(|&g| type_compatible(&groups[g].mtype, meeting_type));
        // "Tại hội nghị này": the meeting named last before it.
        let this_one = doc.text[m.span.end..]
            .trim_start()
            .strip_prefix("này")
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()));
        let latest = groups.iter().rposition(|g| {
            type_compatible(&g.mtype, meeting_type)
                && mentions.entities[g.mentions[0]].span.start < m.span.start
        });
        // "Trước đó, chiều 23/12, Đảng ủy ... tổ chức Hội nghị Ban Chấp hành
        // Đảng bộ mở rộng. Hội nghị do Đại tá X chủ trì.": right after the
        // sentence that reports another meeting, the type word is that one.
        let just_reported = latest.filter(|&g| {
            ids[g] != usize::MAX
                && g != main.unwrap_or(usize::MAX)
                && groups[g]
                    .mentions
                    .iter()
                    .any(|&x| mentions.entities[x].sentence + 1 == m.sentence)
        });
        // "VKSND tỉnh tổ chức Hội nghị cán bộ, công chức ...; bà X trình bày
        // dự thảo ... để hội nghị thảo luận": the one named before it in its
        // own sentence.
        let same_sentence = latest.filter(|&g| {
            ids[g] != usize::MAX
                && groups[g]
                    .mentions
                    .iter()
                    .any(|&x| mentions.entities[x].sentence == m.sentence)
        });
        let target = latest
            .filter(|_| this_one)
            .or(same_sentence)
            .or(just_reported)
            .or(chained)
            .or_else(|| main.filter(|&g| type_compatible(&groups[g].mtype, meeting_type)))
            .or_else(|| {
                groups.iter().rposition(|g| {
                    type_compatible(&g.mtype, meeting_type)
                        && mentions.entities[g.mentions[0]].span.start < m.span.start
                })
            })
            // An article that reports one meeting: "hội nghị" for its "Phiên họp".
            .or_else(|| main.filter(|_| ids.iter().filter(|&&c| c != usize::MAX).count() == 1));
        if let Some(g) = target.filter(|&g| ids[g] != usize::MAX) {
            of[mid] = Some(ids[g]);
            if Some(g) != main {
                read_as.insert(m.sentence, g);
            }
        }
    }
    (main.map(|g| ids[g]), sittings, reported_after)
}

/// An issuer read off a document's code ("NĐ-CP": Chính phủ, "QĐ-UBND": the
/// People's Committee) stays only when the article names that body too: a code
/// is no mention of a body the article never speaks of. An organisation
/// mention spanning a document mention was read off its code; a cluster of
/// such mentions only is emptied (and left out of the output).
fn drop_code_only_issuers(mentions: &Mentions, clusters: &mut [Cluster], of: &mut [Option<usize>]) {
    let document_spans: BTreeSet<Span> = mentions
        .entities
        .iter()
        .filter(|m| m.kind == NodeKind::Resolution)
        .map(|m| m.span)
        .collect();
    let mut named: BTreeSet<usize> = BTreeSet::new();
    let mut read_off: Vec<usize> = Vec::new();
    for (mid, m) in mentions.entities.iter().enumerate() {
        let Some(c) = of[mid] else { continue };
        if m.kind != NodeKind::Organization {
            continue;
        }
        if document_spans.contains(&m.span) {
            read_off.push(mid);
        } else {
            named.insert(c);
        }
    }
    for mid in read_off {
        if let Some(c) = of[mid].filter(|c| !named.contains(c)) {
            clusters[c].spans.clear();
            of[mid] = None;
        }
    }
}

/// Whether two names of unnumbered documents sharing a short name are one
/// document written two ways: after the words they share at the start, most
/// of the shorter one's words are in the longer ("Quy chế phối hợp giữa Đảng
/// ủy Công an TW với các Tỉnh ủy ..." and "... Công an Trung ương với các tỉnh
/// ủy ..."), not a different object ("Quy chế phối hợp trong thực hiện chính
/// sách bảo hiểm xã hội" and "... trong thực hiện nhiệm vụ quốc phòng").
fn one_document(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        fold::key(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    let rest = &short[shared..];
    let found = rest.iter().filter(|w| long.contains(w)).count();
    2 * found >= rest.len()
}

/// The shorter names of an unnumbered document named with what it carries
/// out: "Chương trình hành động của ngành Bảo hiểm xã hội thực hiện Nghị
/// quyết số 01/NQ-CP ngày 5/1/2024 của Chính phủ" is also "Chương trình hành
/// động của ngành Bảo hiểm xã hội" and "... thực hiện Nghị quyết số 01/NQ-CP".
fn implementing_short_forms(name: &str) -> Vec<String> {
    // A name's key is its words' keys joined by single spaces: most names have
    // none of the verbs, and one key tells so without a key per word.
    let key = fold::key(name);
    if !["thực hiện", "triển khai", "cụ thể"]
        .iter()
        .any(|verb| key.contains(verb))
    {
        return Vec::new();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let keys: Vec<String> = words.iter().map(|w| fold::key(w)).collect();
    let Some(v) = (2..words.len()).find(|&i| {
        matches!(
            (keys[i].as_str(), keys.get(i + 1).map(String::as_str)),
            ("thực", Some("hiện")) | ("triển", Some("khai")) | ("cụ", Some("thể"))
        )
    }) else {
        return Vec::new();
    };
    let verb_len = if keys.get(v + 2).is_some_and(|k| k == "hóa") {
        3
    } else {
        2
    };
    let cited = v + verb_len;
    // What follows must be a document, written with a capital.
    if !words
        .get(cited)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return Vec::new();
    }
    let before = words[..v].join(" ");
    let before = before.trim_end_matches([',', ';', ':']).to_string();
    let mut out = vec![before];
    // Through the cited document's number: "Nghị quyết số 57-NQ/TW", "Nghị quyết 57".
    if let Some(n) = (cited..words.len().min(cited + 5))
        .find(|&i| words[i].chars().next().is_some_and(|c| c.is_ascii_digit()))
    {
        if n + 1 < words.len() {
            let through = words[..=n].join(" ");
            out.push(through.trim_end_matches([',', ';', ':']).to_string());
        }
    }
    out
}

fn build(
    doc: &Doc,
    clusters: Vec<Cluster>,
    edges: BTreeMap<(EdgeKind, usize, usize, String), BTreeSet<Span>>,
) -> Extraction {
    // Local ids follow first appearance, so the output is deterministic;
    // clusters emptied by resolution are left out.
    let mut order: Vec<usize> = (0..clusters.len())
        .filter(|&c| !clusters[c].spans.is_empty())
        .collect();
    order.sort_by_key(|&c| (clusters[c].first, clusters[c].kind));
    let mut local = vec![0usize; clusters.len()];
    for (i, &c) in order.iter().enumerate() {
        local[c] = i;
    }
    let source = |span: Span, quote: Option<String>| Source {
        doc: doc.name.clone(),
        start: doc.char_offset(span.start),
        end: doc.char_offset(span.end),
        quote,
    };
    let mut entities = Vec::with_capacity(clusters.len());
    let mut clusters: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    for (i, &c) in order.iter().enumerate() {
        let Some(cl) = clusters[c].take() else {
            continue;
        };
        let mut names = cl.names;
        if cl.kind == NodeKind::Resolution && !cl.attrs.contains_key("number") {
            // An unnumbered document is also called by the words before what
            // it carries out, and by those words with the short citation.
            let forms: Vec<String> = std::iter::once(&cl.name)
                .chain(&names)
                .flat_map(|n| implementing_short_forms(n))
                .collect();
            names.extend(forms);
        }
        let aliases: Vec<String> = names
            .into_iter()
            .filter(|n| *n != cl.name && !n.trim().is_empty())
            .collect();
        entities.push(Entity {
            key: cl.key,
            node: Node {
                id: NodeId(i as i64),
                kind: cl.kind,
                name: cl.name,
                aliases,
                attrs: cl.attrs,
                sources: cl.spans.into_iter().map(|s| source(s, None)).collect(),
            },
        });
    }
    let mut out_edges: Vec<Edge> = edges
        .into_iter()
        .map(|((kind, s, t, role), spans)| Edge {
            kind,
            source: NodeId(local[s] as i64),
            target: NodeId(local[t] as i64),
            attrs: if role.is_empty() {
                Attrs::new()
            } else {
                Attrs::from([("role".to_string(), role)])
            },
            sources: spans
                .into_iter()
                .map(|s| source(s, Some(doc.slice(s).to_string())))
                .collect(),
        })
        .collect();
    out_edges.sort_by(|a, b| {
        (a.source, a.kind, a.target, &a.attrs).cmp(&(b.source, b.kind, b.target, &b.attrs))
    });
    Extraction {
        doc: doc.name.clone(),
        entities,
        edges: out_edges,
    }
}

#[cfg(test)]
mod tests {
    use super::implementing_short_forms;

    #[test]
    fn short_forms_of_a_document_named_with_what_it_carries_out() {
        assert_eq!(
            implementing_short_forms(
                "Kế hoạch hành động của Sở Tư pháp thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị"
            ),
            [
                "Kế hoạch hành động của Sở Tư pháp",
                "Kế hoạch hành động của Sở Tư pháp thực hiện Nghị quyết số 66-NQ/TW"
            ]
        );
        assert_eq!(
            implementing_short_forms("Chương trình hành động cụ thể hóa Nghị quyết 57 của Tỉnh ủy"),
            [
                "Chương trình hành động",
                "Chương trình hành động cụ thể hóa Nghị quyết 57"
            ]
        );
        // Nothing carried out, or no document after the verb: no short form.
        assert!(implementing_short_forms("Quy chế làm việc của Ban Chấp hành").is_empty());
        assert!(implementing_short_forms("Kế hoạch thực hiện nhiệm vụ năm 2025").is_empty());
    }
}
