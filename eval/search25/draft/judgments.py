"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
/work/main/eval/real/zh27, /work/main/eval/real/en27 and /work/main/eval/meta28/heldout: all 231
paragraphs read once, then grepped by subject words and synonyms in both languages and the
paragraphs around each hit read again): qid -> (highly relevant, relevant, note). A paragraph is
named by a prefix of its document's file name that is unique in the corpus (v01...v14, i01...i12,
a01...a15 are each unique here) and its number; build.py resolves the prefix.

Heading-only, label-only, caption, salutation, field-table, spam and page-furniture measures are
not judged: v05:2 and v05:3 (salutation and welcome), v05:5 (the list of attending press), v05:6
(hand-over to the first speaker), v10:5 (the FAQ question '接种流感疫苗安全吗?', a heading), i03:3 (the
subheading 'Not only for prayer, but also for leisure and sightseeing'), i10:2 (the issuer's name),
i10:3 (the adoption line, which does not name the subject), i11:4-7 (the case study's field table:
dates, cost, financing, agencies), a01:1 (field table), a01:4 (the heading '、起草依据和主要目的'),
a02:1 (the portal's headline), a02:2 and a02:7 (photo captions), a04:1 (the scam warning),
a05:1 (date and source line with '各位代表:'), a07:3 (salutation), a10:1-2 (page furniture), a10:8 (a
broken fragment), a07:2 and a10:4 (title lines wholly inside a07:1 and a10:3:
no snippet can name them), a11:6 (another item's headline), a12:4 (a bare decision number), a12:11 (the
speaker label), a13:4-5 (spam inserted into the copy), a13:7 (the address).
Passing mentions are not judged: a11:2's and a13:2's 惠企政策 / 奖补政策 for 免申即享, v06:4's technology
transfer forum for the science summit, a04:7's cycling routes and green spaces for greenways, a07:6's
土地利用总体规划 for the Singapore master plan, a08:2's City Hall (San Francisco's) for the London
relocation, a11:6's 铜陵 leaders' visit for the 铜陵 delegation, i11:8's rural migrants for migrant
workers' wages, i01 (a wage floor, not arrears) for the wage-arrears queries, a15 (民政, whose two
paragraphs never name the elderly) for elderly care services."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


QINCHUANGYUAN = (P("v01", 2, 3, 4), P("v01", 1),
                 "秦创园创新驱动平台 (园 for 原, an IME homophone typo; 秦创园 occurs nowhere): 西安's plan for the 秦创原 innovation platform — its guiding ideology and three aims (v01:2), the 2023 targets (v01:3), the 2021 targets for high-tech firms, technology transfer and R&D platforms (v01:4); the basis in the province's three-year action plan (v01:1) beside.")
QINCHUANGYUAN_PY = (QINCHUANGYUAN[0], QINCHUANGYUAN[1],
                    "qinchuanyuan (a pinyin typo: qinchuangyuan without its g) = 秦创原: the same judgment as 秦创园创新驱动平台 (v01).")
LIAOSHEN_FEST = (P("v02", 1), P("v02", 2, 3, 4, 5),
                 "辽参采捕节: the second 辽参 harvest festival and industry forum at 瓦房店 将军石 (v02:1); the diver's daily catch in the autumn harvest (v02:2), 瓦房店's sea-cucumber area and output (v02:3), the product's features, geographical indication and industrial park (v02:4) and the 2021 forecast (v02:5) beside.")
SEA_CUCUMBER = (P("v02", 3, 4, 5), P("v02", 1, 2),
                "sea cucumber farming (Chinese only: 海参 / 辽参 养殖): 瓦房店's 26万亩 of sea-cucumber farming, 1.2万吨 and 21.6亿 of output (v02:3), the product, its geographical indication and China's first sea-cucumber industrial park (v02:4), the 2021 output forecast (v02:5); the harvest festival (v02:1) and the diver's catch (v02:2) beside.")
OPERA_PY = (P("v03", 1, 3), P("v03", 2, 4, 5),
            "huangmeixi yanchu = 黄梅戏演出: the 展演周's motto (v03:1), 18 plays staged in 13 days with free shows in squares and parks (v03:3); the performance boards across the city (v03:2), the closing (v03:4) and the 2013-2025 retrospect (v03:5) beside.")
