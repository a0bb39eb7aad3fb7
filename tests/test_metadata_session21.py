"""Metadata rules from the misses of the spent set eval/meta22 (issue 22, session 21), on files of
our own: a field table saved with bars between its cells (发布机构 | 某区 | 发文日期 | 2021-04-06 |)
is read as labelled fields, its 标 题 cell not taken for the title with its bars; a field whose
value says there is none (文号 | 无号) is no value; a label run into the value before it
(信息来源:某市人民政府办公室文字大小:) leaves the office its 办公室; "Publish Time:" dates a page; a
forum's share toast (分享成功) is furniture; a repost's teaser headline right above the document's
own title (某区人民政府关于…的通知) gives way to it."""

from kb.metadata.genres import genre_of_title
from kb.metadata.labels import label_values, table_row_fields
from kb.metadata.titles import title_over_body
from kb.metadata.words import is_furniture
from tests.test_metadata_meta16 import doc_of

PIPED = (
    "索 引 号 | 14258248/2021-00309 | 分 类 | 国民经济管理/其他 / 通知 |\n"
    "发布机构 | 某区 | 发文日期 | 2021-04-06 |\n"
    "标 题 | 某区国民经济和社会发展第十四个五年规划纲要 | ||\n"
    "文 号 | 无号 | 主 题 词 | |\n"
    "内容概述 | |||\n"
    "时 效 | 有效 |\n"
    "引 言\n"
    "“十三五”以来,面对错综复杂的外部环境,某区统筹推进经济、政治、文化、社会和生态文明建设。\n"
)


def test_a_piped_table_row_is_read_as_labelled_fields():
    assert table_row_fields("发布机构 | 某区 | 发文日期 | 2021-04-06 |") == (
        "发布机构: 某区  发文日期: 2021-04-06"
    )
    assert table_row_fields("内容概述 | |||") == ""  # a row of empty cells says nothing
    # a line of a table whose first cell is no label is left as it is
    assert table_row_fields("项目 | 2020年 | 2021年") == "项目 | 2020年 | 2021年"


def test_a_piped_field_table_gives_title_date_and_issuer(tmp_path):
    doc = doc_of(tmp_path, "piped.txt", PIPED)
    assert doc.title == "某区国民经济和社会发展第十四个五年规划纲要"
    assert doc.date == "2021-04-06"
    assert doc.genre == "plan"


def test_a_value_saying_none_is_no_value(tmp_path):
    doc = doc_of(tmp_path, "piped.txt", PIPED)
    assert not doc.number  # 文号 | 无号


def test_a_label_run_into_the_value_before_leaves_it_whole():
    line = "发布时间:2023-07-31 08:47信息来源:某市人民政府办公室文字大小:[ ] 背景色:"
    assert ("信息来源", "某市人民政府办公室") in label_values(line)


def test_publish_time_dates_a_page(tmp_path):
    doc = doc_of(
        tmp_path,
        "release.txt",
        "A Thriving Coastal City\n\nPublish Time:2018-06-13 10:00:01Source:PR Newswire\n\n"
        "More than 2,500 years ago, a philosopher was born near the coastal city, which has "
        "since become a window to the world.\n\n"
        "The coastal city also has an inclusive culture and continued efforts in exchanges.\n",
    )
    assert doc.date == "2018-06-13"
    assert doc.issuer == "PR Newswire"


def test_a_share_toast_and_a_teaser_headline_give_way_to_the_document_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "forum.txt",
        "分享成功\n\n关于变更某城部分行政区划的通知!涉及东镇、西乡等乡镇\n\n本文已经收录在专题:\n\n\n"
        "某城区人民政府关于变更部分行政区划的通知\n\n某区政发〔2021〕11号\n\n\n某城区人民政府\n\n"
        "关于变更部分行政区划的通知\n\n\n各乡镇人民政府、街道办事处:\n\n"
        "根据省政府的批复,经区政府研究,现将有关事项通知如下。\n\n"
        "一、撤销东镇,设立东街道。\n",
    )
    assert doc.title == "某城区人民政府关于变更部分行政区划的通知"
    assert doc.issuer == "某城区人民政府"


def test_a_forum_threads_furniture_is_no_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "thread.txt",
        "设为首页收藏本站\n查看: 91|回复: 0\n\n[某省] 2024年某县政府工作报告\n\n[复制链接]\n\n"
        "2024年某县政府工作报告\n\n各位代表:\n\n现在,我代表县人民政府,向大会报告政府工作,请予审议。\n\n"
        "过去一年,全县经济运行稳中向好,地区生产总值增长6%。\n",
    )
    assert doc.title.endswith("2024年某县政府工作报告")
    assert doc.genre == "report"


STATUTE = (
    "政策法规选编\n\nOriginal URL: http://lib.example.cn/bin/mse.exe?rec=160\n\n"
    "某市机动车排气污染\n防 治 条 例\n\n第一章 总 则\n\n"
    "第一条 为防治机动车排气污染,保护和改善大气环境,根据有关法律、法规,结合本市实际,制定本条例。\n"
    "第二条 本市行政区域内的机动车排气污染防治适用本条例。\n"
)


def test_a_databases_banner_gives_way_to_the_statutes_own_title(tmp_path):
    doc = doc_of(tmp_path, "statute.txt", STATUTE)
    assert doc.title == "某市机动车排气污染防治条例"
    assert doc.genre == "regulation"


def test_a_first_line_naming_its_genre_keeps_the_title(tmp_path):
    # a title that names what the document is stays, whatever stands above 第一章
    text = STATUTE.replace("政策法规选编", "某市机动车排气污染防治条例(2020年修订)")
    assert doc_of(tmp_path, "titled.txt", text).title.startswith("某市机动车排气污染防治条例")


def test_a_row_of_links_with_the_sites_name_run_on_is_no_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "report.txt",
        "某网首页|客户端|官方微博|报刊投稿|邮箱 中国某某网\n\n"
        "建设多元一本的文化城市—2014年中国文化城市竞争力报告\n\n发布时间:2015-12-15 10:07:11\n\n"
        "报告认为,文化是城市竞争力的核心,城市应当建设多元一本的文化。\n",
    )
    assert doc.title == "建设多元一本的文化城市—2014年中国文化城市竞争力报告"


def test_the_statutes_title_is_closed_up_where_it_is_found():
    # its spaced characters closed up in title_over_body itself, not only by the title's repair
    assert title_over_body(STATUTE.splitlines()) == "某市机动车排气污染防治条例"
    assert genre_of_title("2024年某县政 府 工 作 报 告") == "report"


def test_a_forums_notes_are_furniture():
    assert is_furniture("查看: 91|回复: 0")
    assert is_furniture("本文已经收录在专题:")
    assert is_furniture("设为首页收藏本站")
    assert not is_furniture("查看全文: 某县政府工作报告")
