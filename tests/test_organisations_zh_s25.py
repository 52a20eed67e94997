"""Chinese organisations (twenty-fifth session): a city's or county's own body named without the
place that runs it (`聯合醫院` of `臺北市立聯合醫院`) is the same body. Sentences written here; the
bodies are invented."""
from pipeline.api import extract


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: [m.text for m in o.mentions] for o in extract(text, lang="zh", anchor="2025-03-04")["organisations.jsonl"]}


def test_a_body_named_without_the_city_that_runs_it_is_one_body():
    orgs = _orgs("青山市立聯合醫院今（4）日與遠光醫學大學簽署合作協議，雙方將共同開設長照課程。"
                 "聯合醫院總院長表示，該院自2018年起投入居家醫療服務。遠光醫學大學亦將與聯合醫院合作進行研究。")
    assert "聯合醫院" not in orgs
    assert orgs.get("青山市立聯合醫院", []).count("聯合醫院") >= 1


def test_a_subsidiary_in_a_place_named_by_its_initial_is_no_name():
    orgs = _orgs("經濟部今日核准日商遠星電子株式會社增資其在臺子公司台灣遠星股份有限公司。美商青峰公司亦宣布其駐台分公司將擴編。")
    assert not any(n.endswith(("子公司", "分公司")) for n in orgs)
    assert {"遠星電子株式會社", "台灣遠星股份有限公司"} <= set(orgs)


def test_a_firms_field_between_two_company_words_is_one_name():
    orgs = _orgs("經濟部今日核准新加坡商遠星資本管理公司投資國內離岸風電開發商青峰能源股份有限公司。")
    assert "遠星資本管理公司" in orgs
    assert "管理公司" not in orgs


def test_a_company_name_opened_by_a_word_read_as_a_verb_after_its_preposition():
    orgs = _orgs("青山市政府今（2）日與遠航智聯股份有限公司、國立青山大學簽署合作備忘錄。")
    assert "遠航智聯股份有限公司" in orgs
    assert "智聯股份有限公司" not in orgs
