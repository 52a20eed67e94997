#!/usr/bin/env python3
"""Check every corpus/gold/*.gold.json against its release text. Exit 1 on any error.

Errors (exit status 1):
  - release file: not UTF-8, has a BOM, not NFC, has CR, does not end with a newline
  - gold shape: missing/unknown top-level keys, bad dateline, bad alias/date/event records
  - every span: text[start:end] == span text (offsets are Python code-point indices)
  - alias: the name ends before the alias starts and a bracket opens between them
  - date value: TIMEX3-style (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, YYYY-Wnn,
    P<n>Y/M/W/D, or an interval START/END of those)
  - event: known type and status; date equal to the value of a gold date of the document;
    trigger present in the text; subject and participants named in `organisations`
  - organisation: its name and each also_accept string appear in the text (directly, or once
    bracket groups such as `(Tianjin Huawei Kunpeng)` are removed)
  - dateline date equal to a gold date value
Warnings (printed, not fatal): bracket groups not covered by any alias, and date-like strings
not covered by any gold date, unless acknowledged in tools/exclusions.json (written by
build_gold.py from the specs' NOT_ALIASES / NOT_DATES with a reason each).

usage: check_gold.py [--root DIR] [-v] [GOLD_DIR]   (default: corpus/gold; -v lists acknowledged exclusions)
"""
import json
import os
import re
import sys
import unicodedata

from corpus_root import MAIN, corpus_root

CORPUS = corpus_root()
HERE = os.path.join(CORPUS, "tools")
MAIN_GOLD = os.path.join(MAIN, "gold")
EVENT_TYPES = {"founding", "approval", "designation", "agreement", "launch", "investment",
               "acquisition", "appointment", "award", "listing", "opening", "meeting", "visit", "announcement", "other"}
STATUSES = {"occurred", "planned", "negated"}
POINT = r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|W\d{2}))?"
VALUE_RE = re.compile(rf"^(?:{POINT}(?:/{POINT})?|P\d+[YMWD])$")
# Byte-identical copies of ../shared/acceptance releases: kept exactly as shipped (same
# sha256), so the missing final newline of the seed is acknowledged instead of fixed.
SEED_COPIES = {"tianjin-binhai.ko.txt"}
TOP_KEYS = ["document", "lang", "dateline", "aliases", "organisations", "dates", "events"]
BRACKET_RE = re.compile(r"[(（]([^()（）]*)[)）]")
DATE_CANDIDATES = {
    "ko": r"\d{4}년|\d{1,2}월|\d{1,2}(?:~\d{1,2})?일|\d분기|[상하]반기|지난해|작년|올해|금년|내년|이날|"
          r"오늘|어제|내일|지난달|이달|다음 달|\d+년간|\d+개월|사흘|이틀|나흘|\d+주|연말|연초",
    "en": r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)|\b(?:19|20)\d{2}\b|"
          r"\b(?:today|yesterday|tomorrow|tonight)\b|\b(?:last|next|this|same) (?:year|month|week)\b|"
          r"\b(?:quarter|half)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
          r"\b\w+ (?:years?|months?|weeks?|days?)\b",
    "zh": r"\d{4}年|\d{1,2}月|\d{1,2}日|今日|今天|昨天|明天|去年|今年|明年|上月|本月|下月|上周|本周|"
          r"下周|同年|同月|季度|[上下]半年|\d+年[间内]",
}


def covers(text, t, s, e):
    """True when an occurrence of t in text spans [s, e)."""
    i = text.find(t)
    while i != -1:
        if i <= s and e <= i + len(t):
            return True
        i = text.find(t, i + 1)
    return False


def strip_brackets(text):
    return re.sub(r"[(（][^()（）]*[)）]", "", text)


