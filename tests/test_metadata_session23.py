"""Metadata rules from the misses of the spent sets (issue 22, session 23), on files of our own:
the one city a short item names twice is its city; a lead opening with the outlet's own mark in
any of its forms (本网讯, 本台消息, not only 本报讯) is news; a Chinese story whose first paragraphs
open on a day (9月25日，…) is news even where the page carries no date; "By:" and a line of
names alone are bylines; a masthead names the publisher; 某日报11月5日讯 names its outlet; a city
named with its province (浙江省绍兴市…) is the city's."""

from kb.metadata.anchors import is_dateline
from tests.test_metadata_meta16 import doc_of

BRIEF = (
    "时事要闻\n\n纪念活动举行\n\n"
    "9月3日是纪念日。镇江市举办主题活动,活动采取线上线下相结合的方式开展,吸引了大批镇江市民参与。\n"
)


def test_the_one_city_a_short_item_names_twice_is_its_city(tmp_path):
    assert doc_of(tmp_path, "brief.txt", BRIEF).city == "zhenjiang"


def test_a_city_named_once_in_passing_is_not_the_items_city(tmp_path):
    once = BRIEF.replace("镇江市举办", "市里举办")
    assert doc_of(tmp_path, "once.txt", once).city is None


def test_the_outlets_own_mark_in_any_form_opens_a_dateline():
    for lead in ("本网讯 11月4日,某县党政代表团来我县考察。", "本台消息 昨天,…", "本报讯 近日,…"):
        assert is_dateline(lead), lead
    assert not is_dateline("本网站所载文章仅代表作者本人观点。")


def test_a_county_news_item_under_its_own_mark_is_news(tmp_path):
    text = (
        "某县党政代表团来我县考察\n\n"
        "本网讯 11月4日,某县县委书记率党政代表团来我县考察学习,县委、县政府主要负责同志陪同。\n\n"
        "代表团先后来到多家企业和村庄,实地了解产业发展和乡村建设情况。\n"
    )
    assert doc_of(tmp_path, "visit.txt", text).genre == "news"


def test_a_story_opening_on_its_day_is_news_though_the_page_is_undated(tmp_path):
    text = (
        "◎大学生微拍节聚焦某县\n\n"
        "秋高气爽,云淡风轻。在这个浪漫的季节,一批年轻的大学生来到某县红木小镇,分享小镇的风韵。\n\n"
        "9月25日,某县首届大学生微拍节拉开帷幕,小镇汇聚了一批来自省内外高校的大学生和摄影爱好者。\n"
    )
    assert doc_of(tmp_path, "festival.txt", text).genre == "news"
    # the same page opening on no day is not news by that
    plain = text.replace("9月25日,", "如今,")
    assert doc_of(tmp_path, "plain.txt", plain).genre != "news"


def test_a_byline_with_a_colon_is_a_byline_and_the_headline_stands_above_it(tmp_path):
    text = (
        "Jane Roe lores\nJane Roe\nSenior Associate, Regional Economics\n"
        "Jane Roe is a senior associate at the institute, where her research focuses on how "
        "cities and regions grow and on the people who move between them.\n"
        "read bio\n\n"
        "Emerging Regional Clusters: Growth Challenges for Smaller Cities\n\n"
        "By: Jane Roe and John Doe\nSeptember 11, 2017\n\n"
        "Together, urbanization and the growth of regional clusters play a vital role in driving "
        "the country's economic development, and smaller cities now lead that growth.\n"
    )
    doc = doc_of(tmp_path, "clusters.txt", text)
    assert doc.title == "Emerging Regional Clusters: Growth Challenges for Smaller Cities"


def test_a_line_of_names_alone_is_a_byline_not_a_headline():
    from kb.metadata.labels import names_byline

    assert names_byline("Denise Tsang , Chan Ho-him and Kathleen Magramo")
    assert names_byline("Zhang Wei and Li Na")
    # a headline of places or of everyday words is no byline
    assert not names_byline("Greater Bay Area and Hong Kong")
    assert not names_byline("Smart Cities and Green Growth")


def test_a_masthead_names_the_publisher(tmp_path):
    text = (
        "China Daily\n\nA city built by water\n\n"
        "The development of the city and the waterway has remained intertwined for millennia, "
        "our reporter writes from the banks of the canal.\n\n"
        "The canal still carries freight and, more and more, visitors who come to see the old "
        "towns along its banks.\n"
    )
    assert doc_of(tmp_path, "canal.txt", text).issuer == "China Daily"


def test_an_outlets_newsflash_dateline_names_it(tmp_path):
    from kb.metadata.anchors import dateline_outlet

    assert dateline_outlet("浙江日报杭州11月5日讯 记者从省民政厅了解到,…") == "浙江日报"


