//! The SQLite store: the only module that knows SQL.
//!
//! [`Store::open`] checks and migrates the database (`migrate`); [`Store::save_batch`]
//! merges articles' extractions into nodes and edges (this file); [`Store::graph`]
//! and [`Store::stats`] read them back (`rows`). rusqlite types never leave here.
//!
//! Merging follows ARCHITECTURE.md, "Merging across articles": an entity joins the
//! node with its `EntityKey::primary`; failing that, a dated coded document
//! adopts the node of its code stored without a year, and an undated one joins
//! the one dated node of its code (`join_by_year`); failing that, an uncoded citation (whose
//! primary key equals its loose key) joins the one node sharing its loose key, and
//! a coded document adopts the one uncoded node of its loose key by re-keying it.
//! Joining adds the entity's surface forms as aliases, the attributes the node
//! lacks (first stored value wins) and the article's sources. The first stored
//! name is canonical, except that an adopted uncoded node takes the coded name.

mod cache;
mod deferred;
mod facts;
mod migrate;
mod packed;
mod prepare;
mod rows;
mod sources;
mod statements;
mod sub;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::model::{Edge, EdgeKind, Entity, GraphDocument, NodeId, NodeKind};
use crate::pipeline::ArticleRecord;
use crate::text::fold;
use crate::Result;
use cache::{name_print, Fingerprint, NodeRow, WriteCache};
pub use prepare::Prepared;
use sources::PendingSources;
use statements::Statements;

pub use migrate::SCHEMA_VERSION;

/// How long a writer waits for another process's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// A cadregraph database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// What this connection has written (see [`cache`]).
    cache: WriteCache,
    /// A batch's source rows until its end (see [`sources`]); empty between
    /// batches, kept for its capacity.
    sources: PendingSources,
    /// Whether [`Store::for_bulk_writes`] was called.
    bulk: bool,
    /// Whether this connection dropped the deferred indexes and has not built
    /// them again (see [`deferred`]).
    deferred: bool,
}

impl Drop for Store {
    /// Builds the indexes a fresh ingest deferred, if [`Store::finish_bulk`]
    /// was not called; an error leaves them to the next writable opening.
    fn drop(&mut self) {
        let _ = self.finish_bulk();
    }
}

/// What one [`Store::save_batch`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct BatchStats {
    /// Articles stored for the first time.
    pub new: u64,
    /// Articles whose content changed: their old facts were replaced.
    pub changed: u64,
    /// Articles already stored with the same hash: left as they were.
    pub unchanged: u64,
    /// Nodes created.
    pub nodes_added: u64,
    /// Nodes deleted because no article supports them any more.
    pub nodes_removed: u64,
    /// Edges created.
    pub edges_added: u64,
    /// Edges deleted because no article states them any more.
    pub edges_removed: u64,
}

impl std::ops::AddAssign for BatchStats {
    fn add_assign(&mut self, other: BatchStats) {
        self.new += other.new;
        self.changed += other.changed;
        self.unchanged += other.unchanged;
        self.nodes_added += other.nodes_added;
        self.nodes_removed += other.nodes_removed;
        self.edges_added += other.edges_added;
        self.edges_removed += other.edges_removed;
    }
}

/// Counts of what the database holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Articles stored.
    pub articles: u64,
    /// Nodes, all kinds.
    pub n_nodes: u64,
    /// Edges, all kinds.
    pub n_edges: u64,
    /// Nodes per kind (every kind present, zeros included).
    pub nodes: BTreeMap<NodeKind, u64>,
    /// Edges per kind (every kind present, zeros included).
    pub edges: BTreeMap<EdgeKind, u64>,
}

impl Stats {
    /// A plain-text table, one count per line.
    pub fn render_text(&self) -> String {
        let mut out = format!("{:<16} {:>7}\n", "articles", self.articles);
        out.push_str(&format!("{:<16} {:>7}\n", "nodes", self.n_nodes));
        for (kind, n) in &self.nodes {
            out.push_str(&format!("  {:<14} {:>7}\n", kind.as_str(), n));
        }
        out.push_str(&format!("{:<16} {:>7}\n", "edges", self.n_edges));
        for (kind, n) in &self.edges {
            out.push_str(&format!("  {:<14} {:>7}\n", kind.as_str(), n));
        }
        out
    }
}

/// The page size of new databases, in bytes.
const PAGE_SIZE: i64 = 4096;

/// The page cache of a bulk writer, in KiB (256 MiB).
const BULK_CACHE_KIB: i64 = 256 * 1024;