OPERA_WEEK = (P("v03", 1, 2, 3, 4), P("v03", 5),
              "黄梅戏展演周: 安庆's 2025 National Day 黄梅戏 week — its motto, ninth edition (v03:1), the city before its opening (v03:2), the programme (v03:3), its close (v03:4); the retrospect of the weeks since 2013 (v03:5) beside.")
SUBSID_ZH = (P("v04", 1, 2), P("v04", 4, 5),
             "采煤沉陷区生态修复: 淮南's 潘集 后湖 eco-park built on a former subsidence area (v04:1), the century of mining leaving subsided land that harms the environment (v04:2); the subsidence figures (v04:4) and the damage to residents, schools, roads and rivers (v04:5) beside. The rhetorical v04:3 not judged.")
SUBSID_EN = (P("v04", 1, 2, 4, 5), P("v04", 3),
             "coal mining subsidence (Chinese only: 采煤沉陷 / 采煤塌陷): the eco-park on the former subsidence area (v04:1), the subsided land of 100 years of mining (v04:2), 137.2 km² subsided by 2010 and still sinking (v04:4), the losses (v04:5); what coal means to 淮南 (v04:3) beside.")
WAGES = (P("v05", 1, 4), [],
         "农民工工资 (Chinese only; 拖欠 and 欠薪 occur nowhere, the text says 保障农民工工资支付 and 依法治欠): 菏泽's press conference on protecting migrant workers' pay, the 菏薪共治 model (v05:1 the editor's lead, v05:4 the host's statement and speakers). Salutations, attendance and hand-over (v05:2, 3, 5, 6) not judged.")
WAGES_EN = (WAGES[0], WAGES[1],
            "migrant worker wage arears (typo for arrears; 'arears' matches nothing, 'arrears' occurs nowhere): the same judgment as 农民工工资拖欠 (v05:1, 4). i01's wage floor for cleaners not judged: not arrears.")
BRAVE = (P("v07", 2, 3, 5), P("v07", 4),
         "见义勇为奖励 (the text: 见义勇为人员奖励和保护): 武汉's regulation — its purpose, encouraging brave acts and protecting those who act (v07:2), scope of rewards and protection (v07:3), principles combining moral and material rewards (v07:5); the definition of 见义勇为 (v07:4) beside. The adoption and amendment history (v07:1) not judged here.")
BRAVE_PY = (P("v07", 2, 3, 4, 5), P("v07", 1),
            "jianyiyongwei tiaoli = 见义勇为条例: 武汉's regulation, all four articles (v07:2-5); its adoption and amendment history (v07:1) beside.")
ASEAN = (P("v06", 1, 3), P("v06", 2, 4),
         "东盟博览会闭幕: the 18th China-ASEAN Expo closing in 南宁 (v06:1), its exhibition area, booths and 179 projects signed (v06:3); the anniversary events (v06:2) and the 26 forums' results (v06:4) beside.")
NO_APPLY = (P("v08", 1, 2, 3, 4), [],
            "免申即享惠企政策: 荆门 东宝区's subsidies paid without application — a firm's award paid in two days (v08:1), the 东宝模式 naming 免申即享 (v08:2), the list of qualifying policies (v08:3), the 2+1 procedure cutting 15 days to 3 (v08:4).")
FLU = (P("v10", 2, 3, 4), P("v10", 1, 6),
       "老年人免费流感疫苗: 河东区's free flu shots for residents aged 75 and over (v10:2), the limited free vaccine (v10:3), when and where (v10:4); why flu vaccination (v10:1) and its safety for the elderly (v10:6) beside. The FAQ heading (v10:5) not judged.")
SUBSTATION_PY = (P("v09", 1, 2, 3, 4), [],
                 "shubiandian gongcheng = 输变电工程 (输变电 only in the title line): 长兴's 扬子 220 kV substation in service (v09:1), why it was built (v09:2), the line cut-over and outage (v09:3), what it brings to the grid (v09:4).")
CHANGXING = (P("v09", 1, 2, 4), P("v09", 3),
             "长兴 220kV substation (the text: 220千伏扬子变电站): in service in 泗安镇 (v09:1), built for 长兴's industry-transfer zone (v09:2), its support to 长兴's 220 kV grid (v09:4); the cut-over of the 110 kV lines (v09:3) beside.")
