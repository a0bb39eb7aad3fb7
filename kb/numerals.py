"""Chinese numerals as documents write them: counted (三十五, 一百零二), spelt digit by digit in
years (二○一二), and the enclosed item marks of statutes (㈠ … ㈩). One table for every reader of
numbers: dates, article locators, segmentation, metadata."""

from __future__ import annotations

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "０": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
UNITS = {"十": 10, "百": 100, "千": 1000}
# zeros typed with a Latin key inside a year spelt in Chinese digits (二00二年, 二OO二年)
TYPED_ZEROS = "0Oo"
# a character class of every numeral character, for patterns: 第[{CN_NUM}\d]+条
CN_NUM = "".join(DIGITS) + "".join(UNITS)
# ㈠ (U+3220) … ㈩ (U+3229): items of an article, like （一）
ENCLOSED = "".join(chr(0x3220 + i) for i in range(10))


def cn_to_int(text: str) -> int | None:
    """三十五 → 35, 一百零二 → 102, 十 → 10, 二○一二 → 2012 (digit by digit), 35 → 35, ㈥ → 6;
    None when it is not a number."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if len(text) == 1 and text in ENCLOSED:
        return ENCLOSED.index(text) + 1
    spelt = all(c in DIGITS or c in TYPED_ZEROS for c in text) and any(c in DIGITS for c in text)
    if len(text) > 1 and spelt:
        # a year spelt digit by digit, its zeros sometimes typed as 0 or O (二00二, 二OO二)
        return int("".join(str(DIGITS.get(c, 0)) for c in text))
    total, digit = 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            total += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        else:
            return None
    value = total + (digit or 0)
    return value if value or text in ("零", "〇", "○") else None


def int_to_cn(n: int) -> str:
    """35 → 三十五, 10 → 十, 102 → 一百零二, 110 → 一百一十 (as statutes number their articles)."""
    if n <= 0 or n >= 10000:
        return str(n)
    digits = "零一二三四五六七八九"
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += ("" if (d == 1 and unit == 10 and not out) else digits[d]) + name
    return out
