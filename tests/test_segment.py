"""Headings in every common form, paragraphs rejoined, measures with section, kind and language."""

from kb.segment import blocks_to_measures, lines_to_blocks, marker_level


def measures(text: str):
    blocks, keywords = lines_to_blocks(text.split("\n"))
    return blocks_to_measures("t", blocks), keywords


def test_marker_levels():
    assert marker_level("4.3.1 共织轨道交通便捷网") == 3
    assert marker_level("一、总体要求") == 1
    assert marker_level("（一）建设世界一流强港") == 2
    assert marker_level("第一章 总则") == 1
    assert marker_level("2 研究区域") == 1
    assert marker_level("2022年亚运会在杭州举办。") is None
    assert marker_level("一、加快建设港口，推进码头改造，完善集疏运体系，实现高质量发展。") is None


PDF_LIKE = """4 重点举措

4.1 补齐短板,构建产业体系

充分依托各城市的优势产业基础,加快高能级平台载体的联动

发展,加速构建分工协作和优势互补的产业体系,打造全国经

济的强劲增长极。

2 打造杭州湾湾口强劲增长极的必要性和

可行性

2.1 时代必要性

位于长三角北翼的苏南地区与上海的联系十分紧密,随着苏锡

常一体化建设的推进,苏南地区将进一步深化与上海的协同联

动发展。

(1)产业结构体系更加现代。数字经济蓬勃发展,初步构建一批

世界级产业集群。

(2)科技创新协同更加优质。初步形成资源开放共享的区域科技

创新协同体系。
"""


def test_paragraphs_rejoined_and_headings_nested():
    ms, _ = measures(PDF_LIKE)
    assert ms[0].text.startswith("充分依托") and ms[0].text.endswith("强劲增长极。")
    assert ms[0].section == "4 重点举措 › 4.1 补齐短板,构建产业体系"
    assert ms[1].section == "2 打造杭州湾湾口强劲增长极的必要性和可行性 › 2.1 时代必要性"
    assert "苏锡常一体化" in ms[1].text


def test_enumeration_starts_a_paragraph():
    ms, _ = measures(PDF_LIKE)
    assert ms[2].text.startswith("(1)") and ms[3].text.startswith("(2)")


def test_no_measure_contains_a_heading():
    ms, _ = measures(PDF_LIKE)
    assert all("4.1" not in m.text and "可行性" not in m.text for m in ms)


def test_short_unpunctuated_line_is_a_heading():
    text = "面临挑战和存在问题\n\n" + "面临港口功能优势弱化的挑战。处在起步阶段的杭州湾经济区面临新时代发展的新挑战。" * 2
    ms, _ = measures(text)
    assert ms[0].section == "面临挑战和存在问题"


def test_abstract_in_english_is_its_own_measure_and_keywords_kept():
    text = ("摘要:打造增长极,有助于支撑高质量发展。\n\n"
            "Abstract:BuildingastronggrowthpoleatthemouthofHangzhouBaywillhelpsupportChina's\n\n"
            "developmentandmodernization.\n\n"
            "Keywords:HangzhouBay,Marineeconomy\n\n0 引言\n\n当前全球经济仍处于下行周期。")
    ms, kw = measures(text)
    assert [m.kind for m in ms[:2]] == ["abstract", "abstract"]
    assert ms[1].lang == "en" and "strong growth pole at the mouth of Hangzhou Bay" in ms[1].text
    assert kw == ["HangzhouBay", "Marineeconomy"]
    assert ms[2].section == "0 引言"


def test_goal_kind_from_heading_and_text():
    ms, _ = measures("3.2 发展目标\n\n到2025年,基本建成现代化港口体系。\n")
    assert ms[0].kind == "goal"


def test_blank_lines_separate_paragraphs_in_plain_text():
    ms, _ = measures("第一段很长的文字说明内容。\n第二行继续说明。\n\n第二段开始了，内容在这里\n")
    assert len(ms) == 2
