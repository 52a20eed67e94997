"""Dated events: a trigger, the date of its clause, who did it and who else took part.

Per sentence, split into clauses (Korean: at coordinating endings such as `-며`, `-고`, `-지만`
and at `;`; English and Chinese: at `;` and `, and`). In a clause the *last* trigger is the event
(Korean is head-final: in `승인을 받아 설립되었다` the founding is the event and the approval a
circumstance, whose organisations become the event's authorities). A clause without a date gives
no event: a document date counts only when the text says so (`이날`, `today`), which the dates
stage already resolved into a timex of that clause.

Subjects: an organisation before a topic or subject particle (`…지구는`, `…가`), or, for English
and Chinese, the first organisation before the trigger; a clause without one takes the subject
of the clause before it, and `이 지구는`, `동사는`, `the company` refer back to it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .triggers import EN, KO, KO_LIGHT_VERBS, KO_NOUN_OBJECTS, NEGATED, PLANNED, ZH

_KO_SPLIT_ENDINGS = ("며", "으며", "고", "지만", "는데", "으나", "나")
_ANAPHORS = {
    "ko": re.compile(r"^(?:이|해당|동|그)\s?(?:지구|회사|기업|기관|업체|그룹|은행|대학|연구소|센터)(?:는|은|가|이)?$|^동사(?:는|가)?$"),
    "en": re.compile(r"^(?:the|The)\s(?:company|firm|group|zone|bank|institute|agency|ministry|startup|university)$|^(?:It|it)$"),
    "zh": re.compile(r"^(?:该|本)(?:公司|集团|企业|机构|园区|区)$"),
}


def find_events(doc: Doc) -> list[dict]:
    lang = doc.lang_
    timexes = [t for t in (doc._.timexes or []) if t["type"] in ("DATE", "TIME") and t["value"]
               and t["value"] != "PRESENT_REF" and not _in_dateline(doc, t)]
    orgs = doc._.orgs or []
    mentions = sorted(((m["start"], m["end"], o) for o in orgs for m in o["mentions"]), key=lambda x: x[0])
    events: list[dict] = []
    subject = None
    for sent in doc.sents:
        for clause in _clauses(sent, lang):
            c_start, c_end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
            found_subject = _subject(doc, clause, mentions, lang)
            if found_subject == "anaphor":
                found_subject = subject
            if found_subject:
                subject = found_subject
            triggers = _triggers(clause, lang)
            if not triggers:
                continue
            main = _main_trigger(triggers)
            tok, etype = main
            dates = [t for t in timexes if c_start <= t["start"] and t["end"] <= c_end]
            if not dates:
                continue
            date = min(dates, key=lambda t: abs(t["start"] - tok.idx) + (0 if t["start"] < tok.idx else 1))
            participants = _participants(doc, clause, mentions, subject, triggers, main, lang)
            status = _status(doc.text[c_start:c_end], doc.text[tok.idx:c_end], lang)
            s_text = sent.text.rstrip()
            events.append({
                "type": etype,
                "trigger": {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text), "lemma": tok.lemma_ or None},
                "date": {"start": date["start"], "end": date["end"], "text": date["text"], "value": date["value"],
                         "grain": date["grain"]},
                "participants": participants,
                "sentence": {"text": s_text, "start": sent.start_char, "end": sent.start_char + len(s_text)},
                "confidence": round(0.5 + (0.3 if any(p["role"] == "subject" for p in participants) else 0.0)
                                    + (0.1 if date["grain"] in ("day", "month", "year") else 0.0), 2),
                "status": status,
            })
    return events


def _in_dateline(doc: Doc, t: dict) -> bool:
    dl = doc._.dateline
    return bool(dl) and dl["start"] <= t["start"] < dl["end"]


def _clauses(sent: Span, lang: str) -> list[list]:
    clauses, cur = [], []
    toks = [t for t in sent if not t.is_space]
    for i, t in enumerate(toks):
        cur.append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        split = t.text in (";", "；")
        if lang == "ko":
            last_tag = t.tag_.split("+")[-1]
            split |= last_tag == "EC" and t.text in _KO_SPLIT_ENDINGS and bool(t.whitespace_ or (nxt and nxt.text == ","))
        else:
            split |= t.text in (",", "，") and nxt is not None and nxt.lower_ in ("and", "while", "but", "并", "同时")
        if split and nxt is not None:
            clauses.append(cur)
            cur = []
    if cur:
        clauses.append(cur)
    return clauses


def _triggers(clause: list, lang: str) -> list[tuple]:
    out = []
    for i, t in enumerate(clause):
        if lang == "ko":
            etype = KO.get(t.text) or KO.get(t.lemma_.split("+")[0]) or KO_NOUN_OBJECTS.get(t.text)
            if etype and _ko_verbal(clause, i):
                out.append((t, etype))
        elif lang == "zh":
            if t.text in ZH:
                out.append((t, ZH[t.text]))
        else:
            etype = EN.get(t.lower_)
            if etype and not (t.lower_ in ("launch", "release", "listing", "agreement", "investment", "acquisition",
                                          "approval", "open", "sign", "invest", "acquire", "appoint")
                              and not _en_verb_context(clause, i)):
                out.append((t, etype))
    return out


def _ko_verbal(clause: list, i: int) -> bool:
    """A Korean trigger noun used as a verb: 하다/되다 glued to it, or a light verb after its
    particle (`승인을 받아`, `MOU를 맺었다`, `인수를 완료했다`)."""
    t = clause[i]
    if t.tag_.startswith(("VV", "VA")):
        return True
    for nxt in clause[i + 1:i + 4]:
        tag = nxt.tag_.split("+")[0]
        if tag in ("XSV", "XSA") or nxt.lemma_.split("+")[0] in ("하다", "되다"):
            return True
        if nxt.lemma_.split("+")[0] in KO_LIGHT_VERBS or (tag.startswith("VV") and nxt.lemma_.split("+")[0] in KO_LIGHT_VERBS):
            return True
        if tag.startswith("VV") and nxt.lemma_.split("+")[0] not in KO_LIGHT_VERBS:
            return False
        if not tag.startswith(("J", "XSN", "NNG", "SL", "VV")):
            return False
    return False


def _en_verb_context(clause: list, i: int) -> bool:
    """A base-form English trigger counts after `will`, `to`, `plans to`, or as a noun after `the`
    with a date nearby (`the launch of X on May 1`)."""
    prev = clause[i - 1].lower_ if i else ""
    return prev in ("will", "to", "the", "its", "a", "would", "shall")


def _main_trigger(triggers: list[tuple]) -> tuple:
    specific = [t for t in triggers if t[1] != "announcement"]
    return (specific or triggers)[-1]


def _subject(doc: Doc, clause: list, mentions, lang: str):
    text = doc.text
    c_start = clause[0].idx
    c_end = clause[-1].idx + len(clause[-1].text)
    if lang == "ko":
        for s, e, org in mentions:
            if c_start <= s and e <= c_end:
                after = text[e:e + 2]
                if re.match(r"(?:는|은|가|이)(?:\s|$)", after) or re.match(r"(?:는|은|가|이)\s", text[e:e + 3]):
                    return org
        head = text[c_start:c_end].split(" ", 2)
        if len(head) >= 2 and _ANAPHORS["ko"].match(" ".join(head[:2])) or head and _ANAPHORS["ko"].match(head[0]):
            return "anaphor"
        return None
    for s, e, org in mentions:
        if c_start <= s and e <= c_end:
            return org
    m = re.match(r"\s*((?:[Tt]he\s\w+)|It|该\w{2}|本\w{2})", text[c_start:c_end])
    if m and _ANAPHORS[lang].match(m.group(1)):
        return "anaphor"
    return None


def _participants(doc: Doc, clause: list, mentions, subject, triggers, main, lang: str) -> list[dict]:
    text = doc.text
    c_start = clause[0].idx
    c_end = clause[-1].idx + len(clause[-1].text)
    out = []
    if subject:
        out.append({"org_key": subject["org_key"], "name": subject["name"], "role": "subject"})
    approvals = [t.idx for t, kind in triggers if kind in ("approval", "designation") and t is not main[0]]
    for s, e, org in mentions:
        if not (c_start <= s and e <= c_end) or (subject and org["org_key"] == subject["org_key"]):
            continue
        if any(p["org_key"] == org["org_key"] for p in out):
            continue
        after = text[e:e + 3]
        if lang == "ko":
            if after.startswith(("에서", "으로부터", "로부터")) or any(s < a for a in approvals) \
                    or (main[1] in ("approval", "designation") and s < main[0].idx):
                role = "authority"
            elif after.startswith(("와", "과", "와의", "과의")) and main[1] in ("agreement", "investment"):
                role = "partner"
            elif main[1] in ("acquisition", "investment") and after.startswith(("를", "을")):
                role = "object"
            else:
                role = "other"
        else:
            before = text[max(c_start, s - 6):s].lower()
            if main[1] in ("agreement",) and ("with" in before or "与" in before or "和" in before):
                role = "partner"
            elif main[1] in ("acquisition", "investment") and s > main[0].idx:
                role = "object"
            elif main[1] in ("approval", "designation") and ("by" in before or "from" in before):
                role = "authority"
            else:
                role = "other"
        out.append({"org_key": org["org_key"], "name": org["name"], "role": role})
    return out


def _status(clause_text: str, after_trigger: str, lang: str) -> str:
    if lang == "ko":
        if any(w in after_trigger for w in NEGATED["ko"]) and re.search(r"(?:지\s?(?:않|못)|안\s|못\s)", after_trigger):
            return "negated"
        if any(w in after_trigger for w in PLANNED["ko"]):
            return "planned"
        return "occurred"
    low = " " + clause_text.lower() + " "
    if lang == "en":
        if re.search(r"\b(?:did not|does not|has not|have not|had not|didn't|won't|will not|never)\b", low):
            return "negated"
        if re.search(r"\b(?:will|plans to|expects to|is to|intends to|aims to|is set to|is expected to)\b", low):
            return "planned"
        return "occurred"
    if any(w in clause_text for w in ("未", "没有")):
        return "negated"
    if any(w in clause_text for w in PLANNED["zh"]):
        return "planned"
    return "occurred"
