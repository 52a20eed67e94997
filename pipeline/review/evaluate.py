"""Score a run against gold annotations: precision, recall and F1 per record type.

Two gold formats:
- release gold (`*.gold.json`, one per document, as in shared/acceptance): aliases (name and
  alias text, exact after NFKC/case/space folding; pairs marked `"named": false` are optional),
  organisations (any accepted name meets any of the record's names), dates (same value and
  overlapping span), events (same type and date value), datelines (same date); events also get
  participant accuracy (share of gold participants named among the matched event's);
- span gold (`gold.jsonl` lines `{"id", "OG": [[s, e]...], "DT": [[s, e]...]}`, the KLUE news
  set): organisation mentions against OG and DATE/DURATION/SET timexes against DT, on exact and
  on overlapping spans.
Matching is greedy one-to-one in gold order.

With `cases=True` the result also holds `cases`: every miss and extra of the totals as a record
`{kind: "missed"|"extra", what, document, doc_id, spans: [[start, end], ...]}`, the spans indexing
the run's document text (empty where a gold item cannot be found in it), for the review page.
The scores are the same with or without it.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


def fold(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip().casefold()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    cases: list | None = None  # structured misses and extras, kept only when a list is given

    def miss(self, g, show, locate=None) -> None:
        self.fn += 1
        self.misses.append(show(g))
        self._case("missed", g, show, locate)

    def extra(self, p, show, locate=None) -> None:
        self.fp += 1
        self.extras.append(show(p))
        self._case("extra", p, show, locate)

    def _case(self, kind: str, item, show, locate) -> None:
        if self.cases is not None and locate is not None:
            self.cases.append({"kind": kind, "what": show(item), **locate(item, kind)})

    def match(self, gold: list, pred: list, same, show=lambda x: x, locate=None) -> list[tuple]:
        """`locate(item, "missed"|"extra")` gives {document, doc_id, spans} for `cases`."""
        used: set[int] = set()
        pairs = []
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
            if hit is None:
                self.miss(g, show, locate)
            else:
                used.add(hit)
                self.tp += 1
                pairs.append((g, pred[hit]))
        for i, p in enumerate(pred):
            if i not in used:
                self.extra(p, show, locate)
        return pairs

    def as_dict(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def read_jsonl(path: str) -> list[dict]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _no_gold_document(outdir: str, gold: list[str], run: list[str], key: str) -> str:
    """What a gold set that names none of a run's documents and the run hold."""
    def some(names: list[str]) -> str:
        return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")

    holds = f"its {len(run)} document(s) are {some(run)}" if run else "it holds no document"
    return (f"the gold names {len(gold)} document(s) ({some(gold)}), none of which is in the run {outdir}: "
            f"{holds}. Gold finds a document by its {key}: run the texts the gold annotates "
            f"into OUTDIR first")


def load_run(outdir: str) -> tuple[dict[str, dict], dict[str, dict[str | None, list]]]:
    docs = read_jsonl(os.path.join(outdir, "documents.jsonl"))
    by_doc: dict[str, dict[str | None, list]] = {}
    for kind in ("organisations", "aliases", "timexes", "events"):
        grouped: defaultdict[str | None, list] = defaultdict(list)
        for r in read_jsonl(os.path.join(outdir, kind + ".jsonl")):
            grouped[r["doc_id"]].append(r)
        by_doc[kind] = grouped
    return {d["source"]: d for d in docs}, by_doc


def gold_files(gold: str, part: str | None = None) -> list[str]:
    """The gold files of a folder (or the one file given). With `part`, only the documents that
    the folder's `split.tsv` (beside the gold folder: columns file, ..., part) puts in that part."""
    if not os.path.isdir(gold):
        return [gold]
    paths = [os.path.join(gold, f) for f in sorted(os.listdir(gold)) if f.endswith(".gold.json")]
    if part is None:
        return paths
    split = os.path.join(os.path.dirname(os.path.abspath(gold)), "split.tsv")
    if not os.path.exists(split):
        raise ValueError(f"--part {part} needs {split}, which lists each document's part")
    with open(split, encoding="utf-8") as f:
        table = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    col = table[0].index("part") if table and "part" in table[0] else -1
    keep = {r[0].rsplit(".", 1)[0] for r in table[1:] if len(r) > col and r[col] == part}
    if not keep:
        raise ValueError(f"no document of {split} is in part {part!r}")
    return [p for p in paths if os.path.basename(p)[:-len(".gold.json")] in keep]


