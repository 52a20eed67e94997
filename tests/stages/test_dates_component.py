"""The dates stage in a document: what the engine reads that the stage keeps or sets aside."""
import pytest

from pipeline import extract


def dates(text, lang, anchor="2024-10-02"):
    return [(t.text, t.value) for t in extract(text, lang=lang, anchor=anchor)["timexes.jsonl"] if t.type == "DATE"]


@pytest.mark.parametrize("text, lang", [
    ("우리가 만들어가는 ‘지속가능한 내일’을 주제로 열린다.", "ko"),         # a quoted theme
    ("The summit theme is Building Tomorrow for Everyone.", "en"),        # Title Case, mid-sentence
    ("Today’s market rewards speed.", "en"),                              # today's: nowadays
    ("主題為「明天會更好」。", "zh"),
    ("“오늘의 도전, 내일의 기회” 포럼을 열었다.", "ko"),                 # a title with a comma in it
])
def test_figurative_days_are_not_dates(text, lang):
    assert dates(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("市長致詞時表示：「今天很高興與大家齊聚一堂，共同見證新館啟用。」", "zh", ("今天", "2024-10-02")),
    ("局長說「明天起全面開放參觀。」", "zh", ("明天", "2024-10-03")),
    ("장관은 “오늘 회의는 양국 협력의 새로운 출발점”이라고 말했다.", "ko", ("오늘", "2024-10-02")),
])
def test_days_in_quoted_speech_are_dates(text, lang, expected):
    # speech in quotation marks (after a colon, with a sentence's end inside, or a Korean quoting
    # ending after it) says its days as the speaker means them; a quoted title does not
    assert dates(text, lang) == [expected]


def test_a_sentence_opening_today_is_the_release_day():
    assert dates("Today, Hanbit Robotics announced a deal.", "en") == [("Today", "2024-10-02")]


def test_government_release_forms_in_a_document():
    found = dates("□ 한빛부는 2.11.(화) 열린 ｢한-빛 포럼(11.17)｣에 참석했다.\n ○ 이날 회의에서 ’19년 실적을 발표했다.", "ko",
                  anchor="2020-02-12")
    assert ("2.11.(화)", "2020-02-11") in found and ("11.17", "2019-11-17") in found
    assert ("이날", "2020-02-11") in found and ("’19년", "2019") in found   # the happening, not the aside


def test_the_nth_day_of_an_event_is_no_date_whoever_proposes_it():
    # `1일차` (day one of the forum): neither the rules nor the entity model's DT span make it a date
    text = "한빛재단은 12월 3일 포럼을 열었다.\n\n<1일차 : 개막 행사>\n\n첫날에는 기조연설이 이어졌다.\n\n<2일차 : 분과 토론>\n\n둘째 날에는 토론이 열렸다."
    got = [(t.text, t.value) for t in extract(text, lang="ko", anchor="2025-12-05")["timexes.jsonl"]]
    assert ("12월 3일", "2025-12-03") in got
    assert not any(t in ("1일", "2일") for t, _ in got), got


def test_days_counted_from_a_happening_are_left_out():
    # `접종 9일 후` counts from the vaccination, not from the release: unresolved, so no date;
    # the dated day beside it stays, and so does a count from the release itself (`약 3일 후`)
    text = "한 접종자는 6월 5일(접종 9일 후) 증상이 나타났다. 만기 2개월 전까지 서류를 내야 한다. 결과는 약 3일 후 나온다."
    got = [(t.text, t.value) for t in extract(text, lang="ko", anchor="2025-06-20")["timexes.jsonl"] if t.type == "DATE"]
    assert ("6월 5일", "2025-06-05") in got and ("3일 후", "2025-06-23") in got, got
    assert not any("9일" in t or "2개월" in t for t, _ in got), got


def test_each_timex_on_the_doc_has_its_bounds_and_the_record_does_not():
    # The dates stage computes the days a value covers once; the events stage reads them from
    # the Doc (is the event after the release date?) instead of parsing the value again.
    from pipeline.nlp.build import get_nlp
    nlp = get_nlp("en")
    doc = nlp.make_doc("In the first quarter of 2025 the plant opens; talks last three days, from March 3, 2025.")
    doc._.anchor = "2024-10-02"
    with nlp.select_pipes(enable=["presspipe_dateline", "presspipe_dates"]):
        doc = nlp(doc)
    bounds = {t["value"]: t["bounds"] for t in doc._.timexes}
    assert bounds["2025-Q1"] == ["2025-01-01", "2025-03-31"]
    assert bounds["2025-03-03"] == ["2025-03-03", "2025-03-03"]
    assert bounds["P3D"] is None
    records = extract(doc.text, lang="en", anchor="2024-10-02")["timexes.jsonl"]
    assert records and all("bounds" not in r.model_dump() for r in records)