def check_file(path, exclusions):
    errors, warnings, acknowledged = [], [], []
    try:
        gold = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"cannot read gold: {e}"], [], []
    doc = gold.get("document")
    src = os.path.join(CORPUS, doc or "")
    try:
        raw = open(src, "rb").read()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError, TypeError) as e:
        return [f"cannot read release {doc!r}: {e}"], [], []
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("release starts with a BOM")
    if unicodedata.normalize("NFC", text) != text:
        errors.append("release is not NFC")
    if "\r" in text:
        errors.append("release has CR characters")
    if not text.endswith("\n"):
        if doc in SEED_COPIES:
            acknowledged.append("release does not end with a newline [byte-identical copy of the "
                                "acceptance seed; offsets are unaffected]")
        else:
            errors.append("release does not end with a newline")
    if os.path.basename(path) != doc[:-len(".txt")] + ".gold.json":
        errors.append(f"gold file name does not match document {doc!r}")
    if list(gold.keys()) != TOP_KEYS:
        errors.append(f"top-level keys {list(gold.keys())} != {TOP_KEYS}")
    lang = gold.get("lang")
    if lang not in ("ko", "en", "zh") or not doc.endswith(f".{lang}.txt"):
        errors.append(f"lang {lang!r} does not match file name")

    def span(where, s):
        if not isinstance(s, dict) or set(s) != {"text", "start", "end"}:
            errors.append(f"{where}: span must be {{text,start,end}}: {s!r}")
            return None
        if text[s["start"]:s["end"]] != s["text"]:
            errors.append(f"{where}: text[{s['start']}:{s['end']}] == {text[s['start']:s['end']]!r}"
                          f" != {s['text']!r}")
            return None
        return s["start"], s["end"]

    covered_brackets = []
    seen = set()
    for i, a in enumerate(gold.get("aliases", [])):
        n = span(f"alias {i} name", a.get("name"))
        al = span(f"alias {i} alias", a.get("alias"))
        if set(a) - {"name", "alias", "named"} or a.get("named", True) not in (True, False):
            errors.append(f"alias {i}: unexpected fields {sorted(a)}")
        if n and al:
            key = (n, al)
            if key in seen:
                errors.append(f"alias {i}: duplicate pair")
            seen.add(key)
            between = text[n[1]:al[0]]
            if n[1] > al[0] or not any(c in "(（" for c in between):
                errors.append(f"alias {i}: no opening bracket between name and alias ({between!r})")
            covered_brackets.append(al)

    org_names = set()
    plain = strip_brackets(text)
    for i, o in enumerate(gold.get("organisations", [])):
        if set(o) != {"name", "english_name", "also_accept"}:
            errors.append(f"organisation {i}: keys {sorted(o)}")
            continue
        for n in [o["name"]] + list(o["also_accept"]) + ([o["english_name"]] if o["english_name"] else []):
            if n not in text and n not in plain:
                errors.append(f"organisation {o['name']!r}: {n!r} does not occur in the text")
        if o["name"] in org_names:
            errors.append(f"organisation {o['name']!r} listed twice")
        org_names.add(o["name"])
        org_names.update(o["also_accept"])

    values = set()
    date_spans = []
    for i, d in enumerate(gold.get("dates", [])):
        if set(d) != {"text", "value", "start", "end"}:
            errors.append(f"date {i}: keys {sorted(d)}")
            continue
        s = span(f"date {i} ({d['text']})", {k: d[k] for k in ("text", "start", "end")})
        if not VALUE_RE.match(str(d["value"])):
            errors.append(f"date {i} ({d['text']}): value {d['value']!r} is not TIMEX3-style")
        values.add(d["value"])
        if s:
            if s in date_spans:
                errors.append(f"date {i}: duplicate span")
            date_spans.append(s)

    dl = gold.get("dateline")
    if dl is not None:
        if set(dl) != {"location", "date"}:
            errors.append(f"dateline keys {sorted(dl)}")
        elif dl["date"] not in values:
            errors.append(f"dateline date {dl['date']!r} is not among the gold dates")
        elif dl["location"] not in text.split("\n", 1)[0]:
            errors.append(f"dateline location {dl['location']!r} not in the first line")

    for i, e in enumerate(gold.get("events", [])):
        need = {"type", "date", "trigger", "subject", "participants", "status"}
        if not need <= set(e):
            errors.append(f"event {i}: missing {sorted(need - set(e))}")
            continue
        if e["type"] not in EVENT_TYPES:
            errors.append(f"event {i}: unknown type {e['type']!r}")
        if e["status"] not in STATUSES:
            errors.append(f"event {i}: unknown status {e['status']!r}")
        if e["date"] not in values:
            errors.append(f"event {i} ({e['type']} {e['trigger']}): date {e['date']!r} is not a gold date value")
        if e["trigger"] not in text:
            errors.append(f"event {i}: trigger {e['trigger']!r} not in text")
        for p in ([e["subject"]] if e["subject"] else []) + list(e["participants"]):
            if p not in org_names:
                errors.append(f"event {i} ({e['type']} {e['trigger']}): {p!r} is not an organisation")

    # completeness warnings
    excl = exclusions.get(doc, {"aliases": [], "dates": []})
    for m in BRACKET_RE.finditer(text):
        g0, g1 = m.span(1)
        if any(g0 <= a0 and a1 <= g1 for a0, a1 in covered_brackets):
            continue
        inner = m.group(1)
        reason = next((r for t, r in excl["aliases"] if t == inner), None)
        (acknowledged if reason else warnings).append(
            f"bracket ({inner}) at {m.start()}: not an alias" + (f" [{reason}]" if reason else ""))
    for m in re.finditer(DATE_CANDIDATES.get(lang, "$^"), text, re.I if lang == "en" else 0):
        s, e = m.span()
        if any(s < d1 and d0 < e for d0, d1 in date_spans):
            continue
        ctx = text[max(0, s - 12):e + 12].replace("\n", " ")
        reason = next((r for t, r in excl["dates"] if covers(text, t, s, e)), None)
        (acknowledged if reason else warnings).append(
            f"date-like {m.group()!r} at {s} ('{ctx}') not in gold" + (f" [{reason}]" if reason else ""))
    return errors, warnings, acknowledged


