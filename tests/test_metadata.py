"""Document metadata: the fields of CONTRACT.md "A document", from sidecars, files and their
text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.dates import parse_date
from kb.ingest import build_document
from kb.metadata import from_sidecar


def build(path: Path):
    doc, _ = build_document(path, path.stem, "x")
    return doc


@pytest.mark.parametrize(
    "text,iso",
    [
        ("2021年8月26日", "2021-08-26"),
        ("二○一二年一月九日", "2012-01-09"),
        ("二〇二一年十二月三十一日", "2021-12-31"),
        ("2021年8月", "2021-08"),
        ("2021", "2021"),
        ("2026-01-22 10:00", "2026-01-22"),
        ("2021/3/5", "2021-03-05"),
        ("Published: 12 March 2021", "2021-03-12"),
        ("March 12, 2021", "2021-03-12"),
        ("Sept 2020", "2020-09"),
        ("no date here", None),
    ],
)
def test_dates_as_iso(text, iso):
    assert parse_date(text) == iso


def test_sidecar_old_keys_still_read():
    got = from_sidecar({"year": 2023, "source": "宁波日报", "language": "zh", "authors": "张三"})
    assert got == {"date": "2023", "issuer": "宁波日报", "lang": "zh", "authors": ["张三"]}
    assert from_sidecar({"source": "https://example.org/a"}) == {
        "source_url": "https://example.org/a"
    }


def test_sidecar_overrides_every_field(tmp_path):
    f = tmp_path / "note.md"
    f.write_text(
        "# 湖州市绿色金融促进条例\n\n第一条 为了推进绿色金融发展，制定本条例。\n", encoding="utf-8"
    )
    (tmp_path / "note.meta.toml").write_text(
        'title = "另一个题名"\nissuer = "某某委员会"\ndate = 2020-05-01\ngenre = "plan"\n'
        'doc_type = "R"\ncity = "ningbo"\nlanguage = "en"\nsource_url = "https://example.org/x"\n'
        'number = "甬政发〔2020〕1号"\n'
        "[dates]\nadopted = 2020-04-30\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert (
        doc.title,
        doc.issuer,
        doc.date,
        doc.genre,
        doc.doc_type,
        doc.city,
        doc.lang,
        doc.source_url,
        doc.number,
        doc.dates,
        doc.year,
    ) == (
        "另一个题名",
        "某某委员会",
        "2020-05-01",
        "plan",
        "R",
        "ningbo",
        "en",
        "https://example.org/x",
        "甬政发〔2020〕1号",
        {"adopted": "2020-04-30"},
        2020,
    )
    assert doc.title_derived is False


def test_api_doc_carries_the_metadata(kb):
    for doc_id in kb.documents():
        d = kb.document(doc_id)
        for key in (
            "title",
            "title_derived",
            "issuer",
            "authors",
            "date",
            "dates",
            "number",
            "genre",
            "doc_type",
            "city",
            "lang",
            "source_url",
            "year",
        ):
            assert key in d, (doc_id, key)


# ---- one fixture per source pattern, each with the exact metadata it must give -------------------

STATUTE_MD = """# 湖州市绿色金融促进条例

2021年8月26日湖州市第八届人民代表大会常务委员会第三十六次会议通过

2021年9月29日浙江省第十三届人民代表大会常务委员会第三十一次会议批准

<!-- INFO END -->

## 第一章　总则

第一条 为了推进绿色金融发展，促进经济社会绿色低碳转型，根据有关法律、行政法规，\
结合本市实际，制定本条例。

第二条 本条例适用于本行政区域内的绿色金融发展及其服务保障等活动。

第三条 绿色金融发展应当坚持政府引导、市场运作、改革创新、开放合作的原则。

## 第二章　协同发展

第四条 推动与嘉兴市、杭州市在绿色金融标准、信息共享等方面的合作。

## 第三章　附则

第五条 本条例自2022年1月1日起施行。
"""

ABBREVIATED_STATUTE_MD = """# 宁波港口管理条例

2014年12月26日 市十四届人大常委会第二十次会议通过

2015年3月27日 省十二届人大常委会第十八次会议批准

2015年4月13日 宁波市人民代表大会常务委员会公告第12号公布

