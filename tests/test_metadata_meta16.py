"""Metadata rules from the misses of the spent sets eval/meta16 and meta17 (issue 22, session
16), on files of our own: furniture that is no title (a video player's label, a picture's
placeholder, a repost's 原标题 note), a year typed with Latin zeros, an outlet named only by its
reporter, and labels or date pieces that are no issuer."""

import pytest

from kb.ingest import build_document


def test_a_video_players_label_is_no_title(tmp_path):
    f = tmp_path / "xinhua_item.txt"
    f.write_text(
        "Ningbo opens new container terminal\n\n"
        "Source: Xinhua| 2019-01-27 17:05:29|Editor: Li Xia\n"
        "Video PlayerClose\n\nNINGBO, Jan. 27 (Xinhua) -- A new container terminal opened at the "
        "port on Sunday, adding capacity for 2 million TEUs a year.\n",
        "utf-8",
    )
    doc, _ = build_document(f, f.stem, "0")
    assert doc.title == "Ningbo opens new container terminal"


def test_a_signature_year_with_typed_zeros_dates_the_notice(tmp_path):
    f = tmp_path / "notice.txt"
    f.write_text(
        "关于加强新闻发布工作的通知\n\n各区县人民政府，市府各委办局：\n\n为进一步做好新闻发布工作，"
        "现就有关事项通知如下。\n\n南京市人民政府办公厅\n二00二年五月二十九日\n",
        "utf-8",
    )
    doc, _ = build_document(f, f.stem, "0")
    assert doc.date == "2002-05-29"


def doc_of(tmp_path, name: str, text: str):
    f = tmp_path / name
    f.write_text(text, "utf-8")
    return build_document(f, f.stem, "0")[0]


def test_a_repost_note_of_the_original_headline_is_no_title(tmp_path):
    """meta17: 原标题：… under the headline is a label line, not the title."""
    doc = doc_of(
        tmp_path,
        "repost.txt",
        "新浪新闻客户端\n\n主流媒体总编辑“走基层”主题采访走进某市\n\n"
        "主流媒体总编辑“走基层”主题采访走进某市\n2019年08月17日 08:26 某市新闻网\n"
        "原标题:主流媒体总编辑“走基层”主题采访走进某市\n\n"
        "8月16日，采访团走进某市，参观了多家企业。\n",
    )
    assert doc.title == "主流媒体总编辑“走基层”主题采访走进某市"


def test_a_picture_placeholder_is_no_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "portal.txt",
        "正文图片\n\n三地联合推出系列宣传片\n\n日前，三地联合推出系列宣传片，展示区域协同发展成果。\n",
    )
    assert doc.title == "三地联合推出系列宣传片"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Youth hub draws Hong Kong founders\nUpdated 12:25, 16-Sep-2019\n\nThe hub now hosts "
            "388 startups. CGTN reporter Zhou Jiaxin shows us more.\n\nFounders praised the rent "
            "subsidies and the talent on offer.\n",
            "CGTN",
        ),
        (
            "企业家来芜开展投资考察\n\n当前位置: 首页 > 要闻\n\n考察团一行参观了多家企业。\n\n"
            "双方表示将深化合作。\n\n芜湖日报记者 王世宁 张永胜\n",
            "芜湖日报",
        ),
    ],
)
def test_a_story_names_its_outlet_by_its_reporter(tmp_path, text, outlet):
    """meta16, meta17: a page naming its publisher only in its reporter's credit."""
    doc = doc_of(tmp_path, "story.txt", text)
    assert doc.issuer == outlet


def test_our_papers_reporter_names_no_outlet_and_labels_are_no_issuer(tmp_path):
    doc = doc_of(
        tmp_path,
        "item.txt",
        "某县举办招聘会\nUpdated 2021-05-13\n\n本报记者 李明\n\n招聘会提供岗位3000个。\n",
    )
    assert doc.issuer not in ("本报", "Updated")


def test_a_news_apps_header_names_its_publisher_and_date(tmp_path):
    """meta17: an app's or an account's bare name beside the date and the time of day."""
    doc = doc_of(
        tmp_path,
        "app.txt",
        "都市圈媒体联盟新闻行动启动\n\n自在溧阳 2021-05-13 16:28\n\n"
        "5月13日上午，都市圈媒体联盟新闻行动启动仪式举行。\n\n8家城市党报社长、总编齐聚一堂。\n",
    )
    assert (doc.issuer, doc.date) == ("自在溧阳", "2021-05-13")


def test_a_bare_name_without_a_time_of_day_is_no_publisher():
    """Only the app header's time of day makes a bare name (no 网, 报, 新闻…) a publisher."""
    from kb.metadata.source import header_of

    assert header_of("自在溧阳 2021-05-13 16:28").get("publisher") == "自在溧阳"
    assert header_of("自在溧阳 2021-05-13").get("publisher") is None


def test_a_dates_pieces_are_no_issuer(tmp_path):
    """meta17: a report page's header date (08/05/2021 - 15:00) left "08/05/" as its issuer."""
    doc = doc_of(
        tmp_path,
        "report.txt",
        "Community Studies\n\n    Community Studies | Policy Research Series\n\n"
        "    08/05/2021 - 15:00\n\n"
        "    Greater Bay Area Opportunities: Survey and Analytical Observations\n\n"
        "    The survey asked 1,000 young people about jobs and housing in the Greater Bay Area.\n",
    )
    assert doc.issuer is None


@pytest.mark.parametrize(
    "credit",
    [
        "The park at night, seen from a drone. Photo by Xinhua News Agency reporter Li Bo",
        "The vice-president told a Xinhua reporter that the fund would grow.",
    ],
)
def test_a_photo_credit_or_an_interview_names_no_outlet(tmp_path, credit):
    """meta12's repost: a photo's credit; someone speaking to a reporter works for no outlet."""
    doc = doc_of(
        tmp_path,
        "repost.txt",
        f"Industrial park wins championship bid\n\n{credit}\n\n"
        "The park will host the championships next spring, officials said.\n",
    )
    assert doc.issuer != "Xinhua News Agency" and doc.issuer != "Xinhua"


def test_someone_speaking_to_a_papers_reporter_names_no_outlet(tmp_path):
    doc = doc_of(
        tmp_path,
        "quote.txt",
        "制造业占比保持稳定\n\n研究会副会长金心异对界面新闻大湾区频道记者表示，制造业仍是根本。\n\n"
        "今年一季度，全市规模以上工业增加值增长6%。\n",
    )
    assert doc.issuer is None or "界面新闻" not in doc.issuer


@pytest.mark.parametrize(
    "line",
    [
        "他对新华社记者表示，制造业仍是根本。",
        "市长接受人民日报记者采访时说，制造业仍是根本。",
        "（新华社记者 李博 摄）",
    ],
)
def test_an_interview_or_a_photo_credit_in_chinese_names_no_outlet(tmp_path, line):
    """Someone speaking to an outlet's reporter, or a photo's credit, says nothing of who
    published the page."""
    doc = doc_of(
        tmp_path,
        "quote.txt",
        f"制造业占比保持稳定\n\n{line}\n\n今年一季度，全市规模以上工业增加值增长6%。\n",
    )
    assert doc.issuer not in ("新华社", "人民日报") and "新华社" not in (doc.issuer or "")