/// Pages the log of a bulk writer grows to before a checkpoint (128 MiB).
const BULK_CHECKPOINT_PAGES: i64 = 32 * 1024;

impl Store {
    /// Opens (creating if absent) the database at `path` and brings its schema
    /// up to date.
    ///
    /// A file that is not SQLite, or is another program's SQLite database, is
    /// [`Error::BadDatabase`](crate::Error::BadDatabase); a database written by
    /// a newer cadregraph is [`Error::SchemaTooNew`](crate::Error::SchemaTooNew).
    /// Both leave the file untouched.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let conn = Connection::open(path).map_err(|e| migrate::not_a_database(e, path))?;
        // Whichever step meets a damaged, foreign or write-protected file, the
        // error names the file and the problem.
        Store::init(conn, path.to_path_buf()).map_err(|err| match err {
            crate::Error::Sqlite(e) => migrate::not_a_database(e, path),
            err => err,
        })
    }

    /// A fresh database in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Saving an article runs about twenty distinct statements: all stay
        // prepared (the default cache holds 16, so some were prepared again).
        conn.set_prepared_statement_cache_capacity(64);
        // Check before any write: WAL mode and migrations would alter the file.
        let version = migrate::check(&conn, &path)?;
        if version == 0 {
            // A new file: 4 KiB pages. Ingest updates indexes at scattered
            // places (a name's key, an old node's edges), and every page it
            // touches is read, then written to the log whole: at 100,000
            // articles 16 KiB pages made ingest 20% slower and the file 3%
            // larger (an article's text, longer than a page, fills whole
            // overflow pages; 16 KiB pages held three texts and a gap).
            // Only a database without tables can still change it.
            conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        }
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Under WAL, NORMAL loses at most the last transactions on power loss, never
        // consistency; FULL would sync the log at every batch.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 64 MiB of page cache (negative: KiB), temporary tables in memory.
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // No memory map: a query process reads a few thousand scattered pages
        // once, and a fault per mapped page plus unmapping them at exit cost
        // more than copying them (search at 100,000 articles: p50 47 -> 38
        // ms; show, trace and who-chaired 2-3 ms faster too). Memory stays
        // bounded by the cache, not the file's size.
        migrate::migrate(&mut conn, version)?;
        if !conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true) {
            deferred::heal(&mut conn, BUSY_TIMEOUT)?;
        }
        Ok(Store {
            conn,
            path,
            cache: WriteCache::default(),
            sources: PendingSources::default(),
            bulk: false,
            deferred: false,
        })
    }

    /// Tunes the connection for a long run of batch writes (ingest): a larger
    /// page cache, fewer, larger checkpoints, no foreign key checks, and, when
    /// the database has no nodes yet, the indexes it does not read built at
    /// the end ([`Store::finish_bulk`], see `store::deferred`).
    pub fn for_bulk_writes(&mut self) -> Result<()> {
        self.bulk = true;
        // Index pages touched at scattered places stay cached across batches
        // (at 100,000 articles: 99 -> 85 s, peak RSS 480 -> 710 MB).
        self.conn
            .pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        // A checkpoint copies every page changed since the last one: fewer,
        // larger ones copy a hot page once instead of at every batch.
        self.conn
            .pragma_update(None, "wal_autocheckpoint", BULK_CHECKPOINT_PAGES)?;
        // SQLite need not check foreign keys here: every id the writer stores
        // comes from a row it has just read or written, and a changed
        // article's removal deletes dependent rows itself. The checks were a
        // lookup of the parent row at every insert (13% of the writer's
        // instructions); tests check `foreign_key_check` after ingests,
        // changes and kills (tests/it/faults.rs).
        self.conn.pragma_update(None, "foreign_keys", false)?;
        Ok(())
    }

    /// Whether this connection deferred indexes that [`Store::finish_bulk`]
    /// will build.
    pub fn has_deferred_indexes(&self) -> bool {
        self.deferred
    }

    /// Ends a run of batch writes: builds the indexes a fresh ingest deferred
    /// and indexes its search names (a no-op when none were deferred). Dropping
    /// the store does it too, ignoring errors.
    pub fn finish_bulk(&mut self) -> Result<()> {
        if self.deferred {
            deferred::build_now(&mut self.conn)?;
            self.deferred = false;
        }
        Ok(())
    }

    /// Whether the database can only be read (the file or its directory is
    /// write-protected): SQLite then opens it read-only, and every write fails.
    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false)
    }

    /// The database's path (`:memory:` for an in-memory store).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The stored content hash of the article named `doc`, if it is stored:
    /// ingest skips a file whose hash is unchanged without extracting it.
    pub fn article_hash(&self, doc: &str) -> Result<Option<String>> {
        rows::article_hash(&self.conn, doc)
    }

    /// Stores a batch of articles in one transaction, in order.
    ///
    /// An article stored with the same hash is skipped; one stored with another
    /// hash has its old sources deleted, the nodes and edges left unsupported
    /// deleted, and its new facts merged in. Saving the same records twice
    /// changes nothing.
    pub fn save_batch(&mut self, records: &[ArticleRecord]) -> Result<BatchStats> {
        let prepared: Vec<Prepared> = records.iter().map(Prepared::of).collect();
        self.save_prepared(records, &prepared)
    }

    /// [`Store::save_batch`] with each record's [`Prepared::of`] computed
    /// already (ingest computes it on its extraction threads): `prepared[i]`
    /// belongs to `records[i]`.
    // A stage boundary kept in profiles (scripts/instructions.sh): called once
    // a batch, so never inlining it costs nothing.
    #[inline(never)]
    pub fn save_prepared(
        &mut self,
        records: &[ArticleRecord],
        prepared: &[Prepared],
    ) -> Result<BatchStats> {
        if records.len() != prepared.len() || records.iter().zip(prepared).any(|(r, p)| !p.fits(r))
        {
            return Err(crate::Error::Query(
                "save_prepared: a prepared record does not belong to its record".into(),
            ));
        }
        // IMMEDIATE takes the write lock first, so a second writer waits for it
        // (busy timeout). A deferred transaction reads first, and its upgrade to
        // a writer fails at once, without waiting, when another writer has
        // committed in between.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut stats = BatchStats::default();
        let (bulk, was_deferred) = (self.bulk, self.deferred);
        let cache = &mut self.cache;
        let sources = &mut self.sources;
        let saved = cache.begin(&tx).and_then(|()| {
            // A bulk write into a database without nodes defers the indexes
            // it does not read; a cache no longer complete reads them.
            let mut deferred = was_deferred;
            if !deferred && bulk && cache.is_complete() && cache.is_empty() {
                deferred::drop_all(&tx)?;
                deferred = true;
            } else if !cache.is_complete() && (deferred || deferred::any_missing(&tx)?) {
                // Look-ups follow, through these indexes: another connection
                // wrote since this one dropped them, or this one writes while
                // another one's fresh ingest has them dropped.
                deferred::build(&tx)?;
                deferred = false;
            }
            // Finalized before the commit.
            let mut db = Statements::new(&tx);
            for (record, prep) in records.iter().zip(prepared) {
                save_record(
                    &mut db,
                    cache,
                    sources,
                    record,
                    prep,
                    &mut stats,
                    &mut deferred,
                )?;
            }
            sources.flush(&mut db)?;
            if !deferred {
                rows::sync_search(&tx)?;
            }
            Ok(deferred)
        });
        // Rows the cache learnt in a rolled-back transaction do not exist.
        match saved.and_then(|deferred| {
            tx.commit()?;
            Ok(deferred)
        }) {
            Ok(deferred) => {
                self.deferred = deferred;
                Ok(stats)
            }
            Err(err) => {
                self.cache.clear();
                self.sources.clear();
                Err(err)
            }
        }
    }

    /// The whole graph, deterministic: nodes by id, aliases and sources sorted,
    /// edges by (source, kind, target, role).
    ///
    /// One read transaction: a concurrent ingest's commits are all seen or none.
    pub fn graph(&self) -> Result<GraphDocument> {
        self.snapshot(|store| rows::load_graph(&store.conn))
    }

    /// Counts of articles, nodes and edges, from one read transaction.
    pub fn stats(&self) -> Result<Stats> {
        self.snapshot(|store| rows::load_stats(&store.conn))
    }

    /// Runs `read` in one read transaction: every statement it runs sees the
    /// same database, whatever a concurrent ingest commits meanwhile (a
    /// subgraph read in several steps never finds an edge to a node it did not
    /// load). It is a savepoint, so snapshots nest; one transaction also spares
    /// each statement of `read` taking and dropping its own read lock.
    pub fn snapshot<T>(&self, read: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("SAVEPOINT snapshot")?;
        let out = read(self);
        // `read` changes nothing but temporary tables: releasing is as good
        // as rolling back, on success and on failure.
        let released = self.conn.execute_batch("RELEASE snapshot");
        let out = out?;
        released?;
        Ok(out)
    }

    /// Every stored article's file name with its published date (ISO, possibly
    /// partial; `None` when the article states none), sorted by file name. The
    /// queries date the facts an article states with it.
    pub fn article_dates(&self) -> Result<BTreeMap<String, Option<String>>> {
        rows::article_dates(&self.conn)
    }

    /// As [`Store::article_dates`], for the articles a graph cites only.
    pub fn article_dates_for(
        &self,
        graph: &GraphDocument,
    ) -> Result<BTreeMap<String, Option<String>>> {
        let docs: BTreeSet<&str> = graph
            .nodes
            .iter()
            .flat_map(|n| &n.sources)
            .chain(graph.edges.iter().flat_map(|e| &e.sources))
            .map(|s| s.doc.as_str())
            .collect();
        rows::article_dates_of(&self.conn, docs)
    }

    /// The nodes `ids` and every edge between two of them, ordered like
    /// [`Store::graph`] (whose answer it is when `ids` holds every node).
    pub fn subgraph(&self, ids: &BTreeSet<NodeId>) -> Result<GraphDocument> {
        self.subgraph_sourced(ids, ids)
    }

    /// As [`Store::subgraph`], with node sources only for the nodes `sourced`
    /// (edges keep all theirs): for answers that list one entity's articles.
    pub fn subgraph_sourced(
        &self,
        ids: &BTreeSet<NodeId>,
        sourced: &BTreeSet<NodeId>,
    ) -> Result<GraphDocument> {
        let ids: Vec<i64> = ids.iter().map(|id| id.0).collect();
        let sourced: Vec<i64> = sourced.iter().map(|id| id.0).collect();
        rows::load_subgraph(&self.conn, &ids, &sourced, true)
    }

    /// As [`Store::subgraph_sourced`], with only the edges that have an end in
    /// `core`: an answer about a few nodes reads their edges, not those among
    /// the neighbours loaded around them (a hub's thousands). An edge source
    /// quoting its article's text between its offsets (most do) comes with
    /// `quote: None`; [`Store::quotes`] reads the few an answer shows.
    pub fn subgraph_core(
        &self,
        ids: &BTreeSet<NodeId>,
        core: &BTreeSet<NodeId>,
        sourced: &BTreeSet<NodeId>,
    ) -> Result<GraphDocument> {
        let ids: Vec<i64> = ids.iter().map(|id| id.0).collect();
        let core: Vec<i64> = core.iter().map(|id| id.0).collect();
        let sourced: Vec<i64> = sourced.iter().map(|id| id.0).collect();
        rows::load_subgraph_core(&self.conn, &ids, &core, &sourced)
    }

    /// The article text of each `(doc, start, end)` span in `wanted` (articles
    /// by file name, char offsets): the quotes [`Store::subgraph_core`] leaves
    /// out. Each article is read once; an unknown article's spans are left out.
    pub fn quotes(
        &self,
        wanted: BTreeMap<String, Vec<(usize, usize)>>,
    ) -> Result<HashMap<(String, usize, usize), String>> {
        rows::quotes(&self.conn, wanted)
    }

    /// The other ends of `node`'s edges of `kind` in `direction`, with their
    /// `date` attribute: a chain walk's next level.
    pub fn chain_children(
        &self,
        node: NodeId,
        kind: EdgeKind,
        direction: crate::graph::Direction,
    ) -> Result<Vec<(NodeId, Option<String>)>> {
        sub::chain_children(&self.conn, node, kind, direction)
    }

    /// The nodes `ids` and every edge between two of them, without sources:
    /// what a diagram draws.
    pub fn subgraph_bare(&self, ids: &BTreeSet<NodeId>) -> Result<GraphDocument> {
        let ids: Vec<i64> = ids.iter().map(|id| id.0).collect();
        rows::load_subgraph(&self.conn, &ids, &[], false)
    }

    /// The nodes `ids` with names, aliases and attributes only (no sources, no
    /// edges): what a name lookup ranks.
    pub fn nodes_named(&self, ids: &BTreeSet<NodeId>) -> Result<GraphDocument> {
        let ids: Vec<i64> = ids.iter().map(|id| id.0).collect();
        rows::load_names(&self.conn, &ids)
    }

    /// A superset of the nodes an entity lookup of `query` can match, from the
    /// trigram name index; `None` when the query has no word of three letters or
    /// more to narrow it down. See `query::lookup` for the matching itself.
    pub fn lookup_candidates(&self, query: &str) -> Result<Option<BTreeSet<NodeId>>> {
        sub::candidates(&self.conn, query)
    }

    /// The nodes with a name or alias equal to `query` once folded to
    /// diacritic-free lowercase (no other node matches a lookup better).
    pub fn exact_matches(&self, query: &str) -> Result<BTreeSet<NodeId>> {
        sub::exact(&self.conn, &fold::ascii_key(query))
    }

    /// One node per distinct document type (document lookups read the types
    /// present in the graph).
    pub fn doc_type_representatives(&self) -> Result<Vec<NodeId>> {
        sub::doc_type_representatives(&self.conn)
    }

    /// The nodes within `depth` edges of `seeds` in either direction (unbounded
    /// when `None`), following only edges of `kinds` (all when empty), each node
    /// reaching at most `cap` neighbours per edge kind and direction when given
    /// (see [`crate::graph::fan_out`]).
    pub fn neighbourhood(
        &self,
        seeds: &BTreeSet<NodeId>,
        depth: Option<usize>,
        kinds: &[EdgeKind],
        cap: Option<usize>,
    ) -> Result<BTreeSet<NodeId>> {
        sub::neighbourhood(&self.conn, seeds, depth, kinds, cap)
    }
}

