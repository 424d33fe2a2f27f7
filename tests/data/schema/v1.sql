-- A version-1 cadregraph database (schema/0001_init.sql) holding two short
-- articles, as `sqlite3 DB .dump` wrote it, with its user_version. v1.json
-- is its export at the time. Never edited: upgrade tests start from it.
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
INSERT INTO articles VALUES(1,'a.txt','v1/a.txt','832710617c71fbe0d6fd3d91032c8790e9815c03687de11f15132cf5c1698c7e','Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW','2024-03-12',replace('Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW\nNgày 12/3/2024, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị Ban Thường vụ để quán triệt Nghị quyết số 57-NQ/TW. Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n','\n',char(10)),312);
INSERT INTO articles VALUES(2,'b.txt','v1/b.txt','847846f2b1cae38b355e631227982ce334c0ce97d0bd5b470539d564d7106114','Đảng ủy Công an Trung ương triển khai Nghị quyết số 12-NQ/TW','2023-03-16',replace('Đảng ủy Công an Trung ương triển khai Nghị quyết số 12-NQ/TW\nNgày 16/3/2023, Đảng ủy Công an Trung ương tổ chức Hội nghị triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị. Đại tướng Tô Lâm, Bộ trưởng Bộ Công an chủ trì hội nghị.\n','\n',char(10)),230);
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
INSERT INTO nodes VALUES(1,'meeting','meeting|hội nghị|2024-03-12|hội nghị ban thường vụ',NULL,'Hội nghị Ban Thường vụ','hoi nghi ban thuong vu');
INSERT INTO nodes VALUES(2,'organization','organization|ban thường vụ tỉnh ủy hà tĩnh',NULL,'Ban Thường vụ Tỉnh ủy Hà Tĩnh','ban thuong vu tinh uy ha tinh');
INSERT INTO nodes VALUES(3,'organization','organization|tỉnh ủy hà tĩnh',NULL,'Tỉnh ủy Hà Tĩnh','tinh uy ha tinh');
INSERT INTO nodes VALUES(4,'resolution','resolution|nghị quyết|57|NQTW','resolution|nghị quyết|57','Nghị quyết số 57-NQ/TW','nghi quyet so 57-nq/tw');
INSERT INTO nodes VALUES(5,'person','person|hoàng trung dũng',NULL,'Hoàng Trung Dũng','hoang trung dung');
INSERT INTO nodes VALUES(6,'person','person|võ trọng hải',NULL,'Võ Trọng Hải','vo trong hai');
INSERT INTO nodes VALUES(7,'organization','organization|ủy ban nhân dân tỉnh hà tĩnh',NULL,'Ủy ban nhân dân tỉnh Hà Tĩnh','uy ban nhan dan tinh ha tinh');
INSERT INTO nodes VALUES(8,'organization','organization|đảng ủy công an trung ương',NULL,'Đảng ủy Công an Trung ương','dang uy cong an trung uong');
INSERT INTO nodes VALUES(9,'resolution','resolution|nghị quyết|12|NQTW','resolution|nghị quyết|12','Nghị quyết số 12-NQ/TW','nghi quyet so 12-nq/tw');
INSERT INTO nodes VALUES(10,'meeting','meeting|hội nghị|2023-03-16|hội nghị triển khai nghị quyết số 12-nq/tw của bộ chính trị',NULL,'Hội nghị triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị','hoi nghi trien khai nghi quyet so 12-nq/tw cua bo chinh tri');
INSERT INTO nodes VALUES(11,'organization','organization|bộ chính trị',NULL,'Bộ Chính trị','bo chinh tri');
INSERT INTO nodes VALUES(12,'person','person|tô lâm',NULL,'Tô Lâm','to lam');
INSERT INTO nodes VALUES(13,'organization','organization|bộ công an',NULL,'Bộ Công an','bo cong an');
CREATE TABLE aliases (
    node      INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    -- Diacritic-free lowercase alias, for search.
    alias_key TEXT NOT NULL,
    PRIMARY KEY (node, alias)
) STRICT, WITHOUT ROWID;
INSERT INTO aliases VALUES(1,'Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW','hoi nghi ban thuong vu tinh uy ha tinh quan triet nghi quyet so 57-nq/tw');
INSERT INTO aliases VALUES(3,'Tỉnh ủy','tinh uy');
INSERT INTO aliases VALUES(7,'UBND tỉnh','ubnd tinh');
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
INSERT INTO edges VALUES(1,'discussed',1,4,'');
INSERT INTO edges VALUES(2,'part_of',2,3,'');
INSERT INTO edges VALUES(3,'organized',3,1,'');
INSERT INTO edges VALUES(4,'chaired',5,1,'');
INSERT INTO edges VALUES(5,'holds_position',5,3,'Bí thư');
INSERT INTO edges VALUES(6,'attended',6,1,'');
INSERT INTO edges VALUES(7,'holds_position',6,3,'Phó Bí thư');
INSERT INTO edges VALUES(8,'holds_position',6,7,'Chủ tịch');
INSERT INTO edges VALUES(9,'organized',8,10,'');
INSERT INTO edges VALUES(10,'discussed',10,9,'');
INSERT INTO edges VALUES(11,'issued',11,9,'');
INSERT INTO edges VALUES(12,'chaired',12,10,'');
INSERT INTO edges VALUES(13,'holds_position',12,13,'Bộ trưởng');
CREATE TABLE edge_attrs (
    edge  INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (edge, name)
) STRICT, WITHOUT ROWID;
CREATE TABLE node_sources (
    node    INTEGER NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    PRIMARY KEY (node, article, start, "end")
) STRICT, WITHOUT ROWID;
INSERT INTO node_sources VALUES(1,1,0,72);
INSERT INTO node_sources VALUES(1,1,113,135);
INSERT INTO node_sources VALUES(2,1,9,38);
INSERT INTO node_sources VALUES(3,1,23,38);
INSERT INTO node_sources VALUES(3,1,89,104);
INSERT INTO node_sources VALUES(3,1,208,215);
INSERT INTO node_sources VALUES(3,1,283,290);
INSERT INTO node_sources VALUES(4,1,50,72);
INSERT INTO node_sources VALUES(4,1,150,172);
INSERT INTO node_sources VALUES(5,1,183,199);
INSERT INTO node_sources VALUES(6,1,258,270);
INSERT INTO node_sources VALUES(7,1,301,310);
INSERT INTO node_sources VALUES(8,2,0,26);
INSERT INTO node_sources VALUES(8,2,77,103);
INSERT INTO node_sources VALUES(9,2,38,60);
INSERT INTO node_sources VALUES(9,2,132,154);
INSERT INTO node_sources VALUES(10,2,112,171);
INSERT INTO node_sources VALUES(11,2,159,171);
INSERT INTO node_sources VALUES(12,2,183,189);
INSERT INTO node_sources VALUES(13,2,201,211);
CREATE TABLE edge_sources (
    edge    INTEGER NOT NULL REFERENCES edges (id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    quote   TEXT NOT NULL,
    PRIMARY KEY (edge, article, start, "end")
) STRICT, WITHOUT ROWID;
INSERT INTO edge_sources VALUES(1,1,0,72,'Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW');
INSERT INTO edge_sources VALUES(1,1,73,173,'Ngày 12/3/2024, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị Ban Thường vụ để quán triệt Nghị quyết số 57-NQ/TW.');
INSERT INTO edge_sources VALUES(2,1,0,72,'Hội nghị Ban Thường vụ Tỉnh ủy Hà Tĩnh quán triệt Nghị quyết số 57-NQ/TW');
INSERT INTO edge_sources VALUES(3,1,73,173,'Ngày 12/3/2024, Tỉnh ủy Hà Tĩnh tổ chức Hội nghị Ban Thường vụ để quán triệt Nghị quyết số 57-NQ/TW.');
INSERT INTO edge_sources VALUES(4,1,174,233,'Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì hội nghị.');
INSERT INTO edge_sources VALUES(5,1,174,233,'Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì hội nghị.');
INSERT INTO edge_sources VALUES(6,1,234,311,'Dự hội nghị có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.');
INSERT INTO edge_sources VALUES(7,1,234,311,'Dự hội nghị có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.');
INSERT INTO edge_sources VALUES(8,1,234,311,'Dự hội nghị có đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.');
INSERT INTO edge_sources VALUES(9,2,61,172,'Ngày 16/3/2023, Đảng ủy Công an Trung ương tổ chức Hội nghị triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị.');
INSERT INTO edge_sources VALUES(10,2,61,172,'Ngày 16/3/2023, Đảng ủy Công an Trung ương tổ chức Hội nghị triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị.');
INSERT INTO edge_sources VALUES(11,2,61,172,'Ngày 16/3/2023, Đảng ủy Công an Trung ương tổ chức Hội nghị triển khai Nghị quyết số 12-NQ/TW của Bộ Chính trị.');
INSERT INTO edge_sources VALUES(12,2,173,229,'Đại tướng Tô Lâm, Bộ trưởng Bộ Công an chủ trì hội nghị.');
INSERT INTO edge_sources VALUES(13,2,173,229,'Đại tướng Tô Lâm, Bộ trưởng Bộ Công an chủ trì hội nghị.');
CREATE INDEX nodes_by_loose_key ON nodes (loose_key) WHERE loose_key IS NOT NULL;
CREATE INDEX nodes_by_kind ON nodes (kind);
CREATE INDEX nodes_by_name_key ON nodes (name_key);
CREATE INDEX aliases_by_key ON aliases (alias_key);
CREATE INDEX edges_by_source ON edges (source);
CREATE INDEX edges_by_target ON edges (target);
CREATE INDEX node_sources_by_article ON node_sources (article);
CREATE INDEX edge_sources_by_article ON edge_sources (article);
COMMIT;
PRAGMA user_version = 1;
