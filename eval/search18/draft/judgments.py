"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
real/zh19, real/en19 and meta21/heldout: all 220 paragraphs read once, then grepped by subject words
and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (z01...z12, e01...e12, q01...q15 are each unique here) and its
number; build.py resolves the prefix. Heading-only, label-only and page-furniture measures are not
judged: the disclosure field tables and label lines (q01:1, q01:2, q07:1, q03:5, q03:6 the foreign
metadata block at q03's foot), the rule's title line q01:4, the site menus of q02 (q02:1-4, q02:10),
q04:1 (portal furniture) and q04:2 (the brochure's title), the delivery and addressee lines
(q07:2, q13:1-4), the headline, source and editor lines of q09 (q09:1, q09:2, q09:7), q10's byline,
photo caption and 'BACK TO THE TOP' (q10:1, q10:2, q10:9), q15's crumb and author line (q15:1, q15:2),
e02's date line e02:1, the headings z02:3, e09:3, q06:4, the quote line z11:4 and the bare question
line e12:3, and q03:4 ('会议还研究了其他事项'). q02:5 and q02:9 are the same sentence twice (the page
repeats it), so no snippet can name one of them alone: neither is judged (the scorer's rule needs a
snippet found in exactly one measure). Passing mentions are not judged (z07:3's 融嘉新能源汽车 and
e04:4's new energy vehicles, e05:5's BYD, e10:3's children of migrant workers, z01:4's 跨境电商类企业
for the cross-border e-commerce queries, z06:3's 生物医药, e12:5's high-speed rail lines, q10:5's
garbage pileups, e11:2's kindergartens, q04:3 and q04:6's Chaohu, z10:1's 蓝藻 for the Taihu
queries, e07:3's basic biology research)."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


BZ_ACC = (P("z01", 1, 4), P("z01", 2, 3),
          "综保区 (简称 of 综合保税区) acceptance (验收): the national joint team's acceptance of the Wenzhou zone (phase one) and what the upgrade brings to the firms waiting for the acceptance (保税加工, 抽样后即放行); the bonded logistics centre's figures and the State Council's approval of the upgrade beside. Chinese only; Ningbo's bonded warehouses (e08:3) not judged (no zone, no acceptance).")
BZ_PY = (P("z01", 1, 2, 3, 4), P("e08", 3),
         "zongbaoqu run together = 综保区 (综合保税区; the text also writes 综保区 once). The Wenzhou comprehensive bonded zone: acceptance, the bonded logistics centre it grew from, the upgrade's approval, bonded processing (Chinese); Ningbo Customs' bonded-warehouse measure (English) beside.")
BONDED = (P("e08", 3), P("z01", 1, 2, 3, 4),
          "Bonded warehouses: Ningbo Customs' measure 02 (bonded warehouses for oil and gas, bonded LNG/LPG tanks, cavern projects, changing warehouse attributes), the only paragraph on bonded warehouses themselves (English); the Wenzhou bonded logistics centre and comprehensive bonded zone (保税物流中心, 综合保税区, Chinese) beside. Plural.")
BZ_WZ = (P("z01", 1, 2, 3, 4), [],
         "综保区 and Wenzhou: all four paragraphs on the Wenzhou comprehensive bonded zone (acceptance, the bonded logistics centre's figures, the upgrade, the new functions). Chinese only.")
NEV_ZH = (P("z02", 1, 2, 4, 5), P("e09", 5),
          "新能源汽车产业链: Hefei's NEV industry as 首位产业 in the 十五五, cross-regional collaboration in the delta, the chain system with vehicle and battery making, consolidation and up/downstream collaboration (Chinese); Changzhou's NEV output growth (English) beside. z02:3 is a heading, not judged; z07:3's 融嘉新能源汽车 a passing mention.")
NEV = (P("z02", 1, 2, 4, 5) + P("e09", 5), P("e09", 4),
       "New energy vehicles (新能源汽车): Hefei's NEV industry and chain (Chinese) and Changzhou's NEV industry and vehicle output (CATL, Li Auto; English); Changzhou as 'Capital of New Energy' with its industrial ecosystem beside. Plural. e04:4 (Shenzhen's capabilities listing NEVs) and e05:5 (BYD hiring) are passing mentions.")
NEV_PY = (NEV[0], NEV[1], "xinnengyuan qiche = 新能源汽车. " + NEV[2])
NE_CZ = (P("e09", 1, 4, 5), P("e09", 2),
         "新能源 and Changzhou: the 2024 New Energy Industry Development Conference in Changzhou, the city as 'Capital of New Energy' and its NEV industry; the conference's 42 signed projects beside. English only.")
ICH_REG = (P("z03", 1, 2, 3, 4, 5), [],
           "非遗保护条例 (非遗 简称 of 非物质文化遗产): the Ningbo regulation's articles 1-5 (purpose, scope, definition with the city's items, principles, the governments' duty and joint meeting). Chinese only; Jili silk's listing (e03:5) is not a regulation, not judged.")
ICH = (P("z03", 1, 2, 3, 4, 5) + P("e03", 5), P("e03", 7),
       "Intangible cultural heritage (非物质文化遗产): the Ningbo regulation on its protection (Chinese) and the listing of Jili silk making techniques as a national item (English); Huzhou's promotion of silk heritage through the Qianshanyang centre beside.")
ICH_PY = (ICH[0], ICH[1], "feiyi, ambiguous (非遗, also 非议 criticism, 飞逸): only 非遗 in the corpus (the texts write it out as 非物质文化遗产). " + ICH[2])
COMPUTE = (P("z06", 1, 2, 3), P("z06", 4),
           "算力 (computing power) / data centres: the Zhonglian Wuhu computing-industry park's groundbreaking, its 算力中心 and investment and operator (a data-centre operator), its data-centre services; the zone's service pledge beside. Chinese only.")
COMPUTE_PY = (COMPUTE[0], COMPUTE[1], "suanli, ambiguous (算力, also 算例, 酸梨): only 算力 in the corpus. " + COMPUTE[2])
COMPUTE_ZH = (COMPUTE[0], COMPUTE[1], "算力中心 (the text: 算力中心 once, 算力产业园, 算力数据中心产业园). " + COMPUTE[2])
COMPUTE_EN = (COMPUTE[0], COMPUTE[1], "British 'centre'; answered only in Chinese (数据中心, 算力产业园). " + COMPUTE[2])
HSR_ZH = (P("z04", 1, 2, 3, 4, 5), P("e06", 1, 2, 3, 4, 5, 6) + P("q12", 4),
          "高铁建设 (HSR construction): construction starts of the new Shanghai-Hangzhou HSR (advance works, Jiatong bridge, its place in the network) and the Wenzhou-Fuzhou HSR (Chinese); the opening of the Fuzhou-Xiamen cross-sea HSR (its bridges over three bays) and Qidong's new station on the Beiyanjiang HSR (English) beside.")
HSR = (P("z04", 1, 2, 3, 4, 5) + P("e06", 1, 2, 3, 4, 5, 6), P("q12", 4),
       "High-speed railways (高铁): the two new Zhejiang lines under construction (Chinese) and the Fuzhou-Xiamen-Zhangzhou cross-sea line's opening, stops, speed, travel time and sea bridges (English); Qidong's station on the Beiyanjiang HSR beside. Plural. e12:5's six HSR lines near Ezhou a passing mention.")
HSR_PY = (HSR[0], HSR[1], "gaotie = 高铁. " + HSR[2])
HSR_FX = (P("e06", 1, 2, 3, 4, 5, 6), P("z04", 5),
          "高铁 Fuzhou Xiamen: the Fuzhou-Xiamen-Zhangzhou cross-sea HSR, all six paragraphs (English); the new Wenzhou-Fuzhou HSR, which joins the Fuzhou-Xiamen line at Fuzhou South (Chinese), beside.")
WAGE_PY = (P("z05", 1, 2, 3, 4), [],
           "nongmingong gongzi = 农民工工资: Liyang's wage deposits, special wage accounts, monthly bank payment and real-name management (Chinese). Fuyang's migrant workers (e05) are about jobs near home, not wages: not judged.")
WAGE_ZH = (P("z05", 1, 2, 3, 4), [],
           "农民工工资拖欠: Liyang's measures against wage arrears (deposits as a precondition of projects, special accounts, monthly bank payment, real-name attendance). Chinese only.")
WAGE_EN = (P("z05", 1, 2, 3, 4), P("e05", 4),
           "migrant worker wages, answered mainly in Chinese: Liyang's wage-payment guarantee (农民工工资保证金, 专用账户, 按月支付, 实名制); Fuyang's rising local income as a reason to work near home (English) beside.")
MIG_FY = (P("e05", 1, 2, 3, 4, 5, 6), [],
          "农民工 and Fuyang: the job fair after the Spring Festival, a worker seeking a job near home, Fuyang as a source of migrant workers, reasons to stay, BYD's hiring, working near home and returning to start businesses. English only; Liyang (z05, Jiangsu) not judged.")
SILK_HZ = (P("z09", 1, 2, 3, 4, 5) + P("e03", 1, 2, 3, 4, 5, 6, 7, 8), [],
           "丝绸 and Huzhou: the silk town plan, signings and the special town (Chinese) and Huzhou's silk heritage, Qianshanyang, Jili silk, enterprises, the exchange centre and study tours (English); all paragraphs of both documents.")
SILK_TOWN = (P("z09", 2, 3, 4, 5), P("z09", 1) + P("e03", 6, 7),
             "丝绸小镇: the Huzhou silk town's plan released, its two areas presented, the signings with Hengtian and 30 firms and advisers, the town in the first 37 special towns and its plan (Chinese); the news opening (silk civilisation's origin in Huzhou), Huzhou's silk firms today and the Qianshanyang cultural centre (English) beside.")
SILK_TOWN_PY = (SILK_TOWN[0], SILK_TOWN[1], "sīchóu xiǎozhèn with tone marks = 丝绸小镇. " + SILK_TOWN[2])
SILK_IND = (P("z09", 4, 5) + P("e03", 6), P("z09", 1, 2, 3) + P("e03", 1, 3, 4),
            "Silk industry: Hengtian's consolidation of the silk industry in Huzhou (a third of Zhejiang's weaving), the silk town joining industry and culture (Chinese), Huzhou's silk enterprises innovating and exporting (English); the town's plan and signing, the 荣记湖丝 prize brand, the silk heritage and sericulture history and Jili silk's fame beside.")
CHAOHU = (P("z10", 1, 3, 4, 5) + P("e02", 2, 3, 4, 5, 6), P("z10", 2),
          "巢湖 governance (综合治理): investment and results, lake chiefs and funds, wetland restoration and the national restoration project (Chinese); the basin's management results, water quality, river treatment, 142 projects and sewage plants, ecological restoration (English); the lake's geography and the start of governance beside. Hefei's brochure lines on the lake (q04:3, q04:6) are passing mentions.")
CHAOHU_EN = (CHAOHU[0], CHAOHU[1], "Chaohu lake pollution (the texts speak of management and governance, 治理, water quality, pollution only in 'heavily polluted rivers'). " + CHAOHU[2])
CHAOHU_PY = (CHAOHU[0], CHAOHU[1], "chaohu zhili = 巢湖治理 (chaohu also 超乎, 潮湖). " + CHAOHU[2])
CHAOHU_WQ = (P("e02", 3, 4) + P("z10", 1), P("e02", 2, 5, 6) + P("z10", 3, 4, 5),
             "巢湖 water quality: the best level on record, phosphorus and nitrogen, the rivers' grades, the improvement attributed to the projects (English), algal blooms declining after ten years' governance (Chinese); the rest of the governance paragraphs beside.")
TAIHU_ALG = (P("z11", 1, 6), P("z11", 3),
             "太湖兰藻, an IME typo for 太湖蓝藻 (兰/蓝 both lan): Taihu's algal blooms down by 51, their area and density (z11:1), no algae smell at Yuantouzhu thanks to governance (z11:6); Wuxi's pollution control beside. Chinese only; Chaohu's 蓝藻 (z10:1) is another lake.")
TAIHU_ALG_PY = (TAIHU_ALG[0], TAIHU_ALG[1], "taihu lanzao = 太湖蓝藻. Taihu's algal blooms down by 51, their area and density (z11:1), no algae smell at Yuantouzhu thanks to governance (z11:6); Wuxi's pollution control beside. Chinese only; Chaohu's 蓝藻 (z10:1) is another lake.")
TAIHU_WQ = (P("z11", 1, 6), P("z11", 2, 3),
            "Typo 'qualty'. Taihu water quality, answered only in Chinese: the 2025 targets reached, Grade IV, phosphorus and nitrogen, blooms, sections (z11:1), clear water and no algae smell thanks to governance (z11:6); Taihu as ecological space and Wuxi's pollution control beside. z11:5 (Yuantouzhu's scenery) not judged.")
LAKECHIEF = (P("z10", 3), [],
             "湖长制: Chaohu's five-level lake (river) chief system with 5,502 chiefs, and its fund pool; the single paragraph. Chinese only.")
CBEC = (P("z12", 1, 2, 3, 4, 5), P("z01", 2, 3),
        "Cross-border e-commerce (跨境电商): Hangzhou's pilot zone's first year, its six systems and two platforms, the B2B campaign, turnover and the single window (Chinese); Wenzhou's bonded cross-border e-commerce imports and the e-commerce function of its bonded logistics centre beside.")
CBEC_PY = (CBEC[0], CBEC[1], "kuajing dianshang = 跨境电商. " + CBEC[2])
CBEC_ZONE = (P("z12", 1, 2, 3, 4, 5), [],
             "跨境电商综试区 (综试区 简称 of 综合试验区): the Hangzhou cross-border e-commerce comprehensive pilot zone, all five paragraphs. Chinese only; Wenzhou's bonded zone is not a 综试区.")
CBEC_EN = (CBEC[0], CBEC[1], "Answered only in Chinese. " + CBEC[2])
CARE = (P("e01", 3, 4, 5), P("e01", 1, 2),
        "Daycare for children under 3 (托育): Gongshu's Sunshine Children Daycare, the district's first full-service infant care facility, its fee and its two age groups; the mother's story beside. English only; kindergartens (e10:3, e11:2) not judged.")
CARE_EN = (CARE[0], CARE[1], "British 'centres'. " + CARE[2])
CARE_ZH = (CARE[0], CARE[1], "婴幼儿托育, answered only in English (daycare, infant care, nursery). " + CARE[2])
CARE_PY = (CARE[0], CARE[1], "tuoyu = 托育 (also 托运 misheard, 脱域): only 托育 in the sense of the corpus. " + CARE[2])
WASTE = (P("e11", 1, 2, 3, 4, 5, 6), [],
         "Garbage sorting (垃圾分类): Xiamen's pilot, school education, coverage, awareness and participation rates, its 2017 waste classification law, incineration gains. English only; q10:5's garbage pileups a passing mention.")
WASTE_ZH = (WASTE[0], WASTE[1], "垃圾分类, answered only in English. " + WASTE[2])
WASTE_PY = (WASTE[0], WASTE[1], "laji fenlei = 垃圾分类, answered only in English. " + WASTE[2])
BIOMED = (P("e07", 1, 2, 4, 6), P("e07", 3, 5) + P("e04", 7),
          "Biomedicine parks: the Taizhou Medical High-tech Zone (China Medical City), its bio-pharmaceutical industry, leading firms and the '3+2' chain with output; a recruited researcher, the province's support for vaccines and other fields, and Shenzhen Bay Laboratory's biomedicine R&D beside. English only; z06:3's 生物医药 a passing mention.")
AIRPORT = (P("e12", 1, 4, 5, 6, 7), P("e12", 2),
           "Cargo hub airport (货运枢纽机场): Ezhou Huahu airport's night cargo, location, reach, routes to 30 countries, flights and tonnage; the eels' two-hour trip beside. English only; e12:3 is a bare question line, not judged.")
AIRPORT_ZH = (AIRPORT[0], AIRPORT[1], "Answered only in English. " + AIRPORT[2])
WR = (P("z07", 1, 2, 3) + P("q07", 3, 4) + P("q13", 5, 6, 7, 8, 9, 10), P("q05", 7) + P("e10", 1) + P("q12", 3),
      "政府工作报告: the reports' openings and reviews of Pan'an 2024, Qingyuan 2018 (traditional characters: 政府工作報告) and Wenling 2025; Chun'an's congress hearing the report and its four parts, Jiangsu cities' 2023 education plans from their work reports and Qidong's report on 2020 (English) beside. Delivery and addressee lines (q07:2, q13:1-4) not judged.")
WR_PY = (WR[0], WR[1], "zhèngfǔ gōngzuò bàogào with tone marks = 政府工作报告. " + WR[2])
DISCL = (P("q11", 1, 2, 3, 4), [],
         "政府信息公开年报 (年报 简称 of 年度报告): Shanghai's 2022 government information-disclosure annual report: its basis and contents, the year's openness work, documents published, press conferences. Chinese only; Anqing's open-government rules (q01:3) are not an annual report, not judged.")
OPENRULES = (P("q01", 3), P("q11", 1, 2),
             "Open government rules (政务公开制度), answered only in Chinese: Anqing's notice issuing 13 open-government and information-disclosure rules (the rule's title line q01:4 and the field lines not judged); Shanghai's annual report's basis in the Regulations and Provisions and its openness work beside.")
REPORTERS = (P("q09", 3, 4, 5, 6), [],
             "两岸记者 (the text in traditional characters: 兩岸記者): cross-strait reporters' visit to Tongling, the organisers and media, their impressions of the reading point, library and museum. Chinese only; q09:1 (headline) not judged; Lu'an's ASEAN journalists (q14) are not cross-strait.")
ASEAN = (P("q14", 1, 2), P("q14", 3),
         "东盟 journalists: Lu'an's mayor meets journalists of 10 ASEAN countries and introduces the city; his remarks on green revitalisation and poverty alleviation beside. English only; the cross-strait reporters (q09) not judged.")
RDINST = (P("z08", 4), P("z08", 1, 3, 5) + P("e10", 3),
          "新型研发机构: Zhejiang University's Wenzhou research institute planned as a new-type R&D institution with six functions; its unveiling, its place in the cooperation and its five-year targets, and Wuxi's plan to attract universities' research institutes (English) beside. z08:2 (a news transition) not judged.")
BASIC = (P("e04", 2, 3, 5, 6, 7), P("e04", 1),
         "Basic research (基础研究): Shenzhen's 10-year action programme for basic scientific research, its directions, weakness in original innovation, Guangming Science City and Shenzhen Bay Laboratory's chain from basic research; Shenzhen's innovation role in the Greater Bay Area beside. English only; e07:3's basic biology a passing mention.")
TAIWAN = (P("q02", 6, 7, 8), [],
          "台商投资 (Taiwan investment): Taiwan's top firms' subsidiaries and high-tech businesses in Kunshan, the business environment behind the investment, Kunshan's regulations, investors' association and complaint centre. English only. q02:5 (760 businesses, 4.2 billion dollars) is repeated word for word as q02:9, so no unique snippet: not judged.")
TAIWAN_EN = (TAIWAN[0], TAIWAN[1], "Typo 'investers'. " + TAIWAN[2])
SCHOOLS = (P("e10", 3, 4, 5), P("e10", 1),
           "Building new schools: Wuxi's 30 new kindergartens and schools, Suqian's nine new schools, Changzhou's 78 schools and Taizhou's 30 school projects; the cities' 2023 education plans beside. English only.")
BIZENV = (P("q03", 2), P("q02", 7),
          "营商环境: Minhang's action plan for a first-class business environment heard at the district executive meeting (Chinese); Kunshan's improving business environment drawing Taiwan investment (English) beside. z06:2's 运营商 is not 营商.")
BIZENV_PY = (BIZENV[0], BIZENV[1], "yingshanghuanjing run together = 营商环境. " + BIZENV[2])
ANJI = (P("q10", 3, 4), P("q10", 5, 6, 7, 8),
        "乡村旅游 and Anji: Hengshanwu village turned into a homestay resort, the returnee's cluster of homestays, cafes and nightclubs; the village's past, its 'hollowing', and its reach by road beside. English only (homestay; 'tourism' not in the text).")

J = {
    "q001": BZ_ACC, "q002": BZ_PY, "q003": BONDED, "q004": BZ_WZ, "q005": NEV_ZH,
    "q006": NEV, "q007": NEV_PY, "q008": NE_CZ, "q009": ICH_REG, "q010": ICH,
    "q011": ICH_PY, "q012": COMPUTE_PY, "q013": COMPUTE_ZH, "q014": COMPUTE_EN, "q015": HSR_ZH,
    "q016": HSR, "q017": HSR_PY, "q018": WAGE_PY, "q019": HSR_FX, "q020": WAGE_ZH,
    "q021": SILK_HZ, "q022": WAGE_EN, "q023": MIG_FY, "q024": RDINST, "q025": SILK_TOWN,
    "q026": SILK_IND, "q027": CHAOHU_EN, "q028": SILK_TOWN_PY, "q029": CHAOHU, "q030": TAIHU_ALG,
    "q031": CHAOHU_PY, "q032": CHAOHU_WQ, "q033": CBEC_PY, "q034": LAKECHIEF, "q035": TAIHU_WQ,
    "q036": CARE_EN, "q037": TAIHU_ALG_PY, "q038": CBEC_ZONE, "q039": WASTE_ZH, "q040": CBEC_EN,
    "q041": CARE_ZH, "q042": BIOMED, "q043": CARE_PY, "q044": WASTE, "q045": WR_PY,
    "q046": WASTE_PY, "q047": AIRPORT_ZH, "q048": REPORTERS, "q049": AIRPORT, "q050": WR,
    "q051": DISCL, "q052": BASIC, "q053": TAIWAN, "q054": SCHOOLS, "q055": TAIWAN_EN,
    "q056": BIZENV, "q057": BIZENV_PY, "q058": OPENRULES, "q059": ANJI, "q060": ASEAN,
}
