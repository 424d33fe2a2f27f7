-- Version 7: the node kind's CHECK written as comparisons instead of an IN
-- list. (0001 to 0006 are never edited.) SQLite evaluates `kind IN (...)` of
-- four constants through an ephemeral table that every execution of the
-- insert statement builds anew: about half the cost of inserting a node. The
-- constraint accepts exactly the same values.
CREATE TABLE nodes_v7 (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL
              CHECK (kind = 'person' OR kind = 'organization'
                     OR kind = 'resolution' OR kind = 'meeting'),
    -- EntityKey.primary: folded, kind-prefixed identity ("person|tran quoc to").
    key       TEXT NOT NULL,
    -- text_hash(key): what the key is looked up by.
    key_hash  INTEGER NOT NULL,
    -- EntityKey.loose: the key shared with less precise citations of the same
    -- thing; an uncoded node has key = loose_key.
    loose_key TEXT,
    -- The canonical name: the first one stored.
    name      TEXT NOT NULL
) STRICT;

INSERT INTO nodes_v7 (id, kind, key, key_hash, loose_key, name)
SELECT id, kind, key, key_hash, loose_key, name FROM nodes;

DROP TABLE nodes;
ALTER TABLE nodes_v7 RENAME TO nodes;
CREATE INDEX nodes_by_key_hash ON nodes (key_hash);
CREATE INDEX nodes_by_loose_key ON nodes (loose_key) WHERE loose_key IS NOT NULL;
