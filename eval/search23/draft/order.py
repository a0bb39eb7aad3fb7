"""How draft/queries_written.txt was written (run once, before the index was built and before any
paragraph was read): the 60 queries in two hand-made lists, dev (40) and held-out (20), each in
subject order (document order x01 ... x14, g01 ... g12, m01 ... m15), interleaved so that every
number divisible by 3 is a held-out query. Written from the three sets' SOURCES.md and the documents'
title lines only. Kept as a record; it refuses to overwrite the file."""
import os
import subprocess
from collections import Counter

dev = [
 ("zh","重污染天气应急预案"),("en","heavy pollution emergency plan"),
 ("zh","外国人来华工作许可"),
 ("zh","海仓保税港区"),("en","container throughput port"),
 ("zh","青年人才驿站"),("pinyin","rencai yizhan"),
 ("zh","电子证照"),
 ("zh","无证明城市"),("en","certificate-free city"),("pinyin","wuzhengming chengshi"),
 ("en","employment stabilization measures"),("pinyin","wen jiuye"),
 ("zh","春耕农资"),("pinyin","chungeng shengchan"),
 ("mixed","龙岗 work report"),
 ("zh","制造业高质量发展"),
 ("mixed","Zhuhai 外籍人才"),
 ("en","famous springs protection"),
 ("en","free trade zone administration"),("pinyin","zimaoqu"),
 ("zh","农村养老保险"),("en","rural pension coverage"),
 ("zh","中微子实验站"),("pinyin","zhongweizi"),
 ("en","Tianwan nuclear unit"),
 ("pinyin","tanpaifang jiaoyi"),
 ("en","construction machinary exhibition"),
 ("en","BTO flats Singapore"),("zh","保障性住房"),
 ("mixed","淮安 rice"),
 ("mixed","郑州 mail hub"),
 ("mixed","纽约 housing plan"),
 ("pinyin","shisiwu guihua gangyao"),
 ("en","Los Angeles economic comparison"),
 ("mixed","Chuzhou 长三角"),
 ("zh","政府工作报告"),
 ("en","Tokyo sustainability action"),
 ("zh","文明行为促进条例"),
 ("mixed","福州 digital economy"),
]
held = [
 ("zh","大气污染防治"),
 ("en","foreign work permits"),
 ("pinyin","dianzizhengzhao"),
 ("en","spring plowing fertilizer"),
 ("zh","医院新院区启用"),
 ("zh","文旅惠民消费季"),
 ("zh","名泉保护"),
 ("pinyin","keji chuangxin tiaoli"),
 ("en","neutrino obervatory"),
 ("pinyin","tianwan hedian"),
 ("en","carbon cap and trade"),
 ("mixed","Changsha 工程机械"),
 ("zh","中药才市场"),
 ("en","rice seed strains"),
 ("zh","国际邮件枢纽口岸"),
 ("mixed","池州 重点工作 progress"),
 ("mixed","Rotterdam 港口吞吐量"),
 ("zh","废止地方性法规"),
 ("en","Seoul new policies 2021"),
 ("pinyin","gaotie shizi jiaohui"),
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
held_ids = ", ".join(f"s23q{n:03d}" for n in range(3, 61, 3))
hdr = f"""# search23: queries written all at once, {t} UTC (date -u), before any paragraph of the corpus was read
# (/work/fresh/zh25, /work/fresh/en25, /work/fresh/meta26/heldout docs together: 41 documents, never searched before),
# from the three SOURCES.md and the documents' title lines only; no index built, no measure listed,
# no tags.json/gold.json read.
# Kept aside (held out, chosen by hand before numbering to spread over languages and subjects): every query
# whose number is divisible by 3: {held_ids}
# ({hc['zh']} zh, {hc['en']} en, {hc['pinyin']} pinyin, {hc['mixed']} mixed; the other 40 are dev).
# id\tlang\tquery
"""
path = "/work/fresh/search23/draft/queries_written.txt"
assert not os.path.exists(path), "already written"
open(path, "x", encoding="utf-8").write(hdr + "".join(f"s23q{n:03d}\t{l}\t{q}\n" for n, l, q in out))
