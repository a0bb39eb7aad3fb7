"""Metadata rules from the misses of meta29 (issue 22, session 27), on files of our own: a
breadcrumb in another wording (您所在的位置:) is a label, never the title; a newsletter's sign-up
box (Subscribe to our newsletter) is furniture; a sharing site's file name (….docx) is the
document's title without its extension; an English page's head with a stray Chinese word (封面) is
still English copy, a web page and not "other"; an editor's credit run on to the source
(来源:…编辑:) is cut off; the body opening a press release's lead after its dateline is its
issuer."""

from kb.metadata.titles import cjk_menu, title_of_line
from tests.test_metadata_meta16 import doc_of

RESOLUTION = (
    "您所在的位置: 某市人大 权威发布 决定决议\n"
    "某市第九届人民代表大会第四次会议关于政府工作报告的决议\n"
    "发布时间:2024-01-29   来源:rdbgs   【关闭窗口\n\n"
    "(2024年1月18日某市第九届人民代表大会第四次会议通过)\n\n"
    "某市第九届人民代表大会第四次会议听取和审议了市长所作的政府工作报告,决定批准这个报告。\n"
)


def test_a_breadcrumb_in_another_wording_is_no_title(tmp_path):
    doc = doc_of(tmp_path, "resolution.txt", RESOLUTION)
    assert doc.title == "某市第九届人民代表大会第四次会议关于政府工作报告的决议"


FEATURE = (
    "TOPICS\n\n"
    "    Subscribe to our newsletter\n\n"
    "     By signing up, you agree to our Terms Of Use.\n\n"
    "    FOLLOW US\n\n"
    "    封面\n"
    "    FEATURES\n\n"
    "    River Towns Lose Their Ferries\n\n"
    "    Villagers on the lower river have watched the last ferry lines close one by one, and"
    " the bridges promised in their place are years away.\n\n"
    "    The ferry pier at the village is empty most mornings now, its ticket office shut since"
    " the spring.\n"
)


def test_a_newsletter_box_is_furniture_and_a_stray_chinese_word_keeps_a_page_english(tmp_path):
    doc = doc_of(tmp_path, "feature.txt", FEATURE)
    assert doc.title == "River Towns Lose Their Ferries"
    assert doc.genre == "webpage"


def test_a_file_name_is_the_title_without_its_extension():
    assert title_of_line("某市海洋特别保护区管理条例.docx") == "某市海洋特别保护区管理条例"
    assert title_of_line("Annual Report 2020.PDF") == "Annual Report 2020"
    assert title_of_line("关于印发《办法》的通知") == "关于印发《办法》的通知"


PRESS = (
    "某市举办城市推介新闻发布会\n\n"
    "2025-04-29 17:40:02来源:某某广播电视台国际在线编辑:张三责编:李四\n\n"
    "4月29日,某市在省会举办城市推介新闻发布会,介绍文化旅游资源和重点项目。\n"
)


def test_an_editors_credit_run_on_to_the_source_is_cut_off(tmp_path):
    """来源:…编辑:…责编:… with no space between: the source ends where the editor's label starts."""
    doc = doc_of(tmp_path, "press.txt", PRESS)
    assert doc.issuer == "某某广播电视台国际在线"


PORT = (
    "PORT OF RIVERTON DIRECTOR OFFERS YEAR-END ASSESSMENT\n\n"
    "Director Briefs Media on Cargo Estimates\n\n"
    "RIVERTON, Calif. — Dec. 15, 2021 — Port of Riverton Executive Director Jane Roe held a"
    " wide-ranging briefing with journalists Wednesday to close out the year's cargo figures.\n\n"
    "Roe, who has been hosting the briefings monthly, also addressed questions from the media.\n"
)
AGENCY = (
    "Press Release\n\n"
    "Agency Celebrates Its Projects Across the City in 2024\n\n"
    "Dec 20 2024\n\n"
    "An evening view of the city's waterfront, with the new ferry terminal lit in the foreground"
    " of the picture.\n\n"
    "SPRINGFIELD, IL—Springfield Economic Development Corporation (SEDC) today celebrated the"
    " milestones of its projects in each district over the past year.\n"
)


def test_the_body_opening_a_press_releases_lead_after_its_dateline_is_the_issuer(tmp_path):
    assert doc_of(tmp_path, "port.txt", PORT).issuer == "Port of Riverton"
    issuer = doc_of(tmp_path, "agency.txt", AGENCY).issuer
    assert issuer == "Springfield Economic Development Corporation"


def test_a_chinese_sites_menu_row_is_no_title(tmp_path):
    text = "要闻   城市远洋 | 老外在某省   一体化 | 直观中国 | 视界 | 原创\n" + PRESS
    assert doc_of(tmp_path, "menu.txt", text).title == "某市举办城市推介新闻发布会"
    assert not cjk_menu("专题 | 某市举办城市推介新闻发布会")  # a column's tag before a headline


