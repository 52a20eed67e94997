"""`fold_han`: Traditional Han folded to Simplified, character for character."""
from pipeline.nlp.script import fold_han


def test_fold_keeps_length_and_every_other_character():
    text = "臺灣 國際會議 週一 後天 2025年 😀 İ 서울 abc 中国"
    folded = fold_han(text)
    assert folded == "台湾 国际会议 周一 后天 2025年 😀 İ 서울 abc 中国"
    assert fold_han(folded) == folded and fold_han(text) == folded   # the second time from the table
    assert fold_han("") == "" and fold_han("plain ascii") == "plain ascii"