def main(argv):
    pos = [a for a in argv[1:] if not a.startswith("-")]
    gold_dir = pos[0] if pos else os.path.join(CORPUS, "gold")
    excl_path = os.path.join(HERE, "exclusions.json")
    exclusions = json.load(open(excl_path, encoding="utf-8")) if os.path.exists(excl_path) else {}
    files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".gold.json"))
    n_err = n_warn = 0
    for f in files:
        errors, warnings, ack = check_file(os.path.join(gold_dir, f), exclusions)
        g = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        counts = {k: len(g.get(k, [])) for k in ("aliases", "organisations", "dates", "events")}
        named = sum(1 for a in g.get("aliases", []) if a.get("named", True))
        status = "OK " if not errors else "ERR"
        print(f"{status} {f}: aliases={counts['aliases']} (named {named}) organisations="
              f"{counts['organisations']} dates={counts['dates']} events={counts['events']}"
              f" | warnings={len(warnings)} acknowledged={len(ack)}")
        for e in errors:
            print(f"    ERROR {e}")
        for w in warnings:
            print(f"    warning {w}")
        if "-v" in argv:
            for a in ack:
                print(f"    ack {a}")
        n_err += len(errors)
        n_warn += len(warnings)
    # cross-document groups: every listed name is an organisation of that document's gold
    cross = os.path.join(CORPUS, "cross-document.json")
    if os.path.exists(cross):
        groups = json.load(open(cross, encoding="utf-8"))["groups"]
        bad = 0
        for grp in groups:
            for m in grp["mentions"]:
                gp = os.path.join(gold_dir, m["document"][:-len(".txt")] + ".gold.json")
                if not os.path.exists(gp):
                    # a mention in the tuning corpus, named from the held-out set's groups
                    gp = os.path.join(MAIN_GOLD, m["document"][:-len(".txt")] + ".gold.json")
                names = ({o["name"] for o in json.load(open(gp, encoding="utf-8"))["organisations"]}
                         if os.path.exists(gp) else set())
                if m["name"] not in names:
                    bad += 1
                    print(f"    ERROR cross-document.json: {m['name']!r} is not an organisation of {m['document']}")
        print(f"cross-document.json: {len(groups)} groups, "
              f"{sum(len(g['mentions']) for g in groups)} mentions, {bad} errors")
        n_err += bad
    print(f"{len(files)} gold files, {n_err} errors, {n_warn} warnings")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
