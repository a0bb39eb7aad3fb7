"""Citations: the exact strings of every registered format for several kinds of document, the
absolute URL's origin, and RIS that a reference manager's importer reads."""

from __future__ import annotations

import datetime
import re

import pytest

from kb.cite import FORMATS, citation

CITED = datetime.date(2026, 11, 23)


def url_of(measure: dict) -> str:
    """The paragraph's absolute URL, as the web layer gives it (kb/web/present.py)."""
    return f"http://kb.example.org/doc/{measure['doc_id']}#p{measure['para']}"


REGULATION = {
    "doc_id": "huzhou_green_finance",
    "title": "湖州市绿色金融促进条例",
    "title_derived": False,
    "issuer": "湖州市人民代表大会常务委员会",
    "authors": [],
    "date": "2021-08-26",
    "dates": {"adopted": "2021-08-26", "approved": "2021-09-29"},
    "number": None,
    "genre": "regulation",
    "doc_type": "Z",
    "city": "huzhou",
    "lang": "zh",
    "source_url": None,
}
ARTICLE_35 = {
    "doc_id": "huzhou_green_finance",
    "para": 60,
    "section": "第五章 保障措施",
    "text": "第三十五条 市人民政府应当建立绿色金融风险补偿机制。",
    "lang": "zh",
    "locator": {"article": 35},
}

REPORT = {
    "doc_id": "delta_ports_2021",
    "title": "Port cooperation in the Yangtze River Delta",
    "issuer": "Delta Institute",
    "authors": ["John Smith", "Lee, Kim Ann"],
    "date": "2021-03",
    "genre": "report",
    "doc_type": "R",
    "lang": "en",
}
REPORT_PARA = {
    "doc_id": "delta_ports_2021",
    "para": 12,
    "section": "3 Findings",
    "lang": "en",
    "text": "Ningbo and Shanghai share berths.",
    "locator": {},
}

NEWS = {
    "doc_id": "zjrb_20260122",
    "title": "宁波舟山港年吞吐量再创新高",
    "issuer": "浙江日报",
    "authors": [],
    "date": "2026-01-22",
    "genre": "news",
    "doc_type": "N",
    "lang": "zh",
}
NEWS_PARA = {
    "doc_id": "zjrb_20260122",
    "para": 3,
    "section": "",
    "lang": "zh",
    "text": "…",
    "locator": {},
}

UNDATED = {
    "doc_id": "bay_paper",
    "title": "杭州湾湾口发展路径",
    "title_derived": True,
    "authors": [],
    "date": None,
    "genre": "article",
    "doc_type": None,
    "lang": "zh",
}
UNDATED_PARA = {
    "doc_id": "bay_paper",
    "para": 5,
    "section": "",
    "lang": "zh",
    "text": "…",
    "locator": {},
}


def cite(doc, measure):
    return citation(doc, measure, url_of(measure), CITED)


def test_municipal_regulation_article():
    c = cite(REGULATION, ARTICLE_35)
    url = "http://kb.example.org/doc/huzhou_green_finance#p60"
    assert c["gbt7714"] == (
        "湖州市人民代表大会常务委员会. 湖州市绿色金融促进条例[Z/OL]. "
        f"2021-08-26: 第三十五条[2026-11-23]. {url}."
    )
    assert c["apa"] == (
        f"湖州市人民代表大会常务委员会. (2021, August 26). 湖州市绿色金融促进条例 (Art. 35). {url}"
    )
    assert c["bibtex"] == (
        "@misc{huzhou_green_finance_p60,\n"
        "  author = {{湖州市人民代表大会常务委员会}},\n"
        "  title = {湖州市绿色金融促进条例},\n"
        "  year = {2021},\n"
        "  date = {2021-08-26},\n"
        "  organization = {湖州市人民代表大会常务委员会},\n"
        f"  url = {{{url}}},\n"
        "  urldate = {2026-11-23},\n"
        "  note = {第三十五条},\n"
        "  langid = {chinese}\n"
        "}"
    )
    assert c["ris"] == (
        "TY  - STAT\r\nAU  - 湖州市人民代表大会常务委员会\r\nTI  - 湖州市绿色金融促进条例\r\n"
        "PY  - 2021\r\nDA  - 2021/08/26/\r\nSE  - 第三十五条\r\nLA  - zh\r\n"
        f"UR  - {url}\r\nY2  - 2026/11/23/\r\nN1  - 第三十五条\r\nER  - \r\n"
    )


