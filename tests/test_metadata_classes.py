"""Rules by class for what the spent metadata sets still missed after `docs5` (issue 22, session of
`docs6`): an English page's navigation taken for its title (a line of navigation words, a link's
label and the link under it, menu items glued or run together, font buttons, a field among fields),
a cover title in capitals inside a PDF's text run into one line, and the one city a page is wholly
about. Each text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from kb.metadata import read_metadata
from kb.metadata.titles import glued_menu, is_navigation, menu_row, title_like
from kb.readers import Read


def meta(lines, fmt: str = "txt", stated: dict | None = None) -> dict:
    read = Read(blocks=[], fmt=fmt, raw_lines=lines, stated=stated or {})
    return read_metadata(read, [], None)


BODY = (
    "The city opened three new ferry lines on Monday, linking the islands with the port, and "
    "plans two more before the summer, the transport bureau said."
)


def test_a_line_of_navigation_words_is_no_title():
    for line in [
        "Advanced Search",
        "Previous Story in Section",
        "Photos uploaded by Li Ming",
        "All Press Releases for March 3, 2019",
        "SPONSORED CONTENT Advertiser retains sole responsibility for this article",
    ]:
        assert is_navigation(line), line
    for line in ["Ferry lines link the islands", "Search for talent goes on", "Latest ferries"]:
        assert not is_navigation(line), line
    got = meta(["Advanced Search", "Ferry lines link the islands", BODY])
    assert got["title"] == "Ferry lines link the islands"


def test_the_link_under_a_link_label_is_no_title():
    lines = [
        "Next Story in Section",
        "Harbour museum reopens after repairs",
        "Ferry lines link the islands",
        BODY,
    ]
    assert meta(lines)["title"] == "Ferry lines link the islands"


def test_menu_items_glued_or_run_together_are_no_title():
    assert glued_menu("HomeLocal newsPorts")
    assert not glued_menu("eZhejiang opens ferry lines")
    row = "About Zhoushan Culture and Arts Government Business Living Travel FAQ News"
    assert menu_row(row) and not title_like(row)
    assert not menu_row("The Policy Evolution of Regional Integration Development in the Delta")
    got = meta(["HomeLocal newsPorts", row, "Ferry lines link the islands", BODY])
    assert got["title"] == "Ferry lines link the islands"


def test_font_buttons_and_fields_among_fields_are_no_title():
    lines = [
        "Font Type:",
        "Arial Georgia Verdana",
        "Aa Aa Aa",
        "Category:",
        "Upload: others",
        "View: 3 times",
        "Ferry lines link the islands",
        BODY,
    ]
    assert meta(lines)["title"] == "Ferry lines link the islands"
    assert meta(["Title:", "Ferry lines link the islands", BODY])["title"] == (
        "Ferry lines link the islands"
    )


RUN_ON = (
    "Public Disclosure Copy Document of The World Bank Report No: ABC0001 FERRY NETWORK "
    "PROJECT COMPLETION REPORT APPROVED ON MAY 3, 2018 Ferry Global Practice East Asia Region "
    "Vice President: Someone Director: Someone Else"
)


def test_a_cover_title_in_capitals_inside_a_run_on_line():
    got = meta(["Share this document", "Date post: 14-Oct-2020", RUN_ON])
    assert got["title"] == "FERRY NETWORK PROJECT COMPLETION REPORT"
    # printed above in its own case, that print is the title
    got = meta(["Ferry Network Project Completion Report for 2018", RUN_ON])
    assert got["title"] == "Ferry Network Project Completion Report for 2018"


def test_a_given_name_after_a_surname_is_no_place():
    from kb.cities import tag_cities

    assert tag_cities("Xia Deqing inspected Ningbo on Monday").cities == ["ningbo"]
    assert "huzhou" in tag_cities("Tea farms in Deqing and Ningbo").cities


def test_an_english_title_is_of_the_genre_it_names_first():
    from kb.metadata.genres import genre_of_title

    title = "Notice of the Municipal Government on Printing Several Measures for Ferry Services"
    assert genre_of_title(title) == "notice"
    assert genre_of_title("Measures of the City for Ferry Services Notice Board") == "regulation"


def test_a_headline_in_the_present_tense_or_saying_a_document_was_made_is_news():
    from kb.metadata.genres import reports_on_a_document

    for title in [
        "Zhoushan prioritizes ferry services",
        "Island ferry network keeps growing",
        "City deputies review the ferry report",
        "Xia Deqing inspects Ningbo",
        "Measures issued to support ferry operators",
    ]:
        assert reports_on_a_document(title), title
    for title in [
        "Interim measures for ferry services",
        "Interim measures concerning ferry services",
        "What are the complementary roles Ningbo and Zhoushan play?",
        "Measures Issued by the Municipal Government",
        "Ferry Services Report",
    ]:
        assert not reports_on_a_document(title), title
    got = meta(["Island ferry network keeps growing", "Updated: March 3, 2020", BODY])
    assert got["genre"] == "news"


def test_a_page_wholly_about_one_city_is_of_that_city():
    lines = [
        "Related News",
        "Home Ports",
        "Old port, new records",
        "Ningbo's container terminals handled a record volume this year, ahead of Shanghai.",
        "Dock workers in Ningbo said the new cranes doubled what a shift can move.",
        "The port now links Ningbo with Singapore and 200 other ports.",
    ]
    assert meta(lines)["city"] == "ningbo"  # named below the headline, three times to two
    lines[4] = "Dock workers said the new cranes doubled what a shift can move."
    assert meta(lines)["city"] is None  # twice to two: no one city


def test_a_title_naming_a_province_has_no_city_of_its_text():
    lines = [
        "Third session of Zhejiang Provincial People's Congress opens",
        "The session opened in Hangzhou on Monday, with deputies from every city.",
        "Deputies met in Hangzhou's hall to review the province's work report.",
    ]
    assert meta(lines)["city"] is None


def test_a_municipal_body_by_its_short_form_is_of_the_one_city_the_text_names():
    from kb.metadata.places import about_a_city

    lines = ["关于加强燃气安全的实施意见", "为加强我市燃气安全管理，根据绍兴市的规定，制定本意见。"]
    assert about_a_city("市政府办公厅", "关于加强燃气安全的实施意见", lines) == "shaoxing"
    lines.append("本意见参照杭州市的做法。")
    assert about_a_city("市政府办公厅", "关于加强燃气安全的实施意见", lines) is None


def test_a_value_run_on_into_the_next_label_is_read_apart():
    from kb.metadata.labels import label_values

    assert label_values("From:Zhoushan Daily Updated:2023-05-02") == [
        ("From", "Zhoushan Daily"),
        ("Updated", "2023-05-02"),
    ]
    got = meta(["Ferry lines link the islands", "From:Zhoushan Daily Updated:2023-05-02", BODY])
    assert (got["issuer"], got["date"]) == ("Zhoushan Daily", "2023-05-02")


def test_a_time_label_dates_a_portal_item():
    got = meta(
        ["HOME > News", "Ferry lines link the islands", "TIME : 2023-05-02    CLICK :", BODY]
    )
    assert got["date"] == "2023-05-02"


def test_a_copyright_sign_read_as_gbk_and_an_open_range_of_years():
    lines = [
        "Ferry lines link the islands",
        BODY,
        "Copyright 漏 2001- Zhoushan Daily. All rights reserved.",
    ]
    assert meta(lines)["issuer"] == "Zhoushan Daily"


def test_a_city_paper_on_another_city_gives_that_city():
    lines = [
        "Ferry lines link the islands",
        "Ningbo opened three ferry lines on Monday, linking its islands with the port.",
        "Ningbo plans two more lines before the summer, the city's transport bureau said.",
        "Copyright © 2001 Shanghai Daily. All rights reserved.",
    ]
    got = meta(lines)
    assert (got["issuer"], got["city"]) == ("Shanghai Daily", "ningbo")


def test_a_bulleted_menu_item_and_a_banner_in_capitals_are_no_title():
    lines = [
        "• 我的订阅",
        "• 国内",
        "渡轮新航线连通海岛",
        "来源:舟山日报 2023-05-02",
        "本报讯 三条新航线昨日开通。",
    ]
    assert meta(lines)["title"] == "渡轮新航线连通海岛"
    lines = [
        "ISLAND ASSOCIATED PRESS",
        "  • TRUSTED",
        "DONATE SUBSCRIBE",
        "Ferry lines link the islands",
        BODY,
    ]
    assert meta(lines)["title"] == "Ferry lines link the islands"


def test_an_outlet_before_a_headline_colon_or_in_brackets_under_the_date():
    got = meta(["Zhoushan Daily: ferry lines link the islands", BODY])
    assert got["issuer"] == "Zhoushan Daily"
    assert meta(["In-depth: ferry lines link the islands", BODY])["issuer"] is None
    lines = ["Ferry lines link the islands", "Updated : 2018-01-10", "(Zhoushan Daily)", BODY]
    assert meta(lines)["issuer"] == "Zhoushan Daily"


def test_a_county_of_a_known_city_names_that_city():
    lines = [
        "太湖县人民政府关于印发《工作规则》的通知",
        "各乡、镇人民政府:",
        "太湖县人民政府",
        "2019年1月17日",
    ]
    assert meta(lines)["city"] == "anqing"


COVER = (
    "Technical Assistance Report Project Number: 12345-001 Policy Advice April 2019 Ferry Network "
    "Studies for the Islands This document is being disclosed to the public in accordance with "
    "the disclosure policy. CURRENCY EQUIVALENTS (as of 11 April 2019) Currency unit – Yuan (CNY) "
    "ABBREVIATIONS TA – technical assistance NOTE In this report, $ refers to US dollars."
)


def test_a_report_s_cover_run_into_one_line_dates_and_names_it():
    got = meta(["Ferry Network Studies for the Islands", "Total Page:16", COVER])
    assert (got["date"], got["genre"]) == ("2019-04", "report")
    approved = COVER.replace("Policy Advice April 2019", "APPROVED ON APRIL 3, 2019")
    got = meta(["Ferry Network Studies for the Islands", "Total Page:16", approved])
    assert got["date"] != "2019-04-03"
    paragraph = "The ferry report won praise. " + COVER  # a paragraph, not a cover
    got = meta(["Ferry Network Studies for the Islands", "Total Page:16", paragraph])
    assert got["genre"] != "report"


def test_a_row_naming_the_document_gives_the_title():
    lines = [
        "• 网站首页",
        "信息名称:区政府办公室关于印发《渡口管理办法》的通知",
        "索 引 号:014119467/2020-00556",
        "区政府办公室关于印发《渡口管理办法》的通知",
        "各街道:",
        "现将《渡口管理办法》印发给你们,请认真贯彻执行。",
    ]
    assert meta(lines)["title"] == "区政府办公室关于印发《渡口管理办法》的通知"
    # a row whose value is no document's title stays a row
    from kb.metadata.titles import without_title_label

    assert without_title_label("名称:渡口") == "名称:渡口"


def test_a_crumb_set_apart_by_slashes_is_no_title():
    lines = ["Island Ten Years On / Latest", "Ferry lines link the islands", BODY]
    assert meta(lines)["title"] == "Ferry lines link the islands"
    assert meta(["Ningbo / Zhoushan ferry opens", BODY])["title"] == "Ningbo / Zhoushan ferry opens"


def test_a_place_s_name_alone_above_the_dating_line_is_the_headline():
    lines = ["Home>Cities", "Zhoushan", "example.edu.cn| Updated: February 10, 2021 L M S", BODY]
    assert meta(lines)["title"] == "Zhoushan"
    lines = ["Latest", "example.edu.cn| Updated: February 10, 2021", "Ferry lines", BODY]
    assert meta(lines)["title"] != "Latest"


def test_a_reply_to_a_proposal_is_no_opinion():
    from kb.metadata.genres import genre_of_title

    assert genre_of_title("对市人大十五届二次会议第0875号提案的答复意见") is None
    assert genre_of_title("关于推进渡口建设的实施意见") == "opinion"


def test_a_domain_is_no_label_and_a_paper_s_name_row_is_its_source():
    from kb.metadata.labels import label_values

    assert label_values("Source:english.example.gov.cn Editor:Li") == [
        ("Source", "english.example.gov.cn"),
        ("Editor", "Li"),
    ]
    lines = [
        "当前报纸名称:舟山日报",
        "渡轮新航线开通",
        "日期:12-23",
        "三条新航线昨日开通。记者 李明 摄",
    ]
    got = meta(lines)
    assert (got["issuer"], got["city"]) == ("舟山日报", "zhoushan")


def test_a_headline_under_a_label_alone_is_no_field_and_a_cms_credit_no_title():
    lines = [
        ">Office of the Mayor>My Speech",
        "Eyesight Protection:",
        "Li Ming: build the ferry market at a high level and upgrade the port",
        BODY,
        "Produced By 某某网络 发布系统",
    ]
    assert meta(lines)["title"] == (
        "Li Ming: build the ferry market at a high level and upgrade the port"
    )
    assert is_navigation("Powered by Someone CMS")


def test_the_only_city_a_short_page_names_three_times_is_its_city():
    lines = [
        "Make steady progress with solid work",
        "Posted by: Release time:",
        "Under the leadership of the Zhoushan Municipal Government, Zhoushan has served its "
        "fishing industry and Zhoushan's port has grown every year.",
    ]
    assert meta(lines)["city"] == "zhoushan"
    lines[2] = "Under the leadership of the municipal government, Zhoushan has served its port."
    assert meta(lines)["city"] is None  # named once: no one city


def test_the_title_s_body_in_full_issued_it_not_the_office_that_posted_it():
    lines = [
        "发布机构: 市政府办公室 成文日期: 2018-02-09",
        "舟山市人民政府关于印发渡口管理办法的通知",
        "各县(区)人民政府:",
        "现将《渡口管理办法》印发给你们,请认真贯彻执行。",
        "舟山市人民政府",
        "2018年2月5日",
    ]
    assert meta(lines)["issuer"] == "舟山市人民政府"


def test_labels_without_colons_make_a_field_row_and_a_site_builder_publishes_nothing():
    lines = [
        "索引号 001008003004034/2011-204477 主题分类 综合类",
        "文号 舟政办〔2011〕129号 发布机构 市级机关事务管理局",
        "舟政办(2011)129号 转发渡口管理办法的通知",
        "发布日期: 2011-09-01 来源: 某某科技",
        "市政府直属各单位:",
        "现将《渡口管理办法》转发给你们,请认真贯彻执行。",
    ]
    got = meta(lines)
    assert got["title"] == "转发渡口管理办法的通知"
    # neither the builder nor the field row; its 文号's code (舟政办) names the city's office
    assert got["issuer"] == "舟山市人民政府办公室"


def test_city_said_far_more_often_than_others_wins_anywhere():
    """P2: one long paragraph names a place inside one city again and again and a neighbour once."""
    from kb.metadata.places import city_of_text

    lines = [
        "从鸡毛换糖说起",
        "2024-01-01 来源:微信公众号",
        "分享",
        "链接已复制",
        "义乌的市场起步很早。义乌人走街串巷。金衢盆地东缘的义乌,后来有了义乌商贸城,义乌闻名。",
    ]
    assert city_of_text(lines, "从鸡毛换糖说起") == "jinhua"
    assert city_of_text(lines[:4] + ["义乌和衢州。"], "从鸡毛换糖说起") is None
