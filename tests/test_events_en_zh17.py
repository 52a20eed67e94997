"""Events, English and Chinese: genre forms of the seventeenth session (own-written releases;
the organisations are invented)."""
from pipeline.stages.events import run_example

ZH_ORGS = [("新港市政府工務局", "government"), ("新港市政府", "government")]


def _events(lang, text, orgs, anchor="2025-03-14"):
    return [(e["type"], e["date"]["value"]) for e in run_example(lang, text, anchor, orgs)]


def test_a_chinese_work_completed_or_to_be_completed_on_its_date_is_a_happening():
    assert _events("zh", "新港市政府工務局表示，濱海自行車道工程已於去年12月完成。", ZH_ORGS) == [("other", "2024-12")]
    assert _events("zh", "新港市政府工務局指出，第二期工程預計明年6月完成。", ZH_ORGS) == [("other", "2026-06")]


def test_a_chinese_completion_asked_of_someone_or_told_late_is_no_happening():
    assert _events("zh", "申請單位需於今年4月完成線上登錄。", ZH_ORGS) == []
    assert _events("zh", "今年有2家業者因較晚完成申請手續而向隅。", ZH_ORGS) == []


def test_coming_home_is_no_visit():
    text = "新港市長率團於11月12日抵達大阪，並於11月15日返抵臺灣。"
    got = _events("zh", text, ZH_ORGS, "2025-11-20")
    assert ("visit", "2025-11-12") in got
    assert ("visit", "2025-11-15") not in got


def test_a_chinese_announcement_of_a_measure_from_a_date_is_the_measure_on_that_date():
    text = "新港市政府公告自4月1日起實施電子繳費優惠措施。"
    assert _events("zh", text, ZH_ORGS) == [("other", "2025-04-01")]


def test_a_chinese_season_or_a_campaign_begun_on_its_date():
    text = "新港市政府今日宣布，「2025鳳凰花季」系列活動將於4月19日起跑。"
    assert ("launch", "2025-04-19") in _events("zh", text, ZH_ORGS)
    text = "新港市政府表示，公費流感疫苗將於10月1日起開打。"
    assert _events("zh", text, ZH_ORGS) == [("other", "2025-10-01")]


def test_an_exhibition_put_on_is_a_meeting_not_a_launch():
    text = "新港市美術館將於7月8日推出「光之旅」特展。"
    assert _events("zh", text, ZH_ORGS, "2025-07-01") == [("meeting", "2025-07-08")]


EN_ORGS = [("Helix Grid Corp.", "company"), ("Sunport Energy LLC", "company"), ("Riverside Clinics", "company"),
           ("Fast Company", "company")]


def test_an_english_deal_referred_back_to_as_previously_announced_is_not_announced_again():
    text = ("Helix Grid Corp., a developer of grid-scale storage, announced today that it has completed its "
            "previously announced acquisition of Sunport Energy LLC.")
    assert _events("en", text, EN_ORGS, "2025-06-04") == [("acquisition", "2025-06-04")]


def test_an_english_partnership_one_is_pleased_to_announce():
    text = "On June 2, Helix Grid Corp. is pleased to announce a strategic partnership with Riverside Clinics."
    assert _events("en", text, EN_ORGS, "2025-06-04") == [("agreement", "2025-06-02")]


def test_recognised_by_someone_as_one_of_a_kind_is_a_designation():
    text = "Helix Grid Corp. was recognized by Fast Company as one of the most innovative energy companies in 2023."
    assert _events("en", text, EN_ORGS, "2025-06-04") == [("designation", "2023")]



def _doc_events(text, anchor):
    """The events of a whole release run as `presspipe run` runs it (dateline and organisations read)."""
    from pipeline.api import process
    from pipeline.ingest.sources import SourceDoc
    recs = process(SourceDoc("r.txt", text, "txt", "utf-8", "r.txt", lang="en", date=anchor))
    return [(e.type, e.date.value) for e in recs["events.jsonl"]]


def test_results_announced_in_the_lede_are_the_day_of_the_dateline_not_of_the_period():
    text = ("HONG KONG SAR - Media OutReach Newswire - 20 August 2025 - Harbourline Holdings Limited announced its "
            "interim results for the six months ended 30 June 2025.\nThe Group's revenue rose by 12%.")
    got = _doc_events(text, "2025-08-20")
    assert ("announcement", "2025-08-20") in got
    assert ("announcement", "2025-06-30") not in got


def test_a_delegation_led_to_an_edition_of_an_event_takes_part_in_it_and_led_elsewhere_visits():
    text = "Gyeonggi Business Agency led a delegation of 20 startups to CES 2025 in Las Vegas from January 7 to 10."
    assert _events("en", text, [("Gyeonggi Business Agency", "government")], "2025-01-15") == [("meeting", "2025-01-07/2025-01-10")]
    text = "Gyeonggi Business Agency led a trade delegation to Vietnam on March 3."
    assert _events("en", text, [("Gyeonggi Business Agency", "government")], "2025-03-15") == [("visit", "2025-03-03")]


