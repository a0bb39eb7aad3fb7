"""Rules by class for what `meta12/dev` (scored once at 12d201f, then studied) missed (issue 22,
session of `docs12`). Each text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta


def test_an_epaper_edition_line_dates_a_newspaper_item():
    """An e-paper prints the page and the day under the headline: 版次:03 2021年09月27日."""
    lines = ["某市召开港口建设推进会", "版次:05  2022年03月14日", "(上接1版)", ZH_BODY]
    got = meta(lines)
    assert got["date"] == "2022-03-14"
    assert got["genre"] == "news"
    assert got["doc_type"] == "N"


def test_an_edition_line_without_a_day_dates_nothing():
    got = meta(["某市召开港口建设推进会", "版次:05", ZH_BODY])
    assert got["date"] is None


def test_a_time_of_day_with_am_or_pm_is_no_publisher():
    lines = ["Ferry Lines Open to the Islands", "Release time:Mar 3, 2023 09:15 PM", EN_BODY]
    got = meta(lines)
    assert got["date"] == "2023-03-03"
    assert got["issuer"] is None


def test_a_byline_of_initials_in_capitals_names_the_issuing_firm():
    lines = ["The Bay Area's Ports: A survey of shippers", "By PQR", EN_BODY]
    got = meta(lines)
    assert got["issuer"] == "PQR"
    assert got["authors"] == []
    lines = ["The Bay Area's Ports: A survey of shippers", "By Li Ming", EN_BODY]
    got = meta(lines)
    assert got["issuer"] is None
    assert got["authors"] == ["Li Ming"]


def test_a_portal_record_without_its_title_line():
    """A search box over the record, a generation-time label, addressees without their colon, the
    posting body by its short name (市府办) and the signature's formal one (its date unreadable)."""
    lines = [
        "高级检索",
        "当前位置:首页>>政务公开>>市府办文件",
        "某政办发〔2020〕8号",
        "索引号:001-2020-01 生成时间:2020-03-09 发布机构:市府办",
        "各县(市、区)人民政府,市政府直属各单位",
        "《某市港口建设三年行动方案》已经市政府同意,现印发给你们,请认真贯彻落实。",
        "某某市人民政府办公室",
        "(此件公开发布)",
        "某市港口建设三年行动方案",
        ZH_BODY,
    ]
    got = meta(lines)
    assert got["title"] == "某市港口建设三年行动方案"
    assert got["date"] == "2020-03-09"
    assert got["issuer"] == "某某市人民政府办公室"


def test_a_headline_opening_with_ge_stays_a_title():
    got = meta(["各地加快建设港口集疏运体系", "2021-05-06 来源:某某日报", ZH_BODY])
    assert got["title"] == "各地加快建设港口集疏运体系"


def test_bodies_signing_together_are_led_by_the_first():
    """A joint report's cover or a joint notice's signature: one body a line, the leading one
    first, the date under the last."""
    bodies = ["某某市统计局", "某某市交通运输局", "某某市港航管理中心"]
    lines = ["2022年某某市交通统计报告", *bodies, "二〇二三年三月", ZH_BODY]
    assert meta(lines, fmt="pdf")["issuer"] == "某某市统计局"
    lines = ["关于做好港口安全工作的通知", ZH_BODY, "某某市应急管理局", *bodies, "2023年3月2日"]
    assert meta(lines)["issuer"] == "某某市应急管理局"


def test_a_source_label_naming_the_paper_and_its_reporters_gives_the_paper():
    lines = ["某市港口吞吐量创新高", "2021-05-06 08:00:00", "来源: 某某日报 张三 李四", ZH_BODY]
    assert meta(lines)["issuer"] == "某某日报"


def test_a_translated_note_with_the_order_number_after_its_verb_dates_the_rules():
    """A promulgation note put into English word by word, its verb before the order's number and
    the note running on: the date stated last before the verb."""
    lines = [
        "Ferry Municipal People's Government Decision On Amending Some Government Regulations",
        "(March 3, 2012 executive meeting of the ferry municipal people's Government on March 9, "
        "2012, Ferry Municipal Government announced order No. 88, come into force on the date of "
        "promulgation) according to the cleanup work required, the following are amended:",
        EN_BODY,
    ]
    assert meta(lines)["date"] == "2012-03-09"


def test_a_title_explaining_a_plan_is_not_the_plan():
    got = meta(["Decoding the Three-Year Ferry Plan of the Islands", EN_BODY])
    assert got["genre"] != "plan"
    assert meta(["Three-Year Ferry Plan of the Islands", EN_BODY])["genre"] == "plan"


def test_a_region_named_by_its_places_joined_by_dashes_is_no_city():
    """The Guangdong-Hong Kong-Macao Greater Bay Area names a region, not Hong Kong."""
    title = "Ferry Links Across the Guangdong-Hong Kong-Macao Greater Bay Area"
    assert meta([title, EN_BODY])["city"] is None
    assert meta(["Ferry Links Across Hong Kong Waters", EN_BODY])["city"] == "hongkong"


def test_a_lead_saying_who_releases_the_page_by_its_title_names_the_issuer():
    title = "Charting the Ferry Economy of the Islands"
    lead = (
        'After its first paper on ports, Northwind releases its second issue on "Charting '
        'the Ferry Economy of the Islands". In this report, Northwind looks at the ferry lines.'
    )
    assert meta([title, lead, EN_BODY])["issuer"] == "Northwind"
    other = 'Northwind releases its second issue on "Ports of the South". It looks at the lines.'
    assert meta([title, other, EN_BODY])["issuer"] is None


