"""Events: genre forms of the sixteenth session (own-written releases; see corpus/real/README)."""
from pipeline.stages.events import run_example

ORGS = [("한빛시", "government"), ("누리해양부", "government")]


def _events(lang, text, orgs=ORGS, anchor="2025-03-14"):
    return [(e["type"], e["date"]["value"]) for e in run_example(lang, text, anchor, orgs)]


def test_a_korean_gathering_referred_back_to_takes_the_date_it_is_held_on():
    # the lede names the fair without its date; `이번 박람회는 … 열린다` gives it
    text = ("한빛시는 ‘2025 바다 먹거리 박람회’를 개최한다고 밝혔다.\n"
            "이번 박람회는 5월 20일부터 22일까지 3일간 한빛컨벤션센터에서 열린다.")
    assert _events("ko", text) == [("meeting", "2025-05-20/2025-05-22")]


def test_a_korean_gathering_referred_back_to_is_not_held_again_on_a_date_of_another_clause():
    # `이번 면담은 … 가운데 이뤄졌다`: the date is that of what goes on meanwhile, not of the talks
    text = ("누리해양부 장관은 13일 한빛시장과 면담했다.\n"
            "이번 면담은 한빛시가 오는 7월부터 항만 요금 인상을 추진하는 가운데 이뤄졌다.")
    assert ("meeting", "2025-07") not in _events("ko", text)


def test_a_korean_gathering_referred_back_to_and_already_dated_is_one_meeting():
    text = ("한빛시는 5월 20일 한빛컨벤션센터에서 ‘2025 바다 먹거리 박람회’를 개최한다.\n"
            "이번 박람회는 5월 20일 오전 10시 개막식과 함께 열린다.")
    assert _events("ko", text).count(("meeting", "2025-05-20")) == 1


def test_a_korean_plan_announced_is_dated_by_the_day_not_by_the_year_it_covers():
    text = "누리해양부는 13일 정부세종청사에서 올해 해양산업 육성 계획을 발표했다."
    assert _events("ko", text) == [("announcement", "2025-03-13")]
    # the day told in the clause before (`…를 열고, 올해 … 계획을 발표했다`)
    text = "한빛시는 12일 시청에서 시정 설명회를 열고, 올해 주요 사업 추진 계획을 발표했다."
    assert ("announcement", "2025-03-12") in _events("ko", text)
    # with no day told, the year stays
    assert _events("ko", "누리해양부는 올해 업무계획을 발표했다.") == [("announcement", "2025")]


EN_ORGS = [("Harbor Robotics", "company"), ("Gyeonggi Business Agency", "government")]


def test_an_english_founding_told_as_a_noun_with_its_year():
    text = "Since its establishment in 2010, Harbor Robotics has supported over 3,000 warehouses."
    assert _events("en", text, EN_ORGS, "2025-06-10") == [("founding", "2010")]


def test_english_taking_part_in_any_kind_of_gathering_and_running_a_pavilion_at_one():
    text = "More than 50 companies took part in the roadshow on June 2 in Tokyo."
    assert _events("en", text, EN_ORGS, "2025-06-10") == [("meeting", "2025-06-02")]
    text = "Gyeonggi Business Agency operated a Korea Pavilion at the show from June 4 to 6."
    assert _events("en", text, EN_ORGS, "2025-06-10") == [("meeting", "2025-06-04/2025-06-06")]


ZH_ORGS = [("新港市政府文化局", "government")]


def test_a_chinese_exhibition_named_in_corner_brackets_runs_from_the_start_of_its_range():
    text = "「新港藝術特展」自4月20日至6月30日止在新港市美術館展出。"
    assert _events("zh", text, ZH_ORGS, "2025-04-16") == [("meeting", "2025-04-20/2025-06-30")]
    # a deadline alone (`至5月31日止`) dates no gathering
    text = "「新港藝術特展」報名至5月31日止。"
    assert _events("zh", text, ZH_ORGS, "2025-04-16") == []