def test_english_report_with_authors():
    c = cite(REPORT, REPORT_PARA)
    url = "http://kb.example.org/doc/delta_ports_2021#p12"
    assert c["gbt7714"] == (
        "SMITH J, LEE K A. Port cooperation in the Yangtze River Delta[R/OL]. "
        f"Delta Institute, 2021-03: para. 12[2026-11-23]. {url}."
    )
    assert c["apa"] == (
        "Smith, J., & Lee, K. A. (2021, March). Port cooperation in the Yangtze River Delta "
        f"(para. 12). Delta Institute. {url}"
    )
    assert c["bibtex"] == (
        "@misc{delta_ports_2021_p12,\n"
        "  author = {Smith, John and Lee, Kim Ann},\n"
        "  title = {Port cooperation in the Yangtze River Delta},\n"
        "  year = {2021},\n"
        "  date = {2021-03},\n"
        "  organization = {Delta Institute},\n"
        f"  url = {{{url}}},\n"
        "  urldate = {2026-11-23},\n"
        "  note = {para. 12}\n"
        "}"
    )
    assert c["ris"] == (
        "TY  - RPRT\r\nAU  - Smith, John\r\nAU  - Lee, Kim Ann\r\n"
        "TI  - Port cooperation in the Yangtze River Delta\r\nPY  - 2021\r\nDA  - 2021/03//\r\n"
        f"PB  - Delta Institute\r\nLA  - en\r\nUR  - {url}\r\nY2  - 2026/11/23/\r\n"
        "N1  - para. 12\r\nER  - \r\n"
    )


def test_news_item_names_the_paper_as_where_it_appeared():
    c = cite(NEWS, NEWS_PARA)
    url = "http://kb.example.org/doc/zjrb_20260122#p3"
    assert (
        c["gbt7714"]
        == f"宁波舟山港年吞吐量再创新高[N/OL]. 浙江日报, 2026-01-22: 第3段[2026-11-23]. {url}."
    )
    assert c["apa"] == f"宁波舟山港年吞吐量再创新高 (para. 3). (2026, January 22). 浙江日报. {url}"
    assert c["bibtex"] == (
        "@misc{zjrb_20260122_p3,\n"
        "  title = {宁波舟山港年吞吐量再创新高},\n"
        "  year = {2026},\n"
        "  date = {2026-01-22},\n"
        "  organization = {浙江日报},\n"
        f"  url = {{{url}}},\n"
        "  urldate = {2026-11-23},\n"
        "  note = {第3段},\n"
        "  langid = {chinese}\n"
        "}"
    )
    assert c["ris"] == (
        "TY  - NEWS\r\nTI  - 宁波舟山港年吞吐量再创新高\r\nPY  - 2026\r\nDA  - 2026/01/22/\r\n"
        f"T2  - 浙江日报\r\nLA  - zh\r\nUR  - {url}\r\nY2  - 2026/11/23/\r\nN1  - 第3段\r\n"
        "ER  - \r\n"
    )


def test_document_without_date_or_author():
    c = cite(UNDATED, UNDATED_PARA)
    url = "http://kb.example.org/doc/bay_paper#p5"
    # GB/T 7714-2015's own undated web page: "[EB/OL]. [2012-03-27]. URL." (the standard has no
    # "出版年不详")
    assert c["gbt7714"] == f"[杭州湾湾口发展路径][EB/OL]. 第5段[2026-11-23]. {url}."
    assert c["apa"] == f"[杭州湾湾口发展路径] (para. 5). (n.d.). {url}"
    assert c["bibtex"] == (
        "@misc{bay_paper_p5,\n"
        "  title = {杭州湾湾口发展路径},\n"
        f"  url = {{{url}}},\n"
        "  urldate = {2026-11-23},\n"
        "  note = {第5段; 题名据正文拟定},\n"
        "  langid = {chinese}\n"
        "}"
    )
    assert c["ris"] == (
        f"TY  - ELEC\r\nTI  - 杭州湾湾口发展路径\r\nLA  - zh\r\nUR  - {url}\r\n"
        "Y2  - 2026/11/23/\r\nN1  - 第5段\r\nN1  - 题名据正文拟定\r\nER  - \r\n"
    )


def test_year_only_date_in_every_format():
    doc = {**REGULATION, "date": "2020", "dates": {}}
    c = cite(doc, ARTICLE_35)
    assert "2020: 第三十五条[2026-11-23]" in c["gbt7714"]
    assert ". (2020). 湖州市绿色金融促进条例 (Art. 35)." in c["apa"]
    assert "  year = {2020},\n  date = {2020},\n" in c["bibtex"]
    assert "\r\nPY  - 2020\r\nDA  - 2020///\r\n" in c["ris"]


