"""Metadata rules from the misses of meta30 (issue 22, session 28), on files of our own: a site's
menu button (导航菜单) is furniture, never part of the title; a work report's title then names
the government that gave it, and the day in the title dates it; a
site's year tag after a communiqué's title leaves it a report; a congress office over its kind and
number lines (公告 / 第2号) issued the notice under them, and its signature before the draft it
publishes dates it; an English report's imprint (Published by …, September 2020) dates it, its own
words (This report is …) make it a report, and a cover title in capitals run on into its authors
is the title alone."""

from kb.metadata.genres import genre_of_title
from kb.metadata.titles import title_of_line
from tests.test_metadata_meta16 import doc_of

REPORT_PAGE = (
    "导航菜单\n\n"
    "(某省)某某市人民政府工作报告(2022年12月30日)\n\n"
    "  筑牢安全稳定防线,精准有效抓好防控,全力防范化解金融风险,地方法人银行不良贷款实现双降,"
    "开展城镇燃气等重点行业领域专项治理,安全生产事故起数和死亡人数分别下降30.6%、27.8%。\n"
)


def test_a_menu_button_is_furniture_and_the_title_names_the_government_and_day(tmp_path):
    doc = doc_of(tmp_path, "report.txt", REPORT_PAGE)
    assert doc.title == "某某市人民政府工作报告(2022年12月30日)"  # the province a column's
    assert doc.issuer == "某某市人民政府"
    assert doc.date == "2022-12-30"  # the day in its title: nothing else dates the page


def test_a_year_tag_after_a_title_leaves_its_genre():
    assert genre_of_title("2021年某市国民经济和社会发展统计公报 2021") == "report"
    assert genre_of_title("2021年某市国民经济和社会发展统计公报2021") == "report"
    assert genre_of_title("某市城市总体规划2035") == "plan"
    assert genre_of_title("某市2035") is None


NOTICE = (
    "某某市人民代表大会常务委员会办公室\n"
    "公告\n"
    "第2号\n"
    "关于《某某市地方立法条例(草案)》\n"
    "公开征求意见的公告\n"
    "《某某市地方立法条例(草案)》已经市人大常委会第三次会议初次审议。现将条例(草案)予以公布,"
    "向社会公开征求意见。\n"
    "请公民、法人或者其他组织于2017年9月30日前通过以下方式提出修改意见:\n"
    "一、通过电子邮件方式将意见发送至市人大常委会法制工作委员会。\n"
    "二、通过信函方式将意见寄送市人大常委会法制工作委员会。\n"
    "某某市人大常委会办公室\n"
    "2017年9月5日\n"
    "某某市地方立法条例(草案)\n"
    "第一章 总则\n"
    "第一条 为了规范地方立法活动,提高立法质量,结合本市实际,制定本条例。\n"
    "第二条 市人民代表大会及其常务委员会制定、修改、废止和解释地方性法规,适用本条例。\n"
    + "".join(f"第{n}条 本条例其他规定。\n" for n in "三四五六七八九十")
)


def test_a_body_over_its_kind_and_number_lines_issued_it_and_its_signature_dates_it(tmp_path):
    doc = doc_of(tmp_path, "notice.txt", NOTICE)
    assert doc.issuer == "某某市人民代表大会常务委员会办公室"
    assert doc.date == "2017-09-05"


COVER = (
    "<<\n\n"
    "RIVERS AT A CROSSROADS Jane Smith with Tom Brown, Ann Lee and Dr Sam Green\n\n"
    "This report is the first from the Rivers Futures review. It examines the city's recent"
    " history and the challenges its rivers face.\n\n"
    "© Centre for Rivers, 2020 RIVERS AT A CROSSROADS Initial report from the Rivers Futures"
    " review\n\n"
    "Published by Centre for Rivers, September 2020\n\n"
    "About the authors\n"
)


def test_an_english_report_cover_imprint_and_own_words(tmp_path):
    doc = doc_of(tmp_path, "cover.txt", COVER)
    assert doc.title == "RIVERS AT A CROSSROADS"
    assert doc.date == "2020-09"
    assert doc.genre == "report"


def test_a_capitals_title_keeps_a_title_case_tail_that_is_no_credit():
    assert (
        title_of_line("ANNUAL REPORT 2020 Port of Rotterdam")
        == "ANNUAL REPORT 2020 Port of Rotterdam"
    )
    assert title_of_line("CITY PROFILE Chicago, Illinois") == "CITY PROFILE Chicago, Illinois"


KOREAN_STORY = (
    "'Ready from Day One' Mayor Focuses on Housing... Meets District Heads\n"
    "Early Acceptance of Free School Meals... A Step Back on Real Estate Rules\n"
    "The mayor speaks at the committee's launch ceremony held on the 3rd at City Hall.\n"
    "[Harbour Daily Reporter Kim Min-jun] The mayor of the port city has marked one month since his"
    " inauguration, meeting the city council and the district mayors' association to push his"
    " housing and welfare agenda.\n"
)


