"""Readers: encodings (GBK, Big5, UTF-16, lying charsets), HTML main text, Markdown, PDF, Word."""

import pytest

from kb.errors import UnreadableFile
from kb.readers import read_file
from tests.fixtures import make_docx, minimal_pdf


def test_gbk_page_with_wrong_meta_charset(tmp_path):
    html = (
        '<html><head><meta charset="utf-8"></head><body><div><p>宁波港口建设加快推进。</p>'
        "<p>第二段内容在此处说明。</p></div><footer>版权所有</footer></body></html>"
    )
    p = tmp_path / "a.html"
    p.write_bytes(html.encode("gbk"))
    r = read_file(p)
    assert [b.text for b in r.blocks] == ["宁波港口建设加快推进。", "第二段内容在此处说明。"]


def test_page_declaring_gb2312_but_utf8(tmp_path):
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
        "<body><article><p>无锡至江阴大桥封闭施工。</p></article></body></html>"
    )
    p = tmp_path / "b.htm"
    p.write_bytes(html.encode("utf-8"))
    assert read_file(p).blocks[0].text == "无锡至江阴大桥封闭施工。"


def test_html_drops_navigation_scripts_and_footers(tmp_path):
    html = (
        '<html><body><nav>首页 导航</nav><div class="share">分享到</div><div id="content">'
        "<h2>一、总体要求</h2><p>坚持生态优先，推进绿色发展。</p><script>alert(1)</script>"
        '<!-- comment --></div><div class="footer">网站地图</div></body></html>'
    )
    p = tmp_path / "c.html"
    p.write_text(html, encoding="utf-8")
    texts = [b.text for b in read_file(p).blocks]
    assert texts == ["一、总体要求", "坚持生态优先，推进绿色发展。"]


def test_big5_text(tmp_path):
    p = tmp_path / "d.txt"
    p.write_bytes("推進職業教育與醫療衛生合作，擴大優質教育資源。".encode("big5"))
    assert "職業教育" in "".join(read_file(p).raw_lines)


def test_utf16_with_bom(tmp_path):
    p = tmp_path / "e.txt"
    p.write_bytes("杭州数字经济".encode("utf-16"))
    assert read_file(p).raw_lines[0] == "杭州数字经济"


def test_markdown(tmp_path):
    p = tmp_path / "f.md"
    p.write_text(
        "# 标题\n\n## 第一章 总则\n\n第一条 本条例适用于新区。\n<!-- INFO END -->\n",
        encoding="utf-8",
    )
    r = read_file(p)
    assert r.title == "标题"
    assert [(b.kind, b.text) for b in r.blocks] == [
        ("heading", "第一章 总则"),
        ("para", "第一条 本条例适用于新区。"),
    ]


def test_pdf_text_layer(tmp_path):
    p = tmp_path / "g.pdf"
    p.write_bytes(minimal_pdf(["Port of Ningbo", "expands terminals."]))
    assert "Port of Ningbo" in " ".join(read_file(p).raw_lines)


def test_docx_headings_and_paragraphs(tmp_path):
    p = tmp_path / "h.docx"
    make_docx(p)
    r = read_file(p)
    assert r.title == "嘉兴市数字经济行动方案"
    assert r.blocks[0].kind == "heading" and r.blocks[1].kind == "para"


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("bin.txt", b"\x00\x01\x02PK\x00" * 40, "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b"   \n\n", "empty"),
        ("trunc.pdf", minimal_pdf(["x"])[:50], "PDF"),
        ("fake.pdf", b"hello, not a pdf", "PDF"),
        ("bad.docx", b"PK\x03\x04garbage", "docx"),
    ],
)
def test_bad_files_raise_one_line_reason(tmp_path, name, data, reason):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(UnreadableFile) as e:
        read_file(p)
    assert reason in str(e.value) and "\n" not in str(e.value) and name in str(e.value)


def test_file_that_disappears(tmp_path):
    with pytest.raises(UnreadableFile, match="disappeared"):
        read_file(tmp_path / "gone.txt")


def test_every_registered_reader_resolves_to_a_function():
    """A row of READERS names a module and function that exist (a typo would fail only when a
    user first drops such a file in the corpus)."""
    from importlib import import_module

    from kb.readers import READERS

    for ext, target in READERS.items():
        module, _, function = target.partition(":")
        assert callable(getattr(import_module(module), function)), ext


def test_an_unregistered_extension_is_refused_with_its_name(tmp_path):
    from kb.errors import UnreadableFile
    from kb.readers import read_file

    p = tmp_path / "notes.rtf"
    p.write_text("{\\rtf1 宁波}", "utf-8")
    with pytest.raises(UnreadableFile, match=r"unsupported file type \.rtf"):
        read_file(p)


def test_an_encrypted_pdf_is_reported_as_encrypted_and_one_with_no_password_is_read():
    import io

    from pypdf import PdfReader, PdfWriter

    from kb.errors import UnreadableFile
    from kb.readers.pdf import read_pdf
    from tests.fixtures import minimal_pdf

    def encrypted(user: str) -> bytes:
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(["Ningbo port advances."]))))
        w.encrypt(user_password=user, owner_password="owner", algorithm="RC4-128")
        out = io.BytesIO()
        w.write(out)
        return out.getvalue()

    with pytest.raises(UnreadableFile) as e:
        read_pdf("locked.pdf", encrypted("secret"))
    assert e.value.reason == "PDF is encrypted: it needs a password to open; skipped"
    assert "Ningbo port advances." in read_pdf("open.pdf", encrypted("")).raw_lines
