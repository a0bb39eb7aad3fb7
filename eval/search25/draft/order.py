"""How draft/queries_written.txt was written (run once, before the index was built and before any
paragraph was read): the 60 queries in two hand-made lists, dev (40) and held-out (20), each in
subject order (document order v01 ... v14, i01 ... i12, a01 ... a15; a broad query at its first
document), interleaved so that every number divisible by 3 is a held-out query. Written from the two
sets' SOURCES.md (zh27, en27; meta28/heldout has none) and the documents' file names and title lines
only. Kept as a record; it refuses to overwrite the file."""
import os
import subprocess
from collections import Counter

dev = [
 ("zh","秦创园创新驱动平台"),
 ("zh","辽参采捕节"),("en","sea cucumber farming"),
 ("pinyin","huangmeixi yanchu"),
 ("zh","采煤沉陷区生态修复"),("en","coal mining subsidence"),
 ("zh","农民工工资拖欠"),
 ("zh","见义勇为奖励"),("pinyin","jianyiyongwei tiaoli"),
 ("zh","免申即享惠企政策"),
 ("pinyin","shubiandian gongcheng"),("mixed","长兴 220kV substation"),
 ("mixed","西宁 high-speed rail"),("en","first high-speed train Xining"),
 ("zh","村BA篮球赛"),
 ("en","progresive wage model"),
 ("en","floating dairy farm"),
 ("zh","12345热线"),("pinyin","jiesu jiban"),("en","elderly care services"),
 ("en","hospital privatization"),
 ("zh","虚拟电场"),("pinyin","xuni dianchang"),
 ("en","6G drone testing"),
 ("mixed","大连 iron ore futures"),
 ("zh","中医药条例"),("mixed","Shanghai 中医药"),
 ("zh","快速公交系统"),
 ("pinyin","tianfu lvdao"),
 ("mixed","宿州 work report"),
 ("zh","长三角一体化"),
 ("zh","灾后重建资金"),("en","earthquake reconstruction funds"),
 ("en","master plan exhibition"),("mixed","Singapore 总体规划"),
 ("en","revising municipal rules"),
 ("en","Dubai property market"),
 ("pinyin","changwu huiyi"),
 ("mixed","铜陵 delegation visit"),
 ("pinyin","minzheng shisiwu guihua"),
]
held = [
 ("pinyin","qinchuanyuan"),
 ("zh","黄梅戏展演周"),
 ("en","migrant worker wage arears"),
 ("zh","东盟博览会闭幕"),
 ("zh","老年人免费流感疫苗"),
 ("en","regional science summit"),
 ("en","tree planting campaign"),("pinyin","zhengui shumu"),
 ("mixed","Rotterdam 漂浮牧场"),
 ("en","Jiuhua mountain tourism"),
 ("pinyin","pijiu bowuguan"),
 ("zh","铁矿石期货境外投资者"),
 ("zh","绿道建设"),
 ("zh","政府工作报告"),
 ("mixed","Wuhan 规章修改"),
 ("zh","多规合一"),
 ("en","sister city agreement"),("pinyin","jiemei chengshi"),
 ("en","City Hall relocation"),
 ("mixed","佛山 manufacturing base"),
]
assert len(dev) == 40 and len(held) == 20
out = []
d, h = iter(dev), iter(held)
for n in range(1, 61):
    out.append((n,) + (next(h) if n % 3 == 0 else next(d)))
allc = Counter(l for _, l, _ in out)
hc = Counter(l for n, l, _ in out if n % 3 == 0)
dc = Counter(l for n, l, _ in out if n % 3)
print(allc, dc, hc)
assert (dc["zh"], dc["en"], dc["pinyin"], dc["mixed"]) == (13, 12, 8, 7)
assert (hc["zh"], hc["en"], hc["pinyin"], hc["mixed"]) == (7, 6, 4, 3)
assert len({q for _, _, q in out}) == 60
t = subprocess.run(["date", "-u", "+%H:%M"], capture_output=True, text=True).stdout.strip()
held_ids = ", ".join(f"s25q{n:03d}" for n in range(3, 61, 3))
hdr = f"""# search25: queries written all at once, {t} UTC (date -u), before any paragraph of the corpus was read
# (/work/main/eval/real/zh27, /work/main/eval/real/en27, /work/main/eval/meta28/heldout docs together: 41 documents, never searched before),
# from the two SOURCES.md (zh27, en27; meta28/heldout has none) and the documents' file names and title lines only;
# no index built, no measure listed, no tags.json/gold.json read.
# Kept aside (held out, chosen by hand before numbering to spread over languages and subjects): every query
# whose number is divisible by 3: {held_ids}
# ({hc['zh']} zh, {hc['en']} en, {hc['pinyin']} pinyin, {hc['mixed']} mixed; the other 40 are dev).
# id\tlang\tquery
"""
path = "/work/fresh/search25/draft/queries_written.txt"
assert not os.path.exists(path), "already written"
open(path, "x", encoding="utf-8").write(hdr + "".join(f"s25q{n:03d}\t{l}\t{q}\n" for n, l, q in out))
