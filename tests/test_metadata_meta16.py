"""Metadata rules from the misses of the spent set eval/meta16 (issue 22, session 16), on files of
our own: a news page's video-player label is furniture, never its title, and a signature's date
whose year is typed with Latin zeros dates the document."""

from kb.ingest import build_document


def test_a_video_players_label_is_no_title(tmp_path):
    f = tmp_path / "xinhua_item.txt"
    f.write_text(
        "Ningbo opens new container terminal\n\n"
        "Source: Xinhua| 2019-01-27 17:05:29|Editor: Li Xia\n"
        "Video PlayerClose\n\nNINGBO, Jan. 27 (Xinhua) -- A new container terminal opened at the "
        "port on Sunday, adding capacity for 2 million TEUs a year.\n",
        "utf-8",
    )
    doc, _ = build_document(f, f.stem, "0")
    assert doc.title == "Ningbo opens new container terminal"


def test_a_signature_year_with_typed_zeros_dates_the_notice(tmp_path):
    f = tmp_path / "notice.txt"
    f.write_text(
        "关于加强新闻发布工作的通知\n\n各区县人民政府，市府各委办局：\n\n为进一步做好新闻发布工作，"
        "现就有关事项通知如下。\n\n南京市人民政府办公厅\n二00二年五月二十九日\n",
        "utf-8",
    )
    doc, _ = build_document(f, f.stem, "0")
    assert doc.date == "2002-05-29"