SCI_SUMMIT = (P("v11", 1, 3), P("v11", 2),
              "regional science summit (Chinese only): 宿州's science association at the fifth 淮海 science and technology cooperation summit, the ten cities' agreements (v11:1), their plans for shared resources and think tanks (v11:3); the 淮海 science awards announced there (v11:2) beside.")
XINING = (P("v12", 1, 2), P("v12", 3, 4),
          "西宁's first G-class high-speed train to Beijing (Chinese only): G674 leaving 西宁, the plateau's first (v12:1), its route and 10½ hours against 24 (v12:2); passengers keeping tickets (v12:3) and a rail fan's trips before and now (v12:4) beside.")
XINING_EN = (XINING[0], XINING[1], "first high-speed train Xining (Chinese only): the same judgment as 西宁 high-speed rail (v12).")
TREES = (P("v14", 1, 3, 4, 5), P("v14", 2),
         "tree planting campaign (Chinese only: 义务植树, 百万珍贵树木进庭院): 建德's launch of the 2010 voluntary tree planting and the campaign (v14:1), the campaign's aims (v14:3), the ceremony and saplings (v14:4), the planting at 江滨公园 (v14:5); the leaders attending (v14:2) beside.")
TREES_PY = (P("v14", 1, 3, 4), P("v14", 5),
            "zhengui shumu = 珍贵树木: the 百万珍贵树木进庭院 campaign launched (v14:1), a million precious trees in courtyards in three years (v14:3), precious-tree saplings given (v14:4); the planting itself (v14:5) beside. The attendance list (v14:2) not judged here.")
CUNBA = (P("v13", 2, 3, 5), P("v13", 1, 4),
         "村BA篮球赛: the finals of 四川's second rural basketball contest — 24 teams and 50 games (v13:2), the side events and the 村BA cheerleading (v13:3), why 崇州 and a rural basketball festival (v13:5); the organisers (v13:1) and the host village (v13:4) beside.")
PWM = (P("i01", 1, 4, 5, 6, 8), P("i01", 2, 3, 7),
       "progresive wage model (typo; 'progresive' matches nothing): Singapore's entry wage for cleaners, the progressive wage recommendation (i01:1), the PWM as opposed to a minimum wage (i01:4), raising incomes (i01:5), the wage-skill ladder (i01:6), the PWM for security guards (i01:8); licensing (i01:2), CPF deductions (i01:3) and cleaners' median wage (i01:7) beside.")
DAIRY = (P("i02", 1, 2, 3, 4), P("i02", 5, 6),
         "floating dairy farm: Rotterdam's world-first floating dairy farm (i02:1), 40 cows and robots (i02:2), feed from food by-products (i02:3), processing and circular water and manure (i02:4); the neighbours' worries (i02:5) and further floating farms (i02:6) beside.")
DAIRY_MX = (DAIRY[0], DAIRY[1], "Rotterdam 漂浮牧场 (English only; 漂浮, 牧场 occur nowhere): the same judgment as floating dairy farm (i02).")
HOTLINE = (P("i04", 2, 3, 6), P("i04", 1, 4, 5, 7),
           "12345热线 (English only; 热线 occurs nowhere): 北京's reform based on the 12345 hotline (i04:2), 150 million appeals and resolution rates (i04:3), a family finding an eldercare station through the hotline (i04:6); the forum (i04:1) and the reform's philosophy, starting point and data use (i04:4, 5, 7) beside.")
SWIFT = (P("i04", 1, 2, 3, 4, 5, 7), P("i04", 6),
         "jiesu jiban = 接诉即办 (English only: swift response to public complaints): the forum (i04:1), the reform since 2019 (i04:2), its figures (i04:3), its philosophy (i04:4), starting point (i04:5), forward-looking governance (i04:7); the eldercare example (i04:6) beside.")
ELDERLY = (P("i04", 6), P("v10", 2, 6),
           "elderly care services: more than 1,000 community eldercare stations set up after hotline appeals in 北京 (i04:6); 河东's free flu shots for those over 75 (v10:2) and why the elderly should be vaccinated (v10:6) beside. 蚌埠's 民政 plan (a15) not judged: its two paragraphs never name the elderly.")
