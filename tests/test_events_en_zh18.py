"""Events, English and Chinese: genre forms of the eighteenth session (own-written releases; the
organisations are invented)."""
from pipeline.stages.events import run_example

EN_ORGS = [("Harbor Labs", "company"), ("Quarry Bank", "company"), ("Innovate Fund", "government")]


def _events(lang, text, orgs, anchor="2025-03-14"):
    return [(e["type"], e["date"]["value"]) for e in run_example(lang, text, anchor, orgs)]


def test_a_financing_called_a_bought_deal_is_no_acquisition():
    text = "Harbor Labs closed a C$15 million bought deal financing on July 22, 2025."
    assert _events("en", text, EN_ORGS, "2025-08-01") == [("investment", "2025-07-22")]


def test_honoured_to_is_a_feeling_not_a_prize():
    text = "Harbor Labs is honored to welcome forty students to its campus on March 3."
    assert _events("en", text, EN_ORGS) == []
    text = "Harbor Labs is honored to have received the 2025 Clean Water Award from Innovate Fund on March 3."
    assert _events("en", text, EN_ORGS) == [("award", "2025-03-03")]


def test_a_deal_agreed_with_its_date_between():
    text = "Harbor Labs and Quarry Bank agreed in January 2025 to extend their payments pilot for two years."
    assert _events("en", text, EN_ORGS) == [("agreement", "2025-01")]
    # agreed to acquire: the acquisition, not a second event
    text = "On March 2, Harbor Labs agreed to acquire Quarry Bank."
    assert _events("en", text, EN_ORGS) == [("acquisition", "2025-03-02")]


def test_a_fund_closed_on_its_commitments_is_an_investment():
    text = "On March 10, Quarry Bank announced the final close of its third growth fund with $450 million in commitments."
    assert _events("en", text, EN_ORGS) == [("investment", "2025-03-10")]


def test_a_product_released_is_launched_but_results_released_are_announced():
    text = "On March 3, Harbor Labs announced the release of Tidebook, a notebook for field teams."
    assert _events("en", text, EN_ORGS) == [("launch", "2025-03-03")]
    text = "On March 3, Harbor Labs announced the general availability of Tidebook."
    assert _events("en", text, EN_ORGS) == [("launch", "2025-03-03")]
    text = "Harbor Labs released version 4.0 of its mobile app on February 20."
    assert _events("en", text, EN_ORGS) == [("launch", "2025-02-20")]
    text = "On March 3, Harbor Labs announced the release of its fourth-quarter results."
    assert ("launch", "2025-03-03") not in _events("en", text, EN_ORGS)


def test_a_window_for_applicants_that_opens_is_no_site_opened():
    text = "Registration for the Harbor Labs hackathon opens on April 2, 2025."
    assert _events("en", text, EN_ORGS) == [("other", "2025-04-02")]


def test_work_completed_is_a_happening_but_a_participle_before_its_noun_is_none():
    text = "Harbor Labs completed the Phase 1 drill program at its Silver Creek project in August 2024."
    assert _events("en", text, EN_ORGS) == [("other", "2024-08")]
    text = "Harbor Labs completed enrollment in its Phase 2 trial in January 2025."
    assert _events("en", text, EN_ORGS) == [("other", "2025-01")]
    text = "In 2024, the number of completed projects at Harbor Labs rose by 9%."
    assert _events("en", text, EN_ORGS) == []


def test_a_trial_that_enrolled_its_first_patient():
    text = "The Harbor Labs trial dosed its first patient on February 14, 2025."
    assert _events("en", text, EN_ORGS) == [("other", "2025-02-14")]


def test_someone_leaving_a_post_is_a_happening_and_the_successor_is_appointed_that_day():
    text = ("Harbor Labs today announced that Chief Executive Officer Mark Evans will retire at the end of 2025 "
            "and that the Board has named Susan Lee as his successor.")
    got = _events("en", text, EN_ORGS)
    assert ("other", "2025") in got and ("appointment", "2025-03-14") in got
    text = "Harbor Labs said its Chief Financial Officer will step down effective June 30, 2025."
    assert _events("en", text, EN_ORGS) == [("other", "2025-06-30")]
    # a retired officer is no happening
    assert _events("en", "In May 2024, Harbor Labs hired retired Navy admiral Jane Cole.", EN_ORGS) == [("appointment", "2024-05")]