2015年5月1日 施行

<!-- INFO END -->

## 第一章　总则

第一条 为了加强港口管理，维护港口安全与经营秩序，结合本市实际，制定本条例。
"""

GOV_HTML = """<html lang="en"><head><meta charset="utf-8">
<title>1-10月德清县固定资产投资结构趋稳趋优 - 湖州市人民政府</title>
<meta name="ArticleTitle" content="1-10月德清县固定资产投资结构趋稳趋优">
<meta name="SiteName" content="湖州市人民政府">
<meta name="ContentSource" content="德清县统计局">
<meta name="PubDate" content="2021-11-20 09:30">
<link rel="canonical" href="https://www.huzhou.gov.cn/art/2021/11/20/art_1229_1.html">
</head><body><div class="header"><h1>湖州市人民政府</h1></div>
<div class="article"><h2>1-10月德清县固定资产投资结构趋稳趋优</h2>
<div class="info">来源：德清县统计局 发布时间：2021-11-20</div>
<p>1-10月，全县固定资产投资同比增长12.5%，其中制造业投资增长20.1%，高新技术产业投资增长25.3%。</p>
<p>从投资结构看，民间投资占比提高，基础设施投资保持平稳，投资结构持续优化。</p>
</div><div class="footer">主办：湖州市人民政府办公室</div></body></html>"""

REPORT_TXT = """下载 打印 全屏 收藏【字号：加大 还原 减小】
分享到：
政府工作报告
——2026年1月20日在浙江省第十四届人民代表大会第四次会议上
浙江省省长 王浩
来源：浙江日报 时间：2026-01-22

各位代表：

现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。

一、2025年工作回顾

过去一年，全省经济运行稳中有进，高质量发展扎实推进，共同富裕示范区建设取得新成效。
"""

FRONT_MATTER_MD = """---
title: Marine industries in the Zhoushan archipelago
permalink: 'marine-industries'
date: 2020-06-15
author:
  - Li Si
  - Wang Wu
url: https://example.org/marine-industries
---

Zhoushan's marine economy grows on fisheries, shipbuilding and port logistics around the islands.

