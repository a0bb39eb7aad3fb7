"""English names of the gazetteer's districts and counties derived from their Chinese names
(kb/cities_en.py _romanised_places): "Jinzhai County" is Lu'an's wherever it stands; a bare
"Taishan" is Jiangmen's only where Guangdong is in view (Mount Tai is not); syllables are set
apart as English sets them (Yu'an); the curated data wins."""

import pytest

from kb import cities_en
from kb.cities import tag_cities


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Jinzhai County was among the first to build a county medical consortium.", "luan"),
        ("Coal mining subsidence in Jiawang District has become a wetland park.", "xuzhou"),
        ("The Taishan nuclear plant in Guangdong started its second unit.", "jiangmen"),
        ("The Huangdao power plant in Shandong will desalinate seawater.", "qingdao"),
    ],
)
def test_a_district_or_county_named_in_english_stands_for_its_city(text, city):
    tags = tag_cities(text)
    assert city in tags.cities
    assert city not in tags.explicit  # a place of the city, not its name


@pytest.mark.parametrize(
    "text",
    [
        "Pilgrims climbed Taishan before dawn.",
        "Jiawang said the results were encouraging.",
    ],
)
def test_a_bare_pinyin_name_without_its_province_in_view_is_no_place(text):
    assert tag_cities(text).cities == []


def test_names_are_written_as_english_writes_pinyin():
    derived = {phrase for phrase, _, _ in cities_en._romanised_places()}
    # 长丰县 in both readings of 长; 裕安区 with its syllables apart (not the yuan, the currency)
    assert {"Jinzhai", "Jinzhai County", "Changfeng", "Changfeng County"} <= derived
    assert "Yu'an District" in derived and "Yuan" not in derived


def test_the_curated_english_places_win():
    # Xiaoshan is listed by hand (en_places) as a place of Hangzhou: one entry, not a derived one
    entry = cities_en._table()[0][cities_en._key("Xiaoshan")]
    assert entry.kind == "place" and entry.candidates[0][0] == "hangzhou"
