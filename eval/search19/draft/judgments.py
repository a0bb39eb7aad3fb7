"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
real/zh20, real/en20 and meta22/heldout: all 209 paragraphs read once, then grepped by subject words
and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (z01...z12, e01...e12, r01...r15 are each unique here) and its
number; build.py resolves the prefix. Heading-only, label-only and page-furniture measures are not
judged: z12:1 (date and source line), r03:2 (the table's heading '2023年《政府工作报告》主要任务上半年
完成情况'), r03:3, r03:4, r03:6 (table labels 牵头单位, 落实情况, 市政府办), r05:1 (the field table),
r05:2 (the outline's title run into its time/source line and '引言'), r06:1 (site banner, crumb and
delivery line), r07:1 (the forum poster's headline), r07:2 ('本文已经收录在专题:'), r07:3 (the notice's
title line), r07:4 (the addressee line), r09:1-3 (e-paper furniture), r12:1 (crumb), r12:10 (a
sidebar caption on the Fahua Pagoda), r13:1 (the download line), r14:1-3, r14:5 (introduction, source
line, its repeat, the heading), r15:1 (page label), e07:1 (byline), r10:1 (photo caption line).
Passing mentions are not judged: z01:2 and z11:3-4's 政府工作报告 (a work report cited for one item),
z10:5's 绿色低碳 for the carbon queries, e04:2's and r01:1's strategic emerging industries, z09:4's
《…“十四五”建设发展规划》 except for `shisiwu guihua` (relevant there), r11:2's 实地考察 (the other
sense of shidi), e10:3's plum 'sorting workshop' for waste sorting, r02:1's ocean-river intermodal
transport for sea-rail, r14:7's Maritime Silk Road for the marine queries, e06:4's SMEs for the
little giants, r04's overseas Chinese-language media for 归侨侨眷."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


LOWALT = (P("z01", 1, 2, 3, 4) + P("e01", 5, 6, 7, 8), P("e01", 1, 3, 4),
          "低空经济 (low-altitude economy): Shenzhen's low-altitude governance (airspace, the leading group, the state-owned low-altitude company, the 2024 regulation) and DJI's road to 'drone capital' (Chinese); Shenzhen's low-altitude economy as a strategic emerging industry, its plans, rules and 20 support measures (English). The drone-delivery story (e01:1, e01:3 low-altitude logistics, e01:4 UAV routes and cargo flights) beside; e01:2 (the order's timing) not judged here.")
LOWALT_SZ = (P("z01", 1, 2, 3, 4) + P("e01", 3, 4, 5, 6, 7, 8), P("e01", 1, 2),
             "低空 and Shenzhen: every low-altitude paragraph is Shenzhen's, in both languages (governance and regulation in Chinese; delivery routes, UAV cargo flights, the industry, its rules and support measures in English); the takeout anecdote's opening and timing beside.")
LOWALT_PY = (LOWALT[0], LOWALT[1], "dīkōng jīngjì with tone marks = 低空经济 (dikong also 地空: only 低空 in the corpus). " + LOWALT[2])
DRONE = (P("e01", 1, 3, 4) + P("z01", 1), P("e01", 2, 7),
         "Drone deliveries: a takeout order delivered by UAV in Shenzhen, Meituan's 23 drone delivery routes, 77 new UAV routes and 600,000 UAV cargo flights (English); 无人机可实现全天低空配送外卖 (Chinese). The order's timing and the civilian UAV management rules beside. Plural; DJI's consumer drones (z01:2) not judged (no delivery).")
DIVISION = (P("r07", 5, 6, 7, 8, 9), P("r07", 10, 11, 12),
            "行政区划调整 (the text: 变更部分行政区划): Sucheng district's notice, its basis (the province's approval), and the changes: 洋北镇 to a 街道, 龙河镇 and 罗圩乡 merged, 屠园乡 to a town, 蔡集镇 taken over from Suyu. The moves of three subdistricts' seats (驻地迁移) relevant. The headline r07:1, the notice's title r07:3 and the addressee line r07:4 not judged (headline, title, addressee).")
