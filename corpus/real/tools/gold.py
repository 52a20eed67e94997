#!/usr/bin/env python3
"""Gold for real releases: build `corpus/real/gold/<id>.gold.json` from a spec, check it, show it.

The release texts stay in `../shared/data/real-releases/texts/` (their licences keep them out of
this repository); the gold points into them by offsets, as `shared/design/annotation.md` says.
Nobody types an offset: a spec (`corpus/real/specs/<id>.json`) names every span by its text, and
this tool finds it.

Spec (JSON), the gold format with spans given by text:
  {"document": "ko-004.txt", "lang": "ko", "anchor": "2020-06-24",
   "dateline": null | {"location": "...", "date": "YYYY-MM-DD"},
   "aliases": [{"name": "한국국제협력단", "alias": "KOICA", "named": true, "at": 812}, ...],
   "organisations": [{"name": "...", "english_name": "..." | null, "also_accept": [...]}],
   "dates": [{"text": "6월 24일", "value": "2020-06-24", "at": 140}, ...],
   "events": [{"type", "date", "trigger", "subject", "participants", "status"}],
   "not_aliases": [{"text": "42", "why": "age"}],       # bracket contents left out on purpose
   "not_dates": [{"text": "3년간", "why": "duration"}]}  # date-like strings left out on purpose
- `aliases` and `dates` are in document order. Without `at`, each span is searched from where the
  previous one of its list began (aliases) or ended (dates); with `at` (a character offset,
  e.g. from `show`), the occurrence nearest to it is taken. An alias `name` must be followed,
  after spaces, footnote marks or a closing quote, by bracket groups one of which contains
  `alias`; `"gap": N` allows N other characters before the first bracket (a title between a
  person's name and its rendering: `카트리느 다우고 위원장(Katrine Dauggard)`).
- A date never starts or ends inside a number.

usage:
  gold.py build [ID ...]     specs -> gold files (all specs by default); stops on the first error
  gold.py check [ID ...]     errors (exit 1) and warnings: brackets no alias covers, date-like
                             strings no date covers, unless not_aliases / not_dates name them
  gold.py show ID            the text with gold spans marked: [name|alias] {date=value}
  gold.py find ID TEXT       every offset where TEXT occurs (to choose an `at`)
The shared folder is ../shared beside the project, or $PRESSPIPE_SHARED.
"""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.dirname(HERE)
PROJECT = os.path.dirname(os.path.dirname(REAL))
SPECS = os.path.join(REAL, "specs")
GOLD = os.path.join(REAL, "gold")
OPEN, CLOSE = "(（", ")）"
TIMEX = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12]|-W(0[1-9]|[1-4]\d|5[0-3])"
                   r"|-(SP|SU|FA|WI))?$")
TYPES = {"founding", "approval", "designation", "agreement", "launch", "investment", "acquisition",
         "appointment", "award", "listing", "opening", "meeting", "visit", "announcement", "other"}
STATUS = {"occurred", "planned", "negated"}


class SpecError(Exception):
    pass


def shared_dir() -> str:
    return os.environ.get("PRESSPIPE_SHARED") or os.path.join(PROJECT, "..", "shared")


def read_text(document: str) -> str:
    path = os.path.join(shared_dir(), "data", "real-releases", "texts", document)
    with open(path, encoding="utf-8") as f:
        return unicodedata.normalize("NFC", f.read())


# What may stand between a name and the bracket that renders it: spaces, footnote marks
# (`시게보르고덴*(Siggebogården)`) and the closing quote of a quoted name (`「哈德遜研究所」（Hudson Institute）`).
BETWEEN = " \u3000*※」』”’\"'›»"


def bracket_groups_after(text: str, pos: int, gap: int = 0):
    """(inner_start, inner_end) of each bracket group that follows text[pos:] directly (spaces,
    footnote marks and closing quotes between them allowed; with `gap`, up to that many other
    characters before the first group, for a title between a person's name and its rendering)."""
    i = pos
    first = True
    while True:
        j = i
        while j < len(text) and (text[j] in BETWEEN or (first and j - i < gap and text[j] not in OPEN + "\n")):
            j += 1
        first = False
        if j >= len(text) or text[j] not in OPEN:
            return
        depth, k = 0, j
        while k < len(text):
            if text[k] in OPEN:
                depth += 1
            elif text[k] in CLOSE:
                depth -= 1
                if depth == 0:
                    break
            k += 1
        yield j + 1, k
        i = k + 1


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def pick(cands: list[int], at: int | None, after: int, what: str) -> int:
    if not cands:
        raise SpecError(f"{what}: not found")
    if at is not None:
        return min(cands, key=lambda c: (abs(c - at), c))
    later = [c for c in cands if c >= after]
    if not later:
        raise SpecError(f"{what}: no occurrence after offset {after} (give an 'at')")
    return later[0]


