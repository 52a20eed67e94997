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