def evaluate(outdir: str, gold: str, part: str | None = None, cases: bool = False) -> dict:
    if os.path.isfile(gold) and gold.endswith(".jsonl"):
        return evaluate_spans(outdir, gold, cases)
    result = evaluate_releases(outdir, gold_files(gold, part), cases)
    folder = gold if os.path.isdir(gold) else os.path.dirname(gold)
    cross = os.path.join(os.path.dirname(os.path.abspath(folder)), "cross-document.json")
    if os.path.isdir(gold) and os.path.exists(cross):
        result["org_keys"] = evaluate_keys(outdir, cross)
    return result


def evaluate_keys(outdir: str, cross_path: str) -> dict:
    """Cross-document organisation keys: a group of mentions of one organisation in several
    releases (`cross-document.json`) counts as consistent when every mention is found and all
    get the same `org_key`."""
    docs, recs = load_run(outdir)
    by_base = {os.path.basename(src): d["id"] for src, d in docs.items()}
    with open(cross_path, encoding="utf-8") as f:
        groups = json.load(f)["groups"]
    consistent, split = 0, []
    for g in groups:
        keys, found = set(), 0
        for m in g["mentions"]:
            names = {fold(m["name"])} | {fold(x) for x in m.get("also_accept", [])}
            hit = next((o for o in recs["organisations"].get(by_base.get(m["document"]), [])
                        if names & ({fold(o["name"]), fold(o.get("english_name")), fold(o.get("korean_name")),
                                     fold(o.get("chinese_name"))} | {fold(a) for a in o.get("aliases", [])})), None)
            if hit:
                found += 1
                keys.add(hit["org_key"])
        if found == len(g["mentions"]) and len(keys) == 1:
            consistent += 1
        else:
            split.append(f"{g.get('english')}: {sorted(keys)} ({found}/{len(g['mentions'])} found)")
    return {"groups": len(groups), "consistent": consistent,
            "accuracy": round(consistent / len(groups), 4) if groups else 0.0, "split": split}


# Legal forms do not decide which organisation a name means ("Edko Films Limited" and "Edko
# Films", "(주)한빛전자" and "한빛전자"): the same rule as shared/acceptance/score.py.
_LEGAL_FORM = re.compile(
    r"^(?:\(주\)|㈜|주식회사)\s*|\s*(?:\(주\)|㈜|주식회사)$"
    r"|[,\s]+(?:inc|incorporated|ltd|limited|co|corp|corporation|llc|l\.l\.c|plc|gmbh|ag|s\.a|n\.v|b\.v)\.?$")


def org_name(s: str | None) -> str:
    """A name folded and stripped of legal forms, repeatedly (`Hanbit Co., Ltd.` -> `hanbit`)."""
    s, prev = fold(s), None
    while s != prev:
        prev, s = s, _LEGAL_FORM.sub("", s).strip()
    return s


def _date_ends(p: dict) -> set:
    rng = p.get("range") or {}
    return {p.get("value"), rng.get("start"), rng.get("end")} - {None}


def _date_hit(g: dict, p: dict) -> bool:
    """A DATE timex meets a gold date whose span it overlaps when its value, or either end of its
    range, is the gold value; a TIME timex when its value starts with the gold day."""
    if not (g["start"] < p.get("end", -1) and p.get("start", -1) < g["end"]):
        return False
    if p.get("type", "DATE") == "TIME":
        return str(p.get("value", "")).startswith(g["value"] + "T")
    return g["value"] in _date_ends(p)


def match_dates(sc: Score, gold: list, timexes: list, show, locate=None) -> None:
    """Calendar dates only, as the gold has them: DURATION and SET timexes take no part; one
    range may meet the gold dates of both its ends; an unmatched TIME is not an extra."""
    pred = [p for p in timexes if p.get("type", "DATE") in ("DATE", "TIME")]
    used: set[int] = set()
    for g in gold:
        i = next((i for i, p in enumerate(pred) if _date_hit(g, p)), None)
        if i is None:
            sc.miss(g, show, locate)
        else:
            used.add(i)
            sc.tp += 1
    for i, p in enumerate(pred):
        if i not in used and p.get("type", "DATE") == "DATE":
            sc.extra(p, show, locate)


