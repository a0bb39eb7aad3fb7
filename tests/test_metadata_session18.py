"""Metadata rules from the leftover misses of the spent set eval/meta18 (issue 22, session 18), on
files of our own: a reporter's credit set off by a square (■本报记者 张三) makes a reposted item
news, and a channel's header line that prints the site's address between its name and its time
(阳光东坑  http://dk.example.com/  2022-05-25 11:00) dates the item and names its publisher."""

from tests.test_metadata_meta16 import doc_of


def test_a_reporters_credit_after_a_square_makes_the_item_news(tmp_path):
    doc = doc_of(
        tmp_path,
        "repost.txt",
        "原标题:两市正与邻市无缝对接协同发展\n\n"
        "  ■本报记者 李某某\n\n"
        "“我都记不清每年要跑多少趟邻市了。”一家建设集团副总裁热切期待铁路贯通，届时约1小时的"
        "车程可让两地实现同城化。\n\n"
        "市发改委数据显示，当下全市一半的企业与邻市有合作。\n",
    )
    assert doc.genre == "news"


def test_a_site_address_between_the_channel_and_the_time_is_skipped(tmp_path):
    doc = doc_of(
        tmp_path,
        "channel.txt",
        "某某阳光网\n设为首页 | 收藏本站\n首页 | 宜居生态 | 精品文化 | 投资创业\n"
        "您的位置:阳光某镇 > 今日看点 > 某镇时评 >\n"
        "守望故土 见证未来\n"
        "阳光某镇  http://dk.example.com/   2022-05-25 11:00\n"
        "    二十载寒暑易节，一张报纸经历时代的流变、城市的变迁，正大踏步迈向未来。\n\n"
        "    这是一片古老而神奇的土地，历八百多年风雨，基业长青、枝繁叶茂。\n",
    )
    assert doc.date == "2022-05-25"
    assert doc.issuer == "阳光某镇"


# ---- from the spent eval/meta19 ---------------------------------------------------------------


def test_an_outlets_newsflash_mark_names_the_issuer(tmp_path):
    doc = doc_of(
        tmp_path,
        "flash.txt",
        "返回\n顶部\n首页 > 江苏 > 正文\n某市九届人大一次会议开幕\n\n"
        "现代快报讯(记者 陶某 王某 文 / 摄)2月23日上午,某市第九届人民代表大会第一次会议开幕,"
        "代市长在政府工作报告中回顾了过去五年的发展成就。\n\n"
        "持续奋斗,综合实力迈上新台阶。\n",
    )
    assert doc.issuer == "现代快报"
    assert doc.genre == "news"


def test_a_government_work_report_is_its_places_government(tmp_path):
    titled = doc_of(
        tmp_path,
        "report.txt",
        "临河市2015年政府工作报告\n\n    发布时间:2016-03-09 00:00\n\n    政府工作报告\n\n"
        "    ——2016年1月29日在临河市第十五届人民代表大会第六次会议上\n\n"
        "    市人民政府市长  某某某\n\n    各位代表:\n\n"
        "      现在,我代表市人民政府,向大会报告工作,请予审议。\n",
    )
    assert titled.issuer == "临河市人民政府"
    delivered = doc_of(
        tmp_path,
        "summary.txt",
        "某某市人民政府门户网站欢迎您!\n\n2024年《政府工作报告》(摘登)\n\n"
        "  • 发布日期:2024-01-10\n  • 来源:临河日报\n\n"
        "——2024年1月9日在临河市第十七届人民代表大会第三次会议上\n\n市长 某 某\n\n"
        "这一年,综合实力在践行新思想中更有分量,推动经济运行率先整体好转。\n",
    )
    assert delivered.issuer == "临河市人民政府"
    assert delivered.title == "2024年《政府工作报告》(摘登)"  # the portal's greeting is furniture


def test_a_long_byline_beside_the_outlet_and_the_date(tmp_path):
    doc = doc_of(
        tmp_path,
        "cd.txt",
        "China / News\n\nFrom the cradle of culture to modern innovator\n\n"
        "By Cang Wei and Wang Xin in Xuzhou, Jiangsu (China Daily) Updated: 2015-12-04 15:56\n\n"
        "On her way from the high-speed railway station to the hotel, a visitor was shocked by "
        "what she saw.\n",
    )
    assert doc.issuer == "China Daily"
    assert doc.date == "2015-12-04"


def test_the_issuing_body_between_the_headline_and_its_time(tmp_path):
    """A government press release: headline, the bureau that sent it, its time (Macao's GCS)."""
    doc = doc_of(
        tmp_path,
        "gcs.txt",
        "Loading\n\nCE to visit three cities of the Bay Area\n\nGovernment Information Bureau\n"
        "2025-04-26 16:03\nThe Youtube video is unavailable\n\n"
        "The Chief Executive will lead a delegation of the Government to visit, from the "
        "afternoon of Sunday (27 April) to Monday (28 April), three mainland cities.\n\n"
        "Subscription\nGCS Facebook\nGCS Facebook\nGCS Wechat Channel\n",
    )
    assert doc.title == "CE to visit three cities of the Bay Area"
    assert doc.issuer == "Government Information Bureau"
