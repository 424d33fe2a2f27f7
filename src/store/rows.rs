//! Reading the tables back into the model: rows to [`GraphDocument`] and [`Stats`].
//!
//! Every query here orders its rows, and the assembled document is sorted again
//! in Rust, so output never depends on SQLite's plan. Writing lives in `mod.rs`.

use std::collections::{BTreeMap, HashMap};

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};
use rusqlite::{Connection, OptionalExtension};

use super::statements::Statements;
use super::Stats;
use crate::model::{Edge, EdgeKind, GraphDocument, Node, NodeId, NodeKind, Source};
use crate::Result;

/// A node kind read from its `kind` column.
struct SqlNodeKind(NodeKind);

impl FromSql for SqlNodeKind {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        NodeKind::parse(text)
            .map(SqlNodeKind)
            .ok_or_else(|| FromSqlError::Other(format!("unknown node kind '{text}'").into()))
    }
}

/// An edge kind read from its `kind` column: its code (schema 5, see
/// [`edge_code`]).
pub(super) struct SqlEdgeKind(pub(super) EdgeKind);

impl FromSql for SqlEdgeKind {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let code = value.as_i64()?;
        usize::try_from(code)
            .ok()
            .and_then(|i| EdgeKind::ALL.get(i))
            .map(|&kind| SqlEdgeKind(kind))
            .ok_or_else(|| FromSqlError::Other(format!("unknown edge kind code {code}").into()))
    }
}

/// The code an edge kind is stored as (schema 5): its position in
/// [`EdgeKind::ALL`], which is also its order, so SQL orders codes as Rust
/// orders kinds.
pub(super) fn edge_code(kind: EdgeKind) -> i64 {
    kind as i64
}

/// Loads the whole graph: nodes by id, aliases and sources sorted, edges sorted
/// by (source, kind, target, role).
pub(super) fn load_graph(conn: &Connection) -> Result<GraphDocument> {
    load_graph_where(conn, Part::Whole)
}

/// Which rows [`load_graph_where`] reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Every node and edge.
    Whole,
    /// The nodes in `temp.sub`, the edges in `temp.sub_edges`.
    Sub,
    /// As `Sub`, with edge quotes stored as article text left `None` (see
    /// [`load_subgraph_core`]).
    SubUnquoted,
    /// As `Sub`, without any sources (what a diagram draws).
    Bare,
    /// The nodes in `temp.sub` with names and aliases, and the attributes of
    /// documents and meetings (their types, numbers and dates) only: no
    /// sources, no edges (what a name lookup reads and a search hit shows).
    Names,
}

/// Loads the nodes `ids` and the edges between them, ordered as [`load_graph`]
/// orders the whole graph.
pub(super) fn load_subgraph(
    conn: &Connection,
    ids: &[i64],
    sourced: &[i64],
    sources: bool,
) -> Result<GraphDocument> {
    fill_sub(conn, ids, sourced)?;
    conn.execute_batch(
        "INSERT INTO temp.sub_edges (id)
         SELECT e.id FROM temp.sub s JOIN edges e ON e.source = s.id
         WHERE e.target IN (SELECT id FROM temp.sub)",
    )?;
    load_graph_where(conn, if sources { Part::Sub } else { Part::Bare })
}

/// As [`load_subgraph`] with sources, keeping only the edges with an end in
/// `core`. An edge source whose quote is the article's text between its
/// offsets (most are) comes with `quote: None`: an answer quotes the few it
/// shows with [`quotes`], instead of every article of a hub being read.
pub(super) fn load_subgraph_core(
    conn: &Connection,
    ids: &[i64],
    core: &[i64],
    sourced: &[i64],
) -> Result<GraphDocument> {
    fill_sub(conn, ids, sourced)?;
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS sub_core (id INTEGER PRIMARY KEY);
         DELETE FROM temp.sub_core;",
    )?;
    {
        let mut insert =
            conn.prepare_cached("INSERT OR IGNORE INTO temp.sub_core (id) VALUES (?1)")?;
        for id in core {
            insert.execute([id])?;
        }
    }
    conn.execute_batch(
        "INSERT OR IGNORE INTO temp.sub_edges (id)
         SELECT e.id FROM temp.sub_core c CROSS JOIN edges e ON e.source = c.id
         WHERE e.target IN (SELECT id FROM temp.sub);
         INSERT OR IGNORE INTO temp.sub_edges (id)
         SELECT e.id FROM temp.sub_core c CROSS JOIN edges e ON e.target = c.id
         WHERE e.source IN (SELECT id FROM temp.sub);",
    )?;
    load_graph_where(conn, Part::SubUnquoted)
}