def resolve_alias(text: str, a: dict, after: int) -> tuple[dict, dict]:
    name, alias = a["name"], a["alias"]
    cands = []
    for s in occurrences(text, name):
        for i0, i1 in bracket_groups_after(text, s + len(name), a.get("gap", 0)):
            j = text.find(alias, i0, i1)
            if j >= 0:
                cands.append((s, j))
                break
    starts = [s for s, _ in cands]
    s = pick(starts, a.get("at"), after, f"alias {name!r} ({alias!r})")
    j = dict(cands)[s]
    return ({"text": name, "start": s, "end": s + len(name)},
            {"text": alias, "start": j, "end": j + len(alias)})


def inside_number(text: str, s: int, e: int) -> bool:
    return (s > 0 and text[s - 1].isdigit() and text[s].isdigit()) or \
        (e < len(text) and text[e].isdigit() and text[e - 1].isdigit())


def resolve_date(text: str, d: dict, after: int) -> dict:
    t = d["text"]
    cands = [c for c in occurrences(text, t) if not inside_number(text, c, c + len(t))]
    s = pick(cands, d.get("at"), after, f"date {t!r}")
    return {"text": t, "start": s, "end": s + len(t), "value": d["value"]}


def build_one(spec: dict) -> dict:
    text = read_text(spec["document"])
    aliases, pos = [], 0
    for a in spec.get("aliases", []):
        n, al = resolve_alias(text, a, pos)
        pos = n["start"] + 1
        row = {"name": n, "alias": al}
        if a.get("named", True) is False:
            row["named"] = False
        aliases.append(row)
    dates, pos = [], 0
    for d in spec.get("dates", []):
        g = resolve_date(text, d, pos)
        pos = g["end"]
        dates.append(g)
    return {"document": spec["document"], "lang": spec["lang"], "anchor": spec["anchor"],
            "dateline": spec.get("dateline"), "aliases": aliases,
            "organisations": [{"name": o["name"], "english_name": o.get("english_name"),
                               "also_accept": o.get("also_accept", [])} for o in spec.get("organisations", [])],
            "dates": dates,
            "events": [{k: e.get(k) for k in ("type", "date", "trigger", "subject", "participants", "status")}
                       for e in spec.get("events", [])]}


def spec_ids(args: list[str]) -> list[str]:
    if args:
        return [a[:-5] if a.endswith(".json") else a.removesuffix(".txt") for a in args]
    return sorted(f[:-5] for f in os.listdir(SPECS) if f.endswith(".json"))


def load_spec(i: str) -> dict:
    with open(os.path.join(SPECS, i + ".json"), encoding="utf-8") as f:
        return json.load(f)


