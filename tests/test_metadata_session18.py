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