/// The nodes `ids` with their names, aliases and attributes, without sources
/// or edges: enough to rank them against a lookup.
pub(super) fn load_names(conn: &Connection, ids: &[i64]) -> Result<GraphDocument> {
    fill_sub(conn, ids, &[])?;
    load_graph_where(conn, Part::Names)
}

/// Empties the temporary id tables and fills `temp.sub` and `temp.sub_sourced`.
fn fill_sub(conn: &Connection, ids: &[i64], sourced: &[i64]) -> Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS sub (id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS sub_sourced (id INTEGER PRIMARY KEY);
         CREATE TEMP TABLE IF NOT EXISTS sub_edges (id INTEGER PRIMARY KEY);
         DELETE FROM temp.sub; DELETE FROM temp.sub_sourced; DELETE FROM temp.sub_edges;",
    )?;
    {
        let mut insert = conn.prepare_cached("INSERT OR IGNORE INTO temp.sub (id) VALUES (?1)")?;
        for id in ids {
            insert.execute([id])?;
        }
        let mut insert =
            conn.prepare_cached("INSERT OR IGNORE INTO temp.sub_sourced (id) VALUES (?1)")?;
        for id in sourced {
            insert.execute([id])?;
        }
    }
    Ok(())
}

/// Loads every node and edge, or only those `part` names.
fn load_graph_where(conn: &Connection, part: Part) -> Result<GraphDocument> {
    let only = |column: &str, table: &str| {
        if part != Part::Whole {
            format!(" WHERE {column} IN (SELECT id FROM temp.{table})")
        } else {
            String::new()
        }
    };
    let mut nodes = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    {
        let mut stmt = conn.prepare(&format!(
            "SELECT id, kind, name FROM nodes{} ORDER BY id",
            only("id", "sub")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let kind: SqlNodeKind = row.get(1)?;
            index.insert(id, nodes.len());
            nodes.push(Node {
                id: NodeId(id),
                kind: kind.0,
                name: row.get(2)?,
                aliases: Vec::new(),
                attrs: BTreeMap::new(),
                sources: Vec::new(),
            });
        }
    }
    {
        let mut stmt = conn.prepare(&format!(
            "SELECT node, alias FROM aliases{} ORDER BY node, alias",
            only("node", "sub")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            if let Some(&i) = index.get(&row.get::<_, i64>(0)?) {
                nodes[i].aliases.push(row.get(1)?);
            }
        }
    }
    if part == Part::Names {
        // A search can hit thousands of persons, whose attributes no lookup
        // reads: one probe per document or meeting instead of a scan.
        let mut stmt = conn.prepare_cached("SELECT name, value FROM node_attrs WHERE node = ?1")?;
        for node in &mut nodes {
            if matches!(node.kind, NodeKind::Resolution | NodeKind::Meeting) {
                let mut rows = stmt.query([node.id.0])?;
                while let Some(row) = rows.next()? {
                    node.attrs.insert(row.get(0)?, row.get(1)?);
                }
            }
        }
    } else {
        let mut stmt = conn.prepare(&format!(
            "SELECT node, name, value FROM node_attrs{} ORDER BY node, name",
            only("node", "sub")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            if let Some(&i) = index.get(&row.get::<_, i64>(0)?) {
                nodes[i].attrs.insert(row.get(1)?, row.get(2)?);
            }
        }
    }
    if matches!(part, Part::Whole | Part::Sub | Part::SubUnquoted) {
        let mut stmt = conn.prepare(&format!(
            "SELECT s.node, a.doc, s.spans FROM node_sources s
             JOIN articles a ON a.id = s.article{}
             ORDER BY s.node, a.doc",
            only("s.node", "sub_sourced")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let node: i64 = row.get(0)?;
            if let Some(&i) = index.get(&node) {
                let doc: String = row.get(1)?;
                let blob: Vec<u8> = row.get(2)?;
                let spans = super::packed::unpack_spans(&blob)
                    .ok_or_else(|| {
                        crate::Error::Query(format!(
                            "the sources of node #{node} in {doc} are damaged (node_sources); re-ingest into a new database"
                        ))
                    })?;
                for (start, end) in spans {
                    nodes[i].sources.push(Source {
                        doc: doc.clone(),
                        start,
                        end,
                        quote: None,
                    });
                }
            }
        }
    }
    for node in &mut nodes {
        node.aliases.sort();
        node.sources.sort();
    }
    if part == Part::Names {
        return Ok(GraphDocument {
            nodes,
            edges: Vec::new(),
        });
    }

    let mut edges = Vec::new();
    let mut edge_index: HashMap<i64, usize> = HashMap::new();
    {
        let mut stmt = conn.prepare(&format!(
            "SELECT id, kind, source, target, role FROM edges{} ORDER BY id",
            only("id", "sub_edges")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let kind: SqlEdgeKind = row.get(1)?;
            let role: String = row.get(4)?;
            let mut attrs = BTreeMap::new();
            if !role.is_empty() {
                attrs.insert("role".to_string(), role);
            }
            edge_index.insert(row.get(0)?, edges.len());
            edges.push(Edge {
                kind: kind.0,
                source: NodeId(row.get(2)?),
                target: NodeId(row.get(3)?),
                attrs,
                sources: Vec::new(),
            });
        }
    }
    {
        let mut stmt = conn.prepare(&format!(
            "SELECT edge, name, value FROM edge_attrs{} ORDER BY edge, name",
            only("edge", "sub_edges")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            if let Some(&i) = edge_index.get(&row.get::<_, i64>(0)?) {
                // `role` lives in its own column; it wins over a stray attribute.
                let name: String = row.get(1)?;
                let value: String = row.get(2)?;
                edges[i].attrs.entry(name).or_insert(value);
            }
        }
    }
    if part != Part::Bare {
        let filter = only("s.edge", "sub_edges");
        let quoted = part != Part::SubUnquoted;
        load_edge_sources(conn, &filter, &edge_index, &mut edges, quoted)?;
    }
    for edge in &mut edges {
        edge.sources.sort();
    }
    edges.sort_by(|a, b| {
        (a.source, a.kind, a.target, a.attrs.get("role")).cmp(&(
            b.source,
            b.kind,
            b.target,
            b.attrs.get("role"),
        ))
    });
    Ok(GraphDocument { nodes, edges })
}

/// Fills the sources of `edges` (indexed by id in `index`) from the rows of
/// `edge_sources` that `filter` keeps. A quote stored as NULL is the text
/// between its offsets: with `quoted`, each article's text is read once, for
/// all its spans, not once per source row (a person's profile cites hundreds
/// of rows); without, such a source keeps `quote: None`.
fn load_edge_sources(
    conn: &Connection,
    filter: &str,
    index: &HashMap<i64, usize>,
    edges: &mut [Edge],
    quoted: bool,
) -> Result<()> {
    // (edge position, article, doc, spans with their quotes)
    let mut found: Vec<(usize, i64, String, super::packed::QuotedSpans)> = Vec::new();
    {
        let mut stmt = conn.prepare(&format!(
            "SELECT s.edge, s.article, a.doc, s.spans, s.quotes
             FROM edge_sources s
             JOIN articles a ON a.id = s.article{filter}
             ORDER BY s.edge, a.doc"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let edge: i64 = row.get(0)?;
            let Some(&i) = index.get(&edge) else {
                continue;
            };
            let doc: String = row.get(2)?;
            let spans: Vec<u8> = row.get(3)?;
            let quotes: Option<String> = row.get(4)?;
            let spans = super::packed::unpack_quoted_spans(&spans, quotes.as_deref())
                .ok_or_else(|| {
                    crate::Error::Query(format!(
                        "the sources of edge #{edge} in {doc} are damaged (edge_sources); re-ingest into a new database"
                    ))
                })?;
            found.push((i, row.get(1)?, doc, spans));
        }
    }
    let mut quoted_text: HashMap<(i64, usize, usize), String> = HashMap::new();
    if quoted {
        // The offsets whose text each article must give.
        let mut wanted: BTreeMap<i64, Vec<(usize, usize)>> = BTreeMap::new();
        for (_, article, _, spans) in &found {
            for (span, quote) in spans {
                if quote.is_none() {
                    wanted.entry(*article).or_default().push(*span);
                }
            }
        }
        quoted_text = texts_between(conn, "SELECT text FROM articles WHERE id = ?1", wanted)?;
    }
    for (i, article, doc, spans) in found {
        for ((start, end), quote) in spans {
            // NULL stands for the article's text between the offsets.
            let quote = match quote {
                Some(quote) => Some(quote),
                None if quoted => Some(
                    quoted_text
                        .get(&(article, start, end))
                        .cloned()
                        .unwrap_or_default(),
                ),
                None => None,
            };
            edges[i].sources.push(Source {
                doc: doc.clone(),
                start,
                end,
                quote,
            });
        }
    }
    Ok(())
}

/// The text of each article between each of its pairs of char offsets, keyed
/// by (article, start, end); `sql` reads one article's text by the key. Each
/// article's text is read once. Offsets past the text give the empty string.
fn texts_between<K>(
    conn: &Connection,
    sql: &str,
    wanted: BTreeMap<K, Vec<(usize, usize)>>,
) -> Result<HashMap<(K, usize, usize), String>>
where
    K: rusqlite::ToSql + Clone + Eq + std::hash::Hash,
{
    let mut out = HashMap::new();
    let mut stmt = conn.prepare_cached(sql)?;
    for (article, spans) in wanted {
        let Some(text): Option<String> = stmt.query_row([&article], |row| row.get(0)).optional()?
        else {
            continue;
        };
        let offsets = spans.iter().flat_map(|&(start, end)| [start, end]);
        let chars = super::prepare::CharText::new(&text, offsets);
        for (start, end) in spans {
            let quote = chars.slice(start, end).unwrap_or_default().to_string();
            out.insert((article.clone(), start, end), quote);
        }
    }
    Ok(out)
}

/// The text of each `(doc, start, end)` span of `wanted` (articles by file
/// name, char offsets), each article read once; spans of an unknown article
/// are left out.
pub(super) fn quotes(
    conn: &Connection,
    wanted: BTreeMap<String, Vec<(usize, usize)>>,
) -> Result<HashMap<(String, usize, usize), String>> {
    texts_between(conn, "SELECT text FROM articles WHERE doc = ?1", wanted)
}

/// Counts articles, nodes per kind and edges per kind.
pub(super) fn load_stats(conn: &Connection) -> Result<Stats> {
    let articles: i64 = conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
    let mut nodes: BTreeMap<NodeKind, u64> = NodeKind::ALL.iter().map(|&k| (k, 0)).collect();
    {
        let mut stmt = conn.prepare("SELECT kind, count(*) FROM nodes GROUP BY kind")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let kind: SqlNodeKind = row.get(0)?;
            nodes.insert(kind.0, row.get::<_, i64>(1)?.unsigned_abs());
        }
    }
    let mut edges: BTreeMap<EdgeKind, u64> = EdgeKind::ALL.iter().map(|&k| (k, 0)).collect();
    {
        let mut stmt = conn.prepare("SELECT kind, count(*) FROM edges GROUP BY kind")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let kind: SqlEdgeKind = row.get(0)?;
            edges.insert(kind.0, row.get::<_, i64>(1)?.unsigned_abs());
        }
    }
    Ok(Stats {
        articles: articles.unsigned_abs(),
        n_nodes: nodes.values().sum(),
        n_edges: edges.values().sum(),
        nodes,
        edges,
    })
}

/// The stored hash of an article, if it is stored.
pub(super) fn article_hash(conn: &Connection, doc: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT hash FROM articles WHERE doc = ?1", [doc], |row| {
            row.get(0)
        })
        .optional()?)
}

/// Every article's file name and published date.
/// The published dates of the articles `docs` (by the unique index on `doc`:
/// a subgraph's few articles, not a scan of every stored text).
pub(super) fn article_dates_of<'a>(
    conn: &Connection,
    docs: impl IntoIterator<Item = &'a str>,
) -> Result<BTreeMap<String, Option<String>>> {
    let mut stmt = conn.prepare_cached("SELECT published FROM articles WHERE doc = ?1")?;
    let mut out = BTreeMap::new();
    for doc in docs {
        let published: Option<Option<String>> =
            stmt.query_row([doc], |row| row.get(0)).optional()?;
        if let Some(published) = published {
            out.insert(doc.to_string(), published.filter(|p| !p.trim().is_empty()));
        }
    }
    Ok(out)
}

pub(super) fn article_dates(conn: &Connection) -> Result<BTreeMap<String, Option<String>>> {
    let mut stmt = conn.prepare("SELECT doc, published FROM articles ORDER BY doc")?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    let mut out = BTreeMap::new();
    for row in rows {
        let (doc, published): (String, Option<String>) = row?;
        out.insert(doc, published.filter(|p| !p.trim().is_empty()));
    }
    Ok(out)
}

/// Adds one diacritic-free name form of a node to the search index, with its
/// initials (a no-op when the node has it already).
pub(super) fn insert_search_ascii(db: &mut Statements<'_>, node: i64, ascii: &str) -> Result<()> {
    if ascii.is_empty() {
        return Ok(());
    }
    let hash = text_hash(ascii);
    // A look-up, then a plain insert: an INSERT ... SELECT that reads the table
    // it writes goes through a temporary table each time.
    let known = db
        .get("SELECT 1 FROM search_names WHERE ascii_hash = ?1 AND node = ?2 AND ascii = ?3")?
        .exists(rusqlite::params![hash, node, ascii])?;
    if !known {
        insert_first_search_ascii(db, node, ascii)?;
    }
    Ok(())
}

/// Adds the first diacritic-free name form of a node just inserted, which has
/// none yet: [`insert_search_ascii`] without its look-up.
pub(super) fn insert_first_search_ascii(
    db: &mut Statements<'_>,
    node: i64,
    ascii: &str,
) -> Result<()> {
    if ascii.is_empty() {
        return Ok(());
    }
    db.get("INSERT INTO search_names (node, ascii, ascii_hash, initials) VALUES (?1, ?2, ?3, ?4)")?
        .execute(rusqlite::params![
            node,
            ascii,
            text_hash(ascii),
            initials(ascii)
        ])?;
    Ok(())
}

/// The 64-bit hash that indexes node keys and folded names (schema 6):
/// xxh3-64 of the UTF-8 bytes, as SQLite's signed integer. It is stored, so
/// it must never change; lookups compare the text as well.
pub(super) fn text_hash(text: &str) -> i64 {
    i64::from_ne_bytes(xxhash_rust::xxh3::xxh3_64(text.as_bytes()).to_ne_bytes())
}

/// The first letters of a diacritic-free name's words ("bca" for "bo cong an").
pub(super) fn initials(ascii: &str) -> String {
    ascii.split(' ').filter_map(|w| w.chars().next()).collect()
}

/// Indexes the search names added since the last call in the trigram table,
/// in one statement (see schema 0002).
pub(super) fn sync_search(conn: &Connection) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO search_trigrams (rowid, ascii)
         SELECT id, ascii FROM search_names WHERE id > (SELECT id FROM search_indexed)",
    )?
    .execute([])?;
    conn.prepare_cached(
        "UPDATE search_indexed SET id = (SELECT coalesce(max(id), 0) FROM search_names)",
    )?
    .execute([])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edge_codes_are_positions_in_all() {
        // Schema 5's CASE and the walks' SQL ordering rely on this.
        for (i, kind) in EdgeKind::ALL.into_iter().enumerate() {
            assert_eq!(edge_code(kind), i as i64, "{kind:?}");
        }
    }
}
