-- A version-7 cadregraph database (schema/0001 to 0007) holding the two short
-- articles of v1.sql: v6.sql opened by cadregraph at schema 7 (commit 70ee555),
-- then `sqlite3 DB .dump`, with its user_version. v7.json is its export at the
-- time. Never edited: upgrade tests start from it.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
INSERT INTO articles VALUES(1,'a.txt','v2/a.txt','fa0980e53dcd734b2e5c67824ec461afa0d5f4a0f93bac445967d9f8eb4fcc21','Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW','2024-03-12',replace('Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW\nNgày 12/3/2024, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị Ban Thường vụ để quán triệt Nghị quyết số 57-NQ/TW. Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n\n','\n',char(10)),313);
INSERT INTO articles VALUES(2,'b.txt','v2/b.txt','855c01904c9e365062a7f6ac809923e62af92ed2945c761397de1dadb6f6005c','Đảng ủy Công an Trung ương triển khai Nghị quyết số 12-NQ/TW','2023-03-16',replace('Đảng ủy Công an Trung ương triển khai Nghị quyết số 12-NQ/TW\nNgày 16/3/2023, Đảng ủy Công an Trung ương tổ chức Hội nghị triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị. Đại tướng Tô Lâm, Bộ trưởng Bộ Công an chủ trì hội nghị.\n\n','\n',char(10)),231);
CREATE TABLE node_attrs (
    node  INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (node, name)
) STRICT, WITHOUT ROWID;
INSERT INTO node_attrs VALUES(1,'date','2024-03-12');
INSERT INTO node_attrs VALUES(1,'meeting_type','Hội nghị');
INSERT INTO node_attrs VALUES(4,'code','NQ/TW');
INSERT INTO node_attrs VALUES(4,'doc_type','Nghị quyết');
INSERT INTO node_attrs VALUES(4,'number','57');
INSERT INTO node_attrs VALUES(9,'code','NQ/TW');
INSERT INTO node_attrs VALUES(9,'doc_type','Nghị quyết');
INSERT INTO node_attrs VALUES(9,'number','12');
INSERT INTO node_attrs VALUES(10,'date','2023-03-16');
INSERT INTO node_attrs VALUES(10,'meeting_type','Hội nghị');
INSERT INTO node_attrs VALUES(12,'rank','Đại tướng');
CREATE TABLE edge_attrs (
    edge  INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (edge, name)
) STRICT, WITHOUT ROWID;
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','search_trigrams','search_trigrams',0,'CREATE VIRTUAL TABLE search_trigrams USING fts5 (
    ascii, content = ''search_names'', content_rowid = ''id'', tokenize = ''trigram'', detail = ''none''
)');
CREATE TABLE IF NOT EXISTS 'search_trigrams_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO search_trigrams_data VALUES(1,X'0e8243');
INSERT INTO search_trigrams_data VALUES(10,X'000000000101010001010101');
INSERT INTO search_trigrams_data VALUES(137438953473,X'000002ec04302031320a010202353702030202616e09050202626101010603016f0b020263680b0103016f09050301750b02026461080301750602026861020101030102026b680b02026c610d02026e670101090301680802027175020305010202736f0203050102027468010101030169020101040301720204010202010202756f09030179020101050202767501010101032d6e710203050101032f747702030501010331322d0a010103322d6e0a01010335372d02030103372d6e020301036120620b03017402010104020269200b02026e2001010105010301670603010362616e0101010502026f200b010201036368690b0102026f6e0905020275610b010364616e08010202756e060103656e200b02027420020305010103672061090503016406030168070301740603017509030176010101020268690101030501010368206808030171020301740b010301750201010202612002010104030169070403016e0802026920010103050103016e0b0102026f61060301690101090202756f0101010103692062010103016e010109030171020305010301740b0202656e0b0301740202026e6802010104030101036b68610b01036c616d0d01036e20640803016b0b03016e0803017401010105010202672001010103010205030168010103050102026820020101040301030161080202712f0203050101036f20310a0103013502030301630b010203016c0d030174070202616e060202692001010902026e670101010402050103712f74020305010202756102030179020305010103726965020902026f6e070202756e06030103736f2002030501010374206e0203017302030501020268750101010202696e0201010402026f200d0202726902090103016f070301750603020277200b01037520740201020261200b03016e0202026e67060302026f6e01010106020279200201010401030165020305010103766f200702027520020101037720630b0103792062080301630903016802010102026574020305010407060607040605040504090505070408080707090507070909070707070607050905090707060507050608070404040406090604050608050409050506070706070405040a0606060404080b080a0408070506040405070a0905070705060906070708050704050507050406080907060606060406');
CREATE TABLE IF NOT EXISTS 'search_trigrams_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO search_trigrams_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'search_trigrams_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO search_trigrams_docsize VALUES(1,X'14');
INSERT INTO search_trigrams_docsize VALUES(2,X'46');
INSERT INTO search_trigrams_docsize VALUES(3,X'1b');
INSERT INTO search_trigrams_docsize VALUES(4,X'0d');
INSERT INTO search_trigrams_docsize VALUES(5,X'14');
INSERT INTO search_trigrams_docsize VALUES(6,X'0e');
INSERT INTO search_trigrams_docsize VALUES(7,X'0a');
INSERT INTO search_trigrams_docsize VALUES(8,X'1a');
INSERT INTO search_trigrams_docsize VALUES(9,X'18');
INSERT INTO search_trigrams_docsize VALUES(10,X'14');
INSERT INTO search_trigrams_docsize VALUES(11,X'39');
INSERT INTO search_trigrams_docsize VALUES(12,X'0a');
INSERT INTO search_trigrams_docsize VALUES(13,X'04');
INSERT INTO search_trigrams_docsize VALUES(14,X'08');
CREATE TABLE IF NOT EXISTS 'search_trigrams_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO search_trigrams_config VALUES('version',4);
CREATE TABLE search_indexed (id INTEGER NOT NULL) STRICT;
INSERT INTO search_indexed VALUES(14);
CREATE TABLE article_facts (
    article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    -- The node ids, ascending, as differences from the previous one, each an
    -- unsigned LEB128 varint (see src/store/facts.rs).
    nodes   BLOB NOT NULL,
    -- The edge ids, likewise.
    edges   BLOB NOT NULL
) STRICT;
INSERT INTO article_facts VALUES(1,X'01010101010101',X'0101010101010101');
INSERT INTO article_facts VALUES(2,X'080101010101',X'0901010101');
CREATE TABLE IF NOT EXISTS "edges" (
    id     INTEGER PRIMARY KEY,
    kind   INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 9),
    source INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    -- attrs.role of holds_position; '' when the edge has none (not NULL:
    -- NULLs never collide in a unique index).
    role   TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO edges VALUES(1,7,1,4,'');