def test_a_city_named_with_its_province_is_the_citys():
    from kb.metadata.places import above_city, city_at_start

    title = "浙江省绍兴市调整部分行政区划 撤绍兴县设柯桥区"
    assert city_at_start(title) == "shaoxing"
    assert not above_city(title)
    # the province alone is above any city
    assert above_city("浙江省人民政府关于调整部分行政区划的通知")
    assert city_at_start("浙江省人民政府关于调整部分行政区划的通知") is None


MENU_PAGE = (
    "Help | Sitemap | Archive | Advanced Search\n\nMessage Board\nVoice of Readers\nChina Quiz\n"
    "China At a Glance\nConstitution of the PRC\nState Organs of the PRC\nEnglish Websites\n"
    "About Us\n\nMore Taiwan Businesses to Invest in East China City\n\n"
    "Investors from Taiwan have gone in for more than 760 businesses in the city, an emerging "
    "city in east China's Jiangsu Province, involving a total investment of 4 billion dollars.\n\n"
    "Local analysts attributed the surge to its ever improving business environment.\n"
)


def test_a_menus_item_gives_way_to_the_headline_over_the_lead(tmp_path):
    doc = doc_of(tmp_path, "menu.txt", MENU_PAGE)
    assert doc.title == "More Taiwan Businesses to Invest in East China City"


def test_a_short_title_close_above_its_text_stays(tmp_path):
    text = (
        "Ningbo Ports\n\nA Brief History of the Port City\n\n"
        "The history of the port city can be traced back seven thousand years, and its harbour "
        "has traded with the world for more than a thousand of them.\n"
    )
    assert doc_of(tmp_path, "ports.txt", text).title == "Ningbo Ports"


def test_two_sentences_over_the_lead_are_no_headline(tmp_path):
    two = "The port is old, and trade is older. The discovery of its relics tells how old"
    page = MENU_PAGE.replace("More Taiwan Businesses to Invest in East China City", two)
    assert doc_of(tmp_path, "menu.txt", page).title != two


def test_a_notice_under_a_sites_breadcrumbs_is_a_web_page(tmp_path):
    body = (
        "某市人民政府办公室关于做好夏季防汛工作的通知\n\n"
        "各县(市、区)人民政府，市政府各部门：\n\n"
        "为切实做好今年夏季防汛工作，保障人民群众生命财产安全，现将有关事项通知如下。\n"
    )
    page = doc_of(tmp_path, "page.txt", "首页 > 政务公开 > 通知公告\n\n" + body)
    assert page.genre == "notice" and page.doc_type.startswith("EB")
    assert not doc_of(tmp_path, "plain.txt", body).doc_type.startswith("EB")


def test_a_spaced_title_label_is_no_part_of_the_title(tmp_path):
    text = (
        "发布机构: 某市政府办公室\n成文日期: 2022-01-25\n"
        "名  称: 关于2021年目标任务完成情况的通报\n\n"
        "2021年,全市上下认真贯彻落实各项决策部署,经济社会发展主要目标任务总体完成,现将有关情况通报如下。\n"
    )
    assert doc_of(tmp_path, "bulletin.txt", text).title == "关于2021年目标任务完成情况的通报"


def test_a_line_echoed_in_the_running_text_is_not_the_title(tmp_path):
    text = (
        "当前位置:首页 > 政务公开 > 市政府文件\n"
        "某市人民政府关于印发2026年重点工作分工方案的通知\n\n"
        "各区、县(市)人民政府,市政府各部门:\n\n"
        "市人民代表大会批准的《政府工作报告》确定了2026年全市经济社会发展的预期目标,现将重点工作"
        "分工方案印发给你们,请结合实际认真贯彻落实,确保各项任务按期完成。\n\n"
        "一、扩大有效投资\n牵头单位:市发展改革委\n\n二、稳定工业增长\n牵头单位:市发展改革委\n"
    )
    doc = doc_of(tmp_path, "division.txt", text)
    assert doc.title == "某市人民政府关于印发2026年重点工作分工方案的通知"


def test_the_headline_over_a_print_citation_is_the_title(tmp_path):
    text = (
        "第19版:广告\n\n某报图文数据库(1946-2021)\n\n某报 2021年05月21日 星期五\n\n"
        "返回目录 放大缩小全文复制\n\n美丽滨城 某市新区\n\n"
        "《 某报 》( 2021年05月21日   第 19 版)\n\n"
        "新区位于某市东部沿海,地处经济带和城市群的交汇点,是大陆桥最近的东部起点,区位优势明显。\n"
    )
    assert doc_of(tmp_path, "epaper.txt", text).title.replace(" ", "") == "美丽滨城某市新区"