URBAN = (P("r01", 1), [],
         "新型城镇化规划: Huaibei's 新型城镇化发展规划(2017—2025年), its purpose and the national, provincial and city plans it is based on. The only paragraph; Chinese only.")
URBAN_EN = (URBAN[0], URBAN[1], "British 'urbanisation'; answered only in Chinese. " + URBAN[2])
SEARAIL = (P("z03", 1, 2, 3, 4), [],
           "海铁联运班列: the first Ningbo-Zhoushan port to Chongqing import container train, the 甬渝 sea-rail trains as a breakthrough, Ningbo's sea-rail figures (218.41万标箱, 14 regular trains, 16 dry ports) and what sea-rail brings to the hinterland with the 2020 target. Chinese only; Zhoushan's ocean-river intermodal gateway (r02:1) not judged.")
SEARAIL_PY = (SEARAIL[0], SEARAIL[1], "haitie lianyun = 海铁联运. " + SEARAIL[2])
SEARAIL_EN = (SEARAIL[0], SEARAIL[1], "Typo 'containr'; answered only in Chinese. " + SEARAIL[2])
SKILLS = (P("e03", 1, 2, 3), P("e03", 4, 5) + P("z04", 1, 3, 5),
          "技能培训补贴 / vocational skill subsidies: Tongzhou (Nantong) raising incentives for highly skilled talents, the special fund with subsidies up to 7,000 yuan, 36 technicians subsidised and 6.21 million yuan spent (English); Tongzhou's trainings and skill contests, and Guangzhou's 三项工程 (粤菜师傅, 广东技工, 南粤家政: skills exchange fair, jobs figures, 1万人次 trained) beside (Chinese, no subsidy named). z04:2 and z04:4 (the fair's layout and cooking demonstrations) not judged.")
SKILLS_EN = (SKILLS[0], SKILLS[1], "Plural 'subsidies'. " + SKILLS[2])
PEAK = (P("z05", 1, 2, 4), P("z05", 3),
        "碳达峰实施方案: Jiangyin's draft carbon-peak plan out for comment (the notice with its 2030 goal and 17 retrofit projects, the consultation, the plan's preamble and basis); the comment deadline beside. Chinese only; Guangzhou's carbon coins (e02) not a plan, not judged.")
PEAK_EN = (PEAK[0], PEAK[1], "carbon peaking plan (碳达峰实施方案), answered only in Chinese. " + PEAK[2])
PEAK_PY = (PEAK[0], PEAK[1], "tandafeng run together = 碳达峰 (tan also 谈, 探: only 碳 in the corpus). " + PEAK[2])
COINS = (P("e02", 1, 2), P("e02", 3, 4),
         "Carbon coins: Guangzhou's platform rewarding low-carbon behaviour (the launch, the coins earned for green commuting and savings, exchanged for goods); the tradable emission reductions and the platform's members beside. English only.")
COINS_ZH = (COINS[0], COINS[1], "碳普惠 (carbon inclusion, the name of such reward schemes; the English text says 'incentivizing and rewarding platform ... lower carbon behaviors' and 'carbon coins'), answered only in English. " + COINS[2])
ZIBO = (P("e05", 2, 3, 5), P("e05", 1, 4),
        "淄博 and barbecue: Zibo's viral barbecue and how it is eaten, the barbecue boom the city seized, barbecue trains, maps and shuttle buses; the tourist numbers and the city's special team beside. English only.")
HENGQIN = (P("z06", 1, 2, 3, 4, 5), [],
           "横琴封关: the Hengqin cooperation zone's customs closure and 分线管理 (一线 open, 二线 controlled), the lines and the seven 二线 channels, the first Macao resident through on the first night, the new luggage rules and what Macao residents may bring. Chinese only; e07's Gongbei customs at the bridge not judged (other port).")
