"""Aliases: a bracket that gives a number and its unit of measure says how long or large a thing is
(`서해선 구간(90.0km)`, `신청사(3만㎡)`), no rendering of its name; names written with digits stay
(`3M`). The sentences are written for these tests."""
from pipeline import extract


def pairs(text, lang="ko"):
    out = extract(text, lang=lang, anchor="2026-12-04")
    return {(a.name.text, a.alias.text) for a in out.get("aliases.jsonl", [])} | {
        (t.term.text, t.rendering.text) for t in out.get("terms.jsonl", [])}


def test_a_measure_in_brackets_is_no_rendering():
    found = pairs("국토교통부는 누리선 복선전철 한빛~누리 구간(90.0km) 공사를 마무리하고, 신청사(연면적 3만㎡)와 "
                  "태양광 단지(585ha)를 준공했다고 4일 밝혔다.")
    assert not any(r[:1].isdigit() for _, r in found), found


def test_a_name_written_with_a_digit_still_renders():
    assert ("쓰리엠", "3M") in pairs("한빛시는 4일 쓰리엠(3M)과 업무협약을 체결했다.")