def _event_start(v) -> str:
    """An event is dated by the start of its range (`2025-02-20/2025-02-22` -> `2025-02-20`)."""
    return str(v or "").split("/")[0]


def evaluate_releases(outdir: str, paths: list[str], cases: bool = False) -> dict:
    """Release gold, scored by the rules of shared/acceptance/score.py (the two agree to the
    digit; a test checks it where the shared folder is present)."""
    docs, recs = load_run(outdir)
    by_base = {os.path.basename(src): d for src, d in docs.items()}
    if not paths:
        raise ValueError("no gold to score: no *.gold.json file in the gold folder")
    named = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            named.append(json.load(f)["document"])
    if not set(named) & set(by_base):
        raise ValueError(_no_gold_document(outdir, named, sorted(by_base), "file name"))
    t = {k: Score(cases=[] if cases else None) for k in ("aliases", "organisations", "dates", "events", "datelines")}
    participants, subjects, statuses = Score(), Score(), Score()
    subjects_by_lang: dict[str, Score] = defaultdict(Score)
    statuses_by_lang: dict[str, Score] = defaultdict(Score)
    per_lang: dict[str, dict[str, Score]] = defaultdict(lambda: {k: Score() for k in ("aliases", "organisations", "dates", "events")})
    missing = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        doc = by_base.get(g["document"])
        if doc is None:
            missing.append(g["document"])
        did = doc["id"] if doc else None
        lang = g.get("lang") or (doc or {}).get("lang", "?")
        tag = g["document"]
        where = _Locator(tag, doc, g)

        def same_pair(a, p):
            return fold(a["name"]["text"]) == fold(p["name"]["text"]) and fold(a["alias"]["text"]) == fold(p["alias"]["text"])
        named = [a for a in g.get("aliases", []) if a.get("named", True)]
        optional = [a for a in g.get("aliases", []) if not a.get("named", True)]
        pred = [p for p in recs["aliases"].get(did, []) if any(same_pair(a, p) for a in named)
                or not any(same_pair(a, p) for a in optional)]
        show_pair = lambda a: f"{tag}: {a['name']['text']} ({a['alias']['text']})"  # noqa: E731
        for sc in (t["aliases"], per_lang[lang]["aliases"]):
            sc.match(named, pred, same_pair, show_pair, where.alias)

        def same_org(a, p):
            names = {org_name(a["name"])} | {org_name(x) for x in a.get("also_accept", [])}
            if a.get("english_name"):
                names.add(org_name(a["english_name"]))
            got = {org_name(p.get("name")), org_name(p.get("english_name")), org_name(p.get("korean_name"))}
            got |= {org_name(x) for x in p.get("aliases") or []}
            got.discard("")
            names.discard("")
            return bool(names & got)
        orgs = recs["organisations"].get(did, [])
        for sc in (t["organisations"], per_lang[lang]["organisations"]):
            sc.match(g.get("organisations", []), orgs, same_org,
                     lambda o: f"{tag}: {o.get('name')}", where.organisation)

        show_date = lambda d: f"{tag}: {d['text']} = {d.get('value')} @{d.get('start')}"  # noqa: E731
        for sc in (t["dates"], per_lang[lang]["dates"]):
            match_dates(sc, g.get("dates", []), recs["timexes"].get(did, []), show_date, where.span)

        def same_event(a, p):
            return a["type"] == p.get("type") and _event_start(a["date"]) == _event_start((p.get("date") or {}).get("value"))
        show_ev = lambda e: f"{tag}: {e['type']} {e['date'] if isinstance(e['date'], str) else (e['date'] or {}).get('value')}"  # noqa: E731
        pairs = t["events"].match(g.get("events", []), recs["events"].get(did, []), same_event, show_ev, where.event)
        per_lang[lang]["events"].match(g.get("events", []), recs["events"].get(did, []), same_event, show_ev)
        for ge, pe in pairs:
            gold_people = ([ge["subject"]] if ge.get("subject") else []) + list(ge.get("participants", []))
            actors = _actor_names(pe.get("participants", []), orgs)
            for person in gold_people:
                if _names_actor(person, actors):
                    participants.tp += 1
                else:
                    participants.fn += 1
                    participants.misses.append(f"{tag}: {ge['type']} {person}")
            said = [p for p in pe.get("participants", []) if p.get("role") == "subject"]
            right = not said
            if ge.get("subject"):
                gold_org = next((o for o in g.get("organisations", []) if o["name"] == ge["subject"]), {"name": ge["subject"]})
                said_orgs = [o for o in orgs if any(o.get("id") == p.get("org_id") for p in said)]
                right = _names_actor(ge["subject"], _actor_names(said, orgs)) or any(same_org(gold_org, o) for o in said_orgs)
            for sc in (subjects, subjects_by_lang[lang]):
                sc.tp += right
                sc.fn += not right
            if not right:
                subjects.misses.append(f"{tag}: {ge['type']} {ge.get('subject')} <- {[p['name'] for p in said]}")
            if ge.get("status"):   # (occurred, planned or negated, where the gold says)
                same = pe.get("status") == ge["status"]
                for sc in (statuses, statuses_by_lang[lang]):
                    sc.tp += same
                    sc.fn += not same
                if not same:
                    statuses.misses.append(f"{tag}: {ge['type']} {ge['date']} {ge['status']} <- {pe.get('status')}")
        if g.get("dateline"):
            got = ((doc or {}).get("dateline") or {}).get("date")
            t["datelines"].match([g["dateline"]["date"]], [got] if got else [], lambda a, b: a == b,
                                 lambda d: f"{tag}: {d}", where.dateline)
    out: dict[str, Any] = {k: v.as_dict() for k, v in t.items()}
    out["event_participants"] = _accuracy(participants)
    out["event_subjects"] = _accuracy(subjects) | {"by_language": {lang: _accuracy(sc) for lang, sc in sorted(subjects_by_lang.items())}}
    out["event_status"] = _accuracy(statuses) | {"by_language": {lang: _accuracy(sc) for lang, sc in sorted(statuses_by_lang.items())}}
    out["by_language"] = {lang: {k: v.as_dict() for k, v in d.items()} for lang, d in sorted(per_lang.items())}
    out["errors"] = {k: {"missed": v.misses, "extra": v.extras} for k, v in t.items()}
    out["errors"]["event_subjects"] = {"missed": subjects.misses, "extra": []}
    out["errors"]["event_status"] = {"missed": statuses.misses, "extra": []}
    if missing:
        out["missing_documents"] = missing
    if cases:
        out["cases"] = {k: v.cases for k, v in t.items()}
    return out