def test_a_photo_caption_is_no_title_and_its_dated_line_still_dates_the_item():
    lines = [
        " date 2020-04-02 The new ferry terminal on the island. Photo: Metro News",
        "Ferry Lines Open to the Islands",
        EN_BODY,
    ]
    got = meta(lines)
    assert got["title"] == "Ferry Lines Open to the Islands"
    assert got["date"] == "2020-04-02"
    caption = ["港口码头一角。新华社记者 张三 摄", "某市港口吞吐量创新高", "2021-05-06 来源:某报"]
    caption.append(ZH_BODY)
    assert meta(caption)["title"] == "某市港口吞吐量创新高"


def test_a_title_naming_a_region_is_about_no_one_city():
    lines = [
        "Ferry plans for the Yangtze River Delta take shape",
        "2020-04-02 Source: Metro News",
        "Ningbo and Ningbo's islands will get ferry lines first, as Ningbo's port grows.",
        EN_BODY,
    ]
    assert meta(lines)["city"] is None
    lines[0] = "Ferry plans take shape"
    assert meta(lines)["city"] == "ningbo"


def test_an_app_download_link_is_no_title_and_a_survey_is_a_report():
    got = meta(["APP下载", "某市港口发展调查报告", ZH_BODY])
    assert got["title"] == "某市港口发展调查报告"
    got = meta(["The Ferry Economy: A survey on what drives the islands", EN_BODY])
    assert got["genre"] == "report"


def test_a_post_filed_under_a_section_of_writing_is_an_article():
    """Front matter's category names the section a piece was filed under (categories: [travel])."""
    from kb.readers.frontmatter import split_front_matter

    text = "---\ntitle: Ferry days\ndate: 2013-10-12\ncategories:\n - travel\n---\n\nText.\n"
    assert split_front_matter(text, "x.md")[0]["genre"] == "article"
    text = "---\ntitle: Ferry days\ncategories: [ships, news]\n---\n\nText.\n"
    assert split_front_matter(text, "x.md")[0]["genre"] == "news"
    text = "---\ntitle: Ferry days\ncategories: [ships]\n---\n\nText.\n"
    assert "genre" not in split_front_matter(text, "x.md")[0]


def test_a_date_run_into_the_authors_names_dates_the_article():
    lines = [
        "某市港口经济高质量发展研究",
        "——基于面板数据的分析",
        "2023-05-08张三李四王五",
        "某某研究 2023年2期",
        "张三 李四 王五",
        "一、引言",
        ZH_BODY,
    ]
    got = meta(lines)
    assert got["title"] == "某市港口经济高质量发展研究"
    assert got["date"] == "2023-05-08"


# ---- meta12/heldout, spent after its scoring at the end, then studied ----


def test_a_site_name_above_its_breadcrumb_is_no_title():
    lines = [
        "某某新传媒",
        "首页 > 专题 > 权威发布 > 正文",
        "政府工作报告 ——2023年1月9日在某某市第十七届人民代表大会第二次会议上",
        "市长 张三",
        ZH_BODY,
    ]
    assert meta(lines)["title"] == "政府工作报告"


def test_a_province_document_reposted_by_a_city_portal_is_the_signing_body_s():
    """ContentSource a social account (某某统计 公众号), 发布机构 the city body that reposted it,
    the bulletin signed under its title by two bodies side by side."""
    stated = {"issuer": "某某统计 公众号", "title": "江西省2022年港口统计公报"}
    lines = [
        "索引号: 0147/2023-01 发布机构: 某某市统计局 发文日期: 2023-03-31",
        "江西省2022年港口统计公报",
        "江西省统计局 国家统计局江西调查总队",
        "2023年3月28日",
        ZH_BODY,
    ]
    assert meta(lines, fmt="html", stated=stated)["issuer"] == "江西省统计局"


def test_a_report_cover_run_into_its_contents():
    """docslib-style text of a report: the cover title run into 'Contents', the contents on one
    line listing an executive summary, a region's dashed name with a place lost."""
    lines = [
        "Guangdong-Hong Kong- Ferry Area – Sailing for growth Contents",
        "Preface 1 Executive summary 2 The next steps 24 Preface",
        "The ferry area, formally planned in 2017, is expected to unlock growth across the islands "
        "and the port, and to rival the leading bay areas of the world.",
    ]
    got = meta(lines)
    assert got["title"] == "Guangdong-Hong Kong- Ferry Area – Sailing for growth"
    assert got["genre"] == "report"
    assert got["city"] is None
    assert meta(["Ferry Lines: What Comes Next", EN_BODY])["genre"] != "report"


def test_an_english_lead_opening_with_the_day_it_tells_of_is_news():
    lead = (
        "Tuesday 6 March saw the first ferry of the year leave the island port for the city, "
        "with two hundred passengers on board."
    )
    assert meta(["Island Ferry Season Opens", "Latest News", lead])["genre"] == "news"
    still = "Ferries leave the island port for the city every morning, with room for two hundred."
    assert meta(["Island Ferry Season Opens", "Latest News", still])["genre"] != "news"


def test_a_file_author_in_capitals_is_whoever_typed_it_not_the_issuer():
    stated = {"file_author": "SYSTEM"}
    got = meta(["某市港口发展调查报告", ZH_BODY], fmt="docx", stated=stated)
    assert got["issuer"] is None


def test_a_headline_ending_in_she_is_no_caption():
    got = meta(["春节期间如何安全拍摄", "2021-05-06 来源:某某日报", ZH_BODY])
    assert got["title"] == "春节期间如何安全拍摄"