INSERT INTO edges VALUES(2,9,2,3,'');
INSERT INTO edges VALUES(3,1,3,1,'');
INSERT INTO edges VALUES(4,0,5,1,'');
INSERT INTO edges VALUES(5,8,5,3,'Bí thư');
INSERT INTO edges VALUES(6,2,6,1,'');
INSERT INTO edges VALUES(7,8,6,3,'Phó Bí thư');
INSERT INTO edges VALUES(8,8,6,7,'Chủ tịch');
INSERT INTO edges VALUES(9,1,8,10,'');
INSERT INTO edges VALUES(10,7,10,9,'');
INSERT INTO edges VALUES(11,4,11,9,'');
INSERT INTO edges VALUES(12,0,12,10,'');
INSERT INTO edges VALUES(13,8,12,13,'Bộ trưởng');
CREATE TABLE IF NOT EXISTS "node_sources" (
    node    INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- The char spans into articles.text, ascending by (start, end): for each,
    -- its start minus the previous span's start, then its length, as unsigned
    -- LEB128 varints.
    spans   BLOB NOT NULL,
    PRIMARY KEY (node, article)
) STRICT, WITHOUT ROWID;
INSERT INTO node_sources VALUES(1,1,X'00487116');
INSERT INTO node_sources VALUES(2,1,X'091d');
INSERT INTO node_sources VALUES(3,1,X'170f420f77074b07');
INSERT INTO node_sources VALUES(4,1,X'32166416');
INSERT INTO node_sources VALUES(5,1,X'b70110');
INSERT INTO node_sources VALUES(6,1,X'82020c');
INSERT INTO node_sources VALUES(7,1,X'ad0209');
INSERT INTO node_sources VALUES(8,2,X'001a4d1a');
INSERT INTO node_sources VALUES(9,2,X'26165e16');
INSERT INTO node_sources VALUES(10,2,X'703b');
INSERT INTO node_sources VALUES(11,2,X'9f010c');
INSERT INTO node_sources VALUES(12,2,X'b70106');
INSERT INTO node_sources VALUES(13,2,X'c9010a');
CREATE TABLE IF NOT EXISTS "aliases" (
    node  INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (node, alias)
) STRICT, WITHOUT ROWID;
INSERT INTO aliases VALUES(1,'Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW');
CREATE TABLE IF NOT EXISTS "search_names" (
    id         INTEGER PRIMARY KEY,
    node       INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    ascii      TEXT NOT NULL,
    -- text_hash(ascii): what a name is looked up by.
    ascii_hash INTEGER NOT NULL,
    initials   TEXT NOT NULL
) STRICT;
INSERT INTO search_names VALUES(1,1,'hoi nghi ban thuong vu',-3064493712281349706,'hnbtv');
INSERT INTO search_names VALUES(2,1,'hoi nghi ban thuong vu tinh uy ha tinh quan triet nghi quyet so 57-nq/tw',7359447360803217310,'hnbtvtuhtqtnqs5');
INSERT INTO search_names VALUES(3,2,'ban thuong vu tinh uy ha tinh',-729954283175738661,'btvtuht');
INSERT INTO search_names VALUES(4,3,'tinh uy ha tinh',5822021159647118109,'tuht');
INSERT INTO search_names VALUES(5,4,'nghi quyet so 57-nq/tw',-6291239086371973243,'nqs5');
INSERT INTO search_names VALUES(6,5,'hoang trung dung',9205433074403152384,'htd');
INSERT INTO search_names VALUES(7,6,'vo trong hai',-4397856866839530406,'vth');
INSERT INTO search_names VALUES(8,7,'uy ban nhan dan tinh ha tinh',4901718754671222657,'ubndtht');
INSERT INTO search_names VALUES(9,8,'dang uy cong an trung uong',-4831915330506080937,'ducatu');
INSERT INTO search_names VALUES(10,9,'nghi quyet so 12-nq/tw',622927103056727425,'nqs1');
INSERT INTO search_names VALUES(11,10,'hoi nghi trien khai nghi quyet so 12-nq/tw cua bo chinh tri',-7904777437517232805,'hntknqs1cbct');
INSERT INTO search_names VALUES(12,11,'bo chinh tri',1734524537228794256,'bct');
INSERT INTO search_names VALUES(13,12,'to lam',7355128888743346869,'tl');
INSERT INTO search_names VALUES(14,13,'bo cong an',-5163790809537036438,'bca');
CREATE TABLE IF NOT EXISTS "edge_sources" (
    edge    INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- The char spans into articles.text, packed as node_sources.spans.
    spans   BLOB NOT NULL,
    -- NULL when each span's quote is the article's text between its offsets
    -- (nearly always); else a JSON array, one entry per span in spans'
    -- order: the quote, or null for the text between the offsets.
    quotes  TEXT,
    PRIMARY KEY (edge, article)
) STRICT, WITHOUT ROWID;
INSERT INTO edge_sources VALUES(1,1,X'00484964',NULL);
INSERT INTO edge_sources VALUES(2,1,X'0048',NULL);
INSERT INTO edge_sources VALUES(3,1,X'4964',NULL);
INSERT INTO edge_sources VALUES(4,1,X'ae013b',NULL);
INSERT INTO edge_sources VALUES(5,1,X'ae013b',NULL);
INSERT INTO edge_sources VALUES(6,1,X'ea014d',NULL);
INSERT INTO edge_sources VALUES(7,1,X'ea014d',NULL);
INSERT INTO edge_sources VALUES(8,1,X'ea014d',NULL);
INSERT INTO edge_sources VALUES(9,2,X'3d6f',NULL);
INSERT INTO edge_sources VALUES(10,2,X'3d6f',NULL);
INSERT INTO edge_sources VALUES(11,2,X'3d6f',NULL);
INSERT INTO edge_sources VALUES(12,2,X'ad0138',NULL);
INSERT INTO edge_sources VALUES(13,2,X'ad0138',NULL);
CREATE TABLE IF NOT EXISTS "nodes" (
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
INSERT INTO nodes VALUES(1,'meeting','meeting|hội nghị|2024-03-12|hội nghị ban thường vụ',3099162177657339929,NULL,'Hội nghị Ban Thường vụ');
INSERT INTO nodes VALUES(2,'organization','organization|ban thường vụ tỉnh ủy hà tĩnh',4861192002812963420,NULL,'Ban Thường vụ Tỉnh ủy Hà Tĩnh');
INSERT INTO nodes VALUES(3,'organization','organization|tỉnh ủy hà tĩnh',-827913308017791629,NULL,'Tỉnh ủy Hà Tĩnh');
INSERT INTO nodes VALUES(4,'resolution','resolution|nghị quyết|57|NQTW',-358969782502119496,'resolution|nghị quyết|57','Nghị quyết số 57-NQ/TW');
INSERT INTO nodes VALUES(5,'person','person|hoàng trung dũng',265211644722813887,NULL,'Hoàng Trung Dũng');
INSERT INTO nodes VALUES(6,'person','person|võ trọng hải',371764335297408874,NULL,'Võ Trọng Hải');
INSERT INTO nodes VALUES(7,'organization','organization|ủy ban nhân dân tỉnh hà tĩnh',8853140049366080507,NULL,'Ủy ban nhân dân tỉnh Hà Tĩnh');
INSERT INTO nodes VALUES(8,'organization','organization|đảng ủy công an trung ương',-1487897496320570876,NULL,'Đảng ủy Công an Trung ương');
INSERT INTO nodes VALUES(9,'resolution','resolution|nghị quyết|12|NQTW',2361858177610425979,'resolution|nghị quyết|12','Nghị quyết số 12-NQ/TW');
INSERT INTO nodes VALUES(10,'meeting','meeting|hội nghị|2023-03-16|hội nghị triển khai nghị quyết số 12-nq/tw của bộ chính trị',6283474482241673005,NULL,'Hội nghị triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị');
INSERT INTO nodes VALUES(11,'organization','organization|bộ chính trị',3080580374824332682,NULL,'Bộ Chính trị');
INSERT INTO nodes VALUES(12,'person','person|tô lâm',-2613633866953172723,NULL,'Tô Lâm');
INSERT INTO nodes VALUES(13,'organization','organization|bộ công an',-4821957418974455765,NULL,'Bộ Công an');
CREATE UNIQUE INDEX edges_by_source ON edges (source, kind, target, role);
CREATE INDEX edges_by_target ON edges (target, kind, source);
CREATE INDEX node_attrs_by_number ON node_attrs (value) WHERE name = 'number';
CREATE INDEX node_attrs_by_doc_type ON node_attrs (value) WHERE name = 'doc_type';
CREATE INDEX search_names_by_ascii ON search_names (ascii_hash, node);
CREATE INDEX search_names_by_node ON search_names (node);
CREATE INDEX search_names_by_initials ON search_names (initials);
CREATE TRIGGER search_names_delete AFTER DELETE ON search_names BEGIN
    INSERT INTO search_trigrams (search_trigrams, rowid, ascii) VALUES ('delete', old.id, old.ascii);
END;
CREATE INDEX nodes_by_key_hash ON nodes (key_hash);
CREATE INDEX nodes_by_loose_key ON nodes (loose_key) WHERE loose_key IS NOT NULL;
PRAGMA writable_schema=OFF;
COMMIT;
PRAGMA user_version = 7;
