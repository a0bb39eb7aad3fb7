"""Metadata rules from the leftover misses of the spent set eval/meta17 (issue 22, session 17), on
files of our own: a newspaper page's source line that also gives its edition, a wire's
"Contributor:" line, and an outlet's name alone under the headline (a byline, the publisher,
never the title, though printed twice)."""

from tests.test_metadata_meta16 import doc_of


def test_a_source_line_with_the_edition_dates_the_item(tmp_path):
    doc = doc_of(
        tmp_path,
        "epaper.txt",
        "·\n\n城市奋进新征程\n\n某报驻城市十周年纪念特刊\n\n"
        "来源:南方都市报     2023年04月12日        版次:DA02    作者:王某\n\n"
        "站上新起点，城市豪情满怀；奋进新征程，城市重任在肩。\n\n"
        "今后五年，城市将坚持稳中求进工作总基调，努力实现高质量发展。\n",
    )
    assert doc.date == "2023-04-12"
    assert doc.issuer == "南方都市报"
    assert doc.genre == "news"


def test_a_wires_contributor_line_names_the_issuer(tmp_path):
    doc = doc_of(
        tmp_path,
        "wire.txt",
        "Country for PR: China\nContributor: Xinhua News Agency\nMonday, May 8 2023 - 09:12\n"
        "Young founders gather in Nansha for a startup contest\n"
        "GUANGZHOU, China, May 7, 2023 /Xinhua-AsiaNet/--\n\n"
        "On May 6, a startup contest for young people from Guangdong, Hong Kong and Macao opened "
        "in Nansha, according to the district's authority.\n",
    )
    assert doc.issuer == "Xinhua News Agency"


def test_an_outlet_alone_under_the_headline_is_the_publisher_not_the_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "shine.txt",
        "News / Nation\n\nCity unveils plan for a new river port\n\nXinhua\n"
        "  09:15 UTC+8, 2022-06-14       0\nThe city has unveiled a plan for a new river port.\n"
        "Xinhua\n  09:15 UTC+8, 2022-06-14       0\n\n"
        "The city has unveiled a plan for a new river port.\n\n"
        "The port will handle 2 million containers a year, according to the plan.\n",
    )
    assert doc.title == "City unveils plan for a new river port"
    assert doc.issuer == "Xinhua"
    assert doc.date == "2022-06-14"


def test_a_think_tanks_report_page_names_its_publisher_and_stays_a_report(tmp_path):
    """A report's page: its time line's dash is no publisher (so no news header), and the body
    that says it published the report by its title (in single quotes, below the links) is the
    issuer."""
    doc = doc_of(
        tmp_path,
        "report_page.txt",
        "Regional Studies\n\n    Regional Studies | Policy Research Series\n\n"
        "    12/06/2022 - 10:00\n\n"
        "    River Delta Prospects: A Survey of Young Professionals\n\n"
        "    [Full Report (Download PDF) ]\n\n"
        "    The delta's development is a key strategy. In light of this, Delta Futures Foundation "
        "has published the report entitled ‘River Delta Prospects: A Survey of Young "
        "Professionals’ to understand how young people see it.\n\n"
        "    river delta prospects a survey of young professionals\n\n"
        "    The survey shows that most respondents see opportunities in the region.\n",
    )
    assert doc.title == "River Delta Prospects: A Survey of Young Professionals"
    assert doc.issuer == "Delta Futures Foundation"
    assert doc.genre == "report"


def test_a_dash_or_a_counter_beside_the_time_names_no_publisher():
    from kb.metadata.source import header_line

    for line in ("08/05/2021 - 15:00", "20:03 UTC+8, 2021-09-05       0"):
        out: dict = {}
        header_line(line, out)
        assert "publisher" not in out and out.get("date:published")


def test_a_browser_hint_is_no_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "hint.txt",
        "提示:建议使用chrome浏览器、QQ浏览器、360极速模式,体验更佳\n首页\n"
        "两市交通一体化迈出新步伐\n\n来源:新华每日电讯 日期: 2022-03-09\n\n"
        "两市交通一体化迈出新步伐，城际铁路年内开工。\n",
    )
    assert doc.title == "两市交通一体化迈出新步伐"


def test_a_disclosure_category_and_a_feed_link_are_no_title(tmp_path):
    assert doc_of(
        tmp_path,
        "feed.txt",
        "- Newsletter\n RSS Feeds\n- China\n\n"
        "City aims to become a leading port\n\n"
        "The city aims to become a leading world port, its mayor said.\n",
    ).title == ("City aims to become a leading port")
    assert doc_of(
        tmp_path,
        "open.txt",
        "主動公開\n某區人民政府辦公室關於印發應急預案的通知\n"
        "各鎮政府：\n現印發給你們，請認真貫徹執行。\n",
    ).title == ("某區人民政府辦公室關於印發應急預案的通知")


def test_a_bracketed_outlet_under_the_headline_is_the_publisher(tmp_path):
    doc = doc_of(
        tmp_path,
        "people.txt",
        "Latest News:  \n\n\nCity to attract more investment\n\n(China Daily)\n\n"
        "10:02, February 16, 2013\n\nThe city plans to attract more businessmen to invest in "
        'local projects.\n\n"The investment environment is not good enough," said an official.\n',
    )
    assert doc.title == "City to attract more investment"
    assert doc.issuer == "China Daily"


def test_a_chinese_title_broken_inside_its_book_title_marks_is_joined(tmp_path):
    doc = doc_of(
        tmp_path,
        "broken.txt",
        "某府办〔2015〕144号\n某市某区人民政府办公室关于修订\n《某市某区突发地质灾害\n应急预案》的通知\n"
        "各镇政府、街道办：\n《某市某区突发地质灾害应急预案》业经修订，现印发给你们，请认真贯彻执行。\n",
    )
    assert doc.title == "某市某区人民政府办公室关于修订《某市某区突发地质灾害应急预案》的通知"


def test_a_run_of_lines_longer_than_a_title_is_not_joined(tmp_path):
    """Lines joined while a 《 stays open make a title only up to 100 characters: a longer run is
    a paragraph's opening, not a broken title."""
    long_name = "某市某区" + "关于进一步加强和改进基层治理体系与治理能力现代化建设" * 3
    doc = doc_of(
        tmp_path,
        "long.txt",
        f"某市某区人民政府办公室关于印发\n《{long_name}\n实施方案》的通知\n各镇政府：\n现印发给你们。\n",
    )
    assert len(doc.title) <= 100
