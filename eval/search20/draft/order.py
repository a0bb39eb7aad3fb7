"""How draft/queries_written.txt was written (run once, 11:23 UTC, before the index was built):
the 60 queries in two hand-made lists, dev (40) and held-out (20), each in subject order,
interleaved so that every number divisible by 3 is a held-out query. Its header's kept-aside line
was then rewritten by hand in the same minute to list the held-out ids. Kept as a record; it
refuses to overwrite the file."""
import subprocess
# (lang, query) in subject order; dev (40) and held-out (20) lists, interleaved so that
# every number divisible by 3 is a held-out query.
dev = [
 ("zh","预制菜十条"),("en","prepared dishes industry"),("mixed","预制菜 Foshan"),
 ("zh","首店经济"),("pinyin","shoufa jingji"),
 ("zh","长者饭堂"),("en","elderly care centres"),("mixed","南京 elderly care"),
 ("en","marine economy output"),("mixed","Xiamen 海洋经济"),("pinyin","haiyang jingji"),
 ("zh","跨境数据流动"),("en","cross-border data flows"),("mixed","临港 data industry"),
 ("zh","苏北运河货运"),("pinyin","yunhe huoyun"),("zh","引江济淮"),
 ("en","pumped storage plants"),("zh","抽水蓄能电站"),("pinyin","chuneng dianchi"),
 ("zh","碳排放权交易"),("pinyin","tanpaifang jiaoyi"),
 ("zh","红树林修复"),("pinyin","hongshulin xiufu"),("en","wetland bird conservation"),
 ("en","Yangtze fishing ban"),("pinyin","changjiangjinyu"),
 ("pinyin","senlin fanghuo"),("en","forest fire prevention"),
 ("zh","共富工坊"),
 ("zh","實際使用外資"),("en","foriegn investment inflows"),
 ("zh","三坊七巷"),
 ("en","innovation platforms"),
 ("zh","机动车尾气"),
 ("mixed","亳州 herbal medicine"),
 ("en","city competitiveness rankings"),("pinyin","chengshijingzhengli"),
 ("en","traffic order campaigns"),
 ("mixed","江门 qiaoxiang"),
]
held = [
 ("pinyin","yuzhicai"),("en","first store incentives"),("pinyin","zhangzhefantang"),
 ("zh","海洋經濟"),("pinyin","kuajing shuju"),("en","canal freight volumes"),
 ("zh","储能电池"),("en","carbon trading pilots"),("en","mangrove restoration"),
 ("zh","长江禁鱼"),("zh","森林防火"),("pinyin","gongfu gongfang"),
 ("pinyin","shiji shiyong waizi"),("en","restoring historic neighbourhoods"),("zh","中哈物流基地"),
 ("en","vehicle exhaust emmisions"),("zh","城市竞争力报告"),("mixed","Huizhou 绿色发展"),
 ("zh","孔雀湖规划"),("mixed","阜南县 gongzuo baogao"),
]
assert len(dev)==40 and len(held)==20
out=[]; d=iter(dev); h=iter(held)
for n in range(1,61):
    out.append((n,)+ (next(h) if n%3==0 else next(d)))
from collections import Counter
print(Counter(l for _,l,_ in out), Counter(l for n,l,_ in out if n%3==0))
t=subprocess.run(["date","-u","+%H:%M"],capture_output=True,text=True).stdout.strip()
hdr=f"""# eval/search20: queries written all at once, {t} UTC (date -u), before any paragraph of the corpus was read
# (eval/real/zh21, eval/real/en21, eval/meta23/heldout docs together: 39 documents, never searched before),
# from the three SOURCES.md subject lists only; no index built, no measure listed, no tags.json/gold.json read.
# Kept aside: every query whose number is divisible by 3 (marked H in the comment column below is implied by the number).
# id\tlang\tquery
"""
import os
assert not os.path.exists("/work/main/eval/search20/draft/queries_written.txt"), "already written"
open("/work/main/eval/search20/draft/queries_written.txt","x").write(hdr+"".join(f"s20q{n:03d}\t{l}\t{q}\n" for n,l,q in out))