/// A coded document's node across the year in its key
/// ("resolution|chỉ thị|35|CTTW|2024"): a dated document adopts the node of its
/// code stored without a year (re-keyed as dated); an undated citation joins
/// the one dated node of its code, or of several the one about the same
/// subject ("về cải cách chính sách tiền lương"). Two dated nodes of one code
/// (2008, 2018) stay apart, and an undated citation that cannot choose between
/// them gets a node of its own.
fn join_by_year(
    db: &mut Statements<'_>,
    cache: &mut WriteCache,
    entity: &Entity,
) -> Result<Option<(i64, Fingerprint)>> {
    let key = &entity.key;
    if key.loose.as_deref() == Some(key.primary.as_str()) {
        return Ok(None);
    }
    let dated = key
        .primary
        .rsplit_once('|')
        .filter(|(_, y)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    if let Some((undated, _)) = dated {
        let node = stored_node(db, cache, undated)?;
        if let Some((id, name)) = node {
            db.get("UPDATE nodes SET key = ?2, key_hash = ?3 WHERE id = ?1")?
                .execute(params![id, key.primary, rows::text_hash(&key.primary)])?;
            cache.forget_key(undated);
            cache.set_node(&key.primary, id, name);
        }
        return Ok(node);
    }
    // One code's dated nodes: keyed "<code key>|<year>", and sharing the
    // code's loose key (type and number).
    let Some(loose) = &key.loose else {
        return Ok(None);
    };
    // The keys that start with "<code key>|". The filter runs in SQL, so the
    // other nodes of the loose key (a plan of that number in every province
    // and year) are neither returned nor asked for a title.
    let (from, to) = (format!("{}|", key.primary), keys_under(&key.primary));
    let mut nodes: Vec<(i64, String, Option<String>)> = db
        .get(
            "SELECT id, name, (SELECT value FROM node_attrs WHERE node = n.id AND name = 'title')
             FROM nodes n INDEXED BY nodes_by_document_key
             WHERE key >= ?2 AND key < ?3 AND loose_key = ?1 AND kind = 'resolution'",
        )?
        .query_map(params![loose, from, to], |row| {
            Ok((row.get::<_, i64>(0)?, row.get(1)?, row.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // In id order (the index is in key order).
    nodes.sort_by_key(|n| n.0);
    let chosen = match nodes.as_slice() {
        [one] => Some(one),
        _ => entity.node.attrs.get("title").and_then(|title| {
            // One subject may be cut shorter than the other ("về cải cách chính
            // sách tiền lương" / "... đối với cán bộ, công chức").
            let agree = |other: &str| {
                let (a, b) = (fold::key(title), fold::key(other));
                let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
                !short.is_empty()
                    && long.starts_with(&short)
                    && matches!(long[short.len()..].chars().next(), None | Some(' ' | ','))
            };
            let mut same = nodes.iter().filter(|n| n.2.as_deref().is_some_and(agree));
            match (same.next(), same.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }),
    };
    Ok(chosen.map(|(id, name, _)| (*id, name_print(name))))
}

/// Stores one article inside the batch's transaction; `deferred` tells whether
/// the deferred indexes are dropped, and is cleared when a changed article
/// makes this function build them.
fn save_record(
    db: &mut Statements<'_>,
    cache: &mut WriteCache,
    sources: &mut PendingSources,
    record: &ArticleRecord,
    prep: &Prepared,
    stats: &mut BatchStats,
    deferred: &mut bool,
) -> Result<()> {
    let existing: Option<(i64, String)> = db
        .get("SELECT id, hash FROM articles WHERE doc = ?1")?
        .query_row([&record.doc], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    let n_chars = prep.n_chars;
    let article = match existing {
        Some((_, hash)) if hash == record.hash => {
            stats.unchanged += 1;
            return Ok(());
        }
        Some((id, _)) => {
            // Which nodes and edges lose their last source is read from the
            // source tables, which must hold the batch's rows so far.
            sources.flush(db)?;
            // Deleting a node deletes its search rows from the trigram index,
            // which must hold them first.
            rows::sync_search(db.conn())?;
            // Deleting facts may delete nodes and edges the cache knows.
            cache.clear();
            // The removal and the look-ups that follow read the deferred indexes.
            if std::mem::take(deferred) {
                deferred::build(db.conn())?;
            }
            remove_article_facts(db.conn(), id, stats)?;
            db.get(
                "UPDATE articles SET path = ?2, hash = ?3, title = ?4, published = ?5,
                 text = ?6, n_chars = ?7 WHERE id = ?1",
            )?
            .execute(params![
                id,
                record.path,
                record.hash,
                record.title,
                record.published,
                record.text,
                n_chars
            ])?;
            stats.changed += 1;
            id
        }
        None => {
            db.get(
                "INSERT INTO articles (doc, path, hash, title, published, text, n_chars)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                record.doc,
                record.path,
                record.hash,
                record.title,
                record.published,
                record.text,
                n_chars
            ])?;
            stats.new += 1;
            db.conn().last_insert_rowid()
        }
    };
    let mut ids = Vec::with_capacity(record.extraction.entities.len());
    // Each node's spans in this article, one row per node (schema 5): entities
    // of one article may stand for the same node.
    let mut mentions: BTreeMap<i64, BTreeSet<(usize, usize)>> = BTreeMap::new();
    for entity in &record.extraction.entities {
        let id = merge_entity(db, cache, entity, stats)?;
        ids.push(id);
        // Every source of an extraction is in its article, whatever `doc` it names.
        let spans = mentions.entry(id).or_default();
        spans.extend(entity.node.sources.iter().map(|s| (s.start, s.end)));
    }
    for (&node, spans) in &mentions {
        sources.node(node, article, packed::pack_spans(spans));
    }
    // Each edge's spans in this article, one row per edge (schema 6).
    let mut edge_spans: BTreeMap<i64, packed::QuotedSpans> = BTreeMap::new();
    for (edge, quote_is_span) in record.extraction.edges.iter().zip(&prep.quote_is_span) {
        let Some(id) = merge_edge(db, cache, &ids, edge, stats)? else {
            continue;
        };
        let spans = edge_spans.entry(id).or_default();
        for (source, &is_span) in edge.sources.iter().zip(quote_is_span) {
            // The first quote of a span wins, as the unique key did before.
            spans
                .entry((source.start, source.end))
                .or_insert_with(|| (!is_span).then(|| source.quote.clone().unwrap_or_default()));
        }
    }
    for (&edge, spans) in &edge_spans {
        let (packed, quotes) = packed::pack_quoted_spans(spans);
        sources.edge(edge, article, packed, quotes);
    }
    let edge_ids: BTreeSet<i64> = edge_spans.keys().copied().collect();
    facts::save(
        db.conn(),
        article,
        &ids.iter().copied().collect(),
        &edge_ids,
    )
}

/// Deletes an article's sources, then the edges and nodes no article supports
/// any more with their attributes, aliases and search names. The dependent
/// rows are deleted here, not left to the schema's cascades: ingest writes
/// with foreign keys off ([`Store::for_bulk_writes`]).
fn remove_article_facts(tx: &Connection, article: i64, stats: &mut BatchStats) -> Result<()> {
    // The article's fact list (schema 4) names its nodes and edges; their
    // sources are found through the primary keys, which lead with them.
    let (nodes, edges) = facts::load(tx, article)?;
    let mut nodes: BTreeSet<i64> = nodes.into_iter().collect();
    for &edge in &edges {
        tx.prepare_cached("DELETE FROM edge_sources WHERE edge = ?1 AND article = ?2")?
            .execute([edge, article])?;
    }
    for &node in &nodes {
        tx.prepare_cached("DELETE FROM node_sources WHERE node = ?1 AND article = ?2")?
            .execute([node, article])?;
    }
    for edge in edges {
        let ends: Option<(i64, i64)> = tx
            .prepare_cached(
                "SELECT source, target FROM edges WHERE id = ?1
                 AND NOT EXISTS (SELECT 1 FROM edge_sources WHERE edge = ?1)",
            )?
            .query_row([edge], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        if let Some((source, target)) = ends {
            tx.prepare_cached("DELETE FROM edge_attrs WHERE edge = ?1")?
                .execute([edge])?;
            tx.prepare_cached("DELETE FROM edges WHERE id = ?1")?
                .execute([edge])?;
            stats.edges_removed += 1;
            nodes.insert(source);
            nodes.insert(target);
        }
    }
    for node in nodes {
        let n = tx
            .prepare_cached(
                "DELETE FROM nodes WHERE id = ?1
                 AND NOT EXISTS (SELECT 1 FROM node_sources WHERE node = ?1)
                 AND NOT EXISTS (SELECT 1 FROM edges WHERE source = ?1)
                 AND NOT EXISTS (SELECT 1 FROM edges WHERE target = ?1)",
            )?
            .execute([node])?;
        if n > 0 {
            for sql in [
                "DELETE FROM aliases WHERE node = ?1",
                "DELETE FROM node_attrs WHERE node = ?1",
                "DELETE FROM search_names WHERE node = ?1",
            ] {
                tx.prepare_cached(sql)?.execute([node])?;
            }
        }
        stats.nodes_removed += n as u64;
    }
    Ok(())
}

/// The end (exclusive) of the range of keys that are `stem` or continue it with
/// "|...": `stem` followed by '}', which follows '|' in byte order. (A document's
/// key starts with its loose key, its dated versions' with its own: schema 8
/// indexes documents by key for these ranges.)
fn keys_under(stem: &str) -> String {
    format!("{stem}}}")
}

/// The node stored under an entity key, with the fingerprint of its canonical
/// name: from the cache, else (unless the cache is complete) found by the
/// key's hash, the key itself compared.
fn stored_node(
    db: &mut Statements<'_>,
    cache: &WriteCache,
    key: &str,
) -> Result<Option<(i64, Fingerprint)>> {
    if let Some(known) = cache.node(key) {
        return Ok(Some(known));
    }
    if cache.is_complete() {
        return Ok(None);
    }
    Ok(db
        .get("SELECT id, name FROM nodes WHERE key_hash = ?1 AND key = ?2")?
        .query_row(params![rows::text_hash(key), key], |row| {
            Ok((row.get(0)?, name_print(row.get_ref(1)?.as_str()?)))
        })
        .optional()?)
}

/// Finds or creates the node an entity stands for, and joins the entity to it.
/// Returns the node's id.
fn merge_entity(
    db: &mut Statements<'_>,
    cache: &mut WriteCache,
    entity: &Entity,
    stats: &mut BatchStats,
) -> Result<i64> {
    let key = &entity.key;
    let node = &entity.node;
    let kind = node.kind.as_str();
    // The node, with the fingerprint of its canonical name.
    let mut found = stored_node(db, cache, &key.primary)?;
    // Whether the node's key is the entity's own: the cache maps a key to a
    // node only then (a citation joining a node of another key by year or
    // loose key decides afresh each time).
    let mut keyed = found.is_some();
    if found.is_none() && kind == "resolution" {
        found = join_by_year(db, cache, entity)?;
    }
    if found.is_none() {
        if let Some(loose) = &key.loose {
            // The nodes of the loose key: their key is the loose key or
            // continues it with "|..." (resolve builds them so; schema 8), so
            // they are found by the key itself and the range of its
            // continuations. The range of every key that starts with the loose
            // key held the keys of longer numbers too ("…|1600" for "…|160"),
            // before the others ('0' < '|'), each read in the table to be
            // ruled out: 18% of a 100,000-article ingest's writer. Whether
            // there is exactly one is all that is asked, so their order does
            // not matter.
            let (from, to) = (format!("{loose}|"), keys_under(loose));
            let candidates: Vec<(i64, String, String)> = db
                .get(
                    "SELECT id, key, name FROM nodes INDEXED BY nodes_by_document_key
                     WHERE key = ?1 AND loose_key = ?1 AND kind = ?2
                     UNION ALL
                     SELECT id, key, name FROM nodes INDEXED BY nodes_by_document_key
                     WHERE key >= ?4 AND key < ?3 AND loose_key = ?1 AND kind = ?2
                     LIMIT 2",
                )?
                .query_map(params![loose, kind, to, from], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            if let [(id, node_key, node_name)] = candidates.as_slice() {
                if key.primary == *loose {
                    // An uncoded citation joins the one document of its type and number.
                    found = Some((*id, name_print(node_name)));
                } else if node_key == loose {
                    // A coded document adopts the lone uncoded node: the node becomes
                    // the coded document, its old name an alias.
                    db.get("UPDATE nodes SET key = ?2, key_hash = ?3, name = ?4 WHERE id = ?1")?
                        .execute(params![
                            id,
                            key.primary,
                            rows::text_hash(&key.primary),
                            node.name
                        ])?;
                    db.get("DELETE FROM aliases WHERE node = ?1 AND alias = ?2")?
                        .execute(params![id, node.name])?;
                    cache.forget_key(loose);
                    cache.set_node(&key.primary, *id, name_print(&node.name));
                    cache.forget_row(*id, NodeRow::Alias(&node.name));
                    insert_alias(db, *id, node_name, &fold::ascii_key(node_name))?;
                    rows::insert_search_ascii(db, *id, &fold::ascii_key(&node.name))?;
                    found = Some((*id, name_print(&node.name)));
                }
            }
        }
    }
    let (id, name) = match found {
        Some(found) => found,
        None => {
            db.get(
                "INSERT INTO nodes (kind, key, key_hash, loose_key, name)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                kind,
                key.primary,
                rows::text_hash(&key.primary),
                key.loose,
                node.name
            ])?;
            stats.nodes_added += 1;
            keyed = true;
            let id = db.conn().last_insert_rowid();
            rows::insert_first_search_ascii(db, id, &fold::ascii_key(&node.name))?;
            (id, name_print(&node.name))
        }
    };
    if keyed {
        cache.set_node(&key.primary, id, name);
    }
    for form in std::iter::once(&node.name).chain(&node.aliases) {
        let row = NodeRow::Alias(form);
        if name_print(form) != name && !cache.has_row(id, row) {
            insert_alias(db, id, form, &fold::ascii_key(form))?;
            cache.set_row(id, row);
        }
    }
    for (attr, value) in &node.attrs {
        let row = NodeRow::Attr(attr);
        if cache.has_row(id, row) {
            continue;
        }
        db.get("INSERT OR IGNORE INTO node_attrs (node, name, value) VALUES (?1, ?2, ?3)")?
            .execute(params![id, attr, value])?;
        cache.set_row(id, row);
    }
    Ok(id)
}

/// Adds a surface form to a node (a no-op when known or empty); `ascii` is
/// its diacritic-free key.
fn insert_alias(db: &mut Statements<'_>, node: i64, alias: &str, ascii: &str) -> Result<()> {
    if alias.trim().is_empty() {
        return Ok(());
    }
    let added = db
        .get("INSERT OR IGNORE INTO aliases (node, alias) VALUES (?1, ?2)")?
        .execute(params![node, alias])?;
    if added > 0 {
        rows::insert_search_ascii(db, node, ascii)?;
    }
    Ok(())
}

/// Finds or creates an edge between the nodes its ends stand for, and adds its
/// attributes; returns its id (`None` for an edge naming no entity of its
/// extraction). Its sources are the caller's to store.
fn merge_edge(
    db: &mut Statements<'_>,
    cache: &mut WriteCache,
    ids: &[i64],
    edge: &Edge,
    stats: &mut BatchStats,
) -> Result<Option<i64>> {
    let end = |id: crate::model::NodeId| usize::try_from(id.0).ok().and_then(|i| ids.get(i));
    let (Some(&source), Some(&target)) = (end(edge.source), end(edge.target)) else {
        // Extractions refer to their own entities; an edge that does not is a
        // defect of the extractor, caught in debug builds and dropped otherwise.
        debug_assert!(false, "edge with an unknown local node id: {edge:?}");
        return Ok(None);
    };
    let kind = rows::edge_code(edge.kind);
    let role = edge.attrs.get("role").map(String::as_str).unwrap_or("");
    let existing: Option<i64> = match cache.edge(edge.kind, source, target, role) {
        Some(id) => Some(id),
        None if cache.is_complete() => None,
        None => db
            .get(
                "SELECT id FROM edges WHERE kind = ?1 AND source = ?2 AND target = ?3 AND role = ?4",
            )?
            .query_row(params![kind, source, target, role], |row| row.get(0))
            .optional()?,
    };
    let id = match existing {
        Some(id) => id,
        None => {
            db.get("INSERT INTO edges (kind, source, target, role) VALUES (?1, ?2, ?3, ?4)")?
                .execute(params![kind, source, target, role])?;
            stats.edges_added += 1;
            db.conn().last_insert_rowid()
        }
    };
    cache.set_edge(edge.kind, source, target, role, id);
    for (attr, value) in edge.attrs.iter().filter(|(a, _)| *a != "role") {
        db.get("INSERT OR IGNORE INTO edge_attrs (edge, name, value) VALUES (?1, ?2, ?3)")?
            .execute(params![id, attr, value])?;
    }
    Ok(Some(id))
}

#[cfg(test)]
mod tests;
