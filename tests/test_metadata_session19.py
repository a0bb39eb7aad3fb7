"""Metadata rules from the misses of the spent set eval/meta20 (issue 22, session 19), on files of
our own: a labelled source with the item's date run on after it (来源:某市人民政府 2007-01-12 16:50)
dates the item; a site's bare address after its name in a header line is not part of the
publisher; a city's media brand (某江e媒) printed after the time is the publisher; an English
portal's name or column (X Government Online, Open Governance) above the headline is no title; the
Chengdu-Chongqing Economic Circle is a region of several cities, as the Greater Bay Area is."""

from tests.test_metadata_meta16 import doc_of


def test_a_labelled_source_with_its_date_run_on_dates_the_item(tmp_path):
    doc = doc_of(
        tmp_path,
        "report.txt",
        "某某区\n您当前的位置: 首页 > 政务公开 > 工作报告\n政府工作报告(2007年)\n"
        "来源:某某市人民政府 2007-01-12 16:50 浏览量:\n\n"
        "各位代表:\n\n现在，我代表市人民政府向大会作政府工作报告，请予审议。\n\n"
        "过去三年，全市实现地区生产总值180亿元，财政总收入17亿元。\n",
    )
    assert doc.date == "2007-01-12"
    assert doc.issuer == "某某市人民政府"


def test_a_sites_bare_address_after_its_name_is_no_part_of_the_publisher(tmp_path):
    doc = doc_of(
        tmp_path,
        "repost.txt",
        "当前位置:某某传媒网 > 星座 > 正文\n\n中国报人眼中的某城印象\n\n"
        "某某传媒 www.example.com   发布时间:2019-03-12 15:48:20   作者:财经\n\n"
        "11日—12日，由中国报业协会主办的年会在某城举行，来宾200余人走进了多家企业和古镇。\n\n"
        "某城给这些媒体人留下了生态环境优良、文化底蕴深厚的良好印象。\n",
    )
    assert doc.issuer == "某某传媒"
    assert doc.date == "2019-03-12"


def test_an_address_in_brackets_stays_the_publisher(tmp_path):
    doc = doc_of(
        tmp_path,
        "item.txt",
        "News\n\nUS consul general pushing cooperation with a Jiangsu city\n\n"
        "| Updated: 2015-09-24 09:39 | ( chinadaily.com.cn ) |\n\n"
        "In a visit to the city on Sept 21, the United States consul general met the city's "
        "Party chief to share ideas on further cooperation.\n\n"
        "The US is the city's fourth largest overseas investor.\n",
    )
    assert doc.issuer == "China Daily"


def test_a_citys_media_brand_after_the_time_is_the_publisher(tmp_path):
    doc = doc_of(
        tmp_path,
        "roundup.txt",
        "央媒看某江 | 近期，多家中央媒体持续关注某江这些工作\n\n"
        "2023-12-24 10:48:27   某江e媒\n浏览量 28927\n\n"
        "近期，某城光氢储智能互补示范充电站在产业园落成并投入使用。\n\n"
        "航拍镜头下的光伏电站，一块块光伏发电板连片成海，蔚为壮观。\n",
    )
    assert doc.issuer == "某江e媒"
    assert doc.date == "2023-12-24"
    assert doc.genre == "news"


def test_an_english_portals_name_above_the_headline_is_no_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "mirror_en.txt",
        "Somecity Government Online\n"
        "Regulations of Somecity Special Economic Zone on Improving Business Environment\n"
        "From: Justice Bureau of Somecity Municipality\nUpdated: 2022-09-13 10:09\n\n"
        "Chapter One General Provisions\n\n"
        "Article 1 These Regulations are formulated in light of the realities of the zone.\n\n"
        "Article 2 These Regulations shall apply to the improvement of business environment.\n",
    )
    assert doc.title.startswith("Regulations of Somecity Special Economic Zone")


def test_an_open_government_column_above_the_headline_is_no_title(tmp_path):
    doc = doc_of(
        tmp_path,
        "column_en.txt",
        "Open Governance\n"
        "Construction of the Twin-City Economic Circle Accelerates\n\n"
        "On the afternoon of May 19, the first freight train between the two cities entered the "
        "station, setting a new record for intercity freight trains.\n\n"
        "The two places have implemented the strategic plans of the central authorities.\n",
    )
    assert doc.title == "Construction of the Twin-City Economic Circle Accelerates"


def test_a_title_naming_the_chengdu_chongqing_region_gives_no_one_city(tmp_path):
    doc = doc_of(
        tmp_path,
        "circle_en.txt",
        "Construction of Chengdu-Chongqing Economic Circle Accelerates\n\n"
        "On May 19, the first Chengdu-Chongqing freight train (Jiangjin District, Chongqing - "
        "Qingbaijiang District, Chengdu) entered a station in Chengdu.\n\n"
        "Sichuan and Chongqing have implemented the strategic plans in the past two years.\n\n"
        "The official from Hechuan District of Chongqing reported the rainfall.\n\n"
        "Chongqing and its districts shared the flood-control duty with Chongqing's villages.\n",
    )
    assert doc.city is None


def test_a_channels_name_reads_as_a_publishers():
    """…发布 and …客户端 name a city government's or a paper's channel, as …媒 does (九江e媒,
    whose Latin letter makes it no app's bare name), and …新闻 a news source's; a column's word
    (财经) or people (市民) do not."""
    from kb.metadata.source import _publisher_like

    assert all(map(_publisher_like, ["某州发布", "潮新闻", "某州客户端", "某江e媒"]))
    assert not any(map(_publisher_like, ["财经", "某州市民"]))