def build(ids: list[str]) -> int:
    os.makedirs(GOLD, exist_ok=True)
    for i in ids:
        try:
            gold = build_one(load_spec(i))
        except (SpecError, KeyError, json.JSONDecodeError) as exc:
            print(f"{i}: {exc}")
            return 1
        with open(os.path.join(GOLD, i + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built {len(ids)} gold file(s)")
    return 0


# Date-like strings the check expects a gold date (or a not_dates entry) to cover.
DATE_LIKE = {
    "ko": re.compile(r"[’‘'`]\d{2}(?:\.\d{1,2})?|\d{1,4}\s?년|\d{1,2}\s?월|\d{1,2}\s?일|\d{1,2}\.\s?\d{1,2}\.?(?:\s?\([월화수목금토일]\))?"
                     r"|\d{4}\.\s?\d{1,2}|이날|같은 날|전날|다음날|올해|지난해|내년|작년|금년|올초|연내|상반기|하반기|분기"),
    "en": re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                     r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
                     r"|\b(?:19|20)\d{2}\b|\btoday\b|\byesterday\b|\btomorrow\b|\b(?:last|next|this) (?:year|month|week|quarter)\b"
                     r"|\b(?:first|second|third|fourth) (?:quarter|half)\b|\bQ[1-4]\b", re.I),
    "zh": re.compile(r"\d{1,4}\s?年|\d{1,2}\s?月|\d{1,2}\s?[日號号]|[今昨明]\s?[（(]\d{1,2}[）)]\s?日|今年|去年|明年|本月|上月|下月|同日|當日|当日"),
}


def check(ids: list[str]) -> int:
    errors = warnings = 0
    for i in ids:
        spec = load_spec(i)
        gp = os.path.join(GOLD, i + ".gold.json")
        if not os.path.exists(gp):
            print(f"{i}: ERROR no gold file (run build)")
            errors += 1
            continue
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
        if build_one(spec) != g:
            print(f"{i}: ERROR gold file is out of date with its spec (run build)")
            errors += 1
        text = read_text(g["document"])
        err, warn = [], []
        for a in g["aliases"]:
            for side in ("name", "alias"):
                sp = a[side]
                if text[sp["start"]:sp["end"]] != sp["text"]:
                    err.append(f"alias {side} {sp['text']!r} does not match its offsets")
                if sp["text"] != sp["text"].strip() or not sp["text"]:
                    err.append(f"alias {side} {sp['text']!r} has edge white space")
        for d in g["dates"]:
            if text[d["start"]:d["end"]] != d["text"]:
                err.append(f"date {d['text']!r} does not match its offsets")
            if not TIMEX.match(d["value"]):
                err.append(f"date {d['text']!r}: value {d['value']!r} is not a calendar TIMEX3 value")
        values = {d["value"] for d in g["dates"]}
        if g.get("dateline") and g["dateline"]["date"] not in values:
            err.append("the dateline date is not among the dates")
        flat = re.sub(r"[(（][^()（）]*[)）]", "", text)
        names = {}
        for o in g["organisations"]:
            for n in [o["name"]] + o.get("also_accept", []) + ([o["english_name"]] if o.get("english_name") else []):
                if n not in text and n not in flat:
                    err.append(f"organisation form {n!r} does not occur in the text")
                names[n] = o["name"]
            if o["name"] in [x["name"] for x in g["organisations"] if x is not o]:
                err.append(f"organisation {o['name']!r} listed twice")
        for e in g["events"]:
            if e["type"] not in TYPES:
                err.append(f"event type {e['type']!r}")
            if e["status"] not in STATUS:
                err.append(f"event status {e['status']!r}")
            if e["date"] not in values:
                err.append(f"event {e['type']} {e['date']}: date is not a gold date value")
            if e["trigger"] not in text:
                err.append(f"event trigger {e['trigger']!r} not in the text")
            for p in ([e["subject"]] if e["subject"] else []) + list(e["participants"] or []):
                if p not in names:
                    err.append(f"event {e['type']} {e['date']}: {p!r} is not an organisation form")
        # coverage: brackets and date-like strings
        covered = {(a["alias"]["start"], a["alias"]["end"]) for a in g["aliases"]}
        skip_al = [x["text"] for x in spec.get("not_aliases", [])]
        for m in re.finditer(r"[(（]([^()（）]{1,80})[)）]", text):
            inner = m.group(1)
            if any(s <= m.end(1) and e >= m.start(1) for s, e in covered):
                continue
            if any(k in inner for k in skip_al) or not re.search(r"[A-Za-z\u3131-\uD7A3\u4E00-\u9FFF]", inner):
                continue
            warn.append(f"bracket at {m.start()} not covered: {text[max(0, m.start() - 12):m.end()]!r}")
        spans = [(d["start"], d["end"]) for d in g["dates"]]
        skip_d = [x["text"] for x in spec.get("not_dates", [])]
        for m in DATE_LIKE[g["lang"]].finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            ctx = text[max(0, m.start() - 8):m.end() + 8]
            if any(k in ctx for k in skip_d):
                continue
            warn.append(f"date-like at {m.start()} not covered: {ctx!r}")
        for x in err:
            print(f"{i}: ERROR {x}")
        for x in warn:
            print(f"{i}: warning {x}")
        errors += len(err)
        warnings += len(warn)
    print(f"{len(ids)} file(s): {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def show(i: str) -> int:
    g_path = os.path.join(GOLD, i + ".gold.json")
    with open(g_path, encoding="utf-8") as f:
        g = json.load(f)
    text = read_text(g["document"])
    marks = []
    for a in g["aliases"]:
        marks += [(a["name"]["start"], 0, "["), (a["name"]["end"], 1, "|"), (a["alias"]["end"], 1, "]")]
    for d in g["dates"]:
        marks += [(d["start"], 0, "{"), (d["end"], 1, "=" + d["value"] + "}")]
    out, last = [], 0
    for pos, _, m in sorted(marks, key=lambda x: (x[0], x[1])):
        out.append(text[last:pos])
        out.append(m)
        last = pos
    out.append(text[last:])
    print("".join(out))
    print("\norganisations:")
    for o in g["organisations"]:
        print(" ", o["name"], "|", o.get("english_name"), "|", ", ".join(o.get("also_accept", [])))
    print("events:")
    for e in g["events"]:
        print(" ", e["type"], e["date"], e["trigger"], "| subject:", e["subject"], "| participants:",
              ", ".join(e["participants"] or []), "|", e["status"])
    return 0


def find(i: str, needle: str) -> int:
    spec = load_spec(i) if os.path.exists(os.path.join(SPECS, i + ".json")) else {"document": i + ".txt"}
    text = read_text(spec["document"])
    for o in occurrences(text, needle):
        print(o, repr(text[max(0, o - 20):o + len(needle) + 20]))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in ("build", "check", "show", "find"):
        print(__doc__)
        return 2
    cmd, args = argv[1], argv[2:]
    if cmd == "build":
        return build(spec_ids(args))
    if cmd == "check":
        return check(spec_ids(args))
    if cmd == "show":
        return show(spec_ids(args[:1])[0])
    return find(spec_ids(args[:1])[0], args[1])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