def _accuracy(score: Score) -> dict:
    """`tp` right of `tp + fn` checked, as {accuracy, found, gold}."""
    total = score.tp + score.fn
    return {"accuracy": round(score.tp / total, 4) if total else 0.0, "found": score.tp, "gold": total}


def _actor_names(actors: list[dict], orgs: list[dict]) -> set[str]:
    """The folded names an event's actors go by: their names, and the English names and
    aliases of the organisation records they name."""
    names = {fold(p["name"]) for p in actors}
    for org in (o for o in orgs if fold(o["name"]) in names):
        names |= {fold(org.get("english_name"))} | {fold(a) for a in org.get("aliases", [])}
    names.discard("")
    return names


def _names_actor(gold_name: str, names: set[str]) -> bool:
    """A gold actor is found when one of `names` is its name or one of the two ends the other
    (`Halvern` and `Halvern Bio Inc.` do not; `한국은행` and `은행` do: the participants rule
    the scorer has always used)."""
    g = fold(gold_name)
    return any(g == n or g.endswith(n) or n.endswith(g) for n in names)


class _Locator:
    """Where a miss or an extra of one gold document stands in the run's text: `spans` index
    the document's `text`. Gold organisations and events carry no offsets, so they are looked
    up: a name at its first occurrence, an event at the occurrence of its trigger nearest a gold
    date of the event's value."""

    def __init__(self, tag: str, doc: dict | None, gold: dict):
        self.tag, self.doc, self.gold = tag, doc, gold
        self.text = (doc or {}).get("text", "")

    def _at(self, spans) -> dict:
        spans = [[s, e] for s, e in spans if 0 <= s < e <= len(self.text)]
        return {"document": self.tag, "doc_id": (self.doc or {}).get("id"), "spans": spans}

    def span(self, x: dict, kind: str) -> dict:
        return self._at([(x.get("start", -1), x.get("end", -1))] if self.doc else [])

    def alias(self, a: dict, kind: str) -> dict:
        return self._at([(a[k].get("start", -1), a[k].get("end", -1)) for k in ("name", "alias")] if self.doc else [])

    def organisation(self, o: dict, kind: str) -> dict:
        if kind == "extra":
            return self._at([(m["start"], m["end"]) for m in o.get("mentions", [])[:1]])
        names = [o.get("name")] + list(o.get("also_accept", [])) + [o.get("english_name")]
        for n in filter(None, names):
            i = self.text.find(n)
            if i >= 0:
                return self._at([(i, i + len(n))])
        return self._at([])

    def event(self, e: dict, kind: str) -> dict:
        if kind == "extra":
            return self._at([(e["trigger"]["start"], e["trigger"]["end"])])
        trigger = e.get("trigger") or ""
        hits = [m.start() for m in re.finditer(re.escape(trigger), self.text)] if trigger else []
        if not hits:
            return self._at([])
        dates = [d["start"] for d in self.gold.get("dates", [])
                 if _event_start(d.get("value")) == _event_start(e.get("date"))]
        best = min(hits, key=lambda i: min((abs(i - d) for d in dates), default=i))
        return self._at([(best, best + len(trigger))])

    def dateline(self, d, kind: str) -> dict:
        line = (self.doc or {}).get("dateline") or {}
        return self._at([(line["start"], line["end"])] if line else [])


