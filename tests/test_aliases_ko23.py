"""Korean aliases: a Latin name with its head's title and name in brackets (`KOTRA(사장 강경성)`) gives no
pair, the bracket names who heads the body; a short form after the head (`(원장 황종성, 이하 ‘NIA’)`)
still does. The sentences are written for these tests."""
from pipeline import extract


def pairs(text):
    return [(a.name.text, a.alias.text) for a in extract(text, lang="ko", anchor="2026-11-05")["aliases.jsonl"]]


def test_a_heads_title_and_name_in_brackets_is_no_rendering():
    assert pairs("KOTRA(사장 강경성)는 3일 수출 설명회를 열었다.") == []
    assert pairs("KITA(회장 윤진식)는 3일 포럼을 열었다.") == []


def test_a_short_form_after_the_head_still_pairs():
    assert ("한빛지능정보원", "NIA") in pairs("한빛지능정보원(원장 황민성, 이하 ‘NIA’)은 3일 시상식을 개최했다.")
    assert pairs("UNIST(울산과학기술원)는 3일 협약을 맺었다.") == [("UNIST", "울산과학기술원")]