@pytest.mark.parametrize("value,bounds", [
    ("2025", ["2025-01-01", "2025-12-31"]), ("2025-02", ["2025-02-01", "2025-02-28"]),
    ("2025-Q3", ["2025-07-01", "2025-09-30"]), ("2025-H1", ["2025-01-01", "2025-06-30"]),
    ("2025-W09", ["2025-02-24", "2025-03-02"]), ("2025-02-20/2025-02-22", ["2025-02-20", "2025-02-22"]),
    ("P3Y", None), ("2025-13", None), (None, None),
])
def test_timex_bounds(value, bounds):
    from pipeline.stages.dates.component import timex_bounds
    assert timex_bounds({"value": value}) == bounds


def test_a_quarter_shares_the_year_of_the_full_year_it_is_reported_with():
    found = dates("Hanbit reports fourth quarter and full year 2023 results.", "en", anchor="2024-02-20")
    assert ("fourth quarter", "2023-Q4") in [(t, v) for t, v in found], found


def test_a_chinese_deadline_is_ahead_of_the_release():
    assert dates("工程將於9月底前完成。", "zh", anchor="2025-03-04") == [("9月底", "2025-09")]
    assert dates("新館8月底前完工。", "zh", anchor="2025-03-04") == [("8月底", "2025-08")]


def test_a_release_that_reports_a_quarters_results_means_one_ended():
    assert dates("Hanbit Reports Fourth Quarter Results", "en", anchor="2025-02-20") == [("Fourth Quarter", "2024-Q4")]
    # a call to come keeps its date ahead
    assert ("May 5", "2025-05-05") in dates("Hanbit will host a call on May 5 to discuss its results.", "en",
                                          anchor="2025-02-20")


@pytest.mark.parametrize("text, lang, kept", [
    ("한빛시는 1990년대 후반부터 21세기 들어서까지 추석 연휴마다 축제를 열었고, 3월 4일 새 계획을 밝혔다.", "ko", ("3월 4일", "2024-03-04")),
    ("Since the 1980s, Hanbit has hosted a Christmas fair; it opened a plant on March 4.", "en", ("March 4", "2024-03-04")),
    ("本館展出17世紀的畫作，春節連假與情人節照常開放，3月4日起另有新展。", "zh", ("3月4日", "2024-03-04")),
])
def test_decades_centuries_and_holidays_are_no_dates(text, lang, kept):
    # the guide's dates are days, months, years, quarters, halves and seasons of a calendar:
    # a decade, a century or the name of a feast is none, and nothing inside it is either
    assert dates(text, lang, anchor="2024-03-10") == [kept]


def test_the_lunar_new_year_days_are_no_year_part():
    # `年初六` is the sixth day of the lunar year (a feast day), not the start of the year
    assert dates("接駁車從1日（年初一）起至6日（年初六）每天行駛。", "zh", anchor="2024-02-01") == [
        ("1日", "2024-02-01"), ("6日", "2024-02-06")]


@pytest.mark.parametrize("text, lang, words", [
    ("한빛총회는 매년 5월 서울에서 열린다.", "ko", "5월"),
    ("The Hanbit Expo is held every year in May in Seoul.", "en", "May"),
    ("每年9月21日為防災日。", "zh", "9月21日"),
    ("候鳥每年12月至隔年2月來此過冬。", "zh", "12月至隔年2月"),                      # a range of them
    ("한빛천은 매년 3월~5월 방류 행사를 연다.", "ko", "3월~5월"),
    # a month, quarter or half without its year in a sentence that tells of every year
    ("한빛위원회는 매년 2차례(상반기 1회, 하반기 1회) 총회를 연다.", "ko", "상반기"),
    ("十月份是本市的觀光旺季，每年吸引大批旅客前來。", "zh", "十月份"),
    ("The board meets in March and October, as it has done each year since its founding.", "en", "October"),
])
def test_a_month_or_day_of_every_year_is_a_set(text, lang, words):
    got = {t.text: (t.type, t.value) for t in extract(text, lang=lang, anchor="2024-03-10")["timexes.jsonl"]}
    assert got[words][0] == "SET" and got[words][1].startswith("XXXX-"), got