COVER = (
    "Home > Documents > KEEPING THE HARBOUR MOVING\n\n"
    "Highlights of 2021 Annual Report\n\n"
    "KEEPING THE HARBOUR MOVING\n\n"
    "Port of Riverton Authority\n\n"
    "Foreword from the Board\n\n"
    "The volume of goods handled in the port of Riverton in 2021 was 3.1% up on the previous year,"
    " and the number of seagoing vessels calling at its terminals rose again.\n"
)


def test_a_body_alone_on_a_reports_cover_is_its_issuer(tmp_path):
    assert doc_of(tmp_path, "report.txt", COVER).issuer == "Port of Riverton Authority"
    # not a body: a line of capitalised words that names none
    plain = COVER.replace("Port of Riverton Authority", "Riverton Harbour Highlights")
    assert doc_of(tmp_path, "plain.txt", plain).issuer != "Riverton Harbour Highlights"


HERALD = (
    "Back To Top\n\n"
    "[Port cities] Riverton aims to be a hub of shipping and tourism\n\n"
    "Ahead of the summit that opens Monday, the host city of Riverton is seeking to attain its goal"
    " of rising as a global hub of shipping, logistics and tourism, officials said on Sunday.\n\n"
    "Riverton is the nation's biggest port city and its main sea gateway, handling more containers"
    " than any other port in the country last year, according to the ministry.\n\n"
    "Riverton New Port (Yonhap)\n"
    "Riverton New Port (Yonhap)\n"
)


def test_a_column_tag_in_brackets_may_open_a_headline(tmp_path):
    doc = doc_of(tmp_path, "herald.txt", HERALD)
    assert doc.title == "[Port cities] Riverton aims to be a hub of shipping and tourism"


def test_a_breadcrumb_from_home_with_dashes_is_no_title():
    from kb.metadata.titles import title_like

    assert not title_like("HOME   - Government   - Official Release")
    assert not title_like("首页 / 政务公开 / 通知公告")
    assert title_like("Homes for All - Riverton Launches Its Housing Plan")


NOTICE = (
    "所在位置: 政务公开 > 政策法规 > 市政府文件\n\n"
    "某市人民政府关于印发某市养老服务发展规划的通知\n\n"
    "文号:某府〔2021〕53号\n"
    "信息来源:本网 某市人民政府 发布日期:2021年06月01日\n\n"
    "各镇政府、街道办事处,市各有关单位:\n\n"
    "  《某市养老服务发展规划》业经市人民政府同意,现印发给你们,请认真组织实施。\n\n"
    "  某市人民政府\n\n"
    "  2021年6月\n"
)


def test_a_month_the_page_states_exactly_elsewhere_is_that_day(tmp_path):
    from kb.metadata.fields import refined

    assert doc_of(tmp_path, "notice.txt", NOTICE).date == "2021-06-01"
    assert refined("2021-06", {"published": "2021-06-01", "issued": "2021-06"}) == "2021-06-01"
    assert refined("2021-06", {"published": "2021-07-02"}) == "2021-06"  # another month
    assert refined("2021-06-03", {"published": "2021-06-01"}) == "2021-06-03"  # a day stays


REPORT = (
    "2020年某市人民政府工作报告(全文)\n\n"
    "政 府 工 作 报 告\n\n"
    "2020年1月9日在某市第十二届人民代表大会第七次会议上\n\n"
    "某市市长 某某\n\n"
    "各位代表:\n\n"
    "现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n"
)


def test_a_delivery_line_of_its_own_dates_a_report(tmp_path):
    from kb.metadata.events import events_of

    assert events_of("2020年1月9日在某市第十二届人民代表大会第七次会议上") == [
        ("delivered", "2020-01-09", "")
    ]
    assert not events_of("2020年1月9日在市民中心举行签约仪式")  # a day in a story, no meeting
    assert doc_of(tmp_path, "report.txt", REPORT).date == "2020-01-09"


FEATURE_TOLD = (
    "FEATURES\n\n"
    "Villages Sink Above the Mines\n\n"
    "Residents of a village have lost their land to subsidence, and little has been done to make"
    " amends for the cracked walls and flooded fields.\n\n"
    "\u201cWe never thought this could happen to us,\u201d Wang tells Sixth Tone. About five years"
    " after the mining began, the first cracks appeared in the walls of her house.\n"
)


def test_the_outlet_someone_speaks_to_publishes_a_feature_naming_no_other(tmp_path):
    doc = doc_of(tmp_path, "told.txt", FEATURE_TOLD)
    assert doc.issuer == "Sixth Tone" and doc.genre == "news"
    quiet = FEATURE_TOLD.replace("Wang tells Sixth Tone", "Wang tells her neighbour Li")
    assert doc_of(tmp_path, "quiet.txt", quiet).issuer != "Li"
