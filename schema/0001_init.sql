-- Version 1: articles, nodes with aliases and attributes, edges, and the
-- provenance (sources) that keeps every node and edge alive.
--
-- A node or edge exists only while at least one article supports it: when an
-- article changes, its rows in node_sources and edge_sources are deleted and
-- the nodes and edges left without any source are deleted with them.
-- This file is never edited once merged; changes go in 0002_<what>.sql.

-- One row per ingested article file.
CREATE TABLE articles (
    id        INTEGER PRIMARY KEY,
    -- The file name: the `doc` of every source in the JSON export.
    doc       TEXT NOT NULL UNIQUE,
    -- The path it was last read from (informative only; `doc` is the identity).
    path      TEXT NOT NULL,
    -- Hex SHA-256 of the file's bytes: an unchanged file is not extracted again.
    hash      TEXT NOT NULL,
    title     TEXT,
    -- ISO date, possibly partial ("2022-10", "--10-28").
    published TEXT,
    -- The cleaned text; source offsets are char offsets into it.
    text      TEXT NOT NULL,
    n_chars   INTEGER NOT NULL
) STRICT;

CREATE TABLE nodes (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL
              CHECK (kind IN ('person', 'organization', 'resolution', 'meeting')),
    -- EntityKey.primary: folded, kind-prefixed identity ("person|tran quoc to").
    -- Entities from any article with this key are this node.
    key       TEXT NOT NULL UNIQUE,
    -- EntityKey.loose: the key shared with less precise citations of the same
    -- thing ("resolution|nghi quyet|12" for "Nghị quyết số 12-NQ/TW"). An uncoded
    -- node has key = loose_key.
    loose_key TEXT,
    -- The canonical name: the first one stored.
    name      TEXT NOT NULL,
    -- Diacritic-free lowercase name ("tran quoc to"), for search.
    name_key  TEXT NOT NULL
) STRICT;

-- Joining by loose key looks up the nodes sharing it.
CREATE INDEX nodes_by_loose_key ON nodes (loose_key) WHERE loose_key IS NOT NULL;
CREATE INDEX nodes_by_kind ON nodes (kind);
CREATE INDEX nodes_by_name_key ON nodes (name_key);

-- Every other surface form of a node seen in the articles (never its name).
CREATE TABLE aliases (
    node      INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    -- Diacritic-free lowercase alias, for search.
    alias_key TEXT NOT NULL,
    PRIMARY KEY (node, alias)
) STRICT, WITHOUT ROWID;

CREATE INDEX aliases_by_key ON aliases (alias_key);

-- A node's attributes (rank, doc_type, number, code, date, meeting_type,
-- place, title). One value per name: the first stored wins.
CREATE TABLE node_attrs (
    node  INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (node, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE edges (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL
           CHECK (kind IN ('chaired', 'organized', 'attended', 'spoke_at', 'issued',
                           'implements', 'supersedes', 'discussed', 'holds_position',
                           'part_of')),
    source INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    -- attrs.role of holds_position; '' when the edge has none. Part of the
    -- edge's identity: one person may hold several roles in one body. Not NULL
    -- because NULLs never collide in a UNIQUE constraint.
    role   TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, source, target, role)
) STRICT;

-- Edges by either end, for neighbourhoods and for garbage-collecting nodes.
CREATE INDEX edges_by_source ON edges (source);
CREATE INDEX edges_by_target ON edges (target);

-- An edge's attributes other than role. One value per name: the first stored wins.
CREATE TABLE edge_attrs (
    edge  INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (edge, name)
) STRICT, WITHOUT ROWID;

-- Which article spans support a node. `start`/`end` are char offsets into
-- articles.text.
CREATE TABLE node_sources (
    node    INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (node, article, start, "end")
) STRICT, WITHOUT ROWID;

-- Replacing a changed article finds its sources by article.
CREATE INDEX node_sources_by_article ON node_sources (article);

-- Which article spans state an edge, with the sentence (`quote`) that states it.
CREATE TABLE edge_sources (
    edge    INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    quote   TEXT NOT NULL,
    PRIMARY KEY (edge, article, start, "end")
) STRICT, WITHOUT ROWID;

CREATE INDEX edge_sources_by_article ON edge_sources (article);