def test_a_chinese_touring_exhibition_is_a_gathering():
    text = "新港市政府文化局《校園藝術》巡迴展自111年8月30日起在16所學校巡迴展出。"
    assert _events("zh", text, ZH_ORGS, "2025-04-16") == [("meeting", "2022-08-30")]


def test_a_chinese_development_meeting_is_a_meeting_not_a_fair():
    # `發展會議`: the `展會` (a fair) across `發展` and `會議` is no word of it
    text = "新港市長今（16）日主持「新港市產業發展會議」。"
    got = run_example("zh", text, "2025-04-16", ZH_ORGS)
    assert [(e["type"], e["date"]["value"], e["trigger"]["text"]) for e in got] == [("meeting", "2025-04-16", "會議")]


def test_an_english_date_set_before_the_subject_dates_each_verb_of_the_sentence():
    orgs = EN_ORGS + [("Daiwa Trading", "company")]
    text = "In May 2025, Harbor Robotics opened an office in Tokyo and signed a distribution agreement with Daiwa Trading."
    assert _events("en", text, orgs, "2025-06-10") == [("opening", "2025-05"), ("agreement", "2025-05")]
    text = "Last year, Harbor Robotics won the Edison Award, was named to the Forbes AI 50 list, and raised $30 million in Series B funding."
    assert _events("en", text, orgs, "2025-06-10") == [("award", "2024"), ("designation", "2024"), ("investment", "2024")]
    # a verb with a date of its own keeps it; an announcing verb takes no date from the frame
    text = "In March 2016, Harbor Robotics was founded in Boston and launched its first product in 2018."
    assert _events("en", text, orgs, "2025-06-10") == [("founding", "2016-03"), ("launch", "2018")]


def test_a_korean_day_on_a_trip_dates_a_gathering_told_as_later_that_day():
    # (the talks of the visit itself are the visit's: examples/ko.tsv)
    text = "누리해양부 장관은 11일 오전 다솜국 의회를 방문하여 경제위원장을 면담하고, 오후에는 현지 진출 기업 간담회를 개최했다."
    assert _events("ko", text) == [("visit", "2025-03-11"), ("meeting", "2025-03-11")]


def test_korean_commissioning_proclaiming_and_setting_up_a_body_are_events():
    assert _events("ko", "누리해양부는 13일 박지훈 교수를 정부혁신 자문위원장으로 위촉했다.") == [("appointment", "2025-03-13")]
    assert _events("ko", "한빛시는 12일 ‘탄소중립 도시’를 선포했다.") == [("announcement", "2025-03-12")]
    assert _events("ko", "누리해양부는 13일 ‘해양정책 자문위원회’를 발족했다.") in ([("founding", "2025-03-13")], [("launch", "2025-03-13")])


def test_english_honours_named_taken_home_and_list_places_earned():
    got = _events("en", "Harbor Robotics was named a CES 2025 Innovation Awards Honoree.", EN_ORGS, "2025-06-10")
    assert got == [("award", "2025")]
    got = _events("en", "Harbor Robotics took home two awards at the 2024 Logistics Innovation Challenge.", EN_ORGS, "2025-06-10")
    assert got == [("award", "2024")]
    got = _events("en", "Harbor Robotics earned a spot on the 2025 Fortune Change the World list.", EN_ORGS, "2025-06-10")
    assert got == [("designation", "2025")]


def test_a_chinese_year_that_counts_an_edition_dates_nothing():
    text = "今年邁入第九年的「新港藝術季」深受好評，新港市政府文化局再度與基金會合作，推出「光影巴洛克」巡迴展。"
    assert _events("zh", text, ZH_ORGS, "2025-04-16") == []
    # the year told as the time of the verb still dates it (a touring exhibition put on is held: a meeting)
    assert _events("zh", "新港市政府文化局今年推出「光影巴洛克」巡迴展。", ZH_ORGS, "2025-04-16") == [("meeting", "2025")]
