"""Chinese names before a rendering in Traditional text (Taiwan's releases): jieba reads the text
folded to Simplified (pipeline/nlp/tokenizers.py `FoldedSegmenter`), a firm's verb-like words sit
inside its name, a title cut in two still ends the run. The sentences are written for these tests."""
from pipeline import extract
from pipeline.nlp.build import blank
from pipeline.nlp.script import fold_han


def pairs(text):
    return {a.alias.text: a.name.text for a in extract(text, lang="zh", anchor="2024-10-08")["aliases.jsonl"]}


def test_traditional_text_is_cut_as_its_simplified_fold():
    nlp = blank("zh")
    text = "並委託勤業眾信聯合會計師事務所辦理，前官員及代表出席。"
    doc = nlp.make_doc(text)
    assert doc.text == text
    folded = [t.text for t in nlp.make_doc(fold_han(text))]
    assert [fold_han(t.text) for t in doc] == folded
    assert "委託" in [t.text for t in doc] and "官員" in [t.text for t in doc]


def test_a_verb_before_the_name_is_no_part_of_it():
    found = pairs("市府並委託勤業眾信聯合會計師事務所（Deloitte）辦理可行性研究。")
    assert found["Deloitte"] == "勤業眾信聯合會計師事務所"


def test_people_and_a_conjunction_before_a_firm_are_no_part_of_it():
    found = pairs("市長邀請美國食品藥物管理署（FDA）前官員及荷蘭商艾司摩爾科技股份有限公司（ASML）代表出席。")
    assert found["FDA"] == "美國食品藥物管理署"
    assert not found["ASML"].startswith(("前", "官員", "及"))
    assert found["ASML"].endswith("艾司摩爾科技股份有限公司")


def test_a_verb_like_word_before_a_holding_companys_word_is_inside_its_name():
    found = pairs("論壇中，晶揚科技（Jingyang Tech）與日月光投資控股（ASE Holdings）分享經驗。")
    assert found["ASE Holdings"] == "日月光投資控股"


def test_a_job_title_the_segmenter_cuts_in_two_still_ends_the_name():
    found = pairs("本次邀請當代原住民族工藝家李青峰（Akiyu）分享創作。")
    assert found.get("Akiyu") == "李青峰"
