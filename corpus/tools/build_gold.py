#!/usr/bin/env python3
"""Build corpus/gold/<doc>.gold.json from the hand-written specs in corpus/tools/specs/
(or, with `--root corpus/heldout`, the held-out set's).

A spec names every annotation by its text only; this script finds the offsets in the release
text (read as UTF-8, Python code-point indices, end exclusive), so no offset is ever typed by
hand. It stops with an error when a span cannot be found where the spec says it is.

Spec module fields (see any file in specs/ for an example):
  DOCUMENT  release file name, e.g. "busan-port-fuel.ko.txt"
  LANG      "ko" | "en" | "zh"
  DATELINE  (location, ISO date) or None
  ALIASES   [(name, alias) or (name, alias, False)], in document order; False = term
            translation ("named": false). The name is the first occurrence (from the previous
            pair's name on) that is followed by bracket groups one of which contains the alias.
  ORGS      [(name, english_name or None, [also_accept, ...])]
  DATES     [(text, value) or (text, value, context)], in document order. Each text is searched
            from the end of the previous date; with a context, the context is searched and the
            text is taken inside it. A date must not start in the middle of a number or word.
  EVENTS    [(type, date, trigger, subject, [participants], status)]
  NOT_ALIASES, NOT_DATES  [(text, reason)]: bracket contents and date-like strings that are
            deliberately left out of the gold; check_gold.py reports them as acknowledged.

usage: build_gold.py [SPEC_NAME ...]   (default: every spec)
"""
import importlib.util
import json
import os
import sys

from corpus_root import corpus_root

CORPUS = corpus_root()
HERE = os.path.join(CORPUS, "tools")
SPECS = os.path.join(HERE, "specs")
GOLD = os.path.join(CORPUS, "gold")
EXCLUSIONS = os.path.join(HERE, "exclusions.json")

OPEN, CLOSE = "(（", ")）"


class SpecError(Exception):
    pass


def load_spec(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3].replace(".", "_"), path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_text(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        return f.read()


def bracket_groups_after(text, pos):
    """Yield (inner_start, inner_end) of the bracket groups that follow text[pos:] directly
    (spaces allowed between them), e.g. the two groups of `디엠씨씨(DMCC)(Dubai ...)`."""
    i = pos
    while True:
        j = i
        while j < len(text) and text[j] == " ":
            j += 1
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


def locate_alias(text, name, alias, cursor):
    start = text.find(name, cursor)
    while start != -1:
        end = start + len(name)
        for g0, g1 in bracket_groups_after(text, end):
            a = text.find(alias, g0, g1)
            if a != -1:
                return (start, end), (a, a + len(alias))
        start = text.find(name, start + 1)
    raise SpecError(f"alias pair not found: {name!r} ({alias!r}) after offset {cursor}")


def word_char(c):
    return c.isalnum() and c.isascii()


def locate_date(text, item, cursor):
    t = item[0]
    ctx = item[2] if len(item) > 2 else None
    if ctx:
        c = text.find(ctx, cursor)
        if c == -1:
            raise SpecError(f"date context not found: {ctx!r} after {cursor}")
        s = text.find(t, c, c + len(ctx))
        if s == -1:
            raise SpecError(f"date {t!r} not inside its context {ctx!r}")
        return s, s + len(t)
    s = text.find(t, cursor)
    while s != -1:
        before = text[s - 1] if s > 0 else " "
        after = text[s + len(t)] if s + len(t) < len(text) else " "
        ok = not (t[0].isdigit() and before.isdigit())
        ok = ok and not (word_char(t[0]) and word_char(before))
        ok = ok and not (word_char(t[-1]) and word_char(after))
        ok = ok and not (t[-1].isdigit() and after.isdigit())
        if ok:
            return s, s + len(t)
        s = text.find(t, s + 1)
    raise SpecError(f"date not found: {t!r} after offset {cursor}")


def build(spec_path):
    m = load_spec(spec_path)
    text = read_text(m.DOCUMENT)
    gold = {"document": m.DOCUMENT, "lang": m.LANG,
            "dateline": ({"location": m.DATELINE[0], "date": m.DATELINE[1]} if m.DATELINE else None)}
    aliases, cursor = [], 0
    for item in m.ALIASES:
        name, alias = item[0], item[1]
        named = item[2] if len(item) > 2 else True
        (n0, n1), (a0, a1) = locate_alias(text, name, alias, cursor)
        cursor = n0
        rec = {"name": {"text": name, "start": n0, "end": n1},
               "alias": {"text": alias, "start": a0, "end": a1}}
        if not named:
            rec["named"] = False
        aliases.append(rec)
    gold["aliases"] = aliases
    gold["organisations"] = [{"name": n, "english_name": e, "also_accept": list(a)} for n, e, a in m.ORGS]
    dates, cursor = [], 0
    for item in m.DATES:
        s, e = locate_date(text, item, cursor)
        cursor = e
        dates.append({"text": item[0], "value": item[1], "start": s, "end": e})
    gold["dates"] = dates
    gold["events"] = [{"type": t, "date": d, "trigger": tr, "subject": su, "participants": list(p), "status": st}
                      for t, d, tr, su, p, st in m.EVENTS]
    out = os.path.join(GOLD, m.DOCUMENT[:-len(".txt")] + ".gold.json")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    excl = {"aliases": [list(x) for x in getattr(m, "NOT_ALIASES", [])],
            "dates": [list(x) for x in getattr(m, "NOT_DATES", [])]}
    return m.DOCUMENT, out, excl


def main(argv):
    names = argv[1:] or sorted(f[:-3] for f in os.listdir(SPECS) if f.endswith(".py"))
    exclusions = {}
    if os.path.exists(EXCLUSIONS):
        exclusions = json.load(open(EXCLUSIONS, encoding="utf-8"))
    failed = 0
    for n in names:
        try:
            doc, out, excl = build(os.path.join(SPECS, n + ".py"))
            exclusions[doc] = excl
            print(f"wrote {os.path.relpath(out, CORPUS)}")
        except SpecError as e:
            failed += 1
            print(f"ERROR {n}: {e}")
    with open(EXCLUSIONS, "w", encoding="utf-8", newline="\n") as f:
        json.dump(dict(sorted(exclusions.items())), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
