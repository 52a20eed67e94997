"""Aliases (twenty-sixth session): a news agency's byline mark (`김민지 기자 = …`) ends the Korean name of a
bracketed rendering, and what it leaves is no organisation. A sentence written here; the firms are invented."""
from pipeline.api import extract


def test_a_byline_mark_ends_the_name_before_an_acronym():
    out = extract("(서울=한빛뉴스) 이하늘 기자 = 반도체 위탁생산(FDRY) 기업 가람칩스가 미국 기업 셀로닉(Celonic)을 인수한다.",
                  lang="ko", anchor="2025-03-04")
    names = {a.name.text: a.alias.text for a in out["aliases.jsonl"]}
    assert names.get("반도체 위탁생산") == "FDRY"
    assert not any("=" in n or "기자" in n for n in names)
    assert not any("기자" in o.name for o in out["organisations.jsonl"])
