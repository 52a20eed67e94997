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


def test_a_contraction_leaves_out_who_runs_the_body():
    found = orgs("衛福部與國立成功大學醫學院附設醫院（成大醫院）合作培訓照顧服務員，成大醫院並將派員協助。")
    assert "成大醫院" not in found
    assert "國立成功大學醫學院附設醫院" in found


def test_care_is_a_field_a_name_holds():
    assert "台灣長期照護專業協會" in orgs("衛福部今（12）日與台灣長期照護專業協會簽署合作備忘錄。")
    assert "中華民國長期照顧管理協會" in orgs("中華民國長期照顧管理協會今（12）日召開記者會。")