def evaluate_spans(outdir: str, gold_path: str, cases: bool = False) -> dict:
    """KLUE-style span gold: OG against organisation mentions, DT against date-like timexes."""
    docs, recs = load_run(outdir)
    gold = {g["id"]: g for g in read_jsonl(gold_path)}
    if not set(gold) & set(docs):
        raise ValueError(_no_gold_document(outdir, sorted(gold), sorted(docs), "id (the run's source)"))
    scores = {f"{label}_{mode}": Score(cases=[] if cases and mode == "exact" else None)
              for label in ("OG", "DT") for mode in ("exact", "overlap")}
    missing = 0
    for gid, g in gold.items():
        doc = docs.get(gid)
        if doc is None:
            missing += 1
            continue
        did = doc["id"]
        og = sorted({(m["start"], m["end"]) for o in recs["organisations"].get(did, []) for m in o["mentions"]})
        dt = sorted({span for t in recs["timexes"].get(did, []) for span in _klue_dt_spans(t, doc["text"])})
        def where(span, kind, gid=gid, did=did):
            return {"document": gid, "doc_id": did, "spans": [list(span)]}

        def show(span, gid=gid, text=doc["text"]):
            return f"{gid}: {text[span[0]:span[1]]}"
        for label, pred in (("OG", og), ("DT", dt)):
            spans = [tuple(x) for x in g.get(label, [])]
            scores[f"{label}_exact"].match(spans, pred, lambda a, b: a == b, show, where)
            scores[f"{label}_overlap"].match(spans, pred, lambda a, b: a[0] < b[1] and b[0] < a[1])
    out: dict[str, Any] = {k: v.as_dict() for k, v in scores.items()}
    out["documents"] = len(gold) - missing
    if missing:
        out["missing_documents"] = missing
    if cases:
        out["cases"] = {k: v.cases for k, v in scores.items() if v.cases is not None}
    return out


_FROM_TO = re.compile(r"(.+?)부터\s{0,2}(.+?)까지")
_CLOCK = re.compile(r"\s?(?:오전|오후|새벽|아침|낮|저녁|밤|정오|\d{1,2}\s?시)")


def _klue_dt_spans(t: dict, text: str) -> list[tuple[int, int]]:
    """The DT spans KLUE would mark for one of our timexes. KLUE labels clock times and
    durations in hours or minutes TI, not DT, and splits `이날 오전 10시` into a DT `이날` and a
    TI `오전 10시`; our TIME timex is one expression, so its date part is scored as DT."""
    if t["type"] == "DATE" and (m := _FROM_TO.fullmatch(t["text"])):
        # KLUE marks the two ends of `X부터 Y까지` apart (and `~` ranges as one span)
        return [(t["start"] + m.start(g), t["start"] + m.end(g)) for g in (1, 2)]
    if t["type"] in ("DATE", "SET"):
        return [(t["start"], t["end"])]
    if t["type"] == "DURATION":
        return [] if t.get("grain") in ("hour", "minute", "second") else [(t["start"], t["end"])]
    m = _CLOCK.search(t["text"])
    if t["type"] == "TIME" and m and m.start() > 0:
        return [(t["start"], t["start"] + len(t["text"][:m.start()].rstrip()))]
    return []
