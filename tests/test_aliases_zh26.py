"""Chinese aliases: a firm's registered name with its legal form (`…株式會社`, `…股份有限公司`) runs back over
the words a clause would not hold, but not over a conjunction the segmenter reads as a word of its own
(`岡山大學及銘建工業株式會社（…）`: two bodies, the bracket renders the second). Sentences written here."""
from pipeline import extract


def pairs(text):
    return [(a.name.text, a.alias.text) for a in extract(text, lang="zh", anchor="2025-11-07")["aliases.jsonl"]]


def test_the_name_begins_after_the_conjunction():
    found = pairs("訪問團一行也參訪了青山大學及銘建工業株式會社（Meiken Lamwood Corporation），了解生產流程。")
    assert found == [("銘建工業株式會社", "Meiken Lamwood Corporation")], found


def test_a_registered_name_still_runs_over_its_own_verbs_and_titles():
    found = pairs("他們拜會了萊茵技術監護顧問股份有限公司（TÜV Rheinland），了解流程。")
    assert found == [("萊茵技術監護顧問股份有限公司", "TÜV Rheinland")], found
