"""Forms of real releases the dates stage read wrongly, on text written for these tests
(Taiwanese government releases, Korean ministry releases, English wires). Anchor of every
case: Friday 5 December 2025, unless a case names another."""
from pipeline.stages.dates import find_timexes

ANCHOR = "2025-12-05"


def _dates(text: str, lang: str, anchor: str = ANCHOR) -> list[tuple[str, str]]:
    return [(t["text"], t["value"]) for t in find_timexes(text, lang, anchor=anchor)
            if t["type"] in ("DATE", "TIME")]


# ---------------------------------------------------------------- ranges without a year
def test_future_range_running_now_is_this_years():
    # a stretch the sentence tells as ahead (將於, 열린다, will run) that has already begun
    assert _dates("耶誕城將於11月15日至12月28日舉行。", "zh") == [("11月15日至12月28日", "2025-11-15/2025-12-28")]
    assert _dates("축제는 11월 15일부터 12월 28일까지 열린다.", "ko") == [
        ("11월 15일부터 12월 28일까지", "2025-11-15/2025-12-28")]
    assert _dates("The show will run from November 15 through December 28.", "en") == [
        ("from November 15 through December 28", "2025-11-15/2025-12-28")]


def test_months_to_date_are_this_years():
    # a total from January to last month, read in December
    assert _dates("1至11月累計出口6,000億美元。", "zh") == [("1至11月", "2025-01/2025-11")]
    assert _dates("1~11월 수출은 10% 늘었다.", "ko") == [("1~11월", "2025-01/2025-11")]


def test_future_range_ahead_stays_next_years():
    assert _dates("將於3月1日至5月31日舉行。", "zh") == [("3月1日至5月31日", "2026-03-01/2026-05-31")]
    assert _dates("已於3月1日至5月31日舉行。", "zh") == [("3月1日至5月31日", "2025-03-01/2025-05-31")]


# ---------------------------------------------------------------- a day restated in brackets
def test_relative_day_and_its_bracketed_day_are_one_expression():
    assert _dates("疾管署今天（5日）公布最新疫情。", "zh") == [("今天（5日）", "2025-12-05")]
    assert _dates("市府明天(6日)舉行記者會。", "zh") == [("明天(6日)", "2025-12-06")]
    assert _dates("장관은 오늘(5일) 회의를 열었다.", "ko") == [("오늘(5일)", "2025-12-05")]
    assert _dates("다음 주 월요일(8일) 회의를 연다.", "ko") == [("다음 주 월요일(8일)", "2025-12-08")]


# ---------------------------------------------------------------- 이날 after a paragraph's items
def test_inal_under_the_next_head_after_items_is_the_day_told():
    text = ("□ 중기부는 12월 3일(수) 코엑스에서 성과보고회를 개최했다.\n"
            "  ㅇ 행사에는 기업 대표 300여 명이 참석했다.\n"
            "  ㅇ 우수기업 시상식이 진행됐다.\n"
            "  ㅇ 참석자들은 고도화 방안을 논의했다.\n"
            "□ 이날 장관은 지원 계획을 밝혔다.\n")
    assert ("이날", "2025-12-03") in _dates(text, "ko")


def test_inal_on_the_next_plain_line_is_the_release_date():
    # a wire's sentences each on a line: the next one's 이날 is the day of the release
    text = ("시는 지난 3일 투자협약을 체결했으며, 공장은 내년 준공된다.\n"
            "회사는 이날 이사회를 열어 사내이사를 선임했다.\n")
    assert ("이날", "2025-12-05") in _dates(text, "ko")


def test_inal_two_paragraphs_on_is_the_release_date():
    text = ("장관은 3일 오전 기후 회의에 참석했다.\n\n"
            "정부는 내년 상반기 계획을 마련한다.\n\n"
            "장관은 이날 브리핑에서 협력을 강조했다.\n")
    assert ("이날", "2025-12-05") in _dates(text, "ko")