JIUHUA = (P("i03", 2, 4, 5), P("i03", 1),
          "Jiuhua mountain tourism: the 'world-class tourist destination' and its brands (i03:2), a couple's visit to Huatai (i03:4), the Huatai scenic spot (i03:5); the ten years of the scenic area (i03:1) beside. The subheading (i03:3) not judged.")
HOSPITAL = (P("i05", 1, 2, 4, 7), P("i05", 3, 5, 6),
            "hospital privatization (the text: privatising, privatisation): 宿迁 reversing its privatisation with a public hospital (i05:1), selling its hospitals in 2000-2003 (i05:2), assets after the privatisation push (i05:4), private operators' fears of a buy-back (i05:7); the welcome at the time (i05:3), the quality problem (i05:5) and the new class 3A hospital (i05:6) beside.")
VPP = (P("i06", 1, 2, 3, 5), P("i06", 4, 6),
       "虚拟电场 (场 for 厂, an IME homophone typo; 虚拟电厂 itself is English only): 深圳's first virtual power plant (i06:1), its 14 outputs and capacity (i06:2), what a virtual power plant is (i06:3), the pilots in 河北, 山西, 山东 (i06:5); the 5G monitoring (i06:4) and the carbon goals (i06:6) beside.")
VPP_PY = (VPP[0], VPP[1], "xuni dianchang = 虚拟电厂 (English only: virtual power plant): the same judgment as 虚拟电场 (i06).")
BEER = (P("i07", 1, 3), P("i07", 2, 4),
        "pijiu bowuguan = 啤酒博物馆 (English only): the press visit to The World of Tsingtao (i07:1), the old brewery turned museum of China's beer industry (i07:3); the brewery's history (i07:2) and its sales and key laboratory (i07:4) beside.")
SIXG = (P("i08", 1, 2, 3, 4), P("i08", 5, 6),
        "6G drone testing: a 6G system spotting an 'unauthorized' drone in 南京 (i08:1), PMLabs' 6G cell-free testbed (i08:2), PMLabs entering the drone market (i08:3), a 6G-controlled drone swarm in a fire drill (i08:4); the 6G robot training ground (i08:5) and new application scenarios (i08:6) beside.")
IRON_ZH = (P("i09", 1, 2, 3, 5, 7), P("i09", 4, 6),
           "铁矿石期货境外投资者 (English only; 铁矿石, 期货 occur nowhere): 大连 iron ore futures opened to foreign investors (i09:1), the second commodity opened after crude (i09:2), direct access boosting pricing influence (i09:3), global traders already in through Chinese units (i09:5), the contract's internationalisation (i09:7); a broker's view (i09:4) and Cargill's use (i09:6) beside.")
DALIAN_IRON = (P("i09", 1, 2, 3, 5), P("i09", 4, 6, 7),
               "大连 iron ore futures (大连 in Chinese only in v02:1, sea cucumbers): the DCE's iron ore futures opened to foreign investors (i09:1), the contract since 2013 and its liquidity (i09:2), its volume and sway over spot prices (i09:3), traders already trading Dalian futures (i09:5); the broker (i09:4), Cargill's use (i09:6) and the internationalisation (i09:7) beside.")
TCM = (P("i10", 1, 4, 5, 6), [],
       "中医药条例 (English only; 中医药 occurs nowhere): Shanghai's Regulations on Traditional Chinese Medicine promulgated (i10:1), Article 1 purpose (i10:4), Article 2 scope (i10:5), Article 3 principles (i10:6). The issuer label (i10:2) and the adoption line (i10:3) not judged.")
TCM_MX = (TCM[0], TCM[1], "Shanghai 中医药 (English only; 上海 and 中医药 occur nowhere): the same judgment as 中医药条例 (i10).")
GREENWAY = (P("i12", 1, 2, 3, 10, 11), P("i12", 4, 5, 7),
            "绿道建设 (English only; 绿道 occurs nowhere): 成都 builder of the world's longest greenway (i12:1), the Tianfu Greenway begun 2017, 16,900 km planned (i12:2), a green network over the city (i12:3), spreading into a network (i12:10), 3,144 km built (i12:11); a visitor riding it (i12:4), citizens sharing it (i12:5) and the parks along it (i12:7) beside.")