@pytest.mark.parametrize("text, lang, words", [
    ("補助款於每月1日撥入帳戶。", "zh", "1日"),
    ("수당은 매월 10일 지급한다.", "ko", "10일"),
])
def test_a_day_of_every_month_is_a_set(text, lang, words):
    got = {t.text: (t.type, t.value) for t in extract(text, lang=lang, anchor="2024-03-10")["timexes.jsonl"]}
    assert got[words][0] == "SET" and got[words][1].startswith("XXXX-XX-"), got


def test_a_month_with_its_year_stays_a_date_beside_every_year():
    got = dates("한빛축제는 매년 열리며, 올해 10월에는 부산에서 열린다.", "ko", anchor="2024-03-10")
    assert ("올해 10월", "2024-10") in got


@pytest.mark.parametrize("text, lang", [
    ("자료는 누리집(www.hanbit.example.org/meetings/2021-2022)에서 볼 수 있다.", "ko"),
    ("Slides are at https://hanbit.example.com/news/2024/05/forum.", "en"),
])
def test_dates_inside_web_addresses_are_no_dates(text, lang):
    assert dates(text, lang) == []


@pytest.mark.parametrize("text", [
    "접종 후 3일 이상 열이 나면 병원을 찾는다.",
    "돌봄 휴가는 최초 2일 유급으로 쓴다.",
    "상담실은 주 5일 문을 연다.",
    "전시관은 월요일 휴관하며, 매일 해설사가 있다.",
    "해설은 주 6일(화요일 제외) 진행한다.",
])
def test_counted_days_and_closing_weekdays_are_no_dates(text):
    # `3일 이상`, `2일 유급`, `주 5일` count days; `월요일 휴관` is every Monday: no day of the calendar,
    # whether the rules or the entity model propose it
    assert dates(text, "ko") == []


def test_a_day_with_its_happening_stays_beside_a_count():
    assert dates("한빛시는 5일 협약을 맺었고, 접종 후 2일 이상 쉬도록 했다.", "ko") == [("5일", "2024-10-05")]


@pytest.mark.parametrize("text", [
    "本會於線上年終座談會說明成果。",      # 線上 (online) + 年終: no 上年
    "這座市場成立於民國50年代，至今熱鬧。",  # a decade of the ROC calendar
])
def test_chinese_words_that_only_look_like_years(text):
    assert dates(text, "zh") == []


def test_last_year_in_chinese_still_reads():
    assert dates("上年度營收成長兩成。", "zh") == [("上年度", "2023")]


def test_year_round_and_the_year_end_tax_return_are_no_dates():
    found = dates("쉼터는 연중무휴로 문을 열고, 연말정산 서류는 연말까지 받는다.", "ko", anchor="2024-10-02")
    assert found == [("연말", "2024")], found


def test_korean_weeks_of_a_month_are_counted_by_their_thursday():
    # 1 June 2025 is a Sunday: week 1 of June is 2-8 June (it holds the first Thursday), so the
    # report's `6월 2주` is 9-13 June, and `6월 3주차` the week after
    got = dates("□ 6월 2주(6.9~6.13) 검사를 마쳤다.\n* 6월 3주차 2건 선정", "ko", anchor="2025-06-20")
    assert ("6월 2주", "2025-W24") in got and ("6월 3주차", "2025-W25") in got, got
    assert ("6월", "2025-06") not in got


def test_a_month_and_a_day_with_its_weekday_in_brackets_and_no_il():
    got = dates("방문단은 5월 19(일)부터 23(목)일까지 현지를 찾았다.", "ko", anchor="2024-05-27")
    assert ("5월 19(일)", "2024-05-19") in got and ("5월", "2024-05") not in got, got


