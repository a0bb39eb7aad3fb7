"""Metadata rules from the misses of the spent set eval/meta21 (issue 22, session 20), on files of
our own: an open-government table's row of labels with empty cells (信息来源 关 键 词) is no title,
and its 信息名称 cell (without a colon) names the document; a link to the site's mobile version
(某某网移动版) is furniture; a photographer's name in pinyin printed under each picture (Tian
Shengjie) is no title for being printed twice; a government work report titled with the short
form (某某市政府工作报告) is the people's government's (某某市人民政府); a page's view count
(浏览量 28927) is no author."""

from tests.test_metadata_meta16 import doc_of

TABLE = (
    "当前位置: 首页 > 市交通运输局 > 监督保障> 政务公开制度\n"
    "索 引 号 003110926/201510-00216 信息分类 信息公开制度\n"
    "发布机构 市交通运输局 发布日期 2015-10-15 10:06:36\n"
    "信息来源 关 键 词\n"
    "主题分类 服务对象分类\n"
    "体裁分类 生命周期分类\n"
    "文 号 信息格式/语种\n"
    "信息名称 关于印发某某市政务公开工作规则的通知\n"
    "内容概述\n"
    "关于印发某某市政务公开工作规则的通知\n\n"
    "各县(市)、区人民政府,市政府各部门:\n\n"
    "经市政府同意，现将《某某市政务公开工作规则》印发给你们，请认真贯彻执行。\n\n"
    "第一条 为规范政务公开工作，制定本规则。\n"
)


def test_a_row_of_empty_cells_is_no_title_and_the_named_cell_is(tmp_path):
    doc = doc_of(tmp_path, "table.txt", TABLE)
    assert doc.title == "关于印发某某市政务公开工作规则的通知"
    assert doc.genre == "notice"


def test_the_information_name_cell_gives_the_title_first(tmp_path):
    # without the title repeated under the table, the cell alone names it
    text = TABLE.replace("内容概述\n关于印发某某市政务公开工作规则的通知\n", "内容概述\n")
    assert doc_of(tmp_path, "cell.txt", text).title == "关于印发某某市政务公开工作规则的通知"


def test_a_link_to_the_mobile_version_is_furniture(tmp_path):
    doc = doc_of(
        tmp_path,
        "repost.txt",
        "• 某某网移动版\n\n    某某网移动版\n\n两岸记者集中采访活动走进某城\n\n"
        "2016-12-15 13:28:00\n来源:某城新闻网\n\n"
        "12月14日,两岸记者集中采访活动走进某城。来自两岸的新闻记者聚焦某城经济社会发展。\n\n"
        "在滨江阅读点,大家为这座建立在码头上的书屋点赞。\n",
    )
    assert doc.title == "两岸记者集中采访活动走进某城"


def test_a_photographers_name_printed_twice_is_no_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "item.txt",
        "District vows to boost global cooperation on sci-tech innovation\n\n"
        "Tian Shengjie\nInternational cooperation is important for innovation, according to "
        "the district's Party secretary.\nTian Shengjie\n\n"
        "With high-quality development in mind, the district will enhance international "
        "cooperation in science and technology innovation.\n\n"
        "Speaking at a press conference on Tuesday, he said innovation should be of mutual "
        "benefit.\n",
    )
    assert doc.title == "District vows to boost global cooperation on sci-tech innovation"


def test_a_government_work_report_is_the_peoples_governments(tmp_path):
    doc = doc_of(
        tmp_path,
        "report.txt",
        "2025年某岭市政府工作报告\n\n发布日期:2025-02-28 15:13:31    信息来源:市人民政府\n\n"
        "2025年2月19日在某岭市第十七届人民代表大会第五次会议上\n\n"
        "某岭市人民政府市长  某某某\n\n各位代表:\n\n"
        "现在,我代表市人民政府向大会报告政府工作,请予审议。\n\n"
        "过去一年,全市地区生产总值增长6.3%。\n",
    )
    assert doc.issuer == "某岭市人民政府"


def test_a_pages_view_count_is_no_author(tmp_path):
    doc = doc_of(
        tmp_path,
        "roundup.txt",
        "央媒看某江 | 近期，多家中央媒体持续关注某江这些工作\n\n"
        "2023-12-24 10:48:27   某江e媒\n浏览量 28927\n\n"
        "近期，某城光氢储智能互补示范充电站在产业园落成并投入使用。\n\n"
        "航拍镜头下的光伏电站，一块块光伏发电板连片成海，蔚为壮观。\n",
    )
    assert doc.authors == []


def test_a_dated_chinese_item_whose_lead_says_when_is_news(tmp_path):
    doc = doc_of(
        tmp_path,
        "county.txt",
        "您当前的位置: 某县新闻 > 时政要闻\n"
        "县十六届人大二次会议隆重开幕 某某某主持 某某某作政府工作报告 某某某等出席\n"
        "发布时间:2018-01-17 08:23:59\n\n"
        "群贤毕至谋发展,凝心聚力著华章。昨日下午,县第十六届人民代表大会第二次会议在水之灵剧场隆重开幕。"
        "来自全县各条战线的人大代表,肩负着全县人民的重托和希望,汇聚一堂,依法履职,共商发展大计,共绘未来美好蓝图。\n\n"
        "开幕式由大会执行主席、主席团常务主席某某某主持。\n",
    )
    assert doc.genre == "news"