HENGQIN_PY = (HENGQIN[0], HENGQIN[1], "hengqin fengguan = 横琴封关. " + HENGQIN[2])
GIANTS = (P("z08", 1, 2, 3), [],
          "专精特新小巨人: Jiangsu's sixth batch of 'little giant' firms under public notice, Suzhou's 206 of 711, and Suzhou's cultivation of specialised SMEs. Chinese only.")
GIANTS_EN = (GIANTS[0], GIANTS[1], "'little giant enterprises' (专精特新“小巨人”企业), answered only in Chinese. " + GIANTS[2])
GIANTS_PY = (GIANTS[0], GIANTS[1], "zhuanjingtexin run together = 专精特新. " + GIANTS[2])
AI = (P("z07", 1, 2, 3, 4) + P("e11", 1, 2, 3, 4, 5, 6), P("z07", 5),
      "人工智能 (AI): Pudong's AI industry measures, targets, pilot zone and large-model firms (Chinese); Hangzhou's 2025 AI action plan, its computing, models, chips, vouchers, talent subsidies and 500 AI companies (English). Pudong's 'AI梦想' slogan close beside.")
AI_PY = (AI[0], AI[1], "rengong zhineng = 人工智能. " + AI[2])
AI_IND = (P("z07", 1, 2, 3, 4) + P("e11", 1, 2, 6), P("z07", 5) + P("e11", 3, 4, 5),
          "人工智能產業 in traditional characters (the text: 人工智能产业): Pudong's AI industry highland, its 1,600亿 industry and targets (Chinese); Hangzhou's AI hub, its core AI industry revenue target and 500 AI companies (English). Hangzhou's chips and applications, computing vouchers and talent subsidies, and Pudong's slogan beside.")
AI_PD = (P("z07", 1, 2, 3, 4), P("z07", 5),
         "AI and 浦东: Pudong's new AI measures, its three-year targets (1,000 AI firms), the national AI pilot zone, its 1,600亿 AI industry and 28 large models; the slogan paragraph beside. Chinese only; Hangzhou (e11) not judged.")
VOUCHER = (P("e11", 4), P("e11", 1, 2),
           "Computing power vouchers (算力券): Hangzhou's 1-billion-yuan voucher programme covering up to 60 percent of firms' computing costs, the only paragraph; the action plan and its computing-power target (25 to 50 EFLOPS) beside. English only.")
MARINE = (P("e04", 1, 2, 4) + P("z11", 3, 4) + P("r10", 3), P("e04", 3, 5, 6, 7) + P("z11", 2, 5) + P("r10", 2) + P("r02", 2),
          "Marine economy (海洋经济): Qingdao's marine output, its growth targets and Xi's call to develop the marine economy, Qingdao's maritime industrial growth (English); 海洋牧场 as the new handle of Guangdong's 海洋经济 and Nan'ao's 蓝色经济 (Chinese). Qingdao's sea research and the blue drugstore (marine medicines), Nan'ao's fisheries turnaround and closing line, China's sea-land integration and Zhoushan's fishing industry beside.")
MARINE_QD = (P("e04", 1, 2, 4) + P("r10", 3), P("e04", 3, 5, 6, 7) + P("r10", 2),
             "Qingdao and 海洋经济: Qingdao's marine economy (output, growth targets, Xi's call) and its maritime industrial growth; its sea research, the blue drugstore and the national maritime-power call beside. English only; r14 (a coastal city's culture and trade) not judged.")
RANCH = (P("z11", 2, 3, 4), P("z11", 1, 5),
         "海洋牧厂 is an IME homophone typo for 海洋牧场 (厂/场 chang). Nan'ao's first deep-water cage base, the 一号文件 and Guangdong's push for modern marine ranching with deep-water cages, Nan'ao's plan to develop 现代海洋牧场; the base's opening scene and the closing line beside. Chinese only.")