def test_date_falls_back_to_the_dated_events_then_the_year():
    undated = {**REGULATION, "date": None}
    assert "2021-08-26: 第三十五条" in cite(undated, ARTICLE_35)["gbt7714"]
    published = {**undated, "dates": {"published": "2021-10-01", "adopted": "2021-08-26"}}
    assert "2021-10-01: 第三十五条" in cite(published, ARTICLE_35)["gbt7714"]
    legacy = {**undated, "dates": {}, "year": 2019}
    assert "(2019)." in cite(legacy, ARTICLE_35)["apa"]


def test_english_organisation_as_author_and_a_title_with_a_colon():
    doc = {**REPORT, "authors": [], "title": "Green ports: a delta agenda"}
    c = cite(doc, REPORT_PARA)
    url = "http://kb.example.org/doc/delta_ports_2021#p12"
    assert c["gbt7714"] == (
        f"Delta Institute. Green ports: a delta agenda[R/OL]. 2021-03: para. 12[2026-11-23]. {url}."
    )
    assert c["apa"] == (
        f"Delta Institute. (2021, March). Green ports: a delta agenda (para. 12). {url}"
    )
    assert c["bibtex"] == (
        "@misc{delta_ports_2021_p12,\n"
        "  author = {{Delta Institute}},\n"
        "  title = {Green ports: a delta agenda},\n"
        "  year = {2021},\n"
        "  date = {2021-03},\n"
        "  organization = {Delta Institute},\n"
        f"  url = {{{url}}},\n"
        "  urldate = {2026-11-23},\n"
        "  note = {para. 12}\n"
        "}"
    )
    assert dict(parse_ris(c["ris"]))["TI"] == "Green ports: a delta agenda"
    assert dict(parse_ris(c["ris"]))["AU"] == "Delta Institute"
    assert "PB" not in dict(parse_ris(c["ris"]))


def test_chinese_title_with_a_colon_keeps_it_before_the_document_number():
    doc = {**REGULATION, "title": "宁波市港口条例：修订稿", "number": "宁波市人大常委会公告第5号"}
    c = cite(doc, ARTICLE_35)
    assert c["gbt7714"].startswith(
        "湖州市人民代表大会常务委员会. 宁波市港口条例：修订稿: 宁波市人大常委会公告第5号[Z/OL]. "
    )
    fields = parse_ris(c["ris"])
    assert ("TI", "宁波市港口条例：修订稿") in fields
    assert ("M1", "宁波市人大常委会公告第5号") in fields  # a statute's number: M1, not SN
    assert ("SE", "第三十五条") in fields


def test_english_derived_title_is_bracketed_and_noted():
    doc = {**REPORT, "title_derived": True}
    c = cite(doc, REPORT_PARA)
    assert ". [Port cooperation in the Yangtze River Delta][R/OL]. " in c["gbt7714"]
    assert "(2021, March). [Port cooperation in the Yangtze River Delta] (para. 12)." in c["apa"]
    assert "  note = {para. 12; title derived from the text}\n" in c["bibtex"]
    assert parse_ris(c["ris"])[-2:] == [("N1", "Title derived from the text"), ("ER", "")]


def test_paragraph_locator_when_not_inside_an_article():
    m = {**ARTICLE_35, "para": 7, "locator": {}}
    c = cite(REGULATION, m)
    assert "2021-08-26: 第7段[2026-11-23]" in c["gbt7714"]
    assert "(para. 7)" in c["apa"]
    assert "  note = {第7段},\n" in c["bibtex"]
    fields = parse_ris(c["ris"])
    assert ("N1", "第7段") in fields
    assert "SE" not in dict(fields)  # a section only for an article of a statute


def test_clause_and_item_of_an_article_and_the_document_number():
    doc = {
        **REGULATION,
        "title": "关于加快绿色金融改革的通知",
        "number": "湖政发〔2021〕12号",
        "genre": "notice",
        "doc_type": "Z",
    }
    m = {**ARTICLE_35, "locator": {"article": 5, "clause": 1, "item": 2}}
    c = cite(doc, m)
    assert c["gbt7714"].startswith(
        "湖州市人民代表大会常务委员会. 关于加快绿色金融改革的通知: 湖政发〔2021〕12号[Z/OL]. "
        "2021-08-26: 第五条第一款第二项[2026-11-23]."
    )
    assert "(湖政发〔2021〕12号, Art. 5(1)(2))" in c["apa"]
    assert c["ris"].startswith("TY  - GOVDOC\r\n")
    assert "\r\nSN  - 湖政发〔2021〕12号\r\n" in c["ris"]
    assert "  number = {湖政发〔2021〕12号},\n" in c["bibtex"]


