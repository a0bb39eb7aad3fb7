"""Metadata rules from the misses of meta25 (issue 22, session 24), on files of our own: the part
of the day before a time (下午5:00) names no publisher; a field a list's bullet opens (• 来源:…) is
a field; a counter's label run on after the source's name (皖西日报阅读次数:) leaves the name
whole; a portal's 名称 row is the title even when the document's number follows it; the head of a
body reporting for it (市发展和改革委员会主任 某某) names the issuer."""

from kb.metadata.labels import field_row, label_values
from kb.metadata.organs import office_org
from tests.test_metadata_meta16 import doc_of

BRIEFING = (
    "某某市政府第3次常务会例行新闻发布会\n\n"
    "  • 时间:2018-12-30 15:33:53\n  • 来源:市政府办公室\n  • 阅读次数:\n\n"
    "时间:2018年12月29日下午5:00\n\n地点:新闻发布厅\n\n"
    "主持人:市政府办公室副主任张三:记者朋友们,欢迎继续参加市政府新闻发布会,本场发布会通报常务会议审议通过的议题。\n\n"
    "本场新闻发布会有五项议程,首先通报数字政府顶层设计方案的有关情况,请各位记者朋友予以关注。\n"
)


def test_the_part_of_the_day_before_a_time_names_no_publisher(tmp_path):
    text = BRIEFING.replace("  • 来源:市政府办公室\n", "")
    assert doc_of(tmp_path, "briefing.txt", text).issuer != "下午"


def test_a_field_under_a_lists_bullet_is_a_field(tmp_path):
    assert field_row("• 来源:市政府办公室")
    assert doc_of(tmp_path, "briefing.txt", BRIEFING.replace("某某市", "连云港市")).issuer == (
        "连云港市人民政府办公室"
    )


def test_a_counters_label_run_on_leaves_the_source_whole():
    pairs = label_values("发布日期:2022-02-10 17:09来源: 皖西日报阅读次数:字体:[  ]")
    assert ("来源", "皖西日报") in pairs


def test_a_name_row_with_the_number_after_the_title_gives_the_title(tmp_path):
    text = (
        "政府信息公开\n\n索引号: 007141332/2014-02897 分类: 综合政务\n"
        "发布机构: 某某市人民政府 成文日期: 2014-07-09\n"
        "名称: 某某市人民政府办公室关于印发重点工作任务安排的通知(某府办〔2014〕9号)\n"
        "文号: 某府办〔2014〕9号 发布日期: 2014-07-09\n\n"
        "各县(市、区)人民政府,市政府各部门:\n\n"
        "现将重点工作任务安排印发给你们,请认真组织实施,并按时报送工作进展情况。\n"
    )
    assert doc_of(tmp_path, "notice.txt", text).title == (
        "某某市人民政府办公室关于印发重点工作任务安排的通知"
    )


def test_the_head_of_a_body_reporting_for_it_names_the_body():
    assert office_org("市发展和改革委员会主任 彭勇") == "市发展和改革委员会"
    assert office_org("某某市财政局局长 李四") == "某某市财政局"
    assert office_org("项目负责人 王五") is None  # a role, no body


def test_a_plan_report_is_its_reporting_bodys(tmp_path):
    text = (
        "关于新余市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
        "——2024年1月9日在新余市第十届人民代表大会第四次会议上\n"
        "市发展和改革委员会主任 彭勇\n各位代表:\n"
        "受市人民政府委托,我向大会书面报告2023年全市国民经济和社会发展计划执行情况,请予审议。\n"
        "一、2023年全市国民经济和社会发展计划执行情况\n"
        "2023年是全面贯彻党的二十大精神的开局之年,全市经济恢复向好,主要指标好于预期。\n"
    )
    assert doc_of(tmp_path, "plan.txt", text).issuer == "新余市发展和改革委员会"


def test_a_city_paper_named_after_its_city_is_the_citys():
    from kb.metadata.places import city_at_start

    assert city_at_start("中山日报") == "zhongshan"  # though 中山 alone is Sun Yat-sen
    assert city_at_start("中山晚报社") == "zhongshan"
    assert city_at_start("中山路") is None and city_at_start("中山装厂") is None


def test_a_city_papers_item_with_no_city_in_its_headline_is_the_papers_citys(tmp_path):
    text = (
        "中山要闻\n\n区位优势明显发展前景非常广阔\n\n"
        "作者:记者某某   来源:中山日报   发布时间:2017-07-28\n\n"
        "昨日下午,峰会嘉宾分三条路线到我市相关镇区考察,对特色产业发展纷纷竖起了大拇指。\n\n"
        "嘉宾们先后走访了深圳和广州的企业代表推荐的产业园区,了解两地合作情况。\n"
    )
    assert doc_of(tmp_path, "visit.txt", text).city == "zhongshan"


