"""How draft/queries_written.txt was written (run once, before the index was built and before any
paragraph was read): the 60 queries in two hand-made lists, dev (40) and held-out (20), each in
subject order (document order z01 ... z12, e01 ... e12, l01 ... l15), interleaved so that every
number divisible by 3 is a held-out query. Written from the three sets' SOURCES.md and the documents'
title lines only. Kept as a record; it refuses to overwrite the file."""
import os
import subprocess
from collections import Counter

dev = [
 ("zh","黑土地保护"),("pinyin","heitudi baohu"),
 ("zh","演唱会经济"),("en","concert tourism spending"),
 ("en","Canton Fair buyers"),
 ("pinyin","kejixiaoyuan"),
 ("zh","暑拖班"),
 ("zh","燃气管道老化改造"),("en","gas pipe replacement"),
 ("mixed","厦门 air cargo route"),
 ("zh","小微危废收集"),
 ("zh","政府工作报告"),
 ("zh","灯塔工场"),("en","lighthouse factories"),("pinyin","dengta gongchang"),
 ("zh","城市生命线"),
 ("en","zero carbon industrial parks"),("pinyin","lingtan yuanqu"),
 ("en","data trading market"),
 ("mixed","无锡 supercomputer"),
 ("zh","地下综合管廊"),("pinyin","zonghe guanlang"),
 ("en","seawater desalinization"),
 ("pinyin","yejingji"),
 ("en","county hospital dialysis"),
 ("en","giant panda breeding"),
 ("mixed","奇瑞 car exports"),
 ("en","rice paper making"),
 ("en","aircraft leasing"),
 ("zh","垃圾填埋场修复"),
 ("mixed","Danyang 眼镜"),
 ("zh","旅游促进条例"),
 ("en","Dubai economic agenda"),
 ("mixed","Lu'an 政府工作报告"),
 ("zh","新旧动能转换起步区"),("pinyin","xinjiu dongneng"),
 ("mixed","新加坡 livable cities"),
 ("pinyin","shuzi zhengfu"),
 ("mixed","旧金山湾区 China"),
 ("zh","东北亚航运中心"),
]
held = [
 ("en","black soil conservation"),
 ("pinyin","guangjiaohui"),
 ("zh","科技小院"),
 ("en","summer childcare pupils"),
 ("en","hazardous waste collection"),
 ("mixed","宁波 work report"),
 ("mixed","Hefei 韧性城市"),
 ("zh","零碳园区"),
 ("zh","数据交易所"),
 ("pinyin","haishui danhua"),
 ("zh","夜间经济"),
 ("zh","县域医共体"),
 ("pinyin","xuanzhi"),
 ("mixed","东疆 bonded zone"),
 ("en","eyeglass lens industry"),
 ("zh","珠三角规划纲要"),
 ("en","balanced regional development"),
 ("zh","立法程序规定"),
 ("en","London mayor report"),
 ("pinyin","hangyun zhongxin"),
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
held_ids = ", ".join(f"s22q{n:03d}" for n in range(3, 61, 3))
hdr = f"""# search22: queries written all at once, {t} UTC (date -u), before any paragraph of the corpus was read
# (eval/real/zh23, eval/real/en23, eval/meta25/heldout docs together: 39 documents, never searched before),
# from the three SOURCES.md and the documents' title lines only; no index built, no measure listed,
# no tags.json/gold.json read.
# Kept aside (held out, chosen by hand before numbering to spread over languages and subjects): every query
# whose number is divisible by 3: {held_ids}
# ({hc['zh']} zh, {hc['en']} en, {hc['pinyin']} pinyin, {hc['mixed']} mixed; the other 40 are dev).
# id\tlang\tquery
"""
path = "/work/fresh/search22/draft/queries_written.txt"
assert not os.path.exists(path), "already written"
open(path, "x", encoding="utf-8").write(hdr + "".join(f"s22q{n:03d}\t{l}\t{q}\n" for n, l, q in out))