Offshore wind farms and aquaculture parks add new jobs across the archipelago every year.
"""


def test_statute_markdown(tmp_path):
    f = tmp_path / "huzhou_green_finance.md"
    f.write_text(STATUTE_MD, encoding="utf-8")
    doc = build(f)
    assert doc.meta() | {"path": "", "sha256": "", "keywords": []} == {
        "doc_id": "huzhou_green_finance",
        "path": "",
        "title": "湖州市绿色金融促进条例",
        "title_derived": False,
        "issuer": "湖州市人民代表大会常务委员会",
        "authors": [],
        "date": "2021-08-26",
        "dates": {"adopted": "2021-08-26", "approved": "2021-09-29", "effective": "2022-01-01"},
        "number": None,
        "genre": "regulation",
        "doc_type": "Z",
        "city": "huzhou",
        "lang": "zh",
        "source_url": None,
        "keywords": [],
        "sha256": "",
        "fmt": "md",
        "year": 2021,
    }
    articles = [m for m in doc.measures if m.text.startswith("第")]
    assert len(articles) == 5
    # the issuing city is every article's implicit city, except where another city is the subject
    for m in articles:
        if "嘉兴" in m.text:
            assert "huzhou" not in m.cities and {"jiaxing", "hangzhou"} <= set(m.cities)
        else:
            assert "huzhou" in m.cities, m.text
            if "本市" not in m.text:
                assert (
                    m.evidence["cities"]["huzhou"] == ["发文城市"]
                    and m.evidence["city_via"]["huzhou"] == "issuing"
                )


def test_statute_with_abbreviated_committee_takes_the_full_name(tmp_path):
    f = tmp_path / "port.md"
    f.write_text(ABBREVIATED_STATUTE_MD, encoding="utf-8")
    doc = build(f)
    assert (doc.title, doc.issuer, doc.date, doc.city, doc.genre) == (
        "宁波港口管理条例",
        "宁波市人民代表大会常务委员会",
        "2014-12-26",
        "ningbo",
        "regulation",
    )
    assert doc.dates == {
        "adopted": "2014-12-26",
        "approved": "2015-03-27",
        "published": "2015-04-13",
        "effective": "2015-05-01",
    }


def test_government_html_page_with_meta_tags(tmp_path):
    f = tmp_path / "deqing.html"
    f.write_text(GOV_HTML, encoding="utf-8")
    doc = build(f)
    assert (
        doc.title,
        doc.title_derived,
        doc.issuer,
        doc.date,
        doc.genre,
        doc.doc_type,
        doc.city,
        doc.lang,
        doc.source_url,
    ) == (
        "1-10月德清县固定资产投资结构趋稳趋优",
        False,
        "德清县统计局",
        "2021-11-20",
        "webpage",
        "EB/OL",
        "huzhou",
        "zh",
        "https://www.huzhou.gov.cn/art/2021/11/20/art_1229_1.html",
    )


@pytest.mark.parametrize(
    "raw,site,title",
    [
        (
            "1-10月德清县固定资产投资结构趋稳趋优 - 湖州市人民政府",
            "",
            "1-10月德清县固定资产投资结构趋稳趋优",
        ),
        ("长三角一体化发展规划纲要_新华网", "", "长三角一体化发展规划纲要"),
        ("宁波舟山港货物吞吐量再创新高|宁波日报", "", "宁波舟山港货物吞吐量再创新高"),
        ("Ningbo port volumes rise | Xinhua", "", "Ningbo port volumes rise"),
        ("首页 - 浙江省发展和改革委员会 - 通知公告", "浙江省发展和改革委员会", "首页"),
    ],
)
def test_page_title_without_site_suffix(raw, site, title):
    from kb.metadata import page_title

    assert page_title(raw, site) == title


def test_report_with_scraped_furniture(tmp_path):
    f = tmp_path / "work_report.txt"
    f.write_text(REPORT_TXT, encoding="utf-8")
    doc = build(f)
    assert (
        doc.title,
        doc.title_derived,
        doc.issuer,
        doc.date,
        doc.genre,
        doc.doc_type,
        doc.city,
        doc.lang,
    ) == ("政府工作报告", False, "浙江省人民政府", "2026-01-20", "report", "R", None, "zh")
    # a speech's date is the day it was delivered (——2026年1月20日在…会议上); the posting is later
    assert doc.dates == {"delivered": "2026-01-20", "published": "2026-01-22"}
    assert not any("字号" in m.text or "分享到" in m.text for m in doc.measures)
    assert not any("huzhou" in m.cities or m.evidence["city_via"] for m in doc.measures)


def test_word_file_with_heading_number_and_signature(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.author = "Administrator"
    d.add_heading("宁波市人民政府关于加快建设国际港口名城的实施意见", 1)
    d.add_paragraph("甬政发〔2021〕15号")
    d.add_paragraph("各区县（市）人民政府，市直及部省属驻甬各单位：")
    d.add_heading("一、总体要求", 2)
    d.add_paragraph("加快建设世界一流强港，推进宁波舟山港一体化发展，完善集疏运体系。")
    d.add_paragraph("宁波市人民政府")
    d.add_paragraph("2021年3月5日")
    f = tmp_path / "port_opinion.docx"
    d.save(str(f))
    doc = build(f)
    assert (
        doc.title,
        doc.issuer,
        doc.authors,
        doc.number,
        doc.date,
        doc.genre,
        doc.doc_type,
        doc.city,
    ) == (
        "宁波市人民政府关于加快建设国际港口名城的实施意见",
        "宁波市人民政府",
        [],
        "甬政发〔2021〕15号",
        "2021-03-05",
        "opinion",
        "Z",
        "ningbo",
    )


def test_pdf_with_junk_info_title_and_english_text(tmp_path):
    import io

    from pypdf import PdfReader, PdfWriter

    from tests.fixtures import minimal_pdf

    raw = minimal_pdf(
        [
            "Ningbo Port Development Plan 2021-2025",
            "Ningbo Municipal People's Government",
            "Published: 12 March 2021",
            "",
            "The port expands container terminals and rail links to improve logistics.",
            "Sea-rail transport volumes double by 2025 under the plan.",
        ]
    )
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(raw)))
    writer.add_metadata(
        {
            "/Title": "Microsoft Word - plan_final.docx",
            "/Author": "Zhang San",
            "/CreationDate": "D:20210301120000+08'00'",
        }
    )
    f = tmp_path / "plan.pdf"
    with open(f, "wb") as out:
        writer.write(out)
    doc = build(f)
    # Helvetica's standard encoding reads the apostrophe as a right quote, as a PDF viewer shows it
    assert (
        doc.title,
        doc.issuer.replace("’", "'"),
        doc.authors,
        doc.date,
        doc.genre,
        doc.doc_type,
        doc.city,
        doc.lang,
    ) == (
        "Ningbo Port Development Plan 2021-2025",
        "Ningbo Municipal People's Government",
        [],  # the file's author typed it: the text names the body whose plan it is
        "2021-03-12",
        "plan",
        "Z",
        "ningbo",
        "en",
    )
    # "the port" of a Ningbo document is Ningbo's
    assert [(m.cities, m.evidence["cities"]) for m in doc.measures] == [
        (["ningbo"], {"ningbo": ["The port"]})
    ]


def test_front_matter_markdown(tmp_path):
    f = tmp_path / "marine.md"
    f.write_text(FRONT_MATTER_MD, encoding="utf-8")
    doc = build(f)
    assert (
        doc.title,
        doc.title_derived,
        doc.authors,
        doc.date,
        doc.source_url,
        doc.lang,
        doc.city,
    ) == (
        "Marine industries in the Zhoushan archipelago",
        False,
        ["Li Si", "Wang Wu"],
        "2020-06-15",
        "https://example.org/marine-industries",
        "en",
        "zhoushan",
    )  # a document about one city
    assert doc.measures[0].text.startswith("Zhoushan's marine economy")
    assert not any("permalink" in m.text or "title:" in m.text for m in doc.measures)


def test_malformed_front_matter_warns_in_one_line(tmp_path, capsys):
    f = tmp_path / "bad.md"
    f.write_text(
        "---\ntitle: [unclosed\ndate: : :\n---\n\n# 舟山海洋经济发展规划\n\n"
        "推进海洋经济发展，建设现代海洋产业体系。\n",
        encoding="utf-8",
    )
    doc = build(f)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.md" in err[0] and "front matter" in err[0]
    assert doc.title == "舟山海洋经济发展规划" and doc.genre == "plan"
    assert not any("unclosed" in m.text for m in doc.measures)


def test_english_news_page_byline_and_date(tmp_path):
    f = tmp_path / "news.html"
    f.write_text(
        """<html><head><title>Hangzhou opens new metro line | China Daily</title>