def test_a_page_naming_one_city_and_speaking_of_its_own_city_is_that_citys(tmp_path):
    text = (
        "政府工作报告(摘编)\n\n发布日期:2022-02-10 17:09来源: 某某日报\n\n"
        "砥砺前行,书写精彩篇章\n\n过去四年,六安发展站上新的历史起点\n\n"
        "四年来,全市上下坚持真抓实干,全面完成脱贫攻坚任务,推动六安发展站在新的起点上。\n\n"
        "生产总值达到1923.5亿元,年均增长7.7%。\n"
    )
    assert doc_of(tmp_path, "report.txt", text).city == "luan"
    # the same page without a word of its own city names it in passing only
    assert doc_of(tmp_path, "other.txt", text.replace("全市上下", "各方")).city is None


def test_a_title_that_opens_with_a_body_making_rules_is_the_bodys():
    from kb.metadata.fields import body_of_title

    assert body_of_title("大连市人民政府制定地方性法规草案和规章程序规定") == "大连市人民政府"
    assert body_of_title("制定规章的程序规定") is None


def test_a_copyright_line_gives_the_owners_chinese_name_over_its_acronym():
    from kb.metadata.source import copyright_line

    out: dict = {}
    copyright_line("Copyright © 2007-2020 CAOP All Rights Reserved. 中国口岸协会版权所有", out)
    assert out["copyright"] == "中国口岸协会"
    out = {}
    copyright_line("Copyright © 2020 China Daily. All Rights Reserved.", out)
    assert out["copyright"] == "China Daily"


def test_a_headline_that_reads_as_a_bodys_name_is_the_title_above_the_text(tmp_path):
    text = (
        "首页 > 新闻资讯 > 综合新闻\n大连建设东北亚国际航运中心\n"
        "近日,辽宁省委、省政府召开加快建设大连东北亚国际航运中心工作会议。会议提出,辽宁举全省之力早日把大连建成东北亚重要的国际航运中心。\n"
        "目前,大连港基础设施建设进展顺利,30万吨级原油码头和矿石码头已建成投产,带动吞吐量高速增长。\n"
        "Copyright © 2007-2020 CAOP All Rights Reserved. 中国口岸协会版权所有\n"
    )
    doc = doc_of(tmp_path, "port.txt", text)
    assert doc.title == "大连建设东北亚国际航运中心"
    assert doc.issuer == "中国口岸协会"


def test_an_outlets_header_with_the_days_name_and_another_calendar_names_the_outlet():
    from kb.metadata.source import header_line

    out: dict = {}
    header_line("Khaleej Times, Thursday, Jan 05, 2023 | Jamadi Al Thani 12, 1444", out)
    assert out["publisher"] == "Khaleej Times" and out["date:published"] == "2023-01-05"
    out = {}
    header_line("The city, on Thursday, Jan 05, 2023, said it would double its economy", out)
    assert "publisher" not in out  # a sentence is no header


def test_a_body_named_by_what_it_is_for_is_a_body():
    from kb.metadata.words import is_organ

    assert is_organ("Centre for Liveable Cities") and is_organ("Institute of Urban Studies")
    assert not is_organ("Centre") and not is_organ("Centre for the city")


def test_a_report_cover_in_capitals_names_its_body(tmp_path):
    text = (
        "CENTRE FOR LIVEABLE CITIES ANNUAL REPORT 2013-2014 CONNECTING PEOPLE & CITIES\n\n"
        "TABLE OF CONTENTS\n\n04 Chairman’s Message\n\n06 Executive Director’s Message\n\n"
        "The Centre was set up in 2008 to distil, create and share knowledge on liveable and "
        "sustainable cities, working with government agencies and the private sector.\n"
    )
    assert doc_of(tmp_path, "report_en.txt", text).issuer == "Centre for Liveable Cities"


def test_a_headline_the_lead_says_again_is_the_title_under_a_sites_banner(tmp_path):
    headline = (
        "SCIO press conference on building Chongqing into a key strategic fulcrum for the "
        "development of the western region in the new era and a comprehensive hub for inland "
        "opening-up"
    )
    text = (
        f"CHINA SCIO\n\n ㄑ Press Room\n\n{headline}\n\n"
        "The State Council Information Office held a press conference on June 5 in Beijing to "
        "brief the media on building Chongqing into a key strategic fulcrum for the development "
        "of the western region in the new era and a comprehensive hub for inland opening-up.\n\n"
        "China.org.cnUpdated:  July 5, 2024\n"
    )
    assert doc_of(tmp_path, "scio_en.txt", text).title == headline
    # a lead that says something else leaves the banner's page to the other rules
    other = text.replace("to brief the media on building Chongqing into", "on the weather, not")
    other = other.replace("development of the western region", "rainfall of last month")
    assert doc_of(tmp_path, "other_en.txt", other).title != headline