RANCH_PY = (RANCH[0], RANCH[1], "haiyang muchang = 海洋牧场 (muchang also 木场: only 牧场 in the corpus). " + RANCH[2].split(". ", 1)[1])
WATER = (P("z02", 1, 2, 3, 4) + P("e12", 2, 3, 5), P("e12", 1, 4),
         "农村饮水安全 (the text: 农村饮用水达标提标; 饮水安全 itself not written): Zhejiang's rural drinking-water upgrade (targets for 803万 rural people, from 有水喝 to 喝好水, the three-level supply network, 城乡供水一体化) (Chinese); Qingzhen's urban-rural water supply integration for 300,000 rural people, plants on drinking water sources, better water than the village systems (English). The villager's quote and the pipe networks and projects beside.")
WATER_PY = (P("z02", 1, 2, 3, 4) + P("e12", 3), P("e12", 1, 2, 4, 5),
            "yinyongshui run together = 饮用水 (drinking water): Zhejiang's rural drinking-water upgrade (Chinese, every paragraph says 饮用水) and Qingzhen's plants on major drinking water sources (English); Qingzhen's other water-supply paragraphs beside.")
WATER_EN = (P("z02", 1, 2, 3, 4) + P("e12", 1, 2, 3, 5), P("e12", 4),
            "Rural drinking water: Zhejiang's rural drinking-water upgrade (Chinese) and Qingzhen's urban-rural water supply integration in villages (English: the villager's safe water, 300,000 rural people, plants on drinking water sources, better water than village systems); Qingzhen's networks and investment beside.")
VILLAGE_ZH = (P("z12", 4), P("z12", 5, 6) + P("r11", 2) + P("e10", 1),
              "和美乡村: Anhui pushing 宜居宜业和美乡村建设 and the five revitalisations, the only direct paragraph; Xiaogang village and its rural-revitalisation path, the 三铺村和美乡村精品示范村 visited by the Zongyang delegation (Chinese), and Yubei's village revitalisation with better rural living environments (English) beside. z12:2-3 (the wheat harvest scene) not judged.")
VILLAGE = (P("e10", 1, 5) + P("z12", 4, 6), P("e10", 2, 3, 4) + P("z12", 5) + P("r11", 2, 3),
           "Village revitalisation (乡村振兴): Yubei's (Chongqing) village revitalisation and its three transformations through the cooperative (English); Anhui's five revitalisations and 和美乡村, Xiaogang's 乡村振兴 path (Chinese). Wuniu village's example and a villager's income, Xiaogang's scene, Huaining's 乡村振兴 seen by the Zongyang delegation beside.")
VILLAGE_EN = (VILLAGE[0], VILLAGE[1], "British 'revitalisation' (the text: revitalizing, revitalize). " + VILLAGE[2])
VILLAGE_PY = (VILLAGE[0], VILLAGE[1], "xiangcun zhenxing = 乡村振兴. " + VILLAGE[2])
LTC = (P("e08", 1, 2, 3, 4, 5, 6), [],
       "Long-term care insurance (长期护理保险): its spread (180 million covered, 49 cities), what it covers, its place in social insurance, local roll-out and Ningbo, Hangzhou and Huzhou. English only.")
LTC_EN = (LTC[0], LTC[1], "Typo 'insurence'. " + LTC[2])
LTC_ZH = (LTC[0], LTC[1], "长护险 (简称 of 长期护理保险), answered only in English. " + LTC[2])
LTC_PY = (LTC[0], LTC[1], "changhuxian run together = 长护险 (also 长湖线 and the like: only 长护险 in the corpus), answered only in English. " + LTC[2])
LTC_NB = (P("e08", 6), P("e08", 1, 2, 3, 4, 5),
          "长护险 and Ningbo: Ningbo's programme expanded 2017-2023 to the whole city (with Hangzhou and Huzhou), the only paragraph naming Ningbo; the insurance's spread and purpose beside. English only.")