def test_a_seat_moved_and_a_market_entered():
    assert _events("en", "Harbor Labs relocated its headquarters to Cambridge in 2023.", EN_ORGS) == [("other", "2023")]
    assert _events("en", "In 2021, Harbor Labs entered the Japanese market.", EN_ORGS) == [("other", "2021")]


def test_a_place_on_a_ranking_is_a_designation():
    text = "Harbor Labs was ranked No. 12 on the 2025 FT 1000 list of Europe's fastest-growing companies."
    assert _events("en", text, EN_ORGS) == [("designation", "2025")]


def test_exhibiting_or_presenting_at_a_named_show_is_taking_part_in_it():
    text = "Harbor Labs will be exhibiting at Intersolar North America in San Diego from February 25 to 27, 2026."
    assert _events("en", text, EN_ORGS) == [("meeting", "2026-02-25/2026-02-27")]
    text = "Harbor Labs will exhibit at Intersolar North America on February 25, 2026."
    assert _events("en", text, EN_ORGS) == [("meeting", "2026-02-25")]
    text = "Harbor Labs will present at BIO International in Boston on June 16, 2025."
    assert _events("en", text, EN_ORGS) == [("meeting", "2025-06-16")]


def test_a_year_that_opens_a_sentence_after_its_preposition_dates_it():
    # the dates stage reads `In 2023` as a capitalised name; the year still dates the sentence
    text = "Harbor Labs grew quickly. In 2023, Harbor Labs opened an office in Tokyo."
    assert _events("en", text, EN_ORGS) == [("opening", "2023")]
    text = "Harbor Labs grew quickly. During 2024, Harbor Labs was launched as a joint venture of two banks."
    assert _events("en", text, EN_ORGS) == [("founding", "2024")]
    # not a bound (`By 2030, …`)
    assert _events("en", "By 2030, Harbor Labs will open ten offices.", EN_ORGS) == []


def test_a_gathering_hosted_with_its_name_quoted_first():
    text = 'On January 8, Harbor Labs hosted "Harbor Night," a networking event with 150 investors.'
    assert _events("en", text, EN_ORGS, "2025-01-15") == [("meeting", "2025-01-08")]


def test_a_site_that_began_operations_is_opened():
    text = "The new Harbor Labs plant began commercial operations on September 1, 2024."
    assert _events("en", text, EN_ORGS) == [("opening", "2024-09-01")]


def test_demonstrating_at_an_edition_of_a_named_show_held_in_apposition_is_one_meeting():
    text = "Harbor Labs will demonstrate its latest chips at SEMICON Japan 2025, held in Tokyo from December 17 to 19, 2025."
    assert _events("en", text, EN_ORGS, "2025-09-22") == [("meeting", "2025-12-17/2025-12-19")]


def test_lede_forms_of_wire_releases():
    assert _events("en", "In March, Harbor Labs was recognized with the Clean Water Award.", EN_ORGS) == [("award", "2025-03")]
    assert _events("en", "In March, Harbor Labs earned ISO 27001 certification.", EN_ORGS) == [("approval", "2025-03")]
    assert _events("en", "Since March 3, Tidebook is now available on the App Store.", EN_ORGS) == [("launch", "2025-03-03")]
    assert _events("en", "On March 3, Harbor Labs had begun construction of its new campus.", EN_ORGS) == [("other", "2025-03-03")]
    assert _events("en", "Harbor Labs is hosting a free webinar on March 20 at 1 p.m. ET.", EN_ORGS) == [("meeting", "2025-03-20")]


def _doc_events(text, anchor):
    """The events of a whole release run as `presspipe run` runs it (dateline and organisations read)."""
    from pipeline.api import process
    from pipeline.ingest.sources import SourceDoc
    recs = process(SourceDoc("r.txt", text, "txt", "utf-8", "r.txt", lang="en", date=anchor))
    return [(e.type, e.date.value) for e in recs["events.jsonl"]]


def test_a_lede_happening_takes_the_dateline_though_an_aside_before_it_holds_a_date():
    text = ("Harbor Labs News\n\nSEOUL, KOREA, April 08, 2025 /24-7PressRelease/ -- Harbor Labs, a company founded "
            "in 2015, has launched a new warehouse robot called Tern. The company employs 200 people.\n")
    got = _doc_events(text, "2025-04-08")
    assert ("founding", "2015") in got and ("launch", "2025-04-08") in got


ZH_ORGS = [("新港市政府青年事務局", "government"), ("新港市政府", "government"), ("行政院", "government"),
           ("國家發展委員會", "government"), ("新港市議會", "government"), ("南港大學", "education"),
           ("星河科技公司", "company")]


