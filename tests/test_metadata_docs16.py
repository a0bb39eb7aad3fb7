"""General signals of session 16 (issue 22, helper `docs16`) for the issuer, from the misses of
every spent metadata set: how a page names who published it. Each text is made up for its rule
(none is a gold document)."""

from __future__ import annotations

from kb.metadata.anchors import dashed_wire, dateline_outlet, english_outlet
from kb.metadata.fields import body_of_number, body_of_work, english_number_body, publisher
from kb.metadata.genres import future_headline
from kb.metadata.source import masthead
from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta

ZH_NEWS = (
    "  本报舟山3月2日电 (记者 张三) 3月1日上午,总投资12亿元的5个渔港项目在定海区集中开工,"
    "其中两个项目由外资企业投资建设。"
)
ZH_PHOTO = "  昨天,定海区在渔港广场举行开渔仪式,现场游客众多,年味浓郁,渔民们敲锣打鼓迎接新一年。"


def test_an_e_paper_names_its_paper_at_the_top():
    """舟山日报 数字报纸 / 00003版:要闻 / headline / 本报…电: the paper published the item."""
    lines = ["舟山日报 数字报纸", "00003版:要闻", "定海五个渔港项目集中开工", ZH_NEWS]
    got = meta(lines)
    assert got["issuer"] == "舟山日报"
    assert got["doc_type"] == "N"


def test_an_e_paper_names_its_paper_at_the_foot():
    lines = ["第A2版:要闻 4下一版", "2021年03月02日 星期二", "定海五个渔港项目集中开工", ZH_NEWS]
    assert meta([*lines, "舟山日报"])["issuer"] == "舟山日报"


def test_an_e_paper_property_line_names_and_dates_the_item():
    """The trailing property line of an e-paper page: its date, its paper, its headline."""
    lines = [
        "第7版:定海新闻",
        "渔港开渔礼",
        ZH_PHOTO,
        "2025-03-02 7 7 舟山日报 content_12345.html 1 3 渔港开渔礼 /enpproperty-->",
    ]
    got = meta(lines)
    assert got["issuer"] == "舟山日报"
    assert got["date"] == "2025-03-02"


def test_a_masthead_is_a_paper_by_its_kind():
    assert masthead("2025-03-02 7 7 舟山日报 content_12345.html") == "舟山日报"
    for line in ["要闻简报", "本报讯", "浙江日报数字报纸", "舟山数字报"]:
        assert masthead(line) is None, line
    assert masthead(ZH_NEWS) is None  # a sentence naming a paper is no masthead


def test_a_paper_named_without_a_page_line_is_no_e_paper():
    """A page with no e-paper page line: a paper's name at its foot is a link, not its masthead."""
    lines = ["定海五个渔港项目集中开工", "2021-03-02", ZH_NEWS, "舟山日报"]
    assert meta(lines)["issuer"] != "舟山日报"


def test_a_release_service_between_dashes_names_the_issuer():
    """PLACE – Service – day –: the service that sent the release out."""
    lines = [
        "Ferry Terminal Opens in Nansha",
        "Share on facebook",
        "Share on whatsapp",
        "NANSHA GUANGZHOU – Harbour Wire – 7 September 2024 – The new ferry terminal opened on "
        "Saturday, linking the district with the islands and the port, the operator said.",
    ]
    got = meta(lines)
    assert dashed_wire(lines[3]) == "Harbour Wire"
    assert got["issuer"] == "Harbour Wire"
    assert got["title"] == "Ferry Terminal Opens in Nansha"  # sharing buttons are no headline
    assert dashed_wire("NANSHA – a ferry – opened on the day") is None  # no day between dashes


def test_a_wire_tag_between_slashes_names_the_wire():
    """An unknown wire by its tag (/24-7PressRelease/), and a list page's label is no publisher."""
    lines = [
        "All Press Releases for May 04, 2024",
        "Ferries Look East",
        "ZHOUSHAN, CHINA, May 04, 2024 /FerryWire/ -- The islands opened three new ferry lines on "
        "Monday, linking them with the port, the transport bureau said.",
    ]
    assert dateline_outlet(lines[2]) == "FerryWire"
    assert meta(lines)["issuer"] == "FerryWire"
    assert meta([lines[0], lines[1], EN_BODY])["issuer"] is None


