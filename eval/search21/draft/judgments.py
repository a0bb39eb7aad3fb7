"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
real/zh22, real/en22 and meta24/heldout: all 212 paragraphs read once, then grepped by subject words
and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (z01...z12, e01...e12, j01...j15 are each unique here) and its
number; build.py resolves the prefix.

Heading-only, label-only, caption and page-furniture measures are not judged: e12:1 (the page's
title line 'Zhuhai Center for Chronic Disease Control (珠海市慢性病防治中心)' repeated as a measure),
j01:2 (issuing body line), j01:3 (field table: dates, 有效性状态, 属性地方性法规), j02:2 (concept-image
caption), j03:1-3 (photo captions: 开幕现场, 邱向军作政府工作报告, 李高兴主持会议), j04:1, j04:4, j04:5
(cover-text crumbs, spaced-out letters and the OECD iLibrary/DOI line), j05:1 (the delivery line
'——2019年1月16日在南昌市第十五届人民代表大会第五次会议上'), j05:2 (the mayor's name), j05:3 (salutation
'各位代表:'), j07:1 (field table), j08:1 (the English report's title and delivery line), j09:5
(the 牵头单位 line alone), j11:1-4 (e-paper page label, database name, date line, toolbar), j11:8
(the subheading '四大内涵蕴“滨城”'), j12:1, j12:11, j12:12 (toolbar and credit line), j13:2 (reprint
line), j13:5 (the subheading '充分利用港口优势'), z02:4 (byline), z06:1 (salutation), z10:3 (the
subheading '人形机器人和人工智能怎么融合?').
Passing mentions are not judged: j10:1's 'new housing policies' (Seoul) for public rental housing,
j10:1's employment for the young for gig work, j14:1's 'permanent population will grow to 1 million'
for curbing population growth, j02:5's 'zero-emission city' and j06:4's zero-emission trucks for
pollution control, e09:4's metro train for high-speed rail, e02:9 (a Ramsar wetland of a seal
reserve) for the coal-mining wetland query, z03:2's 国家一级保护 for the seal query (another species),
e08 (Siasun's industrial, collaborative and specialised robots, none humanoid) for the humanoid-robot
queries, j14 (the Zhengzhou Airport Economy Zone's 14th Five-Year Plan: an airport, not a seaport)
for 'port five-year plan', j06 (the Port of Los Angeles) for the Tokyo Bay port queries."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


ZHISUAN = (P("z01", 1, 2, 3, 4), P("z01", 5),
           "智算中心: the 长三角(芜湖)智算中心 opens (z01:1), its 3000P capacity and computing industrial park (z01:2), its role for the digital economy (z01:3), 智算中心 as the computing base of AI (z01:4). The 东数西算 data-centre cluster of Wuhu (z01:5, no 智算) beside.")
WUHU_DC = (P("z01", 1, 2, 5), P("z01", 3, 4),
           "芜湖 and data center: the Wuhu computing centre's opening and capacity (z01:1-2) and Wuhu's data-centre cluster in 东数西算 (z01:5, the only paragraph saying 数据中心); the centre's role and AI background (z01:3-4) beside. Chinese only; the text never says 'data center'.")
SHOUTAITAO = (P("z02", 1, 2, 3), [],
              "shoutaitao = 首台套 (unspaced, toneless): all three paragraphs of Zhenjiang's first-of-their-kind major equipment item — the recognition list (z02:1), cultivation and the four products (z02:2), promotion, the national catalogue and insurance compensation (z02:3). Chinese only; no other sense of the syllables in the corpus.")
SHOUTAITAO_RD = (P("z02", 1, 2), P("z02", 3),
                 "首台套认定 (recognition): the 2020 Jiangsu 首台(套) recognition list with Zhenjiang's four (z02:1) and the four products that entered it after cultivation (z02:2); promotion and insurance compensation (z02:3, national catalogue entries) beside.")
DOLPHIN = (P("z03", 1, 2, 3), P("z03", 4, 5),
           "Chinese white dolphins (中华白海豚; Chinese only): sighted off 火烧屿 in Xiamen (z03:1), first-class protected animal (z03:2), an indicator species of marine ecology (z03:3); the natural history paragraphs, family and range (z03:4) and skin colour (z03:5), beside. e02's spotted seals not judged.")
DOLPHIN_PY = (DOLPHIN[0], DOLPHIN[1], "baihaitun = 白海豚: the same judgment as 'Chinese white dolphins' (z03, Chinese only).")
PAY_EN = (P("z04", 2, 3), P("z04", 4, 5),
          "Foreign visitors' mobile payment (Chinese only; 移动支付 in z04:2): the PBoC Shanghai head office's payment service system for foreign visitors with 外卡, cash and mobile payment (z04:2) and the foreign-card acceptance network (z04:3); the one-line card tip (z04:4) and the cash network (z04:5) beside. z04:1 (the 营商环境 conference, no payment) not judged.")
PAY_ZH = (P("z04", 2, 3), P("z04", 4),
          "外卡支付: foreign bank cards named among the payment services (z04:2) and where foreign cards are accepted in Shanghai (z04:3); the tip to ask the cashier when no logo is shown (z04:4) beside. Cash (z04:5) is another method: not judged here.")
EYE_TOWN = (P("z05", 2, 4, 5), P("z05", 1, 3),
            "眼睛小镇 (an IME homophone typo for 眼镜小镇; 眼睛 is nowhere in the corpus): the 中国(瓯海)眼镜小镇 as a strategy (z05:2), its location, area and 155 firms (z05:4), its three functional zones (z05:5); Wenzhou eyewear's history and transformation (z05:1) and the press tour entering the 特色小镇 (z05:3) beside.")
EYE_WZ = (P("z05", 1, 2, 4, 5), P("z05", 3),
          "Wenzhou and 眼镜产业: 世界眼镜看温州 and the industry's transformation (z05:1), the 眼镜产业 strategy (z05:2), the town's firms and export industry (z05:4), the zones for Wenzhou's eyewear upgrade (z05:5); the press tour (z05:3) beside.")
EYE_EN = (P("z05", 1, 2, 4, 5), P("z05", 3),
          "Eyewear industry (Chinese only: 眼镜产业): the same paragraphs as 'Wenzhou 眼镜产业' — z05:1, 2, 4, 5 highly relevant, the press tour (z05:3) beside. e11's lighting industry not judged.")
GIG_ZH = (P("z06", 2, 3, 4), [],
          "零工市场建设: Lianyungang's action plan on 数智零工市场 construction — its issue (z06:2), purpose (z06:3) and goals with the 1+7+N system (z06:4). z06:1 (salutation) not judged.")
GIG_EN = (P("z06", 3, 4), P("z06", 2),
          "Gig workers' employment (Chinese only: 零工就业, 灵活就业): the plan's purpose, 零工就业服务 (z06:3) and its goals, flexible employment and workers' income (z06:4); the plan's issue (z06:2) beside. j10:1's youth employment (Seoul) not judged.")
GIG_PY = (GIG_ZH[0], GIG_ZH[1], "linggong shichang = 零工市场 (linggong also 领工, absent): the same judgment as 零工市场建设 (z06:2-4).")
ALLIGATOR = (P("z07", 1, 2), P("z07", 3, 4, 5),
             "Alligator wild release (Chinese only: 扬子鳄野外放归): Anhui's 20th release (z07:1) and the 1818 released, the wild population recovering (z07:2); the species' near extinction (z07:3), the breeding centre and reserve (z07:4) and the survey figures (z07:5) beside.")
ALLIGATOR_ZH = (ALLIGATOR[0], ALLIGATOR[1],
                "杨子鳄放归 (an IME homophone typo: 杨 for 扬; 杨子鳄 is nowhere in the corpus): the same judgment as 'alligator wild release' (z07).")
STUDY = (P("z08", 1, 2, 3, 4, 5), [],
         "城市书房: every paragraph of Wenzhou's city study rooms item — ten new rooms (z08:1), the 民生实事 plan (z08:2), the first room in 2014 (z08:3), the 共富 best-practice listing (z08:4), the rooms spread nationwide (z08:5).")
STUDY_PY = (STUDY[0], STUDY[1], "chengshishufang = 城市书房, unspaced: the same judgment (z08:1-5).")
HSR_EN = (P("z09", 1, 2), P("z09", 3, 5),
          "High-speed rail opening (Chinese only): the 杭温高铁 opens, journey time and the four counties newly on high-speed rail (z09:1), speed, stations and trains at the start of operation (z09:2); its construction in two phases (z09:3) and the engineering (z09:5) beside. The investor's quote (z09:4) not judged; e09's metro tunnel not judged.")
HSR_PY = (P("z09", 1, 2, 3, 5), P("z09", 4),
          "hangwen gaotie = 杭温高铁: every paragraph naming the railway (z09:1-3, 5); the quote from 百盛联合杭温铁路有限公司 (z09:4) beside.")
EMBODIED = (P("z10", 1, 2, 4, 6), P("z10", 5),
            "具身智能: the 张江具身智能开发者大会 (z10:1), Shanghai's embodied-AI industry (z10:2), humanoid robots as the core carrier of embodied AI (z10:4), the lack of training data — the 'missing intelligence' the data alliance answers (z10:6); the question paragraph 'how far have humanoid robots and 具身智能 come?' (z10:5) beside. z10:3 (subheading) not judged; e08 not judged.")
HUMANOID = (P("z10", 1, 2, 4, 6), P("z10", 5),
            "humaniod robots (typo for humanoid; Chinese only: 人形机器人): z10:1, 2, 4, 6 highly relevant, the question paragraph z10:5 beside. Siasun's robots (e08, English) are industrial, collaborative and specialised robots, none humanoid: not judged (a reader of the robot industry could want them).")
HUMANOID_PY = (HUMANOID[0], HUMANOID[1], "renxing jiqiren = 人形机器人: the same judgment as 'humaniod robots' (z10; e08 not judged).")
WMC = (P("z11", 1, 3, 4, 5), P("z11", 2),
       "Cross-boundary Wealth Management Connect 2.0 (跨境理财通; Chinese only): its launch and the pilot banks' offers (z11:1), the revised implementation rules (z11:3), ICBC (Asia)'s 南向通 deposits (z11:4) and Standard Chartered's offer for 跨境理财通 customers (z11:5); the economist's comment on banks' high-yield products (z11:2) beside.")
WMC_EN = (WMC[0], WMC[1], "cross boundary wealth managment (typo: managment): the same judgment as 跨境理财通 (z11, Chinese only).")
BIDAO = (P("z12", 1, 2, 4, 5), P("z12", 3),
         "万里碧道: Guangdong's plan for 5000 km of 碧道 by 2022 (z12:1), its spatial layout (z12:2), 碧道 as ecological corridors and what they drive (z12:4), the 1+10 pilots and the brand (z12:5); the river statistics (z12:3) beside.")
BIDAO_PY = (BIDAO[0], BIDAO[1], "bidao jianshe = 碧道建设 (bidao also 壁道, absent): the same judgment as 万里碧道 (z12).")
GREENWAY = (P("z12", 1, 2, 4), P("z12", 3, 5),
            "Greenway river corridors (Chinese only: 碧道, 廊道): the 万里碧道 plan (z12:1), its ten corridors (z12:2), 碧道 as ecological corridors along the water (z12:4); rivers and people near them (z12:3) and the pilot schedule (z12:5) beside.")
CARGO = (P("e01", 1, 2, 3, 5), P("e01", 4, 6) + P("j14", 5),
         "Luxemburg cargo flights (Luxemburg: the German spelling; the text says Luxembourg): Cargolux's Zhengzhou station (e01:1), the direct flight from Luxembourg (e01:2), the Air Silk Road route (e01:3), regular flights and customs clearance (e01:5); a partner firm's growth and overseas firms (e01:4, 6) and the Zhengzhou-Luxembourg 'dual hub' (j14:5) beside.")
ZZ_AIRPORT = (P("j14", 1, 3, 4, 5, 6), P("j14", 2) + P("e01", 1, 3, 5),
              "Zhengzhou and 航空港 (the airport economy zone; 航空港 nowhere in the corpus, English only): the Zhengzhou Airport Economy Zone's 14th FYP goals — GDP and population (j14:1), aviation logistics hub (j14:3), aviation industry (j14:4), gateway and Zhengzhou-Luxembourg dual hub (j14:5), aviation metropolis (j14:6); the goals' lead-in (j14:2) and Cargolux at Zhengzhou airport (e01:1, 3, 5) beside.")
SEAL = (P("e02", 1, 3, 4, 5, 8), P("e02", 2, 6, 7, 9),
        "斑海豹保护 (English only: spotted seals): the Dalian National Spotted Seal Nature Reserve's guardian (e02:1), patrols (e02:3), first-class protected status (e02:4), biodiversity (e02:5), the reserve's founding and upgrade (e02:8); seals rarely seen (e02:2), breeding grounds and migration (e02:6-7) and the Ramsar listing (e02:9) beside.")
MINING_WET = (P("e03", 1, 2, 3), P("e03", 4),
              "Coal mining subsidence wetland (English; 'subsidence' not in the text): Pan'an Lake Park on a coal-mining site (e03:1), the mining damage (e03:2), the land reclaimed as lakes and wetlands (e03:3); the wetland park and its tourists (e03:4) beside.")
PRH = (P("e04", 1, 2, 3, 6), P("e04", 5),
       "Public rental housing: Chongqing's project opens applications (e04:1), its scale and who qualifies (e04:2), coverage and rent (e04:3), allocation by lottery (e04:6); the first large public housing project (e04:5) beside. e04:4 (Chongqing a municipality) not judged.")
PRH_LOT = (P("e04", 6), P("e04", 1, 2, 3, 5),
           "公租房摇号 (English only): one-tenth of the public rental housing allocated by lottery (e04:6), the only paragraph on the lottery; the project's applications, scale, rent and scale claim (e04:1-3, 5) beside.")
PRH_PY = (PRH[0], PRH[1], "gongzufang = 公租房 (unspaced): the same judgment as 'public rental housing' (e04, English only).")
SMELTER = (P("e05", 3, 5, 6), P("e05", 2, 4),
           "Smelter pollution control: water pollution control at the Gold Crown smelter (e05:3), its team dealing with sulfur dioxide (e05:5), sulfur capture at 99.97% (e05:6); the environmental problems of mining and smelting (e05:2) and slag reprocessing (e05:4) beside.")
EXPO = (P("e06", 1, 2, 5), P("e06", 3, 4, 7),
        "中非 trade expo (the China-Africa Economic and Trade Expo; English only): the first expo closes in Changsha (e06:1), its deals (e06:2), its area and guests from 53 African countries (e06:5); discussions (e06:3), international organisations (e06:4) and Hunan-Africa trade (e06:7) beside. e06:6 (Hunan's location and BRI role) not judged.")
EXPO_PY = (EXPO[0], EXPO[1], "zhongfei jingmao bolanhui = 中非经贸博览会: the same judgment as '中非 trade expo' (e06, English only).")
NUKE = (P("e07", 1, 2, 3), P("e07", 4),
        "Taishan nuclear plant (English only): unit 2's first criticality (e07:1), construction and commercial operation (e07:2), capacity and the Sino-French joint venture (e07:3); EPRs in France, Finland and the UK (e07:4) beside.")
NUKE_ZH = (NUKE[0], NUKE[1], "台山核电: the same judgment as the nuclear-plant queries (e07, English only).")
NUKE_PY = (NUKE[0], NUKE[1], "taishan hedian = 台山核电 (taishan also 泰山, absent): e07, English only.")
TUNNEL = (P("e09", 1, 2, 3, 4), [],
          "Jinan and 黄河隧道 (English only): the road and rail tunnel drilled beneath the Yellow River in Jinan (e09:1), its length and levels (e09:2), the section under the riverbed (e09:3), opening and journey times (e09:4).")
CHRONIC = (P("e12", 2, 3), P("e12", 4, 6),
           "慢性病防治 (English only; the Chinese name only in e12:1, the page's title line repeated as a measure, not judged): the Zhuhai Center for Chronic Disease Control's Nanping campus opens (e12:2), its beds for chronic and occupational diseases (e12:3); its specialties (e12:4) and cost and site (e12:6) beside. Nucleic acid testing (e12:5) not judged.")
MENTAL = (P("e12", 2, 3, 4), P("e12", 6),
          "Mental health hospital: the Nanping campus opens with the Mental Health Center's plaque (e12:2), Zhuhai's first specialised hospital on psychosomatic disorders with forensic appraisal of mental diseases (e12:3), adolescent mental health and other disciplines (e12:4); the campus's cost and site (e12:6) beside.")
VR = (P("e10", 1, 4), P("e10", 2, 3, 5),
      "虚拟现实产业基地 (English only: VR industry base): Nanchang and HTC to develop a VR industry base (e10:1), the base's plan to attract 1000 VR companies (e10:4); VR stores and laboratories (e10:2), VR platforms (e10:3) and the funds (e10:5) beside.")
LIGHTING = (P("e11", 1, 2, 3), P("e11", 4),
            "灯饰产业 (English only: lighting industry): Guzhen's lighting fair and industry (e11:1), the fair's LED focus (e11:2), the lighting industry's plan (e11:3); the 'Light King' commercial zone (e11:4) beside.")
SHANGRAO = (P("j03", 4), P("j03", 5, 6, 7, 8, 9),
            "shangrao renda kaimu = 上饶人大开幕: the 5th session of Shangrao's 5th people's congress opens (j03:4); the presidium (j03:5), the mayor's work report (j03:6), the platform (j03:7), delegates present (j03:8) and the report's review of 2023 (j03:9) beside. The photo captions (j03:1-3, j03:1 says 开幕现场) not judged.")
LEGIS = (P("j01", 1), P("j01", 4),
         "地方性法规制定: 西安市制定地方性法规条例, its 核心提示 with the regulation's purpose and legal basis (j01:1); its adoption and revision history (j01:4) beside. The issuer line and field table (j01:2-3) not judged.")
WORKREP = (P("j03", 9) + P("j05", 5, 6) + P("j07", 2) + P("j08", 3) + P("j09", 1, 2),
           P("j03", 6) + P("j05", 4) + P("j08", 2) + P("j09", 3, 4),
           "政府工作报告 (and the English translation): the body of the reports in the corpus — Shangrao's 2024 report as reported (j03:9), Nanchang's 2019 report's review of the past year (j05:5-6), Suzhou (Anhui)'s 通报 on the 2021 report's targets (j07:2), Wuhan's 2015 report's review of 2014 (j08:3, English), Shenyang's 2026 report's task division (j09:1-2); the mayor delivering the report (j03:6), the reports' opening formulae (j05:4, j08:2) and the division's tasks (j09:3-4) beside. Captions, titles and delivery lines (j03:2, j05:1-3, j08:1) not judged.")
WORKREP_PY = (WORKREP[0], WORKREP[1], "zhengfu gongzuo baogao = 政府工作报告: the same judgment (j03, j05, j07, j08, j09).")
NANCHANG = (P("j05", 5, 6), P("j05", 4),
            "南昌 work report: Nanchang's 2019 government work report, its review of 2018 (j05:5) and the figures (j05:6); the opening formula (j05:4) beside. j05:1-3 (delivery line, mayor, salutation) not judged; e10 (Nanchang's VR base) not judged.")
TOKYO = (P("j13", 1, 3) + P("j02", 4), P("j13", 4) + P("j02", 1, 3, 5),
         "Tokyo Bay and 港口 (port): the stored copy of 'how the Tokyo Bay area uses its ports' stops at the subheading 充分利用港口优势 (j13:5, not judged), so no paragraph is about the ports themselves: Tokyo Bay's development compared with other bay areas (j13:1), its geography and metropolitan economy (j13:3) and the eSG project's waterfront area with one of Japan's leading logistics terminals (j02:4, English) are the nearest; the interview's subject (j13:4) and the eSG project (j02:1, 3, 5) beside. j06 (Port of Los Angeles) not judged.")
TOKYO_ZH = (TOKYO[0], TOKYO[1], "东京湾区港口: the same judgment as 'Tokyo Bay 港口' (j13 Chinese, j02 English).")
SHENYANG = (P("j09", 1, 2), P("j09", 3, 4),
            "沈阳 2026 任务分工 (the text: 重点工作分工方案): the notice issuing the 2026 work report's task division (j09:1) and the division plan's opening (j09:2); the first tasks with their lead and responsible units (j09:3-4) beside. j09:5 (a 牵头单位 line alone) not judged.")
PORT_PLAN = (P("j06", 1, 2, 4, 8), P("j06", 3, 5, 6, 7, 9),
             "Port five-year plan: the Port of Los Angeles adopts a five-year plan (j06:1), its aims (j06:2), its goals through 2017 (j06:4), land use and community (j06:8); the director's words, the Panama Canal widening, other competition, the mayor's statement and financial goals (j06:3, 5-7, 9) beside. j14 (an airport zone's five-year plan) not judged.")
ROTTERDAM = (P("j04", 2, 6), P("j04", 3),
             "Rotterdam metropolitan region: the OECD territorial review series and the contents naming the Metropolitan Region of Rotterdam-The Hague (j04:2), the brochure's summary line (j04:6); chapter 3 on metropolitan governance (j04:3) beside. Cover crumbs and the DOI line (j04:1, 4, 5) not judged.")
SEOUL = (P("j10", 1), [],
         "首尔 and mayor pledges: Oh Se-hoon takes office and his five pledges (j10:1, the newsletter's only measure). English only.")
BINHAI = (P("j11", 5, 6, 7) + P("j12", 9, 10), [],
          "Tianjin and 滨海新区: the Binhai New Area's location, zones and honours (j11:5), its development from the 1980s to the 美丽滨城 (j11:6), its 奋斗精神 (j11:7), and, in English, the BNA in Tianjin's 2006 plan (j12:9-10). j11:1-4 and j11:8 (page furniture, subheading) not judged.")
POPCAP = (P("j12", 2, 4), P("j12", 3, 6, 8),
          "Curbing population growth: Tianjin must cap its population growth (j12:2), capped under 13.5 million by 2020 (j12:4); land use under control (j12:3), no blind expansion (j12:6) and last year's growth (j12:8) beside. j14:1's population target not judged.")
HUAIBEI = (P("j15", 1, 2, 3), [],
           "淮北大事记 (simplified; the text is in traditional characters, 淮北大事記, named only in a heading line of the file, not a measure): the three entries of the 2014 chronicle (j15:1-3).")

J = {
    "q001": ZHISUAN, "q002": WUHU_DC, "q003": SHOUTAITAO, "q004": SHOUTAITAO_RD,
    "q005": DOLPHIN, "q006": DOLPHIN_PY, "q007": PAY_EN, "q008": EYE_TOWN, "q009": PAY_ZH,
    "q010": EYE_WZ, "q011": GIG_ZH, "q012": EYE_EN, "q013": ALLIGATOR, "q014": STUDY,
    "q015": GIG_EN, "q016": STUDY_PY, "q017": HSR_EN, "q018": GIG_PY, "q019": HSR_PY,
    "q020": EMBODIED, "q021": ALLIGATOR_ZH, "q022": HUMANOID, "q023": HUMANOID_PY,
    "q024": WMC_EN, "q025": WMC, "q026": GREENWAY, "q027": BIDAO, "q028": BIDAO_PY,
    "q029": CARGO, "q030": PRH, "q031": ZZ_AIRPORT, "q032": SEAL, "q033": EXPO,
    "q034": MINING_WET, "q035": PRH_LOT, "q036": NUKE_PY, "q037": PRH_PY, "q038": SMELTER,
    "q039": LIGHTING, "q040": EXPO_PY, "q041": NUKE_ZH, "q042": CHRONIC, "q043": NUKE,
    "q044": TUNNEL, "q045": MENTAL, "q046": VR, "q047": SHANGRAO, "q048": LEGIS,
    "q049": WORKREP, "q050": WORKREP_PY, "q051": TOKYO, "q052": SHENYANG, "q053": PORT_PLAN,
    "q054": ROTTERDAM, "q055": SEOUL, "q056": BINHAI, "q057": NANCHANG, "q058": POPCAP,
    "q059": TOKYO_ZH, "q060": HUAIBEI,
}