def test_a_travel_mart_held_is_a_meeting():
    text = "Gyeonggi Business Agency also held a B2B travel mart on September 30 with 50 travel agencies."
    assert _events("en", text, [("Gyeonggi Business Agency", "government")], "2025-10-02") == [("meeting", "2025-09-30")]


def test_a_chinese_exhibition_told_by_its_period_and_again_by_its_first_day_is_one_meeting():
    text = "展覽期程自8月26日至10月24日，實體展覽於8月26日起於新港市文化會館展出。"
    got = _events("zh", text, ZH_ORGS, "2025-08-20")
    assert [d for t, d in got if t == "meeting"] == ["2025-08-26/2025-10-24"]


def test_a_chinese_date_in_the_clause_after_a_gathering_does_not_date_it():
    text = "新港市政府今年8月參加視訊會議，今年2月副市長訪問大阪時亦受到熱情歡迎。"
    got = _events("zh", text, ZH_ORGS, "2025-12-10")
    assert ("meeting", "2025-08") in got
    assert ("meeting", "2025-02") not in got


def test_a_chinese_verb_before_a_noun_of_arrangements_is_no_happening():
    text = "新港市政府社會局於7月21日聯繫家屬約定訪視時間。"
    assert ("visit", "2025-07-21") not in _events("zh", text, ZH_ORGS, "2025-07-23")
    text = "新港市政府於3月2日與廠商確認簽約日期。"
    assert ("agreement", "2025-03-02") not in _events("zh", text, ZH_ORGS)


def test_a_headline_dated_by_the_programme_year_gives_way_to_the_day_the_body_tells():
    text = "114年度新港市精品茶評鑑成績揭曉\n\n新港市政府今（14）日揭曉114年度精品茶評鑑成績。"
    assert _events("zh", text, ZH_ORGS) == [("announcement", "2025-03-14")]


def test_someone_selected_by_name_in_the_active_is_a_designation():
    orgs = [("Harbor Labs", "company"), ("Nuri Mall", "company")]
    text = "In July, Nuri Mall selected Harbor Labs — over two larger rivals — as the host of its live commerce show."
    assert _events("en", text, orgs, "2025-09-30") == [("designation", "2025-07")]


def test_a_company_whose_legal_form_is_as_still_announces():
    text = ("Nordlys Energy AS announced today the appointment of Ingrid Solberg as Chief Executive Officer, "
            "effective March 1, 2025.")
    assert _events("en", text, [("Nordlys Energy AS", "company")], "2025-02-12") == [("appointment", "2025-02-12")]


def test_a_happening_told_as_a_gerund_after_since():
    text = "Since opening its first clinic in Evanston in 2015, Harbor Labs has grown to 24 locations."
    assert _events("en", text, [("Harbor Labs", "company")], "2025-04-08") == [("opening", "2015")]


def test_a_year_that_modifies_a_noun_does_not_date_the_verb_and_shipping_begun_is_a_happening():
    orgs = [("Harbor Labs", "company")]
    text = "In March 2024, Harbor Labs received approval for its new test, and it began shipping the test to hospitals in May."
    assert _events("en", text, orgs, "2024-06-18") == [("approval", "2024-03"), ("other", "2024-05")]
    text = "On June 14, shareholders of Harbor Labs approved the 2023 financial statements."
    assert ("approval", "2023") not in _events("en", text, orgs, "2024-06-18")


def test_a_chinese_clock_time_with_no_day_dates_nothing():
    text = "「新港跨年晚會」將於12月31日在港濱公園登場，晚會自晚間7時開始。"
    got = _events("zh", text, ZH_ORGS, "2025-12-27")
    assert ("other", "2025-12-27") not in got


def test_a_chinese_stretch_since_a_year_dates_no_verb_after_it():
    text = "新港市政府自108年推動社會住宅政策以來，已累計興建1,200戶，今年底前將再完工300戶。"
    assert _events("zh", text, ZH_ORGS) == []


def test_an_english_clock_time_with_no_day_dates_nothing():
    orgs = [("Harbor Labs", "company")]
    assert _events("en", "Harbor Labs will host an open house at 10 a.m. at its new campus.", orgs, "2025-02-12") == []
    assert _events("en", "Harbor Labs will host a conference call today at 8:00 a.m. ET.", orgs, "2025-02-12") \
        == [("meeting", "2025-02-12")]


def test_a_chinese_stretch_counted_after_a_date_does_not_date_the_next_verb():
    text = "新港市長去年11月籌組新團隊後不到4個月，就率團訪問大阪。"
    assert ("visit", "2024-11") not in _events("zh", text, ZH_ORGS, "2025-03-20")