IP = (P("e06", 1, 2, 3, 4, 5, 6), P("r12", 7),
      "zhishi chanquan = 知识产权 (intellectual property): the Shanghai IP Protection Center, its green channel, pre-examination, three-month patents, fast-track review, strategic-industry protection and IP dispute mediation (English); Jiading's incentives for IP rights protection beside. English only.")
PATENT = (P("e06", 1, 2, 3, 4, 5), P("e06", 6),
          "专利预审 / patent fast-track (专利快速预审): the Shanghai IP Protection Center's accelerated review, pre-examination cases, three-month invention patents, fast-track review for SMEs, one-stop rapid pre-examination; its IP mediation beside. English only.")
PATENT_ZH = (PATENT[0], PATENT[1], "专利预审 (the English text: pre-examination, accelerated review), answered only in English. " + PATENT[2])
WASTE = (P("z10", 1, 2, 3, 4, 5), [],
         "Waste sorting (垃圾分类): the national on-site meeting on household waste sorting in Ningbo, eleven years of sorting (the text's typo 垃圾分因), the figures, the volunteers and the measures. Chinese only; all in Ningbo.")
WASTE_EN = (WASTE[0], WASTE[1], "Answered only in Chinese. " + WASTE[2])
WASTE_TC = (WASTE[0], WASTE[1], "垃圾分類 in traditional characters. " + WASTE[2])
WASTE_NB = (WASTE[0], WASTE[1], "垃圾分类 and Ningbo. " + WASTE[2])
NORTH = (P("e07", 4, 6, 7), P("e07", 2, 3, 5, 8, 9),
         "港车北上 / Macao vehicles northbound: Hong Kong and Macao cars driving into the mainland over the bridge, 1.4 million single-plated vehicles, the 2023 policy letting single-plated vehicles head north; the bridge port's traffic, clearance, volumes, the earlier dual-plate rule and the Christmas record beside. English only (the text covers Hong Kong and Macao together); Hengqin's closure (z06) not judged.")
NORTH_ZH = (NORTH[0], NORTH[1], "港车北上 (the policy's name; the English says 'single-plated vehicles to head north'), answered only in English. " + NORTH[2])
NORTH_BR = (NORTH[0], NORTH[1], "港珠澳大桥 and northbound. " + NORTH[2])
DELTA = (P("e09", 1, 2, 5, 8), P("e09", 3, 4, 6, 7),
         "黄河三角洲 and wetland: the Yellow River Delta reserve's birds, Dongying's delta wetlands, the delta's 1,130 km2 of wetland, 480 million m3 of water replenished for the delta's wetlands; Dongying's wetland area, the World Wetland City title, protection projects and replenishment beside. English only.")
RESTORE = (P("e09", 1, 4, 6, 7, 8), P("e09", 2, 3, 5),
           "Wetland restoration (湿地生态修复): Dongying's protection and restoration efforts, the model recognised as World Wetland City, the projects (water supplements, cordgrass), water replenishment as the key, dikes and 480 million m3 replenished; the wetland resources, area and reserve beside. English only.")
RESTORE_ZH = (RESTORE[0], RESTORE[1], "Answered only in English. " + RESTORE[2])
PROTECT_PY = (P("e09", 1, 4, 5, 6), P("e09", 2, 3, 7, 8),
              "shidi baohu = 湿地保护 (shidi also 实地: r11:2's 实地考察 not judged). Dongying's wetland protection and restoration, the World Wetland City title, the nature reserve, the protection projects; the wetland resources, area and replenishment beside. English only.")
HUANGSHAN = (P("z09", 2, 3, 4), P("z09", 1, 5),
             "大黄山文旅: the 大黄山 whole-area tourism, Anhui's plan for a world-class 大黄山 resort destination and 文旅产业 upgrade, the concept's origin in the 皖南 tourism zone's 十四五 plan (four cities); Huangshan's booming tourism scene and the Xidi guide's 徽派 culture beside. Chinese only; Xuancheng's profile (r08) not judged.")