def test_many_authors_are_cut_to_three_then_et_al():
    doc = {**REPORT, "authors": ["Ann Li", "Bo Wang", "Chen Xu", "Dan Yu"]}
    assert cite(doc, REPORT_PARA)["gbt7714"].startswith("LI A, WANG B, XU C, et al. Port")
    zh = {**NEWS, "authors": ["张三", "李四", "王五", "赵六"]}
    assert cite(zh, NEWS_PARA)["gbt7714"].startswith("张三, 李四, 王五, 等. 宁波舟山港")


def test_bibtex_escapes_and_ris_stays_on_one_line_per_field():
    doc = {**REPORT, "title": "Ports & 100% of\nR_D {costs}"}
    c = cite(doc, REPORT_PARA)
    assert "  title = {Ports \\& 100\\% of R\\_D \\{costs\\}},\n" in c["bibtex"]
    assert "TI  - Ports & 100% of R_D {costs}\r\n" in c["ris"]


def test_bibtex_escapes_every_special_character_of_an_organisation():
    doc = {**REPORT, "authors": [], "issuer": "A&B 50% {x} #1 $2 _a ~b ^c \\d"}
    bib = cite(doc, REPORT_PARA)["bibtex"]
    escaped = (
        r"A\&B 50\% \{x\} \#1 \$2 \_a \textasciitilde{}b \textasciicircum{}c \textbackslash{}d"
    )
    assert "  author = {{" + escaped + "}},\n" in bib
    assert "  organization = {" + escaped + "},\n" in bib
    assert bib.count("{") == bib.count("}")


def test_bibtex_key_is_ascii_and_distinct_for_chinese_file_names():
    a = cite({**UNDATED, "doc_id": "湖州条例"}, {**UNDATED_PARA, "doc_id": "湖州条例"})
    b = cite({**UNDATED, "doc_id": "宁波条例"}, {**UNDATED_PARA, "doc_id": "宁波条例"})
    key_a = a["bibtex"].split(",", 1)[0].removeprefix("@misc{")
    key_b = b["bibtex"].split(",", 1)[0].removeprefix("@misc{")
    assert re.fullmatch(r"huzhoutiaoli_[0-9a-f]{6}_p5", key_a), key_a
    assert re.fullmatch(r"ningbotiaoli_[0-9a-f]{6}_p5", key_b), key_b
    homophone = cite({**UNDATED, "doc_id": "胡州条例"}, {**UNDATED_PARA, "doc_id": "胡州条例"})
    assert homophone["bibtex"].split(",", 1)[0] != a["bibtex"].split(",", 1)[0]


def test_legacy_measure_without_locator_reads_the_article_from_its_section():
    m = {k: v for k, v in ARTICLE_35.items() if k != "locator"}
    m["text"] = "市人民政府应当建立绿色金融风险补偿机制。"
    m["section"] = "第五章 保障措施 › 第三十五条 风险补偿"
    assert "2021-08-26: 第三十五条[" in cite(REGULATION, m)["gbt7714"]


def test_cited_today_at_the_url_given():
    """The date of citation is today unless given; the URL is the caller's, as given."""
    c = citation(REGULATION, ARTICLE_35, "https://kb.example.net/policy/doc/%E6%96%87#p60")
    assert c["gbt7714"].endswith(
        f"[{datetime.date.today().isoformat()}]. https://kb.example.net/policy/doc/%E6%96%87#p60."
    )


def parse_ris(text: str) -> list[tuple[str, str]]:
    """A strict RIS reader: every line `XX  - value`, TY first, ER last."""
    lines = text.split("\r\n")
    assert lines[-1] == "", "every line, the last too, ends with CR LF"
    fields = []
    for line in lines[:-1]:
        m = re.match(r"^([A-Z][A-Z0-9])  - (.*)$", line)
        assert m, f"not a RIS line: {line!r}"
        fields.append((m.group(1), m.group(2)))
    assert fields[0][0] == "TY"
    assert fields[-1] == ("ER", "")
    return fields


@pytest.mark.parametrize(
    "doc,measure",
    [(REGULATION, ARTICLE_35), (REPORT, REPORT_PARA), (NEWS, NEWS_PARA), (UNDATED, UNDATED_PARA)],
)
def test_every_format_for_every_kind(doc, measure):
    c = cite(doc, measure)
    assert set(c) == set(FORMATS)
    fields = dict(parse_ris(c["ris"]))
    assert fields["UR"] == url_of(measure)
    assert fields["Y2"] == "2026/11/23/"
    assert c["bibtex"].count("{") == c["bibtex"].count("}")