def _zh_subjects(text, anchor="2025-06-10"):
    return [(e["type"], e["date"]["value"], [p["name"] for p in e["participants"] if p["role"] == "subject"])
            for e in run_example("zh", text, anchor, ZH_ORGS)]


def test_a_chinese_plan_approved_or_a_bill_passed_is_an_approval():
    assert _events("zh", "行政院已於今年5月核定「南部青年創業發展方案」。", ZH_ORGS, "2025-06-10") == [("approval", "2025-05")]
    assert _events("zh", "新港市議會於6月3日三讀通過「新港市青年創業輔導自治條例」。", ZH_ORGS, "2025-06-10") \
        == [("approval", "2025-06-03")]


def test_a_chinese_body_chosen_by_another_is_designated_and_the_chooser_is_no_subject():
    text = "新港市政府青年事務局於112年獲國家發展委員會評選為「地方創生績優機關」。"
    assert _zh_subjects(text) == [("designation", "2023", ["新港市政府青年事務局"])]


def test_a_chinese_site_put_into_service_and_a_round_raised():
    assert _events("zh", "新營青創基地已於去年10月正式營運。", ZH_ORGS, "2025-06-10") == [("opening", "2024-10")]
    assert _events("zh", "星河科技公司於今年3月完成A輪募資。", ZH_ORGS, "2025-06-10") == [("investment", "2025-03")]


def test_an_organisation_invited_at_the_head_of_a_clause_is_not_its_topic():
    text = "為推動新制，新港市政府青年事務局研擬試辦方案，邀請南港大學研究團隊共同參與，於6月1日正式啟動現地施工作業。"
    assert _zh_subjects(text) == [("other", "2025-06-01", ["新港市政府青年事務局"])]


def test_chinese_days_counted_together_are_one_gathering_from_the_first():
    text = "新港市政府10月18日及19日兩天另舉辦國際蘭花研討會，邀請日本專家與會。"
    assert _events("zh", text, ZH_ORGS, "2025-10-16") == [("meeting", "2025-10-18")]
    # days listed as separate sessions stay one happening each
    text = "新港市政府4月9日、4月26日舉辦兩梯次研習營。"
    assert sorted(_events("zh", text, ZH_ORGS, "2025-03-20")) == [("other", "2025-04-09"), ("other", "2025-04-26")]


def test_a_chinese_count_a_comparison_and_a_channel_are_no_happenings():
    # counted up (`累計已完成`), from a year a stretch began
    assert _events("zh", "新港市政府累計已於108年完成路面改善1,500公里。", ZH_ORGS, "2025-05-20") == []
    # the baseline of a comparison dates nothing after it
    text = "今年度預算達5億元，較去年增加1億元，並已完成300公里路面刨鋪。"
    assert ("other", "2024") not in _events("zh", text, ZH_ORGS, "2025-05-20")
    # reports counted are no report made
    assert _events("zh", "去年道路坑洞通報件數較前年減少三成。", ZH_ORGS, "2025-05-20") == []


def test_taking_part_in_what_is_no_gathering_and_working_with_another_are_happenings():
    text = "In March, Harbor Labs participated in a national research program on battery recycling."
    assert _events("en", text, EN_ORGS) == [("other", "2025-03")]
    text = "In the first quarter, Harbor Labs cooperated with Quarry Bank on a trade finance platform."
    assert _events("en", text, EN_ORGS) == [("other", "2025-Q1")]
    # taking part in a gathering stays a meeting
    text = "In March, Harbor Labs participated in the Battery Forum in Seoul."
    assert _events("en", text, EN_ORGS) == [("meeting", "2025-03")]


def test_a_chinese_site_opened_with_a_ceremony_word_and_a_delegation_led_abroad():
    text = "新建的東區運動中心於5月1日開幕啟用，提供市民游泳、健身等服務。"
    assert _events("zh", text, ZH_ORGS, "2025-06-10") == [("opening", "2025-05-01")]
    text = "新港市長今（10）日率市府團隊前往日本大阪，進行為期4天的城市行銷。"
    assert _events("zh", text, ZH_ORGS, "2025-06-10") == [("visit", "2025-06-10")]
    # going to the scene is no visit
    assert _events("zh", "衛生局於8月5日獲報後，立即派員前往現場調查。", ZH_ORGS, "2025-08-10") == []