@pytest.mark.parametrize("text, lang, kept", [
    ("겨울철에는 난방비가 오르고, 올해 가을 새 제품이 나온다.", "ko", [("올해 가을", "2024-FA")]),
    ("本市冬季陽光宜人，去年春季來訪的球隊再度報名。", "zh", [("去年春季", "2023-SP")]),
    ("The lake is busy in summer, and a new wing opens this fall.", "en", [("this fall", "2024-FA")]),
])
def test_a_season_is_a_date_only_with_its_year(text, lang, kept):
    # the guide's season is one of a year: alone it is every year's (habits, climate, crops)
    assert dates(text, lang, anchor="2024-05-20") == kept


def test_a_disaster_named_by_its_day_has_happened():
    # `0121地震` names an earthquake by its day: the last 21 January, whatever the verbs around say
    assert dates("市府將為受0121地震影響的地區規劃活動。", "zh", anchor="2025-03-20") == [("0121", "2025-01-21")]


def test_today_in_the_about_boilerplate_is_no_date():
    text = ("SEOUL, October 2, 2024 -- Hanbit Robotics today announced a new arm.\n\n"
            "About Hanbit Robotics\n\nHanbit helps factories work smarter, today. Visit us today to learn more.")
    assert dates(text, "en") == [("October 2, 2024", "2024-10-02"), ("today", "2024-10-02")]


def test_short_government_forms_of_years_and_ranges():
    got = dates("□ 2023.6.5.(월)-6.15.(목) 간 회의를 열었다.\n* 당사국들은 ’22 ~‘24년 동안 대화를 열기로 했다.\n"
                "* 비중(’20. 농업조사)", "ko", anchor="2023-06-20")
    assert ("2023.6.5.(월)-6.15.(목)", "2023-06-05/2023-06-15") in got, got
    assert ("’22 ~‘24년", "2022/2024") in got and ("’20", "2020") in got, got


def test_an_english_range_written_with_a_tilde():
    assert dates("Export meetings on October 23~25 will match buyers.", "en", anchor="2024-10-20") == [
        ("October 23~25", "2024-10-23/2024-10-25")]


@pytest.mark.parametrize("text, expected", [
    ("On October 24th and 25th, the arena hosts demos.", [("October 24th", "2024-10-24"), ("25th", "2024-10-25")]),
    ("Talks run on March 4 and 5 in Busan.", [("March 4", "2025-03-04"), ("5", "2025-03-05")]),
    ("By March 4 and 5 companies had joined.", [("March 4", "2025-03-04")]),   # a count, not a day
])
def test_a_second_day_of_the_month_after_and(text, expected):
    anchor = "2024-10-20" if "October" in text else "2025-03-01"
    assert dates(text, "en", anchor=anchor) == expected


def test_the_year_in_a_start_to_the_year():
    assert dates("Hanbit made a strong start to the year; more gains come later in the year.", "en",
                 anchor="2024-03-17") == [("the year", "2024"), ("the year", "2024")]
    assert dates("The year was hard for many.", "en", anchor="2024-03-17") == []


def test_past_connectives_give_the_tense():
    # -였으나 / -했지만 are past tense: the bare month.day is this spring's, not next year's
    text = "비상사태 해제(5.5.)로 일상 회복의 시기가 도래하였으나, 다음 위기에 대비해야 한다."
    assert dates(text, "ko", anchor="2023-05-25") == [("5.5.", "2023-05-05")]


def test_a_count_of_days_in_brackets_before_dongan_is_no_date():
    got = dates("역대 최장기간(16일) 동안 열린 위원회는 25일 폐막했다. 회의(10일)에서 합의했다.", "ko", anchor="2023-09-27")
    assert got == [("25일", "2023-09-25"), ("10일", "2023-09-10")]


@pytest.mark.parametrize("text, want", [
    ("The show opens on the 21st and closes on the 23rd.", [("on the 21st", "2025-11-21"), ("on the 23rd", "2025-11-23")]),
    ("Visits are possible on the 21st and the 23rd.", [("on the 21st", "2025-11-21"), ("the 23rd", "2025-11-23")]),
    ("The league will expand for the 2025/26 season.", [("2025/26", "2025/2026")]),
])
def test_wire_release_day_forms(text, want):
    assert dates(text, "en", anchor="2025-11-12") == want


def test_office_hours_are_no_dates_but_a_time_range_takes_its_day():
    assert dates("Our desk is open Monday through Friday, 9 a.m. to 5 p.m. ET.", "en") == []
    got = [(t.text, t.value) for t in extract("Doors are open from 9 a.m. to 6 p.m. on Saturday, November 22.", lang="en",
                                              anchor="2025-11-12")["timexes.jsonl"]]
    assert got == [("from 9 a.m. to 6 p.m. on Saturday, November 22", "2025-11-22T09:00/2025-11-22T18:00")]


