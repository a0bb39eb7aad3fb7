"""Metadata rules from the misses of meta26 (issue 22, session 25), on files of our own: a
headline whose line runs on into the page's fields (…兴业沃土 时间:2022-10-17 来源:澎湃新闻) is
the headline alone, and the fields give the date; the buttons ending a masthead's line (我要纠错
注册 登录, an e-paper's 前一天 后一天) make it furniture, never the title."""

from kb.metadata.source import run_on_fields
from kb.metadata.titles import without_fields
from kb.metadata.words import is_furniture
from tests.test_metadata_meta16 import doc_of

REPOST = (
    "当前位置:首页 - > 区域频道 - > 安徽\n\n"
    "某某的进化史:从发展洼地到兴业沃土 时间:2022-10-17    来源:澎湃新闻\n\n"
    "某某,北枕淮河、南临长江。它不仅是东向发展的桥头堡,也是坐拥两大都市圈的城市,近年跻身全国百强市。"
    "时间退回到十年前,当那时的我们以未来城市的视角审视这片土地时,可能未必能发现它的潜力。彼时,这座\n\n"
    "查看全文\n"
)


def test_a_headline_run_on_into_its_fields_is_the_headline(tmp_path):
    doc = doc_of(tmp_path, "repost.txt", REPOST)
    assert doc.title == "某某的进化史:从发展洼地到兴业沃土"
    assert doc.date == "2022-10-17"


def test_a_label_with_no_date_after_it_leaves_the_line_whole():
    line = "某某的进化史:从发展洼地到兴业沃土 来源:澎湃新闻"
    assert without_fields(line) == line  # no date: a label's row, or a title that says 来源
    assert without_fields("某某的进化史 时间:2022-10-17 来源:澎湃新闻") == "某某的进化史"


EPAPER = (
    "多媒体数字报 社长、总编辑:某某某 晚报热线:82220000 我要纠错 注册   登录\n"
    "某某晚报网 数字报 版面导航 日 星期 出版 前一天 后一天\n"
    "返回版面\n\n"
    "政府工作报告\n\n"
    "2026年1月9日某某市第十六届人民代表大会第六次会议通过\n\n"
    "各位代表:\n\n"
    "现在,我代表市人民政府向大会报告工作,请连同规划纲要草案一并审议,并请各位政协委员提出意见。\n\n"
    "一、2025年工作回顾\n\n"
    "过去一年,我们坚持稳中求进工作总基调,经济运行总体平稳、稳中有进,民生福祉持续增进。\n"
)


def test_a_mastheads_line_ending_in_its_buttons_is_furniture(tmp_path):
    assert is_furniture("多媒体数字报 社长、总编辑:某某某 晚报热线:82220000 我要纠错 注册   登录")
    assert is_furniture("某某晚报网 数字报 版面导航 日 星期 出版 前一天 后一天")
    assert is_furniture("Daily Gazette e-edition Sign in | Register")
    assert not is_furniture("关于加强用户注册与登录管理的通知")  # a title that speaks of them
    assert doc_of(tmp_path, "epaper.txt", EPAPER).title == "政府工作报告"


def test_the_fields_a_headline_runs_on_into_are_read_as_fields():
    lines = [
        "当前位置:首页 - > 区域频道",
        "某某的进化史:从发展洼地到兴业沃土 时间:2022-10-17    来源:澎湃新闻",
    ]
    assert run_on_fields(lines) == ["时间:2022-10-17    来源:澎湃新闻"]
    assert run_on_fields(["某某的进化史 来源:澎湃新闻"]) == []  # no date: no fields run on
