#!/usr/bin/env python3
"""Check hand-made gold files against the articles they annotate.

usage: check_gold.py [GOLD.json ...] [--shared DIR]

With no GOLD files, checks every *.json next to this script. The article of a
gold file is its "article" path taken relative to the shared data folder
(--shared, else $GRAPH_SHARED, else /work/shared, else ../../../../shared).
A reference of the form "corpus/news-37k/articles.jsonl.gz#L<n>" names line n
(1-based) of a gzipped JSON Lines file; the annotated text is that record's
"text" field (the title is not part of it).

Checks, per file:
  - valid JSON with the keys score.py reads;
  - entity ids unique, types valid (Person / Country / Organization; "*" too
    for optional entities), at least one name of every required entity found in the text;
  - relations: known type, endpoints exist, endpoint types fit the relation
    (MET Person-Person, AFFILIATED_WITH Person->Organization, LEADER_OF
    Person->Country), MET status held/planned, required relations only between
    required entities, no relation listed twice;
  - quotes: the speaker is a required entity, every "about" id is a required
    entity, the "contains" snippet occurs in the article after the
    normalisation score.py applies (NFKC, curly quotes straightened, lower
    case, runs of whitespace collapsed) and is 1-8 words long (fewer than 3 is
    only a warning: the worked examples keep 2-word quotations whole);
  - no long strings: gold files keep ids, names and short snippets only;
  - self-score: when ../eval/score.py is found in the shared folder, a perfect
    extraction built from the gold file itself (every entity under its first
    name, every relation, every quote as its snippet) must score 1.0 on
    entities, relations and quotes, which catches names that make two gold
    entities collide in score.py's matching.
Exits 1 when any error is found; warnings do not fail.
"""
import functools
import gzip
import json
import os
import re
import sys
import unicodedata

TYPES = {"Person", "Country", "Organization"}
RELATIONS = {"MET", "AFFILIATED_WITH", "LEADER_OF"}
ENDPOINTS = {
    "MET": ("Person", "Person"),
    "AFFILIATED_WITH": ("Person", "Organization"),
    "LEADER_OF": ("Person", "Country"),
}
MAX_STRING = 160  # longer strings than this would be copied article text (the note is exempt)


def text_norm(s):
    """The normalisation score.py applies to quote texts and snippets."""
    s = unicodedata.normalize("NFKC", s or "")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.lower())


def name_norm(s):
    """Loose form for finding an entity name in the text (punctuation-insensitive)."""
    s = text_norm(s)
    s = re.sub(r"[^\w@]+", " ", s)
    return " " + re.sub(r"\s+", " ", s).strip() + " "


def shared_dir(argv):
    if "--shared" in argv:
        return argv[argv.index("--shared") + 1]
    if os.environ.get("GRAPH_SHARED"):
        return os.environ["GRAPH_SHARED"]
    if os.path.isdir("/work/shared"):
        return "/work/shared"
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "..", "..", "shared"))


LINE_REF = re.compile(r"^(?P<path>.+\.jsonl(?:\.gz)?)#L(?P<line>[1-9][0-9]*)$")


@functools.lru_cache(maxsize=None)
def read_article(shared, ref):
    """The text a gold file's "article" reference names: a plain text file, or
    "FILE.jsonl[.gz]#L<n>" = the "text" field of line n (1-based) of that file.
    Raises OSError when it cannot be read."""
    m = LINE_REF.match(ref)
    if not m:
        with open(os.path.join(shared, ref), encoding="utf-8") as f:
            return f.read()
    path, want = os.path.join(shared, m.group("path")), int(m.group("line"))
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n == want:
                try:
                    text = json.loads(line).get("text")
                except (json.JSONDecodeError, AttributeError) as e:
                    raise OSError(f"line {want} of {path} is not a JSON object: {e}")
                if not isinstance(text, str):
                    raise OSError(f"line {want} of {path} has no text field")
                return text
    raise OSError(f"{path} has fewer than {want} lines")


