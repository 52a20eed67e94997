"""Chinese: another country's ministry is named by the country and the ministry's field in its own
words (`荷蘭經濟事務及氣候政策部`), a field no stem list of ours holds; a direction or a headquarters
after a country (`美國西部`, `美國總部`) is no ministry. The sentences are written for these tests."""
from pipeline import extract


def run(text):
    return extract(text, lang="zh", anchor="2026-11-05")


def orgs(text):
    return {o.name: o for o in run(text)["organisations.jsonl"]}


def test_a_foreign_ministry_named_by_its_country_and_field():
    text = "經濟部今（5）日與荷蘭經濟事務及氣候政策部在臺北簽署合作備忘錄。"
    found = orgs(text)
    assert found["荷蘭經濟事務及氣候政策部"].kind == "government"
    agreement = next(e for e in run(text)["events.jsonl"] if e.type == "agreement")
    assert ("荷蘭經濟事務及氣候政策部", "partner") in [(p.name, p.role) for p in agreement.participants]
    assert "法國高等教育及研究部" in orgs("教育部與法國高等教育及研究部於今（5）日簽署備忘錄。")


def test_a_direction_or_a_headquarters_after_a_country_is_no_ministry():
    assert not orgs("美國西部各州今（5）日發布高溫警報。")
    assert not orgs("該公司的美國總部位於加州。")
