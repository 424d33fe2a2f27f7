#!/usr/bin/env python3
"""Validate the gold annotations of this folder (or of the folder given as argument).

usage: check_gold.py [GOLD_DIR]

For every NNN_slug.json next to its NNN_slug.txt it checks:
  - valid JSON, "doc" equals the text file name, the text file exists;
  - entity ids unique, entity kinds known, required fields present;
  - every relation (and every alternative) names existing entities of the kinds that
    the table in /work/shared/eval/GOLD_FORMAT.md requires;
  - no required relation touches an optional entity;
  - every person, organization and resolution name or one of its aliases occurs in the
    text (after NFC, NBSP -> space, case folding and Vietnamese tone-placement folding);
    an organization whose canonical (place-resolved) name does not occur but an alias
    does is only a warning; meeting names need not occur (warning);
  - person names carry no rank or title words;
  - resolutions: doc_type / number / code agree with the name;
  - dates are ISO (YYYY-MM-DD, YYYY-MM, YYYY) or partial (--MM-DD) or null.
Errors make the exit status 1; warnings are printed but do not fail.
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
KINDS = {"person", "organization", "resolution", "meeting"}
REL = {
    "chaired": ("person", "meeting"),
    "organized": ("organization", "meeting"),
    "attended": ("person", "meeting"),
    "spoke_at": ("person", "meeting"),
    "issued": ("organization", "resolution"),
    "implements": ("resolution", "resolution"),
    "supersedes": ("resolution", "resolution"),
    "discussed": ("meeting", "resolution"),
    "holds_position": ("person", "organization"),
    "part_of": ("organization", "organization"),
}
TITLE_WORDS = [
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
    "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "đô đốc",
    "chuẩn đô đốc", "phó đô đốc", "ông", "bà", "đồng chí", "đ/c", "bộ trưởng", "thứ trưởng",
    "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "giám đốc", "tổng bí thư",
    "thủ tướng", "phó thủ tướng", "chủ nhiệm", "trưởng ban", "pgs", "ts", "gs",
    "tư lệnh", "chính ủy", "thường trực",
]
PUNCT = "\"'“”‘’«»()[]{}.,:;!?…"
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")
DOC_TYPE_RE = re.compile(
    r"^\s*(nghị quyết|quyết định|quy định|quy chế|kế hoạch|chỉ thị|kết luận|hướng dẫn|"
    r"chương trình hành động|chương trình|thông báo|luật|nghị định|thông tư|công văn|"
    r"đề án|báo cáo)\s+(?:số\s*)?(\d+)(?:\s*[-/]\s*([0-9A-Za-zĐđ/\-]+))?", re.IGNORECASE)


def fold(text):
    """NFC, NBSP -> space, tone mark moved to the end of each run of letters, case-folded,
    whitespace collapsed (so 'Tỉnh uỷ' == 'Tỉnh ủy', and 'Tuấn,' keeps its comma apart)."""
    text = unicodedata.normalize("NFD", (text or "").replace("\u00a0", " "))

    def word(m):
        w = m.group(0)
        tone = "".join(c for c in w if c in TONES)
        base = "".join(c for c in w if c not in TONES)
        return unicodedata.normalize("NFC", base).casefold() + tone

    text = re.sub(r"[\w\u0300-\u036f]+", word, text)
    return " ".join(text.split())


def code_key(code):
    if not code:
        return None
    code = re.sub(r"^\s*\d{4}\s*[/-]", "", unicodedata.normalize("NFC", code))
    return re.sub(r"[\s\-/]", "", code).upper() or None


def occurs(name, text_folded):
    n = fold(name)
    return bool(n) and (" " + n + " ") in (" " + text_folded + " ") or (bool(n) and n in text_folded)


def check_file(gold_dir, jf, errors, warnings, names_by_identity):
    path = os.path.join(gold_dir, jf)
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        errors.append("%s: invalid JSON: %s" % (jf, e))
        return None
    doc = gold.get("doc")
    if doc != jf[:-5] + ".txt":
        errors.append("%s: doc %r does not match the file name" % (jf, doc))
    tpath = os.path.join(gold_dir, doc or "")
    if not os.path.exists(tpath):
        errors.append("%s: text file %s missing" % (jf, doc))
        return None
    raw = open(tpath, encoding="utf-8", newline="").read()
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n")).replace("\u00a0", " ")
    tf = fold(text)
    pub = gold.get("published")
    if pub is not None and not DATE_RE.match(pub):
        errors.append("%s: bad published %r" % (jf, pub))

    ents = gold.get("entities") or []
    by_id = {}
    for e in ents:
        eid = e.get("id")
        if eid in by_id:
            errors.append("%s: duplicate id %s" % (jf, eid))
        by_id[eid] = e
        if e.get("kind") not in KINDS:
            errors.append("%s: %s has unknown kind %r" % (jf, eid, e.get("kind")))
            continue
        if not e.get("name"):
            errors.append("%s: %s has no name" % (jf, eid))
            continue
        name = e["name"]
        aliases = e.get("aliases") or []
        if unicodedata.normalize("NFC", name) != name or any(unicodedata.normalize("NFC", a) != a for a in aliases):
            errors.append("%s: %s name/alias not NFC" % (jf, eid))
        found_name = occurs(name, tf)
        found_alias = [a for a in aliases if occurs(a, tf)]
        missing_alias = [a for a in aliases if not occurs(a, tf)]
        if e["kind"] == "meeting":
            if not found_name and not found_alias:
                warnings.append("%s: meeting %s name not verbatim in text: %s" % (jf, eid, name))
            if e.get("date") is not None and not DATE_RE.match(e["date"]):
                errors.append("%s: meeting %s bad date %r" % (jf, eid, e["date"]))
            if not e.get("meeting_type"):
                errors.append("%s: meeting %s has no meeting_type" % (jf, eid))
        else:
            if not found_name and not found_alias:
                errors.append("%s: %s %s %r: neither name nor alias occurs in the text" % (jf, e["kind"], eid, name))
            elif not found_name:
                if e["kind"] == "organization":
                    warnings.append("%s: org %s place-resolved name %r (surface: %s)" % (jf, eid, name, found_alias[0]))
                else:
                    warnings.append("%s: %s %s name %r only via alias %r" % (jf, e["kind"], eid, name, found_alias[0]))
            for a in missing_alias:
                errors.append("%s: %s alias %r does not occur in the text" % (jf, eid, a))
        if e["kind"] == "person":
            low = fold(name)
            for w in TITLE_WORDS:
                if low == w or low.startswith(fold(w) + " "):
                    errors.append("%s: person %s name %r starts with a rank/title word" % (jf, eid, name))
                    break
            if e.get("rank") and fold(e["rank"]) in low:
                errors.append("%s: person %s name contains its rank" % (jf, eid))
            if e.get("identity"):
                names_by_identity[e["identity"]].add((name, jf))
        if e["kind"] == "resolution":
            dt, num, code = e.get("doc_type"), e.get("number"), e.get("code")
            if not dt:
                errors.append("%s: resolution %s has no doc_type" % (jf, eid))
            elif not fold(name).startswith(fold(dt)):
                warnings.append("%s: resolution %s name %r does not start with doc_type %r" % (jf, eid, name, dt))
            if num is not None and not re.search(r"(?<!\d)%s(?!\d)" % re.escape(str(num)), name):
                errors.append("%s: resolution %s number %r not in name %r" % (jf, eid, num, name))
            if code and code_key(code) not in (code_key(name.split(" ")[-1]) or "") and code not in name:
                errors.append("%s: resolution %s code %r not in name %r" % (jf, eid, code, name))
            if num is None and code:
                errors.append("%s: resolution %s has a code but no number" % (jf, eid))
            m = DOC_TYPE_RE.search(unicodedata.normalize("NFC", name))
            if m:
                if num is None:
                    errors.append("%s: resolution %s name parses a number but number is null" % (jf, eid))
                else:
                    if (m.group(2).lstrip("0") or "0") != (str(num).lstrip("0") or "0"):
                        errors.append("%s: resolution %s number %r vs name %r" % (jf, eid, num, name))
                    if code and m.group(3) and code_key(m.group(3)) != code_key(code):
                        errors.append("%s: resolution %s code %r vs name code %r" % (jf, eid, code, m.group(3)))
                    if code is None and m.group(3):
                        errors.append("%s: resolution %s name has a code but code is null" % (jf, eid))
                if fold(m.group(1)) != fold(dt or ""):
                    errors.append("%s: resolution %s doc_type %r vs name %r" % (jf, eid, dt, m.group(1)))
            if e.get("date") is not None and not DATE_RE.match(e["date"]):
                errors.append("%s: resolution %s bad date %r" % (jf, eid, e["date"]))

    seen = set()
    counts = defaultdict(lambda: [0, 0])
    for i, r in enumerate(gold.get("relations") or []):
        kind = r.get("kind")
        if kind not in REL:
            errors.append("%s: relation %d unknown kind %r" % (jf, i, kind))
            continue
        readings = [r] + list(r.get("alternatives") or [])
        for k, m in enumerate(readings):
            mk = m.get("kind", kind)
            if mk not in REL:
                errors.append("%s: relation %d alt %d unknown kind %r" % (jf, i, k, mk))
                continue
            s, t = by_id.get(m.get("source")), by_id.get(m.get("target"))
            if s is None or t is None:
                errors.append("%s: relation %d (%s) endpoint missing: %s -> %s" % (jf, i, mk, m.get("source"), m.get("target")))
                continue
            want = REL[mk]
            if (s["kind"], t["kind"]) != want:
                errors.append("%s: relation %d %s %s(%s) -> %s(%s), want %s -> %s" % (
                    jf, i, mk, s["id"], s["kind"], t["id"], t["kind"], want[0], want[1]))
            if mk == "holds_position" and not m.get("role", r.get("role")):
                errors.append("%s: relation %d holds_position without role" % (jf, i))
        if not r.get("optional"):
            s, t = by_id.get(r.get("source")), by_id.get(r.get("target"))
            if (s and s.get("optional")) or (t and t.get("optional")):
                errors.append("%s: required relation %d (%s %s -> %s) touches an optional entity" % (
                    jf, i, kind, r.get("source"), r.get("target")))
        key = (kind, r.get("source"), r.get("target"), r.get("role"))
        if key in seen:
            errors.append("%s: duplicate relation %s" % (jf, key))
        seen.add(key)
        counts[kind][1 if r.get("optional") else 0] += 1
    ecounts = defaultdict(lambda: [0, 0])
    for e in ents:
        ecounts[e.get("kind")][1 if e.get("optional") else 0] += 1
    return ecounts, counts


def main(argv):
    gold_dir = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, warnings = [], []
    names_by_identity = defaultdict(set)
    files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))
    texts = sorted(f for f in os.listdir(gold_dir) if f.endswith(".txt"))
    for t in texts:
        if t[:-4] + ".json" not in files:
            errors.append("%s: no gold file" % t)
    etot = defaultdict(lambda: [0, 0])
    rtot = defaultdict(lambda: [0, 0])
    for jf in files:
        res = check_file(gold_dir, jf, errors, warnings, names_by_identity)
        if res:
            for k, v in res[0].items():
                etot[k][0] += v[0]; etot[k][1] += v[1]
            for k, v in res[1].items():
                rtot[k][0] += v[0]; rtot[k][1] += v[1]
    # identities: one identity must keep one name; one name under several identities is a homonym (info)
    ids_by_name = defaultdict(set)
    for ident, pairs in names_by_identity.items():
        nm = {fold(n) for n, _ in pairs}
        if len(nm) > 1:
            errors.append("identity %s used for different names: %s" % (ident, sorted(pairs)))
        for n, _ in pairs:
            ids_by_name[fold(n)].add(ident)
    for w in warnings:
        print("WARN ", w)
    for n, ids in sorted(ids_by_name.items()):
        if len(ids) > 1:
            print("INFO  homonym (folded name %r): identities %s" % (n, sorted(ids)))
    for ident, pairs in sorted(names_by_identity.items()):
        docs = sorted({d for _, d in pairs})
        if len(docs) > 1:
            print("INFO  recurring %s in %s" % (ident, ", ".join(d[:3] for d in docs)))
    print("entities (required/optional):", {k: tuple(v) for k, v in sorted(etot.items())},
          "total required", sum(v[0] for v in etot.values()), "optional", sum(v[1] for v in etot.values()))
    print("relations (required/optional):", {k: tuple(v) for k, v in sorted(rtot.items())},
          "total required", sum(v[0] for v in rtot.values()), "optional", sum(v[1] for v in rtot.values()))
    for e in errors:
        print("ERROR", e)
    print("%d files, %d errors, %d warnings" % (len(files), len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
