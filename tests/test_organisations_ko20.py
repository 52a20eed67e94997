"""Korean organisations: a foreign name spelled in Hangul with its Latin form and nothing else
(`모아리(Moari)`) is as often a person's, a place's, a product's or a disease's as a body's; it is a
body where the text tells it for one: a kind of body before it, a founding, one of a body's own
nouns after it, or a heading over the list it stands in (pipeline/stages/organisations/exclude.py,
`_told_as_a_body`; data/ko_body_nouns_after.txt). The sentences are written for these tests."""
from pipeline import extract


def orgs(text):
    return {o.name for o in extract(text, lang="ko", anchor="2026-12-06")["organisations.jsonl"]}


def test_a_rendered_name_the_text_never_tells_for_a_body_stays_out():
    assert "모아리" not in orgs("대표단은 헬싱키의 공동주택인 모아리(Moari)를 둘러보았다.")
    assert not orgs("참가자들은 셀바노(Selvano) 풍토병의 확산을 막는 방안을 논의했다.")


def test_a_kind_of_body_before_the_name_tells_it():
    assert "카렐로" in orgs("대표단은 디지털 의료 기업 카렐로(Karelo)를 방문했다.")
    assert "보리안" in orgs("대표단은 공립 어린이집 보리안(Borian)을 방문했다.")


def test_a_founding_before_the_name_tells_it():
    assert "노르케어 핀란드" in orgs("대표단은 수출을 돕기 위해 설립된 노르케어 핀란드(NorCare Finland)를 방문했다.")


def test_a_bodys_own_noun_after_the_name_tells_it():
    assert "스웨리아" in orgs("대표단은 스웨리아(Sweria) 관계자들과 협력 방안을 논의했다.")
    assert "토르벤" in orgs("대표단은 코펜하겐의 토르벤(Torben) 본사를 찾았다.")


def test_a_persons_title_after_the_name_does_not_tell_it():
    assert "바야르 어르덴" not in orgs("대표단은 바야르 어르덴(Bayar Erden) 몽골 환경부 장관과 면담했다.")


def test_a_heading_over_a_list_of_short_lines_tells_every_entry():
    text = ("한식 조리사 10명을 해외 기관에 파견한다. 파견 기관은 다음과 같다.\n\n"
            "해외 호텔\n\n"
            "태국(방콕, 살라완 방콕(Salawan Bangkok))\n\n"
            "칠레(산티아고, 몬테리코 산티아고(Monterico Santiago)) 페루(리마, 카사 알타 리마(Casa Alta Lima))\n\n"
            "농림부 관계자는 “좋은 기회가 될 것”이라고 밝혔다.\n")
    found = orgs(text)
    assert {"살라완 방콕", "몬테리코 산티아고", "카사 알타 리마"} <= found


def test_a_list_after_prose_has_no_heading():
    text = ("대표단은 여러 곳을 들렀다고 밝혔다.\n\n"
            "태국(방콕, 살라완 방콕(Salawan Bangkok))\n")
    assert "살라완 방콕" not in orgs(text)


def test_a_deal_made_with_the_name_tells_it():
    assert "Selvik Interactive" in orgs("다솜게임즈는 다음 달 Selvik Interactive(셀빅 인터랙티브)와 손잡고 신작을 출시한다.")
    assert "마렌토" in orgs("다솜시는 6일 마렌토(Marento)와 업무협약을 체결했다.")


def test_a_line_of_business_word_ends_a_company_name():
    assert "하얼빈 룽청 정밀기계" in orgs("이 산업 체인은 하얼빈 룽청 정밀기계(Harbin Longcheng Precision Machinery)가 이끈다.")


def test_a_rendered_name_the_model_reads_as_a_body_still_needs_the_text_to_tell_it():
    # the entity model reads the care home as a body; the text calls it a facility (`시설`), no body
    assert "할레루프 요양원" not in orgs("대표단은 코펜하겐시가 운영하는 노인요양시설인 할레루프 요양원(Hallerup Plejehjem)을 방문했다.")