HUANGSHAN_PY = (HUANGSHAN[0], HUANGSHAN[1], "dà huángshān wénlǚ with tone marks = 大黄山文旅. " + HUANGSHAN[2])
WR = (P("r06", 2, 3) + P("r03", 1), P("r03", 5, 7),
      "Government work reports: Chengdu's 2020 report (the mayor reporting on the government's work, its pandemic section) (English), Huainan's inspection of the 2023 《政府工作报告》's 262 tasks at mid-year (Chinese); two of Huainan's task rows with their progress beside. Plural. The banner and delivery line r06:1 and the table heading r03:2 not judged; z01:2, z11:3-4 cite a work report in passing.")
EMERGING = (P("r12", 2, 5, 6, 7, 8, 9), P("r12", 3, 4) + P("e01", 8) + P("z07", 1),
            "Emerging industry policies: Jiading's 30 policies for strategic emerging industries, the 10-billion fund, incentives, research and IP support, customs services and beneficiaries; the four industries and their scale goals, Shenzhen's 20 support measures for the low-altitude economy and Pudong's AI measures beside. r12:10 (a pagoda caption) not judged.")
FYP = (P("r05", 3), P("z09", 4),
       "shisiwu guihua = 十四五规划: the opening (引言) of Lianyun district's 14th five-year outline, the only paragraph of a 十四五 plan; the 大黄山 concept's origin in the 皖南 tourism zone's 十四五 plan beside. Chinese only. r05:1 (the field table) and r05:2 (the title line run into the time/source line) not judged.")
QIAO = (P("r13", 2, 3, 4, 5, 6, 7, 8), [],
        "归侨侨眷权益: Jiangsu's 1992 measures implementing the law on the rights of returned overseas Chinese and their relatives, articles 1-6 (purpose, duties, the 侨务 departments, identity, deputies, placement). Chinese only; r13:1 (download line) not judged; Yangzhou in overseas Chinese-language media (r04) not judged.")

J = {
    "q001": LOWALT, "q002": LOWALT_SZ, "q003": DIVISION, "q004": LOWALT_PY, "q005": URBAN,
    "q006": DRONE, "q007": URBAN_EN, "q008": SEARAIL, "q009": SEARAIL_PY, "q010": SEARAIL_EN,
    "q011": SKILLS, "q012": PEAK, "q013": SKILLS_EN, "q014": PEAK_EN, "q015": COINS,
    "q016": PEAK_PY, "q017": COINS_ZH, "q018": ZIBO, "q019": HENGQIN, "q020": HENGQIN_PY,
    "q021": GIANTS, "q022": GIANTS_EN, "q023": GIANTS_PY, "q024": AI_PY, "q025": AI_IND,
    "q026": AI_PD, "q027": MARINE, "q028": MARINE_QD, "q029": VOUCHER, "q030": RANCH,
    "q031": RANCH_PY, "q032": WATER, "q033": WATER_PY, "q034": WATER_EN, "q035": VILLAGE_ZH,
    "q036": VILLAGE_EN, "q037": VILLAGE_PY, "q038": LTC_EN, "q039": LTC_ZH, "q040": LTC_PY,
    "q041": LTC_NB, "q042": IP, "q043": PATENT_ZH, "q044": PATENT, "q045": WASTE_EN,
    "q046": WASTE_TC, "q047": WASTE_NB, "q048": NORTH_ZH, "q049": NORTH, "q050": NORTH_BR,
    "q051": DELTA, "q052": RESTORE_ZH, "q053": RESTORE, "q054": HUANGSHAN_PY, "q055": PROTECT_PY,
    "q056": HUANGSHAN, "q057": WR, "q058": EMERGING, "q059": FYP, "q060": QIAO,
}