def long_strings(node, path="$"):
    if isinstance(node, str):
        if len(node) > MAX_STRING:
            yield path
    elif isinstance(node, dict):
        for k, v in node.items():
            if k != "note":
                yield from long_strings(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from long_strings(v, f"{path}[{i}]")


def check(path, shared):
    errors, warnings = [], []
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        return [f"cannot read JSON: {e}"], [], {}

    for key in ("article", "entities", "relations", "quotes"):
        if key not in gold:
            errors.append(f"missing key {key!r}")
    if errors:
        return errors, warnings, {}

    try:
        raw = read_article(shared, gold["article"])
    except OSError as e:
        return [f"article not found: {gold['article']} in {shared} ({e})"], warnings, {}
    article = text_norm(raw)
    article_names = name_norm(raw)

    for p in long_strings(gold):
        errors.append(f"string longer than {MAX_STRING} characters at {p} (article text must not be copied)")

    required, optional = {}, {}
    for kind, items, allowed in (("entity", gold["entities"], TYPES), ("optional entity", gold.get("optional_entities", []), TYPES | {"*"})):
        for e in items:
            eid = e.get("id")
            if not eid:
                errors.append(f"{kind} without id: {e}")
                continue
            if eid in required or eid in optional:
                errors.append(f"duplicate entity id {eid!r}")
            if e.get("type") not in allowed:
                errors.append(f"{kind} {eid!r}: invalid type {e.get('type')!r}")
            names = e.get("names") or []
            if not names or not all(isinstance(n, str) and n.strip() for n in names):
                errors.append(f"{kind} {eid!r}: names must be a non-empty list of strings")
            elif not any(name_norm(n) in article_names for n in names):
                # Optional entities may stand for a demonym-only mention ("Russian") with no name in the text.
                (errors if kind == "entity" else warnings).append(f"{kind} {eid!r}: none of its names occurs in the article")
            (required if kind == "entity" else optional)[eid] = e

    # The same surface form for two required entities of the same type makes matching ambiguous.
    seen_names = {}
    for e in required.values():
        for n in e.get("names", []):
            key = (name_norm(n), e["type"])
            if key in seen_names and seen_names[key] != e["id"]:
                warnings.append(f"name {n!r} listed for both {seen_names[key]!r} and {e['id']!r}")
            seen_names.setdefault(key, e["id"])

    everything = {**optional, **required}
    rel_keys = set()
    for kind, items in (("relation", gold["relations"]), ("optional relation", gold.get("optional_relations", []))):
        for r in items:
            t, a, b = r.get("type"), r.get("a"), r.get("b")
            label = f"{kind} {t} {a} -> {b}"
            if t not in RELATIONS:
                errors.append(f"{label}: unknown relation type")
                continue
            pool = required if kind == "relation" else everything
            for end in (a, b):
                if end not in pool:
                    errors.append(f"{label}: {end!r} is not a {'required ' if kind == 'relation' else ''}entity")
            if a in everything and b in everything:
                want = ENDPOINTS[t]
                got = (everything[a]["type"], everything[b]["type"])
                if any(g not in (w, "*") for g, w in zip(got, want)):
                    errors.append(f"{label}: endpoint types {got} do not fit {want}")
            status = r.get("status", "held") if t == "MET" else None
            if t == "MET" and status not in ("held", "planned"):
                errors.append(f"{label}: MET status must be held or planned")
            if t != "MET" and "status" in r:
                warnings.append(f"{label}: status is only read for MET")
            key = (t, *(sorted((a, b)) if t == "MET" else (a, b)), status)
            if key in rel_keys:
                errors.append(f"{label}: listed twice")
            rel_keys.add(key)

    snippets = []
    for kind, items in (("quote", gold["quotes"]), ("optional quote", gold.get("optional_quotes", []))):
        for q in items:
            c = q.get("contains", "")
            label = f"{kind} {c!r}"
            if not c.strip():
                errors.append(f"{kind} with empty contains")
                continue
            if text_norm(c) not in article:
                errors.append(f"{label}: snippet not found verbatim in the article")
            words = len(c.split())
            if words > 8:
                errors.append(f"{label}: {words} words (at most 8)")
            elif words < 3 and kind == "quote":
                warnings.append(f"{label}: only {words} word(s)")
            if kind == "quote":
                if q.get("speaker") not in required:
                    errors.append(f"{label}: speaker {q.get('speaker')!r} is not a required entity")
                elif required[q["speaker"]]["type"] not in ("Person", "Organization"):
                    errors.append(f"{label}: speaker must be a Person or Organization")
                for x in q.get("about", []):
                    if x not in required:
                        errors.append(f"{label}: about id {x!r} is not a required entity")
                if text_norm(c) in snippets:
                    warnings.append(f"{label}: snippet repeats another quote's snippet")
                snippets.append(text_norm(c))

    stats = {
        "entities": len(required), "optional_entities": len(optional),
        "relations": len(gold["relations"]), "optional_relations": len(gold.get("optional_relations", [])),
        "quotes": len(gold["quotes"]), "optional_quotes": len(gold.get("optional_quotes", [])),
    }
    return errors, warnings, stats


def load_scorer(shared):
    path = os.path.join(shared, "eval", "score.py")
    if not os.path.exists(path):
        return None
    import importlib.util
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def self_score(gold_path, shared, scorer):
    """Score a perfect extraction made from the gold file; return the measures below 1.0."""
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    article = scorer.text_norm(read_article(shared, gold["article"]))
    system = {
        "entities": [{"id": e["id"], "type": e["type"], "name": e["names"][0], "aliases": e["names"][1:]} for e in gold["entities"]],
        "relations": [{"type": r["type"], "source": r["a"], "target": r["b"], "status": r.get("status", "held")} for r in gold["relations"]],
        "quotes": [{"speaker": q["speaker"], "text": q["contains"], "about": q.get("about", [])} for q in gold["quotes"]],
    }
    log = []
    mapping, ent = scorer.match_entities(gold, system, log)
    rel = scorer.score_relations(gold, system, mapping, log)
    quo, about = scorer.score_quotes(gold, system, mapping, log, article)
    low = []
    for name, counts in (("entities", ent), ("relations", rel), ("quotes", quo), ("quote_about", about)):
        f1 = scorer.prf(*counts)[2]
        if f1 < 1.0:
            low.append(f"{name} F1={f1:.3f} {counts}")
    return low, log


def main(argv):
    files = [a for a in argv[1:] if a.endswith(".json")]
    if not files:
        here = os.path.dirname(os.path.abspath(__file__))
        files = sorted(os.path.join(here, f) for f in os.listdir(here) if f.endswith(".json"))
    shared = shared_dir(argv)
    scorer = load_scorer(shared)
    if scorer is None:
        print(f"note: {shared}/eval/score.py not found, self-score skipped")
    failed = 0
    for path in files:
        errors, warnings, stats = check(path, shared)
        if not errors and scorer is not None:
            low, log = self_score(path, shared, scorer)
            errors += [f"self-score below 1.0: {x}" for x in low] + ([f"score.py: {x}" for x in log] if low else [])
        status = "FAIL" if errors else "ok"
        counts = " ".join(f"{k}={v}" for k, v in stats.items())
        print(f"{status:4} {os.path.basename(path)}  {counts}")
        for e in errors:
            print(f"     error: {e}")
        for w in warnings:
            print(f"     warning: {w}")
        failed += bool(errors)
    print(f"{len(files)} file(s), {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
