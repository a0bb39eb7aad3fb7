"""How draft/queries_written.txt was written (run once, before the index was built and before any
paragraph was read): the 60 queries in two hand-made lists, dev (40) and held-out (20), each in
subject order (document order u01 ... u14, t01 ... t14, j01 ... j12, k01 ... k12, o01 ... o15; a broad
query at its first document), interleaved so that every number divisible by 3 is a held-out query.
Written from the four sets' SOURCES.md (zh28, zh29, en28, en29; meta29/heldout has none) and the
meta29 documents' file names and first lines only. Kept as a record; it refuses to overwrite the file."""
import os
import subprocess
from collections import Counter

dev = [
 ("en","science enclaves Hangzhou"),
 ("zh","铜陵铜产业绿色转型"),
 ("en","vocational skills certificates"),
 ("en","milu deer wetland reserve"),
 ("mixed","重庆 foreign trade"),
 ("pinyin","gaofang jie"),
 ("en","government work report"),
 ("zh","银发旅游专列"),
 ("pinyin","changtai daqiao"),
 ("en","seagrass bed restoration"),
 ("zh","螺丝粉产业"),
 ("pinyin","wazi chanye"),
 ("zh","墨子寻天望远镜"),
 ("mixed","扬州 work report"),
 ("zh","边民互市贸易"),
 ("en","climate resilient cities"),
 ("zh","留守儿童关爱服务"),
 ("zh","新生水"),
 ("mixed","Yangzhou 牙刷小镇"),
 ("zh","长者医疗券"),
 ("mixed","Dubai 自贸区"),
 ("en","homless count Los Angeles"),
 ("en","mandatory composting ordinance"),
 ("mixed","Crick 生物医学研究所"),
 ("pinyin","zuidi gongzi"),
 ("zh","砀山梨直播带货"),
 ("pinyin","weidianwang"),
 ("mixed","郑州 super hospital"),
 ("zh","租金冻结"),
 ("mixed","惠州 ExxonMobil"),
 ("en","Busan film festival"),
 ("pinyin","haiyang tebie baohuqu"),
 ("en","NYC economic development corporation"),
 ("en","urban rural integration Chongqing"),
 ("pinyin","daibiaotuan shenyi"),
 ("en","Rotterdam port throughput"),
 ("zh","亳州专场新闻发布会"),
 ("zh","肇庆统计公报"),
 ("zh","采煤塌陷区村庄搬迁"),
 ("pinyin","jiangmenri"),
]
held = [
 ("en","copper slag recycling"),
 ("mixed","亳州学院 innovation center"),
 ("pinyin","zhufang baozhang banfa"),
 ("zh","政策性农业保险"),
 ("pinyin","haicaochuang"),
 ("en","organ donation memorial"),
 ("zh","户外劳动者驿站"),
 ("mixed","郑州 geothermal heating"),
 ("pinyin","kexue fuxiaozhang"),
 ("zh","新建住宅太阳能板"),
 ("pinyin","leigao gongchang"),
 ("zh","鼓浪屿游客限流"),
 ("en","free preschool three-year-olds"),
 ("zh","厨余垃圾按重量收费"),
 ("mixed","昆山 Duke University"),
 ("en","unmaned monorail Wuhu"),
 ("zh","水下机器人"),
 ("en","Busan shipping hub"),
 ("zh","十四五规划纲要"),
 ("en","Beijing high-quality development"),
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
held_ids = ", ".join(f"s26q{n:03d}" for n in range(3, 61, 3))
hdr = f"""# search26: queries written all at once, {t} UTC (date -u), before any paragraph of the corpus was read
# (/work/main/eval/real/zh28, zh29, en28, en29 and /work/main/eval/meta29/heldout docs together: 67 documents, never searched before),
# from the four SOURCES.md (zh28, zh29, en28, en29; meta29/heldout has none) and meta29's file names and first lines only;
# no index built, no measure listed, no tags.json/gold.json read.
# Kept aside (held out, chosen by hand before numbering to spread over languages and sets): every query
# whose number is divisible by 3: {held_ids}
# ({hc['zh']} zh, {hc['en']} en, {hc['pinyin']} pinyin, {hc['mixed']} mixed; the other 40 are dev).
# id\tlang\tquery
"""
path = "/work/fresh/search26/draft/queries_written.txt"
assert not os.path.exists(path), "already written"
open(path, "x", encoding="utf-8").write(hdr + "".join(f"s26q{n:03d}\t{l}\t{q}\n" for n, l, q in out))