GREENWAY_PY = (GREENWAY[0], GREENWAY[1], "tianfu lvdao = 天府绿道 (English only: Tianfu Greenway): the same judgment as 绿道建设 (i12).")
BRT = (P("i11", 1, 2, 3), P("i11", 9),
       "快速公交系统 (English only: bus rapid transit, BRT): Guangzhou's gold-standard BRT (i11:1), opened 2010, 850,000 passengers a day, linked to the metro (i11:2), the case study's subject (i11:3); the cities with BRT earlier (i11:9) beside. The field table (i11:4-7) and the city profile (i11:8) not judged.")
WORKREP = (P("a01", 2, 3) + P("a05", 2, 3), [],
           "政府工作报告 (simplified: occurs nowhere; a01 has the traditional 政府工作報告, a05 says 向大会报告工作): 宿州's mayor explaining the 2023 report (a01:2), how the report was drafted and revised (a01:3), 沈阳's 2021 report — delivering it (a05:2) and the year reviewed (a05:3). The field table (a01:1), the heading (a01:4) and the source line (a05:1) not judged.")
SUZHOU_WR = (P("a01", 2, 3), [],
             "宿州 work report (Chinese only, traditional): the mayor's reading of the 2023 government work report (a01:2) and the report's drafting (a01:3). 宿州's science association (v11) not judged: not the report.")
RULES = (P("a06", 1, 2, 3, 4, 5), P("v07", 1),
         "revising municipal rules: 武汉's decision amending seven government rules (a06:1) and the amendments to the printing and seal-carving provisions (a06:2-5); 武汉's regulation on brave acts amended by the congress's decisions of 2019 and 2025 (v07:1, Chinese) beside.")
RULES_MX = (RULES[0], RULES[1], "Wuhan 规章修改 (English only for the 规章; 规章 occurs nowhere): the same judgment as revising municipal rules (a06, with v07:1 beside).")
YRD = (P("a09", 1, 2, 3) + P("a02", 3, 4), P("a02", 5, 6, 8),
       "长三角一体化: 黄山's plan for taking part in the Yangtze River Delta's integrated development — basis (a09:1), guiding ideas (a09:2), 2025 targets (a09:3) — and 郑州's signing of 37 deals at a Yangtze River Delta cooperation meeting (a02:3) to integrate with the region (a02:4, English); the mayor's words (a02:5), the kinds of deals (a02:6) and the Fortune 500 projects among them (a02:8) beside. The headline (a02:1) and captions (a02:2, 7) not judged.")
QUAKE = (P("a03", 1), P("a03", 2),
         "灾后重建资金: 成都's press conference a year after the earthquake on reconstruction (a03:1; the copy's headline, 累计下达中央灾后重建基金1540亿, is in the title line, not in a paragraph); the host's welcome and thanks for aid to reconstruction (a03:2) beside. No paragraph gives a fund figure.")
QUAKE_EN = (QUAKE[0], QUAKE[1], "earthquake reconstruction funds (Chinese only): the same judgment as 灾后重建资金 (a03).")
MULTIPLAN = (P("a07", 5, 6, 8, 10), P("a07", 1, 4, 7, 9),
             "多规合一: 厦门's rules for the 多规合一 coordination platform — purpose (a07:5), what the platform is (a07:6), scope (a07:8), projects that must go through it (a07:10); the notice's title line with its number (a07:1), its transmittal (a07:4), the principles (a07:7) and the exclusions (a07:9) beside. The bare title (a07:2) lies wholly inside a07:1, so no snippet can name it.")
MASTERPLAN = (P("a04", 2, 3), P("a04", 4, 5, 6, 7),
              "master plan exhibition: the URA opening the Draft Master Plan 2013 exhibition (a04:2), the plan's aims (a04:3); the aims' bullets (a04:4, 5) and the housing areas (a04:6, 7) beside.")
SG_PLAN = (P("a04", 2, 3, 4), P("a04", 5, 6, 7),
           "Singapore 总体规划 (English only; 总体规划 occurs once, in 厦门's list of plans a07:6, not judged): the Draft Master Plan 2013 (a04:2), its aims (a04:3) and first bullets (a04:4); the transport bullets (a04:5) and the housing areas (a04:6, 7) beside.")
SISTER = (P("a08", 1, 2, 3), P("a08", 4),
          "sister city agreement: San Francisco and Shanghai renewing their Sister City relationship (a08:1), the MOU's renewal at the 45th anniversary (a08:2), the agreement signed (a08:3); the mayors' visits (a08:4) beside.")
