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


PORT = (
    "• 2021 April 10 10:09\n\n"
    "    Strong cargo volumes show resiliency of the port during a challenging year\n\n"
    "    The Harbourtown Port Authority has announced the 2020 year-end statistics for goods moving"
    " through the port. Overall, cargo increased by 1% to 145.5 million metric tonnes.\n\n"
    "    “The value and resiliency of the port has been showcased,” said its president.\n"
)


def test_a_public_body_announcing_in_the_lead_is_the_issuer(tmp_path):
    assert doc_of(tmp_path, "port.txt", PORT).issuer == "Harbourtown Port Authority"
    said = PORT.replace("The Harbourtown Port Authority has announced", "A spokesman announced")
    assert doc_of(tmp_path, "port.txt", said).issuer is None  # no body: none guessed


def test_the_body_a_report_was_prepared_by_is_its_issuer(tmp_path):
    text = (
        "City of Riverside: A Comparative Analysis\n\nJune 2017\n\n"
        "This publication was prepared for:\n\nSmith and Associates on behalf of the City\n\n"
        "This publication was prepared by:\n\nNorthgate Economics\n\n"
        "The city's economy grew faster than the state's over the decade, led by logistics and"
        " health care, while housing costs rose by a third.\n"
    )
    assert doc_of(tmp_path, "report.txt", text).issuer == "Northgate Economics"


def test_a_wires_credit_in_a_dateline_is_the_source(tmp_path):
    text = (
        "Foreign ministry puts the port city on the world map\n\n"
        "TIANJIN, China, April 17 (Bernama) — Northern Chinese coastal city Tianjin was put on the"
        " global map Tuesday as the foreign ministry and the municipal government held an event.\n"
    )
    assert doc_of(tmp_path, "wire.txt", text).issuer == "Bernama"
    release = (
        "Harbour City Signs 25 Digital Projects at the Summit\n\n"
        "FUZHOU, CHINA - Media OutReach - 28 April 2023 - On the afternoon of April 26, the signing"
        " ceremony of major digital economy projects was held at the exhibition center.\n"
    )
    doc = doc_of(tmp_path, "release.txt", release)
    assert (doc.issuer, doc.date, doc.genre) == ("Media OutReach", "2023-04-28", "news")


def test_a_release_banner_or_a_time_since_posting_is_no_title(tmp_path):
    text = (
        "FOR IMMEDIATE RELEASE\n"
        "更新於4小時前 • 發布於4小時前 • PR Newswire\n\n"
        "Overseas media delegations gather in the province\n\n"
        "NANCHANG, China, Oct. 21, 2024 /PRNewswire/ -- Media delegations from twenty countries"
        " gathered in the province this week to report on its culture and industry.\n"
    )
    assert doc_of(tmp_path, "release.txt", text).title == (
        "Overseas media delegations gather in the province"
    )


def test_a_release_banner_under_the_deck_is_no_title(tmp_path):
    text = (
        "Mayor Welcomes the Vice Mayor of a Sister City\n\n"
        "In Honor of the 30th Anniversary Of Their Sister City Relationship The Mayor And Vice"
        " Mayor Unveiled A Statue Highlighting The Two Cities Ever Strengthening Relationship\n\n"
        "FOR IMMEDIATE RELEASE\n6/03/2015\n"
        "The mayor today welcomed the vice mayor and a delegation. They held a bilateral meeting"
        " where they discussed strengthening business and cultural ties.\n"
    )
    assert doc_of(tmp_path, "release.txt", text).title == (
        "Mayor Welcomes the Vice Mayor of a Sister City"
    )


def test_a_headline_naming_a_plan_in_quotes_is_news_about_it():
    from kb.metadata.genres import quoted_document, reports_on_a_document

    title = "Elected Officials and Advocates Applaud 'Housing New York: A Ten-Year Housing Plan'"
    assert quoted_document(title) and reports_on_a_document(title)
    assert not quoted_document("Housing New York: A Ten-Year Housing Plan")  # the plan itself
    assert not quoted_document("Implementation Plan for the 'Digital City' Programme")
    assert not quoted_document("Deepening the reform of “Maximum One Visit Service Procedure”")


def test_a_source_note_in_brackets_above_the_sites_furniture_is_the_source(tmp_path):
    text = (
        "Vice Mayor Meets a Company President\n"
        "View: 103 Date: 2017-11-01\n\n"
        "The executive vice mayor met the president of a glassmaker and his delegation at the civic"
        " center on October 20. The delegation is here for business cooperation.\n\n"
        "(Source: AHFAO)\n\n\n"
        "Other Publications\n"
        "The Selection of the Top Outsourcing Destinations Ended and Its Rankings Are Available\n"
        "Ten Cities Named Service Outsourcing Model Cities\n"
        "Outsourcing Parks Report Record Contracts for the Third Quarter\n"
    )
    assert doc_of(tmp_path, "visit.txt", text).issuer == "AHFAO"


def test_a_year_first_english_date_is_a_date():
    from kb.dates import find_dates

    assert find_dates("• 2021 April 10 10:09")[0][2] == "2021-04-10"  # a port's news feed
    assert find_dates("2021 Apr. 10")[0][2] == "2021-04-10"
    assert find_dates("from 2021 March 2022 onwards") == []  # no day after the month


def test_a_sharing_sites_upload_record_names_no_publisher(tmp_path):
    text = (
        "Cities of Opportunity 2015\n\nUpload: others\n\nPost on 28-May-2020\n\n1 views\n\n"
        "Category:\n\nDocuments\n\n0 download\n\nTRANSCRIPT\n\n"
        "At the forum in 2014, the foundation and the firm jointly released the report on cities of"
        " opportunity, observing the development of fifteen cities in ten dimensions.\n"
    )
    assert doc_of(tmp_path, "dump.txt", text).issuer not in ("Post on", "Post", "others")
