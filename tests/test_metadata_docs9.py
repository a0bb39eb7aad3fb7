"""Rules by class for what `meta11` (kept aside, scored once at d54fa88, then studied) missed
(issue 22, session of `docs9`). Each text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta


def test_pinyin_glossed_after_characters_is_not_part_of_a_field():
    """Some mirrors gloss characters with toned pinyin in brackets: 區(qū), 發(fā)."""
    lines = [
        "浙江:2030年海島縣(xiàn)減至十個以下",
        "2025-01-07 16:42:00    來(lái)源:某某新聞網(wǎng)",
        "某某新聞網(wǎng)杭州1月7日電 某縣(xiàn)將力爭到2030年實現(xiàn)目標。",
    ]
    got = meta(lines)
    assert got["title"] == "浙江:2030年海島縣減至十個以下"
    lines = [
        "各鎮(zhèn)人民政府,各街道辦事處:",
        "《某區(qū)重點(diǎn)工作分解方案》已經(jīng)區(qū)政府同意,現(xiàn)予印發(fā)。",
        "蘇州市某某區(qū)人民政府",
        "2024年1月25日",
        ZH_BODY,
    ]
    assert meta(lines)["issuer"] == "蘇州市某某區人民政府"


def test_brackets_that_are_not_toned_pinyin_stay():
    got = meta(["某市人工智能(AI)产业发展规划(2021-2025年)", ZH_BODY])
    assert got["title"] == "某市人工智能(AI)产业发展规划(2021-2025年)"


def test_a_contact_line_or_a_gazette_issue_line_is_no_title():
    lines = [
        "E-mail office@example.org Phone 0571-12345678-203",
        "Ferry Lines Open to the Islands",
        "Pub Date:2023-05-03 10:58",
        EN_BODY,
    ]
    assert meta(lines)["title"] == "Ferry Lines Open to the Islands"
    lines = [
        "Government Bulletin,3rd Issue, 2019",
        "Notice of the District People's Government on the Ferry Plan",
        "(May 3, 2019)",
        EN_BODY,
    ]
    assert meta(lines)["title"] == "Notice of the District People's Government on the Ferry Plan"


def test_a_headline_naming_a_bulletin_or_mail_stays_a_title():
    heads = ["City Issues Its First Climate Bulletin", "Phone Makers Flock to the Free Trade Zone"]
    for head in heads:
        assert meta([head, EN_BODY])["title"] == head


def test_a_bare_date_beside_labelled_fields_dates_the_item():
    lines = [
        "Ferry lines link the islands",
        "Source: Metro News| 2021-04-09 08:15:02|Editor: li",
        EN_BODY,
    ]
    assert meta(lines)["date"] == "2021-04-09"
    lines = [
        "某市轮渡新航线开通",
        "2023-05-03 10:43:40  作者:本站  网址:https://example.com/a/1.html",
        ZH_BODY,
    ]
    assert meta(lines)["date"] == "2023-05-03"


def test_a_date_inside_a_header_piece_or_without_labels_does_not():
    from kb.metadata.source import bare_date

    for line in [
        "Editor: li | Ferries sail daily from 2021-04-09 onwards",
        "2021-04-09 | Login | Sign up",
    ]:
        out: dict = {}
        bare_date(line, out)
        assert out == {}, line


def test_a_short_government_name_is_completed_in_its_formal_form():
    """市政府 is the short form of 市人民政府: completed, it is the formal name the text signs."""
    sign = ["湖州市人民政府", "2020年2月10日"]
    got = meta(["市政府关于下达2020年政府工作任务的通知", ZH_BODY, *sign])
    assert got["issuer"] == "湖州市人民政府"
    row = "发布机构: 市政府办公厅 成文日期: 2021-07-09"
    got = meta([row, "温州市城市更新三年行动方案", ZH_BODY])
    assert got["issuer"] == "温州市人民政府办公厅"


def test_a_toolbar_word_or_a_label_word_beside_the_date_is_no_publisher():
    lines = ["Ferry lines link the islands", "Updated: May 3, 2023 metronews.example.com Print"]
    got = meta([*lines, EN_BODY])
    assert got["issuer"] == "metronews.example.com" and got["date"] == "2023-05-03"
    lines = ["Ferry lines link the islands", "Pub Date:2018-07-04 10:58 Source:www.metronews.org"]
    got = meta([*lines, EN_BODY])
    assert got["issuer"] == "www.metronews.org" and got["date"] == "2018-07-04"
