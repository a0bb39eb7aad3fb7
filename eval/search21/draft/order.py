"""How draft/queries_written.txt was written (run once, before the index was built and before any
paragraph was read): the 60 queries in two hand-made lists, dev (40) and held-out (20), each in
subject order (document order z01 ... z12, e01 ... e12, j01 ... j15), interleaved so that every
number divisible by 3 is a held-out query. Written from the three sets' SOURCES.md and the documents'
title lines only. Kept as a record; it refuses to overwrite the file."""
import os
import subprocess
from collections import Counter

dev = [
 ("zh","智算中心"),("mixed","芜湖 data center"),
 ("zh","首台套认定"),
 ("en","Chinese white dolphins"),
 ("en","foreign visitors mobile payment"),
 ("zh","眼睛小镇"),("mixed","Wenzhou 眼镜产业"),
 ("zh","零工市场建设"),
 ("en","alligator wild release"),
 ("zh","城市书房"),("pinyin","chengshishufang"),
 ("en","high speed rail opening"),("pinyin","hangwen gaotie"),
 ("zh","具身智能"),("en","humaniod robots"),("pinyin","renxing jiqiren"),
 ("zh","跨境理财通"),
 ("en","greenway river corridors"),("pinyin","bidao jianshe"),
 ("en","Luxemburg cargo flights"),("mixed","Zhengzhou 航空港"),
 ("zh","斑海豹保护"),
 ("en","coal mining subsidence wetland"),
 ("zh","公租房摇号"),("pinyin","gongzufang"),
 ("en","smelter pollution control"),
 ("pinyin","zhongfei jingmao bolanhui"),
 ("zh","台山核电"),("en","nuclear power plant"),
 ("mixed","Jinan 黄河隧道"),
 ("zh","虚拟现实产业基地"),
 ("pinyin","shangrao renda kaimu"),
 ("zh","政府工作报告"),("pinyin","zhengfu gongzuo baogao"),("mixed","沈阳 2026 任务分工"),
 ("en","port five-year plan"),
 ("mixed","首尔 mayor pledges"),
 ("mixed","Tianjin 滨海新区"),
 ("en","curbing population growth"),
 ("zh","东京湾区港口"),
]
held = [
 ("pinyin","shoutaitao"),
 ("pinyin","baihaitun"),
 ("zh","外卡支付"),
 ("en","eyewear industry"),
 ("en","gig workers employment"),("pinyin","linggong shichang"),
 ("zh","杨子鳄放归"),
 ("en","cross boundary wealth managment"),
 ("zh","万里碧道"),
 ("en","public rental housing"),
 ("mixed","中非 trade expo"),
 ("pinyin","taishan hedian"),
 ("zh","灯饰产业"),
 ("zh","慢性病防治"),("en","mental health hospital"),
 ("zh","地方性法规制定"),
 ("mixed","Tokyo Bay 港口"),
 ("en","Rotterdam metropolitan region"),
 ("mixed","南昌 work report"),
 ("zh","淮北大事记"),
]
assert len(dev) == 40 and len(held) == 20
out = []
d, h = iter(dev), iter(held)
for n in range(1, 61):
    out.append((n,) + (next(h) if n % 3 == 0 else next(d)))
allc = Counter(l for _, l, _ in out)
hc = Counter(l for n, l, _ in out if n % 3 == 0)
print(allc, hc)
t = subprocess.run(["date", "-u", "+%H:%M"], capture_output=True, text=True).stdout.strip()
held_ids = ", ".join(f"s21q{n:03d}" for n in range(3, 61, 3))
hdr = f"""# eval/search21: queries written all at once, {t} UTC (date -u), before any paragraph of the corpus was read
# (eval/real/zh22, eval/real/en22, eval/meta24/heldout docs together: 39 documents, never searched before),
# from the three SOURCES.md and the documents' title lines only; no index built, no measure listed,
# no tags.json/gold.json read.
# Kept aside (held out, chosen by hand before numbering to spread over languages and subjects): every query
# whose number is divisible by 3: {held_ids}
# ({hc['zh']} zh, {hc['en']} en, {hc['pinyin']} pinyin, {hc['mixed']} mixed; the other 40 are dev).
# id\tlang\tquery
"""
path = "/work/main/eval/search21/draft/queries_written.txt"
assert not os.path.exists(path), "already written"
open(path, "x", encoding="utf-8").write(hdr + "".join(f"s21q{n:03d}\t{l}\t{q}\n" for n, l, q in out))