@pytest.mark.parametrize("text, want", [
    ("108、109年皆獲評優等。", [("108", "2019"), ("109年", "2020")]),             # the list's last year has the 年
    ("110及111年辦理成果豐碩。", [("110", "2021"), ("111年", "2022")]),
    ("2023、2024年營收成長。", [("2023", "2023"), ("2024年", "2024")]),
    ("3月5、6日辦理兩場說明會。", [("3月5", "2025-03-05"), ("6日", "2025-03-06")]),
    ("共有108、109人參加。", []),
])
def test_taiwanese_lists_of_years_and_days(text, want):
    assert dates(text, "zh", anchor="2025-03-12") == want


@pytest.mark.parametrize("text, lang, want", [
    # a day without its month, after a day with one in the same sentence, is of that month
    ("活動於4月5日、6日及7日舉辦。", "zh", [("4月5日", "2025-04-05"), ("6日", "2025-04-06"), ("7日", "2025-04-07")]),
    ("4月5日開幕，6日閉幕。", "zh", [("4月5日", "2025-04-05"), ("6日", "2025-04-06")]),
    ("행사는 4월 5일, 6일 이틀간 열린다.", "ko", [("4월 5일", "2025-04-05"), ("6일", "2025-04-06")]),
    # ... or in a later sentence of its paragraph (twenty-fifth session; it was the nearest day before)
    ("4月5日開幕。6日閉幕。", "zh", [("4月5日", "2025-04-05"), ("6日", "2025-04-06")]),
    # ... but not in another paragraph, nor the day of a report (`12日 밝혔다`), nor after `지난`
    ("4月5日開幕。\n\n6日閉幕。", "zh", [("4月5日", "2025-04-05"), ("6日", "2025-03-06")]),
    ("지난 4월 5일 열린 행사에 이어 한빛부는 12일 밝혔다.", "ko", [("지난 4월 5일", "2024-04-05"), ("12일", "2025-03-12")]),
])
def test_a_bare_day_takes_the_month_of_the_sentence(text, lang, want):
    assert dates(text, lang, anchor="2025-03-12") == want


@pytest.mark.parametrize("text, want", [
    ("3、4月為旅遊旺季。", [("3", "2025-03"), ("4月", "2025-04")]),
    ("活動將於4月5、6日舉辦。", [("4月5", "2025-04-05"), ("6日", "2025-04-06")]),
    # a range of bare days is of the month the sentence tells of
    ("展覽將於4月1日開幕，並於5至7日舉辦工作坊。", [("4月1日", "2025-04-01"), ("5至7日", "2025-04-05/2025-04-07")]),
])
def test_chinese_bare_days_and_months_of_lists_and_ranges(text, want):
    assert dates(text, "zh", anchor="2025-03-12") == want


def test_chinese_slash_dates_in_a_range_each_with_its_weekday():
    assert dates("3/22(六)-3/23(日)於公園舉行。", "zh", anchor="2025-03-12") == [
        ("3/22(六)-3/23(日)", "2025-03-22/2025-03-23")]


def test_the_second_weekday_of_a_list_and_the_day_a_holiday_names():
    assert dates("本週六、日將舉辦市集。", "zh", anchor="2025-03-12") == [("本週六", "2025-03-15"), ("日", "2025-03-16")]
    # the holiday itself is left out, but `當天` after it is its day, not the release date (Taiwan's
    # National Day in Traditional text, the mainland's in Simplified)
    assert dates("國慶日當天舉行升旗典禮。", "zh", anchor="2025-03-12") == [("當天", "2024-10-10")]
    assert dates("国庆节当天举行升旗仪式。", "zh", anchor="2025-03-12") == [("当天", "2024-10-01")]


def test_that_year_needs_a_year_before_it():
    assert dates("當年的老街依然熱鬧。", "zh", anchor="2025-03-12") == []
    assert dates("該館於110年開幕，當年即吸引10萬人次。", "zh", anchor="2025-03-12") == [("110年", "2021"), ("當年", "2021")]


