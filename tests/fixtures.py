"""Small fixture files of our own, one per reader and trap (never copies of real documents)."""

from __future__ import annotations

import shutil
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "corpus"

PLAN_TXT = """一、总体要求

到2025年，宁波港口吞吐能力显著提升，杭甬一体化取得实质进展。

二、重点任务

（一）建设世界一流强港

加快宁波舟山港集装箱码头建设，推进甬舟铁路和沪甬跨海通道前期研究，提升栎社机场国际航线
服务能力。完善多式联运体系，建设江海联运枢纽。

（二）发展数字经济

支持数字经济核心产业发展，建设集成电路和工业互联网产业集群，打造世界级先进制造业基地。

（三）保护生态环境

严守生态保护红线，开展大气污染和水污染联合防治，推进曹娥江流域生态修复。

（四）增进民生福祉

扩大医疗保险异地结算覆盖范围，推进职业教育和养老服务同城化。本市居民可凭市民卡办理。
"""


def minimal_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF with an ASCII text layer (Helvetica), built by hand."""
    content = (
        "BT /F1 12 Tf 72 720 Td 14 TL "
        + " ".join(f"({line.replace('(', '[').replace(')', ']')}) '" for line in lines)
        + " ET"
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_bytes(objs)


def pdf_bytes(objs: list[str]) -> bytes:
    """A PDF file of these objects (numbered from 1, the first the catalog), with its xref table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("嘉兴市数字经济行动方案", 0)
    d.add_heading("一、发展目标", 1)
    d.add_paragraph("到2025年，乌镇世界互联网大会成果转化加快，数字经济增加值占比超过百分之六十。")
    d.add_heading("二、主要任务", 1)
    d.add_paragraph("加快建设嘉兴港多式联运枢纽，完善跨境电商综合试验区政策。")
    d.save(str(path))