<meta property="og:title" content="Hangzhou opens new metro line">
<meta property="og:url" content="https://www.chinadaily.com.cn/a/202103/12/WS1.html"></head><body>
<div class="article"><h1>Hangzhou opens new metro line</h1><p class="byline">By Zhang San</p>
<p class="date">Published: 12 March 2021</p>
<p>Hangzhou opened its newest metro line on Friday, linking the airport with the city centre \
in forty minutes.</p>
<p>The line carries up to 30,000 passengers an hour and serves the Asian Games venues.</p>\
</div></body></html>""",
        encoding="utf-8",
    )
    doc = build(f)
    assert (doc.title, doc.authors, doc.date, doc.genre, doc.lang, doc.source_url) == (
        "Hangzhou opens new metro line",
        ["Zhang San"],
        "2021-03-12",
        "news",
        "en",
        "https://www.chinadaily.com.cn/a/202103/12/WS1.html",
    )


@pytest.mark.parametrize(
    "title,genre",
    [
        ("湖州市绿色金融促进条例", "regulation"),
        ("新余市绿色建筑管理办法（试行）", "regulation"),
        ("浙江省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "plan"),
        ("宁波市数字经济发展三年行动计划", "plan"),
        ("关于加快推进港口经济圈建设的实施意见", "opinion"),
        ("关于印发《新余市绿色建筑管理办法》的通知", "notice"),
        ("湖州市人民政府关于修改部分规章的决定", "decision"),
        ("2024年政府工作报告", "report"),
        ("Regulations of Ningbo Municipality on Port Management", "regulation"),
        ("Action Plan for the Yangtze River Delta", "plan"),
        ("Annual Report 2023", "report"),
        ("区域创新的研究方法", None),
        # a headline about a document names no genre of its own, and is news at least
        ("国务院印发《长江三角洲区域一体化发展规划纲要》", None),
        ("Three-year action plan for the delta released", None),
    ],
)
def test_genre_from_title(title, genre):
    from kb.metadata import genre_of_title
    from kb.metadata.fields import genre as genre_step
    from kb.metadata.source import gather
    from kb.readers import Read

    src = gather(Read(blocks=[], fmt="txt", raw_lines=[]), [])
    got = genre_step(src, {"title": title, "issuer": None, "dates": {}})
    reported = title.startswith("国务院印发") or title.endswith("released")
    assert got == (genre or ("news" if reported else "other"))
    if genre:
        assert genre_of_title(title) == genre


@pytest.mark.parametrize(
    "issuer,title,city",
    [
        ("湖州市人民代表大会常务委员会", "", "huzhou"),
        (None, "宁波杭州湾新区条例", "ningbo"),
        ("浙江省人民政府", "关于支持宁波建设的意见", None),
        (None, "国务院关于长三角一体化的指导意见", None),
        (None, "杭州湾经济区面临的挑战与创新发展路径", None),
        ("Ningbo Municipal People's Government", "", "ningbo"),
        (None, "Regulations of Ningbo Municipality on Port Management", "ningbo"),
        ("中共嘉兴市委", "", "jiaxing"),
        (None, "关于印发《温州市城市更新办法》的通知", "wenzhou"),
    ],
)
def test_issuing_city(issuer, title, city):
    from kb.metadata import issuing_city

    assert issuing_city(issuer, title) == city


def test_eval_scores_metadata_per_field(tmp_path):
    import json

    from kb.evaluate import evaluate, render
    from kb.ingest import ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "huzhou_green_finance.md").write_text(STATUTE_MD, encoding="utf-8")
    (corpus / "deqing.html").write_text(GOV_HTML, encoding="utf-8")
    ingest(corpus, tmp_path / "ix", progress=False, workers=1)
    gold = [
        {
            "doc": "huzhou_green_finance.md",
            "title": "湖州市绿色金融促进条例",
            "issuer": ["湖州市人大常委会", "湖州市人民代表大会常务委员会"],
            "date": "2021-08-26",
            "genre": "regulation",
            "doc_type": "Z",
            "city": "huzhou",
            "lang": "zh",
        },
        {
            "doc": "deqing.html",
            "title": "1-10月德清县固定资产投资结构趋稳趋优",
            "doc_type": "EB",
            "city": None,
            "genre": "news",
        },
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate([path], tmp_path / "ix")["metadata"]
    fields = report["fields"]
    assert fields["title"] == {"accuracy": 1.0, "right": 2, "scored": 2}
    assert fields["doc_type"]["accuracy"] == 1.0  # EB/OL is EB
    assert fields["city"] == {"accuracy": 0.5, "right": 1, "scored": 2}  # 德清 lies in Huzhou
    assert fields["genre"]["right"] == 1 and fields["issuer"]["scored"] == 1
    assert any("deqing" in m["id"] and m["problem"].startswith("city") for m in report["misses"])
    assert "metadata" in render({"metadata": report})


@pytest.mark.parametrize(
    "name,text,city",
    [
        (
            "about.txt",
            "Ningbo aims to house more high-tech companies\n\n"
            "China Daily | Updated: May 6, 2021\n\n"
            "The number of high-tech companies is expected to reach 8,000 by 2025, "
            "local officials said.\n",
            "ningbo",
        ),
        (
            "paper.txt",
            "宁波舟山港货物吞吐量再创新高\n来源：宁波日报 时间：2023-01-05\n\n"
            "全年完成货物吞吐量12.6亿吨，连续十四年位居全球第一。\n",
            "ningbo",
        ),
    ],
)
def test_a_document_about_a_city_does_not_lend_it_to_every_paragraph(tmp_path, name, text, city):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    doc = build(f)
    assert doc.city == city and doc.genre == "news"
    assert not any(
        via == "issuing" for m in doc.measures for via in m.evidence["city_via"].values()
    )


def test_database_export_header_is_metadata_not_paragraphs(tmp_path):
    f = tmp_path / "export.txt"
    f.write_text(
        "    【法宝引证码】 CLI.12.1234\r\n原文链接：https://www.example.com/lar/abc.html\r\n"
        "嘉兴市人民政府关于印发嘉兴市港口管理办法的通知\r\n嘉兴市人民政府关于印发嘉兴市港口管理办法的通知\r\n\r\n"
        "（嘉政发〔2020〕7号）\n\n各县（市、区）人民政府：\n\n现将《嘉兴市港口管理办法》印发给你们，请认真贯彻执行。\n\n"
        "嘉兴市人民政府\n2020年5月6日\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert (doc.title, doc.issuer, doc.number, doc.date, doc.source_url, doc.genre, doc.city) == (
        "嘉兴市人民政府关于印发嘉兴市港口管理办法的通知",
        "嘉兴市人民政府",
        "嘉政发〔2020〕7号",
        "2020-05-06",
        "https://www.example.com/lar/abc.html",
        "notice",
        "jiaxing",
    )
    texts = " ".join(m.text for m in doc.measures)
    assert "法宝引证码" not in texts and "原文链接" not in texts and "关于印发" not in texts
    assert "请认真贯彻执行" in texts


def test_front_matter_of_nested_aliases_is_not_expanded(tmp_path):
    laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} "
        f"[*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8)
    )
    f = tmp_path / "laughs.md"
    f.write_text(
        f"---\n{laughs}title: 舟山港口规划\nkeywords: *i\n---\n\n建设舟山江海联运服务中心。\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert doc.title == "舟山港口规划" and len(str(doc.keywords)) < 2000


def test_english_statute_adoption_line(tmp_path):
    f = tmp_path / "sh_business.txt"
    f.write_text(
        "Shanghai Municipal Regulations on Optimizing the Business Environment\n\n"
        "Adopted at the 17th Meeting of the Standing Committee of the 15th Shanghai Municipal "
        "People's Congress on December 20, 2019\n\nChapter I General Provisions\n\n"
        "Article 1 These Regulations are formulated to optimize the business environment "
        "of this Municipality.\n\n"
        "Article 60 These Regulations shall come into force on March 1, 2020.\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert (
        doc.title,
        doc.issuer,
        doc.date,
        doc.dates,
        doc.genre,
        doc.doc_type,
        doc.city,
        doc.lang,
    ) == (
        "Shanghai Municipal Regulations on Optimizing the Business Environment",
        "Standing Committee of the Shanghai Municipal People's Congress",
        "2019-12-20",
        {"adopted": "2019-12-20", "effective": "2020-03-01"},
        "regulation",
        "Z",
        "shanghai",
        "en",
    )
    assert all("shanghai" in m.cities for m in doc.measures)


def test_chinese_paper_authors_and_type(tmp_path):
    f = tmp_path / "paper.txt"
    f.write_text(
        "杭州湾区域协同发展研究\n张三1，李四2\n"
        "（1.浙江大学 经济学院，浙江 杭州 310058；2.宁波大学 商学院，浙江 宁波 315211）\n"
        "摘要：本文分析了杭州湾区域协同发展的现状与问题，提出了推进区域一体化的对策建议。\n"
        "关键词：湾区；协同发展\n\n"
        "一、引言\n\n杭州湾区域是长三角的重要组成部分，区位优势明显。\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert (doc.title, doc.authors, doc.issuer, doc.genre, doc.doc_type, doc.city) == (
        "杭州湾区域协同发展研究",
        ["张三", "李四"],
        None,
        "article",
        "J",
        None,
    )


@pytest.mark.parametrize(
    "lines,org",
    [
        (
            [
                "On behalf of the People's Government of Zhejiang Province, "
                "I will now report to you on the work."
            ],
            "People's Government of Zhejiang Province",
        ),
        (["现在，我代表宁波市人民政府，向大会报告工作，请予审议。"], "宁波市人民政府"),
        (["现在，我代表省人民政府，向大会报告工作。"], None),
        (["On behalf of my colleagues, thank you."], None),
    ],
)
def test_report_given_on_behalf_of_a_body(lines, org):
    from kb.metadata.organs import on_behalf_of

    assert on_behalf_of(lines) == org


@pytest.mark.parametrize(
    "head,authors,issuer,date,doc_type",
    [
        (  # a domain is its publisher's (kb/data/metadata.toml [publishers]), a newspaper: N
            "By Ma Zhenhuan in Hangzhou | chinadaily.com.cn | Updated: 2022-06-01 16:41",
            ["Ma Zhenhuan"],
            "China Daily",
            "2022-06-01",
            "N",
        ),
        (
            "BEIJING, Feb. 7, 2025 /PRNewswire/ -- A news report from chinadaily.com.cn:",
            [],
            "China Daily",
            "2025-02-07",
            "N",
        ),
        ("(Xinhua) 15:49, January 12, 2024", [], "Xinhua", "2024-01-12", "EB/OL"),
        ("ezhejiang.gov.cn| Updated:  July 30, 2021", [], "eZhejiang", "2021-07-30", "EB/OL"),
        (
            "portal.example.org| Updated: July 30, 2021",
            [],
            "portal.example.org",
            "2021-07-30",
            "EB/OL",
        ),
        (
            "Harbour News   2021-03-03 14:32   Source:Tidewater News",
            [],
            "Harbour News",
            "2021-03-03",
            "EB/OL",
        ),
        (
            "2024-08-01 11:15:00 Source:Delta Today Author:CHEN HUIXI & LIU NIAN",
            ["CHEN HUIXI", "LIU NIAN"],
            "Delta Today",
            "2024-08-01",
            "EB/OL",
        ),
        ("Published: Tuesday, 18 February 2014 12:56", [], None, "2014-02-18", "EB/OL"),
    ],
)
def test_english_news_header_lines(tmp_path, head, authors, issuer, date, doc_type):
    f = tmp_path / "item.txt"
    f.write_text(
        f"Port volumes rise in the delta\n\n{head}\n\n"
        "Container volumes rose by a tenth this spring, "
        "officials said on Monday.\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert (doc.title, doc.authors, doc.issuer, doc.date, doc.genre, doc.doc_type) == (
        "Port volumes rise in the delta",
        authors,
        issuer,
        date,
        "news",
        doc_type,
    )


@pytest.mark.parametrize(
    "text,title,issuer,date,city",
    [
        (  # a date and 来源 on one line; a news item about one city (临海 lies in 台州)
            "春茶采摘正当时\n\n2023-03-14 08:00:40  来源:台州日报   作者:聂杨波\n\n"
            "连日来，临海市白水洋镇的茶园里，茶农们正在忙着采摘春茶。\n\n临海市茶叶产业协会介绍，今年春茶品质较好。\n",
            "春茶采摘正当时",
            "台州日报",
            "2023-03-14",
            "taizhou",
        ),
        (  # 原标题 names the title, the agency's dateline the issuer
            "原标题:上海:6月1日起上调夏季高温津贴标准\n\n"
            "新华社上海5月21日电(记者周蕊)上海人社部门21日宣布，上调夏季高温津贴标准。\n",
            "上海:6月1日起上调夏季高温津贴标准",
            "新华社",
            None,
            "shanghai",
        ),
        (  # a repost: the body that published the document it names
            "近日，湖州市人民政府在官网发布了《湖州市碳达峰实施方案》，方案指出：\n\n"
            "积极发展多元化储能系统。\n",
            "湖州市碳达峰实施方案",
            "湖州市人民政府",
            None,
            "huzhou",
        ),
    ],
)
def test_chinese_news_lines(tmp_path, text, title, issuer, date, city):
    f = tmp_path / "item.txt"
    f.write_text(text, encoding="utf-8")
    doc = build(f)
    assert (doc.title, doc.issuer, doc.date, doc.city) == (title, issuer, date, city)


def test_red_header_names_the_issuer_not_the_title(tmp_path):
    f = tmp_path / "red.txt"
    f.write_text(
        "舟山市人民政府文件\n\n舟政发〔2022〕9号\n\n舟山市人民政府关于推进海洋经济高质量发展的若干意见\n\n"
        "各县（区）人民政府，市政府直属各单位：\n\n为加快建设现代海洋城市，提出如下意见。\n\n舟山市人民政府\n2022年4月2日\n",
        encoding="utf-8",
    )
    doc = build(f)
    assert (doc.title, doc.issuer, doc.number, doc.date, doc.genre, doc.city) == (
        "舟山市人民政府关于推进海洋经济高质量发展的若干意见",
        "舟山市人民政府",
        "舟政发〔2022〕9号",
        "2022-04-02",
        "opinion",
        "zhoushan",
    )


def test_placeholder_sources_are_not_issuers(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>衢州市召开数字化改革推进会_衢州市人民政府</title>"
        '<meta name="ContentSource" '
        'content="本网"><meta name="PubDate" content="20220315"></head><body><div class="article">'
        "<h1>衢州市召开数字化改革推进会</h1><p>会议强调，要以数字化改革引领全面深化改革，推动政府治理现代化。</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    doc = build(f)
    assert (doc.title, doc.issuer, doc.date, doc.city) == (
        "衢州市召开数字化改革推进会",
        "衢州市人民政府",
        "2022-03-15",
        "quzhou",
    )


JEKYLL_MD = """---\r
layout: post\r
title: 丰盛控股旗下企业：推进杭州湾新区智慧园区建设\r
date: 2024-06-06 00:00:00 +0800\r
author: ""\r
published: true\r
city: Hangzhou\r
categories: [news, ""]\r
---\r
\r
丰盛控股旗下企业近日在杭州推进智慧园区建设。\r
"""

HUGO_MD = """+++
title = "Ningbo port volumes rise"
date = 2023-05-04T10:00:00+08:00
author = ""
city = ["Ningbo", "Zhoushan"]
type = "news"
+++