def test_a_rate_per_day_is_no_date_whoever_proposes_it():
    assert dates("이 시설의 1일 평균 이용자는 3천 명이다.", "ko", anchor="2025-03-12") == []


def test_a_bracketed_date_after_a_word_dates_it_for_the_next_day():
    # `連假（4月3日至6日）`, `首日（3日）`: the bracket dates the word before it, and 次日 counts from it
    assert dates("清明連假（4月3日至6日）湧入人潮，次日起車流恢復。", "zh", anchor="2026-04-15") == [
        ("4月3日至6日", "2026-04-03/2026-04-06"), ("次日", "2026-04-04")]
    assert dates("今年連假首日（3日）最為壅塞，次日起恢復順暢。", "zh", anchor="2026-04-15") == [
        ("今年", "2026"), ("3日", "2026-04-03"), ("次日", "2026-04-04")]


@pytest.mark.parametrize("text, lang", [
    ("지난 주말 열린 행사에 시민 5천 명이 몰렸다.", "ko"),
    ("The fair drew crowds last weekend.", "en"),
    ("週末假日遊客眾多。", "zh"),
    ("本週末將舉辦市集。", "zh"),
])
def test_a_weekend_is_no_calendar_date(text, lang):
    # two days of a week, no day, month, quarter, half or year (the gold's `weekend, no TIMEX value`)
    assert dates(text, lang, anchor="2026-05-20") == []


def test_the_days_of_a_weekend_written_out_are_dates():
    assert dates("本週末（23、24日）將舉辦市集。", "zh", anchor="2026-05-20") == [("23", "2026-05-23"), ("24日", "2026-05-24")]


@pytest.mark.parametrize("text, lang, want", [
    # a holiday is left out, but the year written before it is a year the text gives
    ("去年兒童節連假期間湧入人潮。", "zh", [("去年", "2025")]),
    ("中華民國115年國慶日升旗典禮在市府舉行。", "zh", [("115年", "2026")]),
    ("올해 추석 연휴에는 귀성객이 늘었다.", "ko", [("올해", "2026")]),
    ("國慶日升旗典禮在市府舉行。", "zh", []),
])
def test_the_year_before_a_holiday_is_a_date(text, lang, want):
    assert dates(text, lang, anchor="2026-05-20") == want


def test_a_list_of_months_after_a_year_is_of_that_year():
    assert dates("114年5、6月間舉辦。", "zh", anchor="2026-05-20") == [("114年5", "2025-05"), ("6月", "2025-06")]
    assert dates("2025年3、4月舉辦。", "zh", anchor="2026-05-20") == [("2025年3", "2025-03"), ("4月", "2025-04")]


@pytest.mark.parametrize("text", ["연말 분위기를 느낄 수 있는 공연이다.", "연말 특수를 누렸다.", "연말 시즌의 대표 레퍼토리이다."])
def test_year_end_as_a_season_is_no_date_whoever_proposes_it(text):
    assert dates(text, "ko", anchor="2025-12-13") == []


def test_year_end_of_a_plan_is_a_date():
    assert dates("연말 완공을 목표로 한다.", "ko", anchor="2025-12-13") == [("연말", "2025")]


@pytest.mark.parametrize("text, lang", [
    ("每到12月，安平就湧入大批遊客。", "zh"),
    ("每逢3月，木棉花盛開。", "zh"),
    ("12월마다 공연이 열린다.", "ko"),
    ("12월만 되면 공연장마다 메시아가 울려 퍼진다.", "ko"),
])
def test_a_month_that_comes_every_year_is_no_date(text, lang):
    assert dates(text, lang, anchor="2026-04-20") == []


@pytest.mark.parametrize("text, want", [
    # the end of a span the sentence opened is not before its start
    ("即日起至10月31日止受理申請。", [("即日", "2026-03-10"), ("10月31日", "2026-10-31")]),
    ("展覽自3月1日起展至10月31日止。", [("3月1日", "2026-03-01"), ("10月31日", "2026-10-31")]),
    ("活動自12月1日起至1月31日止。", [("12月1日", "2025-12-01"), ("1月31日", "2026-01-31")]),
    # ... but 截至 is `as of`, a day already past
    ("截至2月28日止累計1萬件。", [("2月28日", "2026-02-28")]),
])
def test_the_end_of_a_span_is_not_before_its_start(text, want):
    assert dates(text, "zh", anchor="2026-03-10") == want