SISTER_PY = (SISTER[0], SISTER[1], "jiemei chengshi = 姐妹城市 (English only: Sister City): the same judgment as sister city agreement (a08).")
DUBAI = (P("a10", 5, 6, 7), P("a10", 3),
         "Dubai property market: Q3 2021 residential transactions at a high (a10:5), real estate recovery and oversupply (a10:6), demand catching up and prime districts' limited availability (a10:7); the report's title line (a10:3) beside. Furniture (a10:1, 2) and the broken fragment (a10:8) not judged; the second title line (a10:4) lies wholly inside a10:3, so no snippet can name it.")
EXEC_MEETING = (P("a11", 1, 2, 3, 4), P("a11", 5) + P("a07", 4),
                "changwu huiyi = 常务会议: 铜陵's 43rd executive meeting (a11:1), on the economy (a11:2), the anti-gang campaign (a11:3), the environment (a11:4); 'other matters' (a11:5) and 厦门's rules approved at its 15th executive meeting (a07:4) beside.")
CITYHALL = (P("a12", 1, 2, 12), P("a12", 3, 5, 6, 7, 8, 9, 10),
            "City Hall relocation: the GLA committee summonsing documents on the costs of moving City Hall (a12:1), the information asked of the Chief Officer (a12:2), the chair on waiting for the full picture of the move (a12:12); the deadline (a12:3) and the requested documents — dilapidation costs, rent offer, project plans, staff mapping, meeting costs (a12:5-10) beside. The bare decision number (a12:4) and the speaker label (a12:11) not judged.")
TONGLING = (P("a13", 1, 2, 3), P("a13", 6),
            "铜陵 delegation visit (the copy garbles 马鞍山 as 鞍山): 铜陵's delegation visiting 马鞍山 on development-zone management (a13:1), its tour of 郑蒲港 and the riverside parks (a13:2), the seminar (a13:3); the item's title line (a13:6) beside. Spam (a13:4-5) and 铜陵's executive meeting (a11) not judged.")
CIVIL = (P("a15", 1, 2), [],
         "minzheng shisiwu guihua = 民政 十四五 规划: 蚌埠's 14th five-year civil affairs plan, its purpose and basis (a15:1), the 13th plan period's results (a15:2).")
FOSHAN = (P("a14", 1, 2, 3), [],
          "佛山 manufacturing base (English only; 佛山 occurs nowhere): Foshan as a manufacturing base (a14:1), its leading and emerging industries (a14:2), the industrial chain plan (a14:3).")

J = {
    "q001": QINCHUANGYUAN, "q002": LIAOSHEN_FEST, "q003": QINCHUANGYUAN_PY, "q004": SEA_CUCUMBER,
    "q005": OPERA_PY, "q006": OPERA_WEEK, "q007": SUBSID_ZH, "q008": SUBSID_EN, "q009": WAGES_EN,
    "q010": WAGES, "q011": BRAVE, "q012": ASEAN, "q013": BRAVE_PY, "q014": NO_APPLY, "q015": FLU,
    "q016": SUBSTATION_PY, "q017": CHANGXING, "q018": SCI_SUMMIT, "q019": XINING, "q020": XINING_EN,
    "q021": TREES, "q022": CUNBA, "q023": PWM, "q024": TREES_PY, "q025": DAIRY, "q026": HOTLINE,
    "q027": DAIRY_MX, "q028": SWIFT, "q029": ELDERLY, "q030": JIUHUA, "q031": HOSPITAL, "q032": VPP,
    "q033": BEER, "q034": VPP_PY, "q035": SIXG, "q036": IRON_ZH, "q037": DALIAN_IRON, "q038": TCM,
    "q039": GREENWAY, "q040": TCM_MX, "q041": BRT, "q042": WORKREP, "q043": GREENWAY_PY,
    "q044": SUZHOU_WR, "q045": RULES_MX, "q046": YRD, "q047": QUAKE, "q048": MULTIPLAN,
    "q049": QUAKE_EN, "q050": MASTERPLAN, "q051": SISTER, "q052": SG_PLAN, "q053": RULES,
    "q054": SISTER_PY, "q055": DUBAI, "q056": EXEC_MEETING, "q057": CITYHALL, "q058": TONGLING,
    "q059": CIVIL, "q060": FOSHAN,
}
assert len(J) == 60