Container volumes at the port rose this spring.
"""


def test_jekyll_front_matter_with_a_colon_crlf_datetime_empty_author_and_a_city_name(tmp_path):
    f = tmp_path / "post.md"
    f.write_bytes(JEKYLL_MD.encode("utf-8"))
    doc = build(f)
    assert (doc.title, doc.date, doc.authors, doc.city) == (
        "丰盛控股旗下企业：推进杭州湾新区智慧园区建设",
        "2024-06-06",
        [],
        "hangzhou",
    )
    assert not any("title:" in m.text or "layout" in m.text for m in doc.measures)


def test_hugo_toml_front_matter_datetime_and_a_list_of_cities(tmp_path):
    f = tmp_path / "post.md"
    f.write_text(HUGO_MD, encoding="utf-8")
    doc = build(f)
    # two cities are no one city: none, rather than a name that matches no facet
    assert (doc.title, doc.date, doc.authors, doc.city, doc.genre) == (
        "Ningbo port volumes rise",
        "2023-05-04",
        [],
        None,
        "news",
    )


@pytest.mark.parametrize(
    "line,field",
    [
        ('date = "soon"', "date"),
        ('city = "Atlantis"', "city"),
        ('genre = "poem"', "genre"),
        ('doc_type = "Q"', "doc_type"),
        ('lang = "fr"', "lang"),
        ('[dates]\nadopted = "someday"', "dates.adopted"),
    ],
)
def test_a_bad_sidecar_value_is_one_line_naming_the_file_and_field(tmp_path, line, field):
    from kb.errors import UnreadableFile

    f = tmp_path / "note.md"
    f.write_text(
        "# 湖州市绿色金融促进条例\n\n第一条 为了推进绿色金融发展，制定本条例。\n", encoding="utf-8"
    )
    (tmp_path / "note.meta.toml").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(UnreadableFile) as e:
        build(f)
    assert "note.meta.toml" in str(e.value) and f"{field} must be" in str(e.value)
    assert "\n" not in str(e.value)


def test_a_sidecar_city_name_becomes_its_id(tmp_path):
    f = tmp_path / "note.md"
    f.write_text("# 绿色金融促进办法\n\n为了推进绿色金融发展，制定本办法。\n", encoding="utf-8")
    (tmp_path / "note.meta.toml").write_text('city = "湖州"\n', encoding="utf-8")
    assert build(f).city == "huzhou"
