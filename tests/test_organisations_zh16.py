"""Chinese organisation names (pipeline/stages/organisations/zh.py): forms of Taiwanese government
releases, on sentences written for these tests."""
from pipeline.stages.organisations import zh


def names(text: str) -> list[str]:
    return [text[s:e] for (s, e), _ in zh.find(text)]


def test_a_post_or_an_act_jieba_reads_as_a_noun_is_no_part_of_the_name():
    # 現任/時任/曾任 (a post held), 隸屬於 (belongs to), 代表 (on behalf of), 參觀 (visits)
    found = names("林主任現任臺南市政府文化局專員，該館隸屬於文化部，她曾代表嘉義縣政府出席，並參觀奇美實業股份有限公司。")
    assert "臺南市政府文化局" in found and "文化部" in found, found
    assert "嘉義縣政府" in found and "奇美實業股份有限公司" in found, found
    assert not any(n.startswith(("現任", "隸屬", "代表", "參觀")) for n in found), found


def test_a_gathering_in_hui_is_no_committee():
    found = names("市府將舉辦音樂會及全運會，研考會也出席說明。")
    assert "研考會" in found and "音樂會" not in found and "全運會" not in found, found


def test_a_kind_of_body_alone_is_no_contraction():
    assert "聯合會" not in names("出版聯合會通訊，並與聯合會合作。")


def test_bodies_counted_or_pointed_at_are_a_kind_not_a_name():
    found = names("轄內有3所社區大學、一些旅遊公司及這些協會參與，許多民進黨人也到場，臺南市旅遊協會表示歡迎。")
    assert not any(n.endswith(("社區大學", "旅遊公司")) for n in found) and "協會" not in found, found
    assert "民進黨" in found and "臺南市旅遊協會" in found, found


def test_a_universitys_college_or_centre_named_right_after_it_is_a_unit_of_it():
    found = names("國立東海大學環境科學研究中心與中央研究院語言學研究所合作，彰化師範大學生物學系也參與。")
    assert "國立東海大學環境科學研究中心" in found and "中央研究院語言學研究所" in found, found
    assert "環境科學研究中心" not in found and "語言學研究所" not in found, found
    # a clause after the university is no unit of it
    assert "成功大學" in names("成功大學舉辦研討會，並與中研院合作。")


def test_a_city_or_countys_own_body_is_named_with_its_shi_li():
    # 市立/縣立 (municipal, county-run): the segmenter reads 立 or 市立 as a verb
    found = names("由桃園市立管樂團演出，高雄市立民生醫院協助，新北市立板橋國中及屏東縣立東港高中也參加。")
    assert "桃園市立管樂團" in found and "高雄市立民生醫院" in found, found
    assert "新北市立板橋國中" in found and "屏東縣立東港高中" in found, found
    assert "管樂團" not in found, found


def test_a_community_development_association_is_named_by_its_community():
    # the segmenter reads the community's name as a verb (顯宮/v); a clause or list item begins before it
    found = names("顯宮社區發展協會理事長致詞，並與北區大港社區發展協會合作。")
    assert "顯宮社區發展協會" in found and any(n.endswith("大港社區發展協會") for n in found), found
    # guiding associations (輔導) or each of them (各) names none
    assert names("市府將輔導社區發展協會，各社區發展協會也參與。") == []


def test_a_village_office_is_named_by_its_village_and_district():
    found = names("與大里區健民里辦公處及顯宮里辦公處合作，民眾可洽各里辦公處。")
    assert "大里區健民里辦公處" in found and "顯宮里辦公處" in found, found
    assert not any("各" in n for n in found), found


def test_a_later_mention_cut_short_at_ji_is_the_longer_body_not_one_of_its_own():
    found = names("經濟部中小及新創企業署表示，詳情請至中小及新創企業署網站查詢。")
    assert found == ["經濟部中小及新創企業署"], found


def test_venues_in_zhongxin_are_no_bodies():
    found = names("音樂會將於新營文化中心及吳園藝文中心演出，並在安平遊客中心展出；數位文化中心也協助。")
    assert found == ["數位文化中心"], found


def test_each_body_of_a_kind_is_no_name():
    assert names("民眾可洽各區長照服務中心或各區公所，每所國中也將配合。") == []
    assert "永康區公所" in names("永康區公所表示，各里辦公處將配合。")


def test_a_district_whose_first_character_is_a_generic_word_names_its_bodies():
    # 新營區: the segmenter reads 新 (new) + 營區 (barracks)
    found = names("新營區農會總幹事致詞，新市區公所也到場。")
    assert "新營區農會" in found and "新市區公所" in found, found
    assert names("該社區發展協會與新公司合作。") == []


def test_a_body_followed_by_signing_keeps_its_name():
    # 簽署 (sign) begins with no bureau: 政府 + 簽署, 醫院 + 簽署 are a body and a verb
    found = names("嘉義縣政府簽署合作備忘錄，高雄長庚紀念醫院簽署協議，外交部簽署協定。")
    assert found == ["嘉義縣政府", "高雄長庚紀念醫院", "外交部"], found


def test_a_kind_of_body_that_belongs_to_another_is_no_name():
    found = names("海山國小家長會會長致詞，民眾可洽鄉鎮公所，成功大學管弦樂團也演出。")
    assert "家長會" not in found and not any(n.endswith("鄉鎮公所") for n in found), found
    assert "管弦樂團" not in found and "成功大學管弦樂團" in found, found


def test_lianhe_right_before_the_organisation_word_is_part_of_the_name():
    # 聯合 (jointly) ends a name read leftwards, except where it begins the body's own word
    found = names("高雄市立聯合醫院及國立聯合大學合作，並與嘉義縣政府聯合舉辦，兩校成立聯合實驗室。")
    assert found == ["高雄市立聯合醫院", "國立聯合大學", "嘉義縣政府"], found


def test_a_name_does_not_begin_on_a_character_that_never_stands_alone():
    # 感染/v + 症/zg + 醫學會: the name goes back over the word 症 is bound to
    found = names("疾管署與台灣感染症醫學會合作。")
    assert "台灣感染症醫學會" in found and "症醫學會" not in found, found


def test_a_count_of_bodies_leaves_no_empty_name():
    assert names("組織由3司11局改為3司12局，部隊在107處駐紮。") == []


def test_a_criminal_ring_is_no_company():
    from pipeline import extract
    text = "市警局今日破獲跨境詐騙集團，並瓦解一個走私集團；青山集團則捐贈物資。"
    found = [o.name for o in extract(text, lang="zh", anchor="2025-12-06")["organisations.jsonl"]]
    assert "青山集團" in found and not any(n.endswith(("詐騙集團", "走私集團")) for n in found), found
