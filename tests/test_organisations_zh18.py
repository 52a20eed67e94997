"""Chinese organisations in Taiwan's government forms (pipeline/stages/organisations/zh.py,
zh_segments.py): a ministry's or city government's bureau named with it, whatever the field it is
named for; a region that opens a body's name; the Red Cross. The sentences are written for these tests."""
from pipeline.stages.organisations import zh


def found(text):
    return [text[s:e] for (s, e), _ in zh.find(text)]


def test_a_bureau_after_its_government_body_is_named_with_it():
    assert found("經濟部標準檢驗局今日表示。") == ["經濟部標準檢驗局"]
    assert found("並與臺北市政府觀光傳播局合作。") == ["臺北市政府觀光傳播局"]
    assert found("經濟部工業局今日表示。") == ["經濟部工業局"]


def test_a_clause_between_a_government_and_a_bureau_keeps_them_apart():
    assert found("臺南市政府今日宣布成立新聞局。") == ["臺南市政府"]


def test_a_region_opens_the_name_of_the_body_that_serves_it():
    assert found("今年更攜手中部科學園區管理局推動人才培育。") == ["中部科學園區管理局"]
    assert found("中部地區的大學將參加。") == []


def test_the_red_cross_is_a_body():
    assert found("市府與中華民國紅十字會共同設攤。") == ["中華民國紅十字會"]


def test_a_citys_office_is_named_by_its_place_and_field():
    assert found("本次活動與臺中市就業服務處合作辦理。") == ["臺中市就業服務處"]
    assert found("並與臺北市產業發展局合作。") == ["臺北市產業發展局"]
    assert found("在臺中市停車處附近集合。") == []   # a place to park, one word of the segmenter's


def test_an_office_and_a_parliaments_house_end_names():
    assert found("歐洲經貿辦事處處長今日出席。") == ["歐洲經貿辦事處"]   # (處長 is its head's title)
    assert found("德國聯邦議院議員今日訪台。") == ["德國聯邦議院"]
    assert found("各地辦事處將於下週開放。") == []