def test_an_english_dispatch_names_its_outlet_before_the_day():
    """Outlet, Mon DD (Reporter …), as 中新社11月28日电 (记者…) is translated; a place is none."""
    lead = (
        "Some Portal:Ferry News Service, Nov 28 (Reporter Li Hua) The islands opened three new "
        "ferry lines on Monday, linking them with the port, the transport bureau said."
    )
    assert english_outlet(lead) == "Ferry News Service"
    assert meta(["Islands open three ferry lines to the port", lead])["issuer"] == (
        "Ferry News Service"
    )
    assert english_outlet("ZHOUSHAN, Nov 28 (Xinhua) -- The islands opened …") is None


def test_a_publication_named_in_title_marks_is_the_outlet():
    """(美国《侨乡报道》) under the headline: the paper, not its country."""
    assert publisher("美国《侨乡报道》") == "侨乡报道"
    assert publisher("《舟山日报》") == "舟山日报"
    assert publisher("舟山市人民政府") == "舟山市人民政府"
    lines = [
        "海外媒体看舟山渔港建设",
        "发布时间:2019-11-12 15:46:48",
        "(美国《侨乡报道》)",
        ZH_PHOTO,
    ]
    assert meta(lines)["issuer"] == "侨乡报道"


def test_a_number_code_opening_with_a_city_short_name_names_its_government():
    """穗府〔2011〕15号 over a title naming no city: the Guangzhou government; a province's short
    name (苏政发) names no city."""
    assert (
        body_of_number("甬政发〔2011〕15号", "关于进一步加强渔港建设的指导意见") == "宁波市人民政府"
    )
    assert body_of_number("甬政办发〔2011〕15号", "关于渔港建设的通知") == "宁波市人民政府办公室"
    assert body_of_number("苏政发〔2011〕15号", "关于进一步加强渔港建设的指导意见") is None
    assert body_of_number("浙政发〔2011〕15号", "关于进一步加强渔港建设的指导意见") is None
    lines = [
        "甬政发〔2011〕15号",
        "关于进一步加强渔港建设的指导意见",
        "各区县(市)人民政府:",
        ZH_BODY,
    ]
    got = meta(lines)
    assert got["issuer"] == "宁波市人民政府"
    assert got["city"] == "ningbo"


def test_a_translated_number_naming_its_body_issued_the_document():
    lines = [
        "Official Reply on the Development Plan of the Nansha Ferry Terminal",
        "State Council [2012] No. 12",
        "To the Guangdong Provincial Government,",
        EN_BODY,
    ]
    assert english_number_body(lines[1:2]) == "State Council"
    assert meta(lines)["issuer"] == "State Council"
    assert english_number_body(["Guo Fa [2012] No. 12"]) is None  # a code in pinyin


def test_a_release_a_wire_sent_is_news_whatever_its_title_names():
    """A release on a plan's anniversary, sent out by a wire: news, not the plan."""
    lines = [
        "First Anniversary of the Nansha Ferry Plan, Island Links Have Much Deepened",
        "NANSHA GUANGZHOU – Harbour Wire – 7 September 2024 – The new ferry terminal opened on "
        "Saturday, linking the district with the islands and the port, the operator said.",
    ]
    assert meta(lines)["genre"] == "news"
    assert meta([lines[0], EN_BODY])["genre"] == "plan"


def test_a_body_reporting_its_work_progress_issued_the_report():
    """省海洋局重点工作进展情况(截至三季度): the body's own account of its work."""
    assert body_of_work("省海洋局重点工作进展情况(截至三季度)") == "省海洋局"
    assert body_of_work("舟山市海洋局2023年工作进展情况") == "舟山市海洋局"
    assert body_of_work("渔港建设重点工作进展情况") is None  # no body's name before it


def test_a_headline_saying_what_a_subject_will_do_is_news():
    """Zhoushan to hold press conference on its Ferry Plan: news about the plan."""
    assert future_headline("Zhoushan to hold press conference on Ferry Master Plan")
    assert future_headline("Ningbo Port to open two new ferry lines")
    assert not future_headline("Measures to Promote the Ferry Industry")  # the document's own
    assert not future_headline("Measures to promote the ferry industry")  # its kind as subject
    assert not future_headline("How to apply for a ferry pass")
    lines = ["Zhoushan to hold press conference on Ferry Master Plan", EN_BODY]
    assert meta(lines)["genre"] == "news"
    assert meta(["Ferry Master Plan of Zhoushan", EN_BODY])["genre"] == "plan"