def build_corpus(root: Path, with_bad: bool = True, with_seeds: bool = True) -> Path:
    """A tiny corpus with every reader's trap; the bad files must be reported, the rest indexed."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (root / "plan.meta.toml").write_text(
        'title = "宁波市港口与数字经济三年行动计划"\nyear = 2023\nauthors = ["宁波市人民政府"]\n',
        encoding="utf-8",
    )
    gbk_html = (
        '<html><head><meta charset="utf-8"><title>杭州市生态保护通知</title></head><body>'
        '<nav class="menu"><a href="/">首页</a> <a href="/x">导航栏目</a></nav>'
        '<div class="article"><h1>杭州市生态保护通知</h1><h2>一、治理要求</h2>'
        "<p>全面推进西湖和钱塘江流域水环境治理，严格控制污染物排放，建设美丽杭州。</p>"
        "<p>加快萧山机场周边绿色交通建设，推广新能源汽车，减少大气污染。</p>"
        '<script>alert("x")</script></div>'
        '<div class="footer">版权所有 网站地图</div>'
        '<div class="share">分享到微博</div></body></html>'
    )
    (root / "eco.html").write_bytes(gbk_html.encode("gbk"))
    big5 = (
        "臺州市教育醫療服務\n\n"
        "推進職業教育與醫療衛生合作，擴大優質教育資源覆蓋，提升醫院服務能力。\n"
    )
    (root / "tw.txt").write_bytes(big5.encode("big5"))
    md = (
        "# 绍兴市科技创新条例\n\n## 第一章 总则\n\n第一条 为促进科技成果转化，建设柯桥科创走廊，"
        "支持实验室和孵化器发展，制定本条例。\n\n第二条 本市鼓励企业加大研发投入，保护知识产权。\n"
    )
    (root / "rule.md").write_text(md, encoding="utf-8")
    (root / "brief.pdf").write_bytes(
        minimal_pdf(
            [
                "Ningbo port logistics brief",
                "",
                "The Port of Ningbo expands container terminals and rail links",
                "to improve logistics efficiency across the Yangtze River Delta.",
            ]
        )
    )
    make_docx(root / "jx.docx")
    # hostile content: markup in text, in Markdown and in metadata must only ever be shown as text
    (root / "hostile.txt").write_text(
        "一、港口管理<img src=x onerror=alert(1)>\n\n"
        "加强港口安全管理<script>alert(2)</script>，完善应急预案，提升码头作业安全水平。\n",
        encoding="utf-8",
    )
    (root / "hostile.meta.toml").write_text(
        'title = "港口通知<svg onload=alert(3)>"\n', encoding="utf-8"
    )
    (root / "hostile_md.md").write_text(
        "# 航运服务\n\n"
        "推进航运服务<img src=x onerror=alert(4)>集聚区建设，发展航运金融和海事仲裁。\n\n"
        "<script>alert(5)</script>\n\n[链接](javascript:alert(6))\n",
        encoding="utf-8",
    )
    if with_bad:
        (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x00\x00" * 50)
        (root / "empty.txt").write_bytes(b"")
        (root / "broken.pdf").write_bytes(minimal_pdf(["truncated"])[:60])
    if with_seeds:
        for p in SEEDS.glob("*"):
            shutil.copy(p, root / p.name)
    return root


# Sentences of our own for corpora large enough to kill an ingest in the middle of.
SENTENCES = [
    "加快建设宁波舟山港集装箱码头，提升港口集疏运能力。",
    "推进杭州湾跨海通道和沪甬铁路前期研究。",
    "支持数字经济核心产业发展，培育集成电路和工业互联网产业集群。",
    "完善科技成果转化机制，建设一批新型研发机构。",
    "开展大气污染和水污染联合防治，推进流域生态补偿。",
    "扩大医疗保险异地结算范围，推进养老服务同城化。",
    "深化自由贸易试验区改革，提升跨境贸易便利化水平。",
    "优化营商环境，推进政务服务一网通办。",
    "建设绍兴滨海新区先进制造业基地，发展高端装备产业。",
    "推动嘉兴科技城与上海张江科学城协同创新。",
]


def scale_corpus(folder: Path, files: int, paras: int, tag: str = "", name: str = "plan") -> Path:
    """`files` documents of `paras` paragraphs, each of four of our sentences; `tag` marks a
    version."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        lines = []
        for p in range(paras):
            if p % 5 == 0:
                lines += [f"{p // 5 + 1}. 重点任务{tag}", ""]
            lines += ["".join(SENTENCES[(f + p + k) % len(SENTENCES)] for k in range(4)) + tag, ""]
        (folder / f"{name}_{f:04d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return folder


# A municipal regulation, an English report with authors and a news item, each with the metadata a
# sidecar states: the cases a citation and the document table must get right.
CITED_DOCS = {
    "huzhou_green_finance.md": (
        "# 湖州市绿色金融促进条例\n\n## 第一章 总则\n\n"
        "第一条 为了促进绿色金融发展，推动经济社会全面绿色转型，结合本市实际，制定本条例。\n\n"
        "第二条 本市行政区域内绿色金融的发展、服务和监督管理活动，适用本条例。\n\n"
        "## 第五章 保障措施\n\n"
        "第三十五条 市人民政府应当建立绿色金融风险补偿机制，"
        "对金融机构开展绿色信贷形成的损失给予适当补偿。\n\n"
        "风险补偿资金的具体管理办法由市财政部门会同有关部门制定。\n\n"
        "第三十六条 金融机构应当履行下列义务：\n\n（一）建立绿色金融管理制度；\n\n"
        "（二）按照规定定期披露环境信息和绿色金融业务情况。\n"
    ),
    "huzhou_green_finance.meta.toml": (
        'issuer = "湖州市人民代表大会常务委员会"\ndate = "2021-08-26"\n'
        'genre = "regulation"\ndoc_type = "Z"\ncity = "huzhou"\n'
        '[dates]\nadopted = "2021-08-26"\napproved = "2021-09-29"\n'
    ),
    "delta_ports_2019.md": (
        "# Port Cooperation in the Yangtze River Delta\n\n## 1 Findings\n\n"
        "Ningbo and Shanghai share container berths and coordinate vessel schedules across "
        "the delta.\n\nGreen shipping corridors link the ports of Ningbo and Zhoushan.\n"
    ),
    "delta_ports_2019.meta.toml": (
        'authors = ["John Smith", "Lee, Kim Ann"]\nissuer = "Delta Institute"\n'
        'date = "2019-05"\ngenre = "report"\ndoc_type = "R"\nlang = "en"\n'
    ),
    "zjrb_20260122.txt": (
        "宁波舟山港年吞吐量再创新高\n\n"
        "宁波舟山港去年货物吞吐量继续位居全球第一，集装箱航线持续加密，海铁联运业务量增长。\n"
    ),
    "zjrb_20260122.meta.toml": (
        'title = "宁波舟山港年吞吐量再创新高"\nissuer = "浙江日报"\ndate = "2026-01-22"\n'
        'genre = "news"\ndoc_type = "N"\n'
    ),
}


def build_cited_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in CITED_DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


BILINGUAL = Path(__file__).resolve().parent / "data" / "bilingual"


def bilingual_index(tmp_path_factory) -> Path:
    """An index of our small bilingual corpus (tests/data/bilingual): English and Chinese
    paragraphs on the same subjects, a Ningbo document in English, a Wenzhou one in Chinese."""
    import shutil

    from kb.ingest import ingest

    corpus = tmp_path_factory.mktemp("bilingual")
    for p in BILINGUAL.iterdir():
        shutil.copy(p, corpus / p.name)
    ix = tmp_path_factory.mktemp("bilingual-index")
    ingest(corpus, ix, progress=False)
    return ix


def readings_in(interpretation: list[dict]) -> list[tuple[str, str]]:
    """Every reading of a query (a result's `interpretation`, a plan's `explain`) as (text, via)."""
    return [(x["text"], x["via"]) for r in interpretation for x in r["readings"]]


def kb_of(files: dict[str, str], backend: str, tmp_path_factory):
    """A KB over an index of these files (name → text), ingested with this backend."""
    import pytest

    from kb.ingest import ingest
    from kb.search import KB

    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    ix = tmp_path_factory.mktemp("ix")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KB_BACKEND", backend)
        assert not ingest(corpus, ix, progress=False).errors
    return KB(ix)