def test_a_bracketed_reporter_byline_names_the_outlet_of_a_news_story(tmp_path):
    doc = doc_of(tmp_path, "story.txt", KOREAN_STORY)
    assert doc.issuer == "Harbour Daily"
    assert doc.genre == "news"


PORTAL = (
    "The Official Website of the People's Government of Some Province Mobile 中文 Français\n\n"
    "Home>News>Local News\n\n"
    "City Delegation Submits Proposal on Supporting the Development of the Capital\n\n"
    "2021-11-29 Download Print\n"
    "The city delegation attending the provincial congress submitted a proposal on supporting the"
    " construction and development of the provincial capital to the congress.\n\n"
    "The city is in a critical period of development and plays an exemplary role in the province.\n"
)


def test_a_portal_masthead_names_its_owner_and_a_news_crumb_makes_news(tmp_path):
    doc = doc_of(tmp_path, "portal.txt", PORTAL)
    assert doc.issuer == "People's Government of Some Province"
    assert doc.genre == "news"


def test_a_portal_masthead_naming_a_place_names_no_owner(tmp_path):
    page = PORTAL.replace(
        "The Official Website of the People's Government of Some Province Mobile 中文 Français",
        "The Official Website of Someplace China Simplified Chinese | Traditional Chinese",
    )
    doc = doc_of(tmp_path, "portal.txt", page)
    assert doc.issuer != "Someplace China Simplified Chinese"


HEADER = (
    "+ All Categories\n\n"
    "Home > Documents > STAYING ON COURSE IN HARD TIMES\n\n"
    "STAYING ON COURSE IN HARD TIMES\n\n"
)
DUMP = (
    HEADER
    + HEADER  # a sharing site's header printed twice: the lead is all furniture
    + "Report contents and downloads\n\n"
    "Highlights of the Annual Report. The port of Someport kept its cargo moving all year.\n\n"
    "Port of Someport Authority\n\n"
    "The volume of goods throughput in the port of Someport fell by nine per cent in the year.\n"
)


def test_the_one_city_a_dump_names_on_three_lines_is_its_city(tmp_path):
    doc = doc_of(tmp_path, "dump.txt", DUMP.replace("Someport", "Rotterdam"))
    assert doc.city == "rotterdam"
    twice = DUMP.replace("Someport", "Rotterdam", 2)  # the third line names no city
    assert doc_of(tmp_path, "twice.txt", twice).city is None


TRANSLATION = (
    "简体   繁體   English   日本語   无障碍版   手机版\n\n"
    "HOME   - Government   - Official Release\n\n"
    "City Webcasts\n\n"
    "Several Opinions of the State Council on Accelerating the Development of Someplace\n\n"
    "The people's governments of all provinces, autonomous regions, and municipalities directly"
    " under the Central Government, all ministries and commissions of the State Council,\n"
    "As the only municipality directly under the central government in the region, Someplace plays"
    " an important strategic role in promoting coordinated regional development.\n"
)


def test_a_title_over_its_addressees_wins_over_a_section_name(tmp_path):
    doc = doc_of(tmp_path, "opinions.txt", TRANSLATION)
    assert doc.title.startswith("Several Opinions of the State Council on Accelerating")
    assert doc.genre == "opinion"


STATUTE_ONE_LINE = (
    "某某市湿地保护条例(2022修正).docx\n"
    "《某某市湿地保护条例(2022修正).docx》由会员分享,可在线阅读。\n"
    "1、某某市湿地保护条例(2016年11月1日某某市第六届人民代表大会常务委员会第四十一次会议通过"
    "2016年12月1日某省第十二届人民代表大会常务委员会第三十五次会议批准)目录第一章总则第二章规划"
    "第三章保护第四章法律责任第五章附则第一章总则第一条为了加强湿地保护,根据有关法律、法规,"
    "结合本市实际,制定本条例。第二条本条例适用于本市行政区域内湿地的保护和管理。\n"
)


def test_the_adoption_note_of_a_statute_run_into_one_line(tmp_path):
    doc = doc_of(tmp_path, "statute.txt", STATUTE_ONE_LINE)
    assert doc.issuer == "某某市人民代表大会常务委员会"
    assert doc.date == "2016-11-01"


COVERING_NOTICE = (
    "某市人民政府办公室关于印发防汛工作实施意见的通知\n\n"
    "现将《某市防汛工作实施意见》印发给你们，请认真贯彻执行。\n\n"
    "某市防汛工作实施意见\n\n"
    "各县（市、区）人民政府，市直各部门：\n\n"
    "为做好今年防汛工作，保障人民群众生命财产安全，提出如下意见。\n"
)


def test_a_title_that_names_its_kind_keeps_over_an_attachments_addressees(tmp_path):
    doc = doc_of(tmp_path, "covering.txt", COVERING_NOTICE)
    assert doc.title == "某市人民政府办公室关于印发防汛工作实施意见的通知"
