"""How draft/queries_written.txt was written (run once, before the index was built and before any
paragraph was read): the 60 queries in two hand-made lists, dev (40) and held-out (20), each in
subject order (document order w01 ... w14, h01 ... h12, k01 ... k15), interleaved so that every
number divisible by 3 is a held-out query. Written from the three sets' SOURCES.md and the documents'
title lines only. Kept as a record; it refuses to overwrite the file."""
import os
import subprocess
from collections import Counter

dev = [
 ("zh","纺织产业高质量发展"),("en","textile industry cluster"),
 ("pinyin","zhuanli zhuanhua"),
 ("zh","迎峰度夏"),
 ("zh","城乡供水一体化"),("en","water diversion project"),
 ("mixed","霍邱 work report"),
 ("zh","老年大学新校区"),("en","senior citizens university"),
 ("zh","进境水果制定监管场地"),
 ("pinyin","linggong jiuye"),
 ("zh","知识产权质押融资"),("en","IP pledge loans"),
 ("mixed","进博会 trading delegation"),
 ("zh","碳普惠"),
 ("mixed","临清 bearing industry"),
 ("en","university technology transfer"),("pinyin","keji chengguo zhuanhua"),
 ("mixed","南通 home textiles"),
 ("zh","太仓德资企业"),
 ("pinyin","shimoxi"),
 ("zh","散列中子源"),("en","spallation nuetron source"),
 ("en","airport terminal expansion"),
 ("pinyin","hengdian yingshicheng"),
 ("zh","油菜花乡村旅游"),
 ("en","illegal wharfs Yangtze"),
 ("zh","超低排放区"),
 ("zh","港口集装箱吞吐量"),("en","automated container terminal"),
 ("mixed","天津 foreign ministry"),
 ("zh","修改地方性法规"),
 ("en","Vancouver port cargo 2020"),
 ("pinyin","meiti jiaoliu"),
 ("en","overseas Chinese media"),
 ("pinyin","zhuxituan huiyi"),
 ("mixed","Nanchang 森林城乡"),
 ("en","Hefei vice mayor Simax"),
 ("mixed","Hamburg 港口排名"),
 ("pinyin","difang lifa"),
]
held = [
 ("zh","专利转化运用"),
 ("en","500kV substation expansion"),
 ("pinyin","gongzuo baogao"),
 ("en","imported fruit inspection"),
 ("zh","零工市场"),
 ("pinyin","tanpuhui"),
 ("zh","轴承产业集群"),
 ("zh","美兰机场扩建"),
 ("mixed","温州 airport 十四五"),
 ("zh","乡村医生"),
 ("en","film tourism"),
 ("mixed","婺源 foreign tourists"),
 ("en","ULEZ expansion"),
 ("pinyin","shisanwu guihua"),
 ("zh","海外华文媒体"),
 ("zh","人大常委会主任会议"),
 ("pinyin","youhao chengshi"),
 ("en","cities of oportunity"),
 ("mixed","宿迁 2019 projects"),
 ("en","local lawmaking procedure"),
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
t = subprocess.run(["date", "-u", "+%H:%M"], capture_output=True, text=True).stdout.strip()
held_ids = ", ".join(f"s24q{n:03d}" for n in range(3, 61, 3))
hdr = f"""# search24: queries written all at once, {t} UTC (date -u), before any paragraph of the corpus was read
# (/work/main/eval/real/zh26, /work/main/eval/real/en26, /work/main/eval/meta27/heldout docs together: 41 documents, never searched before),
# from the three SOURCES.md and the documents' title lines only; no index built, no measure listed,
# no tags.json/gold.json read.
# Kept aside (held out, chosen by hand before numbering to spread over languages and subjects): every query
# whose number is divisible by 3: {held_ids}
# ({hc['zh']} zh, {hc['en']} en, {hc['pinyin']} pinyin, {hc['mixed']} mixed; the other 40 are dev).
# id\tlang\tquery
"""
path = "/work/fresh/search24/draft/queries_written.txt"
assert not os.path.exists(path), "already written"
open(path, "x", encoding="utf-8").write(hdr + "".join(f"s24q{n:03d}\t{l}\t{q}\n" for n, l, q in out))