def test_a_name_joined_to_a_firm_is_a_firm_beside_it():
    assert {"지멘스 에너지", "노르빅"} <= orgs("이 행사에는 지멘스 에너지(Siemens Energy)와 노르빅(Norvik)이 참가한다.")


def test_a_name_that_modifies_a_noun_after_the_firm_is_no_party():
    assert not any("식각" in n for n in orgs("누리반도체는 한빛전자와 차세대 원자층 식각(ALE) 장비 공급 계약을 맺었다."))


def test_names_listed_before_a_count_and_a_kind_of_firm_are_firms():
    found = orgs("최종 대회에서는 로아텍, 미르랩, 다온소프트 등 총 8개 인공지능 스타트업이 상을 받았다.")
    assert {"로아텍", "미르랩", "다온소프트"} <= found


def test_a_persons_affiliation_before_or_after_the_name_and_before_the_title_is_a_body():
    found = orgs("장관 표창은 누리텔레콤 김하늘 팀장과 박서준 가온씨앤씨 실장이 받았다.")
    assert {"누리텔레콤", "가온씨앤씨"} <= found


def test_a_department_a_place_or_a_person_before_a_name_and_title_is_no_affiliated_body():
    found = orgs("행사에는 창업정책과 김하늘 사무관, 사우디 박서준 대사, 이도윤 방통위 위원장이 참석했다.")
    assert not {"창업정책과", "사우디", "이도윤"} & found


def test_a_quoted_title_with_its_year_is_a_plan_at_every_mention():
    text = ("가람부는 2일 ‘블루오션 2030(Blue Ocean 2030)’ 전략을 발표했다.\n"
            "<참고> 블루오션 2030 주요 과제\n")
    assert "블루오션" not in orgs(text)


def test_a_government_office_building_is_a_place():
    assert "정부세종청사" not in orgs("해양수산부는 2일 정부세종청사에서 전략을 발표했다.")


def test_a_venue_where_a_fair_will_be_held_is_no_body():
    assert "벡스코" not in orgs("해수부는 오는 10월 부산 벡스코(BEXCO)에서 ‘2026 해양 기술 박람회’를 연다.")


def test_a_local_cooperative_is_named_with_its_place_and_its_kind():
    found = orgs("이날 행사에는 다온농협 조합장과 가람수협 관계자 등이 참석했다.")
    assert {"다온농협", "가람수협"} <= found


def test_firms_listed_after_a_kind_share_the_title_of_their_officers():
    found = orgs("대표단은 현지 스타트업인 스카이플로우(Skyflow), 볼트로직(Voltlogic) 대표들과 간담회를 가졌다.")
    assert {"스카이플로우", "볼트로직"} <= found


def test_a_rendering_inside_a_name_is_no_english_name():
    r = extract("정 차관은 노키아(Nokia) 벨연구소 관계자들과 표준화 방안을 논의했다.", lang="ko", anchor="2026-09-14")
    bell = next(o for o in r["organisations.jsonl"] if o.name.endswith("벨연구소"))
    assert bell.english_name is None or "(" not in bell.english_name



def test_a_korean_contraction_of_a_full_name_is_the_same_body():
    from pipeline.stages.organisations.find import _join_contractions
    groups = [{"name": "농업기술진흥원", "names": {"농업기술진흥원"}, "sources": {"suffix"}},
              {"name": "농기진원", "names": {"농기진원"}, "sources": {"model"}},
              {"name": "가람시청", "names": {"가람시청"}, "sources": {"suffix"}}]
    left = _join_contractions(groups)
    assert [g["name"] for g in left] == ["농업기술진흥원", "가람시청"]
    assert "농기진원" in left[0]["names"] and left[0]["sources"] == {"suffix", "model"}
