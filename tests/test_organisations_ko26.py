"""Korean organisations and parties, from releases written as probes: a province or a city with its
own head in brackets opens a clause as its government acting (`경상북도(도지사 …)는 … 체결했다`); a
public body's first word is the place it governs, no short form of it (`빈증성` of `빈증성 인민위원회`);
a deal signed at a body (`투자청에서 … 체결했다`) has it as where, not as the other party. The
sentences are written for these tests."""
from pipeline import extract


def run(text):
    return extract(text, lang="ko", anchor="2026-12-03")


def test_a_province_with_its_governor_in_brackets_acts():
    text = "□ 충청북도(도지사 홍길수)는 27일 몽골 울란바토르시와 우호교류 협정을 체결했다고 밝혔다."
    out = run(text)
    assert "충청북도" in {o.name for o in out["organisations.jsonl"]}
    deal = next(e for e in out["events.jsonl"] if e.type == "agreement")
    assert ("충청북도", "subject") in {(p.name, p.role) for p in deal.participants}


def test_a_public_bodys_place_is_no_short_form_of_it():
    text = "경상남도는 27일 라오스 참파삭주 관광청에서 참파삭주 인민위원회와 관광 협정을 체결했다."
    out = run(text)
    council = next(o for o in out["organisations.jsonl"] if o.name.endswith("인민위원회"))
    assert all(m.text.endswith("인민위원회") for m in council.mentions)
    deal = next(e for e in out["events.jsonl"] if e.type == "agreement")
    roles = {p.name: p.role for p in deal.participants}
    assert roles.get(council.name) == "partner"
    assert all(role != "partner" for name, role in roles.items() if name != council.name)


def test_a_word_for_a_kind_of_firm_before_a_name_describes_it():
    names = {o.name for o in run("협동로봇 전문기업 한결로보틱스(대표 김하늘)는 12일 신제품을 공개했다고 밝혔다.")["organisations.jsonl"]}
    assert "한결로보틱스" in names
    assert not any("전문기업" in n for n in names)


def test_works_named_by_a_word_of_their_own_are_no_corporation():
    names = {o.name for o in run("국토교통부는 경부선 복선전철 공사를 마무리했다고 4일 밝혔다. "
                                 "한국도로공사는 공사 구간을 점검했다.")["organisations.jsonl"]}
    assert "한국도로공사" in names
    assert not any(n.endswith(" 공사") for n in names), names