# ---------------------------------------------------------------- Chinese lists, the year to date, 月中
def test_days_of_a_list_share_its_month():
    assert _dates("市集於12月13、14、20、21日舉行。", "zh") == [
        ("12月13", "2025-12-13"), ("14", "2025-12-14"), ("20", "2025-12-20"), ("21日", "2025-12-21")]
    assert _dates("市集於13、14、20、21日舉行。", "zh") == [
        ("13", "2025-12-13"), ("14", "2025-12-14"), ("20", "2025-12-20"), ("21日", "2025-12-21")]


def test_months_from_january_without_a_tense_are_the_year_to_date():
    assert _dates("1-10月累計出口成長5%", "zh") == [("1-10月", "2025-01/2025-10")]
    assert _dates("1~10월 누적 수출", "ko") == [("1~10월", "2025-01/2025-10")]
    assert _dates("1至3月營收成長", "zh", anchor="2026-02-15") == [("1至3月", "2026-01/2026-03")]
    assert _dates("將於1至3月辦理", "zh") == [("1至3月", "2026-01/2026-03")]


def test_mid_month_alone():
    assert _dates("統計結果將於月中公布。", "zh") == [("月中", "2025-12")]
    assert _dates("預計月中前完成。", "zh") == [("月中", "2025-12")]


# ---------------------------------------------------------------- Korean: a month.day as of which a figure is given
def test_month_dot_day_before_gijun():
    assert _dates("11.30. 기준 가입자는 120만 명이다.", "ko") == [("11.30.", "2025-11-30")]
    assert _dates("11.30.기준 누적 실적", "ko") == [("11.30.", "2025-11-30")]


def test_relative_year_or_month_and_its_bracketed_restatement_are_one_expression():
    assert _dates("總統表示，明年（2026年）將是關鍵的一年。", "zh") == [("明年（2026年）", "2026")]
    assert _dates("上月（10月）外銷訂單為580億美元。", "zh") == [("上月（10月）", "2025-10")]
    assert _dates("올해(2025년) 수출은 7% 늘었다.", "ko") == [("올해(2025년)", "2025")]
    # a stretch of days in brackets after a month is no restatement: two dates
    assert len(_dates("금년 8월(8.1~8.12) 역대 최대", "ko")) == 2


# ---------------------------------------------------------------- English wires: month ranges and day lists
def test_two_month_names_by_a_dash():
    assert _dates("Exports for January-October grew 5%.", "en") == [("January-October", "2025-01/2025-10")]
    assert _dates("Exports in January–October 2025 grew 5%.", "en") == [("January–October 2025", "2025-01/2025-10")]


def test_days_listed_by_commas_after_a_month_and_day():
    assert _dates("The market opens December 13, 14, 20 and 21.", "en") == [
        ("December 13", "2025-12-13"), ("14", "2025-12-14"), ("20", "2025-12-20"), ("21", "2025-12-21")]
    assert _dates("On December 13, 14 people were hurt.", "en") == [("December 13", "2025-12-13")]


def test_roc_fiscal_year_in_words():
    assert _dates("行政院一百一十四年度施政計畫", "zh") == [("一百一十四年度", "2025")]
    assert _dates("一一五學年度起實施", "zh") == [("一一五學年度", "2026")]


def test_a_day_counted_from_the_release_resets_the_year_of_the_sentence():
    # 115年1月 gave the sentence a year; 即日 (today) after it brings it back to the release's
    assert _dates("時間為115年1月21日至23日，報名即日起至12月20日止。", "zh")[-1] == ("12月20日", "2025-12-20")


def test_slash_date_range_ending_in_a_day_with_its_weekday():
    assert _dates("活動於12/13(六)-14(日)舉行", "zh") == [("12/13(六)-14(日)", "2025-12-13/2025-12-14")]
    assert _dates("費用(一)-2(二)", "zh") == []


# ---------------------------------------------------------------- parts of a relative year
def test_a_part_of_a_year_after_a_relative_years_part_is_of_that_year():
    # (fourteenth session: `내년 상반기 … 하반기에는` read the second half as this year's)
    assert _dates("내년 상반기 중 단지를 준공하고, 하반기에는 물류센터 건립에 착수한다.", "ko") == [
        ("내년 상반기", "2026-H1"), ("하반기", "2026-H2")]
    assert _dates("明年第一季動工，第三季完工。", "zh") == [("明年第一季", "2026-Q1"), ("第三季", "2026-Q3")]
