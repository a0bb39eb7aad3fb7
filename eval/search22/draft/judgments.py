"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
real/zh23, real/en23 and meta25/heldout: all 240 paragraphs read once, then grepped by subject words
and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (z01...z12, e01...e12, l01...l15 are each unique here) and its
number; build.py resolves the prefix.

Heading-only, label-only, caption, salutation, byline, adoption/delivery-line and page-furniture
measures are not judged: z01:1 and z06:1 (salutations), z02:5 (subheading '流量奔涌,考验城市服务“底盘”'),
z05:5 (byline), z08:1 (date/source/byline line), z08:2 (sub-headline '全国小微企业危险废物收集平台交流会在嘉兴举行'),
z09:1 (source line with the report's title and delivery line), e11:1 (the case's title line repeated
as a measure), e11:2-7 (city statistics: population, area, GDP), l01:1 (adoption/approval line and
'目录'), l02:1, l02:3, l02:5, l02:7 (speaker labels, 'Press Room'), l02:4 ('Last question,
please.'), l03:1-2 (accessibility bar, platform name), l03:3 (field table '名称: …'), l03:4 (the
notice's title line), l03:5 (addressees), l03:7 (signature), l03:8-9 (the attachment's title broken
over two lines), l03:11 (heading), l04:1 (the law network's notice to customers), l04:2 (dossier date
and headline), l05:1, l05:2, l05:4, l05:6 (the digest's deck and headings), l06 none, l07:1-3 (the
report's title, delivery line and the director's name with salutation), l08:2-3 (subscription
lines), l08:4 (adoption line), l10:3, l10:5-6 (cover fragment and contents pages), l11:1-2 (source
line, venue/host/speakers field line), l12:2 (the heading 'London at Night: …'), l12:4 (a URL),
l13:1 (breadcrumb), l15:4-5 (footer).
Passing mentions are not judged: z04:1 (宁波大学) and z08:3 (Ningbo's representatives) for '宁波 work
report'; z06:3-4's 城市韧性 (Tianshui's gas pipes) for 'Hefei 韧性城市' and 城市生命线; e03:3's gas pipes for
gas-pipe replacement; z02:2 and z02:6 (the city's nights, late metro) for night economy; e02:5's big data
and l11:5's 大数据 for data trading; l13 (粤港澳大湾区, Zhongshan) for '旧金山湾区 China'; e06:1's Lu'an
for 'Lu'an 政府工作报告'; l13:4's 珠江三角洲 for 珠三角规划纲要; e10:7's imported vehicles for Chery's exports;
l05:5's tourism revenue and e05:6's night tourism for 旅游促进条例; l04:7's digital transformation for
数字政府; z10 (Hefei's lighthouse factories) for 'Hefei 韧性城市'."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


BLACKSOIL = (P("z01", 2, 3, 4, 5), [],
             "黑土地保护: 伊春's 14th-FYP black-soil protection plan — its issue (z01:2), purpose and legal basis (z01:3), the 13th-FYP work on black-soil farmland quality (z01:4) and the organisation mechanism (z01:5). z01:1 (salutation) not judged.")
BLACKSOIL_PY = (BLACKSOIL[0], BLACKSOIL[1], "heitudi baohu = 黑土地保护: the same judgment (z01:2-5).")
BLACKSOIL_EN = (BLACKSOIL[0], BLACKSOIL[1], "Black soil conservation (Chinese only: 黑土地保护, 黑土耕地; 'soil' nowhere in the English text): the same judgment (z01:2-5).")
CONCERT = (P("z02", 1, 2, 3, 4), P("z02", 6),
           "演唱会经济 (the text: 演唱会的经济辐射力, 票根经济, 文旅经济; '演唱会经济' itself absent): Nanjing's May Day concerts and festival (z02:1), music as a lever of consumption (z02:2), the concerts' spending on hotels and food (z02:3), the ticket-stub economy (z02:4); the city's crowd services (z02:6) beside. z02:5 (subheading) not judged.")
CONCERT_EN = (P("z02", 1, 3, 4), P("z02", 2, 6),
              "Concert tourism spending (Chinese only): the concerts and festival as 文旅经济 (z02:1), hotel occupancy and 50 million yuan of food and lodging spending (z02:3), ticket-stub discounts at shops and scenic spots (z02:4); music as a lever of consumption (z02:2) and the crowd services (z02:6) beside.")
CANTON = (P("z03", 1, 2, 3, 5), P("z03", 4),
          "guangjiaohui = 广交会: the 134th fair's second phase opens (z03:1), a returning Uzbek buyer (z03:2), buyers crowding the fair (z03:3), an exhibitor back at the fair (z03:5); a booth of candles (z03:4, the fair unnamed) beside. Chinese only.")
CANTON_BUY = (P("z03", 2, 3), P("z03", 1, 4, 5),
              "Canton Fair buyers (Chinese only: 广交会, 采购商; 'Canton' nowhere in the corpus): the Uzbek buyer (z03:2) and the buyers' 扫货大军 (z03:3); the phase's opening (z03:1), a booth with customers (z03:4) and an exhibitor's many foreign customers (z03:5) beside.")
BACKYARD = (P("z04", 1, 2, 3, 4), P("z04", 5),
            "科技小院: a student at 象山's shrimp-and-crab backyard (z04:1), Xi's reply to CAU's backyards (z04:2), the first backyard in 曲周, 2009 (z04:3), 1048 nationwide, 59 in Zhejiang (z04:4); the question paragraph introducing the reporting (z04:5) beside.")
BACKYARD_PY = (BACKYARD[0], BACKYARD[1], "kejixiaoyuan = 科技小院, run together: the same judgment (z04).")
SUMMER = (P("z05", 1, 2, 3, 4), [],
          "暑拖班 (IME homophone typo: 拖 for 托; 暑拖 nowhere in the corpus): Shanghai's 爱心暑托班 opens with 579 sites (z05:1), activities at the sites (z05:2), two sessions and extended hours (z05:3), ten years as a 实事 project and the new winter classes (z05:4). z05:5 (byline) not judged.")
SUMMER_EN = (SUMMER[0], SUMMER[1], "Summer childcare pupils (Chinese only: 小学生爱心暑托班): the same judgment (z05:1-4).")
GASPIPE = (P("z06", 2, 3, 4), [],
           "燃气管道老化改造: 天水's plan for renewing ageing gas pipes (2023-2025) — its issue (z06:2), purpose and basis in the State Council and Gansu plans (z06:3), guiding ideas (z06:4). z06:1 (salutation) not judged; e03 (utility tunnels) and z11:4 (lifeline gas safety) not judged.")
GASPIPE_EN = (GASPIPE[0], GASPIPE[1], "Gas pipe replacement (Chinese only: 燃气管道老化更新改造): the same judgment (z06:2-4). e03:3's gas pipes in utility tunnels (Beijing) are a passing mention: not judged.")
CARGO = (P("z07", 1, 2, 3), [],
         "厦门 and air cargo route (Chinese only: 空中货运航线): the first Xiamen-New York freighter flight (z07:1), the aircraft, e-commerce cargo and three flights a week (z07:2), the city's new cargo routes under the pandemic (z07:3).")
HAZWASTE = (P("z08", 3, 5, 6), P("z08", 4),
            "Hazardous waste collection from small firms (小微企业危险废物收集): the national exchange meeting on small-firm collection platforms in Jiaxing (z08:3), the problem of thousands of small producers (z08:5), Jiaxing's seven collection platforms '禾小微' (z08:6); the ministry official's praise of Jiaxing's disposal work (z08:4) beside. z08:1-2 (source line, sub-headline) not judged; e11 (a landfill) not judged.")
HAZWASTE_ZH = (HAZWASTE[0], HAZWASTE[1], "小微危废收集: the same judgment as 'hazardous waste collection' (z08).")
WORKREP = (P("z09", 2, 3) + P("l05", 3, 5, 7), P("l07", 4, 5),
           "政府工作报告: 宁波's 2026 report — the opening formula (z09:2) and the 14th-FYP review (z09:3) — and 六安's report as digested (l05:3, 5, 7; the digest's title '政府工作报告(摘编)' is only the file's first line, not a measure); 新余's report on the plan's execution to the congress (l07:4-5), a sibling report, beside. z09:1 (source line holding the report's title and delivery line) not judged.")
NINGBO = (P("z09", 2, 3), [],
          "宁波 work report: Ningbo's 2026 government work report, its opening (z09:2) and the five-year review (z09:3). z09:1 (source/title/delivery line) not judged; z04:1 and z08:3 (passing 宁波) not judged.")
LIGHTHOUSE = (P("z10", 1, 2, 3, 4), [],
              "灯塔工场 (IME typo: 工场 for 工厂; 工场 nowhere in the corpus): the WEF's new lighthouse factories, 8 Chinese (z10:1), what a lighthouse factory is and the cities with most (z10:2), Haier's Hefei factory (z10:3) and Lenovo's Hefei base (z10:4).")
LIGHTHOUSE_EN = (LIGHTHOUSE[0], LIGHTHOUSE[1], "Lighthouse factories (Chinese only: 灯塔工厂): the same judgment (z10:1-4).")
LIGHTHOUSE_PY = (LIGHTHOUSE[0], LIGHTHOUSE[1], "dengta gongchang = 灯塔工厂: the same judgment (z10:1-4).")
LIFELINE = (P("z11", 2, 3, 4), P("z11", 1, 5),
            "城市生命线 (Hefei's urban-lifeline safety project): sensors monitoring the 包河大道 viaduct (z11:2), the viaduct as part of the project (z11:3), what the project is and its spread (z11:4); the viaduct's traffic (z11:1) and workers checking equipment under a manhole (z11:5) beside. z06 (gas-pipe renewal in Tianshui) not judged.")
RESILIENT = (LIFELINE[0], LIFELINE[1],
             "Hefei and 韧性城市 (the phrase is only in the file's title line, not a measure): the lifeline project's paragraphs (z11:2-4 highly relevant, z11:1, 5 beside). z06:3-4's 城市韧性 (Tianshui, not Hefei) and z10 (Hefei's lighthouse factories) not judged.")
ZEROC = (P("z12", 2, 3, 4, 5), P("z12", 1),
         "零碳园区: zero-carbon parks across the country (z12:2), regional approaches (z12:3), about 100 national zero-carbon parks planned for the 15th FYP (z12:4), Xiong'an's first all-electric zero-carbon park (z12:5); the plenum's green transition (z12:1) beside.")
ZEROC_EN = (ZEROC[0], ZEROC[1], "Zero carbon industrial parks (Chinese only): the same judgment (z12).")
ZEROC_PY = (ZEROC[0], ZEROC[1], "lingtan yuanqu = 零碳园区: the same judgment (z12).")
DATAEX = (P("e01", 1, 2, 4), P("e01", 3, 5),
          "数据交易所 (English only: the Shanghai Data Exchange): data exchanges thrive, the SDE begins official operations (e01:1), its founding and launch (e01:2), its trial run and rules (e01:4); its fees (e01:3) and tradable products (e01:5) beside.")
DATATRADE = (P("e01", 1, 2, 4, 5), P("e01", 3),
             "Data trading market: rising interest in data trading (e01:1), the exchange's official operations (e01:2), the trading mechanism built in the trial (e01:4), data products traded online (e01:5); fees (e01:3) beside.")
SUPER = (P("e02", 1, 2, 4), P("e02", 3, 5),
         "无锡 and supercomputer (English only): the Wuxi-made supercomputer tops TOP500 (e02:1), Sunway TaihuLight's speed and domestic processors (e02:2), housed at Wuxi's National Supercomputing Center (e02:4); its specifications (e02:3) and uses (e02:5) beside.")
TUNNEL = (P("e03", 1, 2, 3, 5, 6), P("e03", 4),
          "地下综合管廊 (English only: underground utility tunnels): Beijing's guideline (e03:1), 150-200 km by 2020 (e03:2), what a utility tunnel carries (e03:3), 20 km existing (e03:5), 12 projects under way (e03:6); their benefits (e03:4) beside. z06 (gas pipes) not judged.")
TUNNEL_PY = (TUNNEL[0], TUNNEL[1], "zonghe guanlang = 综合管廊: the same judgment (e03, English only).")
DESAL = (P("e04", 1, 2, 3), P("e04", 4, 5),
         "Seawater desalination (海水淡化; English only): the trial project at Qingdao (e04:1), the cooperation deal with the Tianjin desalination institute (e04:2), 3000 tons a day at Huangdao Power Plant (e04:3); construction and cost (e04:4) and technology (e04:5) beside.")
DESAL_EN = (DESAL[0], DESAL[1], "seawater desalinization (a variant spelling; the text: desalination): the same judgment (e04).")
NIGHT = (P("e05", 1, 3, 5, 6), P("e05", 2, 4) + P("l12", 3),
         "夜间经济 / 夜经济 (English only: night economy): Xi'an fourth in night-economy liveliness (e05:1), what the night economy is (e05:3), pedestrian streets and roadside stalls (e05:5), night tourism (e05:6); the ranking's leaders (e05:2), the post-COVID measures (e05:4) and London's night-time evidence base and Night Time Commission (l12:3) beside. z02's nights and l12:2 (heading) not judged.")
NIGHT_PY = (NIGHT[0], NIGHT[1], "yejingji = 夜经济, run together: the same judgment as 夜间经济 (e05; l12:3 beside).")
CONSORT = (P("e06", 4, 5, 6), P("e06", 1, 2, 3),
           "县域医共体 (English only: closely integrated county-level medical and health consortia): the 2019 pilot reform with Jinzhai among the first (e06:4), its triage aims (e06:5), the reorganised township sub-centres under the county hospital (e06:6); the patient's hemodialysis at the town hospital (e06:1), his earlier journeys (e06:2) and the hospital before the reform (e06:3) beside.")
DIALYSIS = (P("e06", 1, 3), P("e06", 2, 4, 5, 6),
            "County hospital dialysis: hemodialysis at a township hospital in Jinzhai County (e06:1), which could not do it a few years ago (e06:3); the distant city hospital before (e06:2) and the county consortium reform (e06:4-6) beside.")
PANDA = (P("e07", 1, 2, 3), P("e07", 4),
         "Giant panda breeding: the Chengdu Research Base's captive breeding and conservation (e07:1), its founding and captive population (e07:2), its support for other institutions and annual meeting (e07:3); its awards and laboratories (e07:4) beside.")
XUAN = (P("e09", 2, 3, 4, 5, 8), P("e09", 1, 6, 7),
        "xuanzhi = 宣纸 (also 选址, site selection: absent; English only): Xuan paper and Dingjiaqiao (e09:2), its 1000-year history and UNESCO listing (e09:3), income and 200 makers (e09:4), 10000 people in the industry (e09:5), the largest production base and exports (e09:8); the pulp-making steps (e09:1) and a worker's story (e09:6-7) beside.")
RICEPAPER = (P("e09", 1, 2, 3), P("e09", 4, 5, 8),
             "Rice paper making (Xuan paper is often called rice paper; 'rice paper' absent, 'rice straw' in e09:1): the pulp-making steps (e09:1), the manufacture of Xuan paper in Dingjiaqiao (e09:2), the making process's 1000 years and UNESCO listing (e09:3); the industry's makers, workers and output (e09:4, 5, 8) beside.")
CHERY = (P("e08", 6), P("e08", 1, 2, 3, 5, 7),
         "奇瑞 and car exports (English only: Chery): Chery exported over 900,000 vehicles in 2023, top exporter of Chinese brand cars for 21 years (e08:6), the only paragraph on exports; the Wuhu factory (e08:1-2), carriers delivering 'around the world' (e08:3) and Chery as Anhui's flagship (e08:5, 7) beside.")
DONGJIANG = (P("e10", 1, 2, 5), P("e10", 3, 4, 6, 7),
             "东疆 bonded zone (English only: Tianjin Dongjiang Free Trade Port Zone, a comprehensive bonded area): its upgrade and new functions (e10:1), its leasing and import business and added industries (e10:2), favourable policies by its director (e10:5); the new institutes (e10:3), what comprehensive bonded areas are (e10:4, 6) and the imported-vehicle testing centre (e10:7) beside.")
LEASING = (P("e10", 2), P("e10", 1),
           "Aircraft leasing: the Dongjiang zone, a national leader in aircraft and ship leasing (e10:2), the only paragraph on leasing; the zone's upgrade (e10:1) beside.")
LANDFILL = (P("e11", 8, 9, 13), P("e11", 10, 11, 14),
            "垃圾填埋场修复 (English only: landfill, ecological restoration): the Jinkou Landfill and Zhanggong Dyke as pollution sources (e11:8), the 213 ha renovation into parks (e11:9), restoring one of Asia's largest discarded landfills (e11:13); the change for 400,000 people (e11:10), the awards (e11:11) and the landfill's volume (e11:14) beside. e11:1 (the title repeated) and e11:2-7 (city statistics) not judged.")
LENS = (P("e12", 1, 2, 3, 4, 5, 6), [],
        "Eyeglass lens industry (the text: spectacle lenses, eyewear, glasses): every paragraph of the Danyang item — the largest base (e12:1), 400 million lenses a year (e12:2), 1600 enterprises (e12:3), the industry's history and automation (e12:4), the chain (e12:5), 100 types in 50 countries (e12:6).")
DANYANG = (LENS[0], LENS[1], "Danyang and 眼镜 (English only; 眼镜 nowhere in the corpus): the same judgment (e12:1-6).")
TOURREG = (P("l01", 2, 3, 4, 5, 7), P("l01", 6),
           "旅游促进条例: 亳州市旅游促进条例 articles 1 (purpose, l01:2), 2 (scope, l01:3), 3 (principles, l01:4), 4 (governments' duties, l01:5), 5 (departments, l01:7); article 4's second paragraph on village committees (l01:6) beside. l01:1 (adoption line and 目录) not judged.")
PRD = (P("l03", 6, 10), [],
       "珠三角规划纲要: 肇庆's notice issuing the 2014 key tasks for implementing the PRD outline (l03:6) and the task list's preamble (l03:10). The field table (l03:3), title line (l03:4), attachment title (l03:8-9) and heading (l03:11) not judged, though they name the outline; l13:4's 珠江三角洲 not judged.")
DUBAI = (P("l04", 3, 4, 5, 8), P("l04", 6, 7),
         "Dubai economic agenda: the D33 agenda to double the economy (l04:3), foreign trade targets (l04:4), Sheikh Mohammed's announcement (l04:5), the agenda's 100 projects (l04:8); his words on 2033 (l04:6) and investment goals (l04:7) beside. l04:1-2 (site notice, dossier headline) not judged.")
LUAN = (P("l05", 3, 5, 7), [],
        "Lu'an and 政府工作报告: 六安's work report digest — four years' review (l05:3), economic figures (l05:5), poverty alleviation (l05:7). Headings (l05:1, 2, 4, 6) not judged; e06 (Jinzhai County in Lu'an, health care) not judged.")
BALANCED = (P("l06", 1, 2, 4, 6), P("l06", 3, 5),
            "Balanced regional development: Busan at the National Balanced Development Committee's meeting (l06:1), Busan's tasks and the BULG megaregion (l06:2), the meeting on regional commitments (l06:4), discussions on balanced regional growth (l06:6); the mayor's cooperation (l06:3) and the meeting's dates and chair (l06:5) beside.")
JINAN = (P("l09", 1, 2, 3), [],
         "新旧动能转换起步区: 济南's starting-zone plan — purpose (l09:1), significance (l09:2), guiding ideas (l09:3).")
JINAN_PY = (JINAN[0], JINAN[1], "xinjiu dongneng = 新旧动能: the same judgment (l09).")
LAWPROC = (P("l08", 5, 6, 7, 8), P("l08", 1, 9, 10, 11),
           "立法程序规定 (English only, a machine translation of 大连市人民政府制定地方性法规草案和规章程序规定): article 1's procedures for draft local legislation and rules (l08:5), scope (l08:6), invalidity (l08:7), matters for draft legislation (l08:8); the further matters (l08:9-11) and the label line with the Chinese title (l08:1, 'Original Language Title: …', the only Chinese in the document) beside. l08:2-4 (subscription lines, adoption line) not judged; l01 (a regulation, not lawmaking procedure) not judged.")
CLC = (P("l10", 1, 2, 4), P("l10", 7),
       "新加坡 and livable cities (US spelling; the text: Liveable): the Centre for Liveable Cities' annual report — the contents with 'active mobility in Singapore' (l10:1), the cover with the centre's name (l10:2, l10:4); the CLC's promotion work (l10:7) beside. l10:3, 5, 6 (cover fragment, contents) not judged.")
DIGGOV = (P("l11", 4, 5), [],
          "shuzi zhengfu = 数字政府: the announcement of 连云港's 数字政府顶层设计方案 (l11:4) and its background and purpose (l11:5). l11:1-3 (source line, field line, host's opening) not judged.")
LONDON = (P("l12", 1, 3), P("l12", 5, 6, 7),
          "London mayor report: the 26th Mayor's Report to the Assembly (l12:1), the mayor's report on London at night (l12:3); the London Conference speech and devolution (l12:5-7) beside. l12:2 (heading) and l12:4 (URL) not judged.")
SFBAY = (P("l14", 1, 2, 3, 4, 5), P("l14", 6, 7, 8),
         "旧金山湾区 and China (English only): the report on China's impact on the San Francisco Bay Area (l14:1), the region most connected to China (l14:2), the report 'Ties That Bind' (l14:3), affiliates in China (l14:4), Chinese investment (l14:5); China's demand for technology (l14:6), students and tourists (l14:7-8) beside. l13 (the Guangdong-HK-Macao Greater Bay Area) not judged.")
SHIPPING = (P("l15", 1, 2, 3), [],
            "东北亚航运中心: Liaoning's meeting on building Dalian into the Northeast Asia international shipping centre (l15:1), targets for 2010 and 2020 (l15:2), the port's progress (l15:3). l15:4-5 (footer) not judged; l08 (Dalian lawmaking) not judged.")
SHIPPING_PY = (SHIPPING[0], SHIPPING[1], "hangyun zhongxin = 航运中心: the same judgment (l15:1-3).")

J = {
    "q001": BLACKSOIL, "q002": BLACKSOIL_PY, "q003": BLACKSOIL_EN, "q004": CONCERT,
    "q005": CONCERT_EN, "q006": CANTON, "q007": CANTON_BUY, "q008": BACKYARD_PY, "q009": BACKYARD,
    "q010": SUMMER, "q011": GASPIPE, "q012": SUMMER_EN, "q013": GASPIPE_EN, "q014": CARGO,
    "q015": HAZWASTE, "q016": HAZWASTE_ZH, "q017": WORKREP, "q018": NINGBO, "q019": LIGHTHOUSE,
    "q020": LIGHTHOUSE_EN, "q021": RESILIENT, "q022": LIGHTHOUSE_PY, "q023": LIFELINE,
    "q024": ZEROC, "q025": ZEROC_EN, "q026": ZEROC_PY, "q027": DATAEX, "q028": DATATRADE,
    "q029": SUPER, "q030": DESAL, "q031": TUNNEL, "q032": TUNNEL_PY, "q033": NIGHT,
    "q034": DESAL_EN, "q035": NIGHT_PY, "q036": CONSORT, "q037": DIALYSIS, "q038": PANDA,
    "q039": XUAN, "q040": CHERY, "q041": RICEPAPER, "q042": DONGJIANG, "q043": LEASING,
    "q044": LANDFILL, "q045": LENS, "q046": DANYANG, "q047": TOURREG, "q048": PRD,
    "q049": DUBAI, "q050": LUAN, "q051": BALANCED, "q052": JINAN, "q053": JINAN_PY,
    "q054": LAWPROC, "q055": CLC, "q056": DIGGOV, "q057": LONDON, "q058": SFBAY,
    "q059": SHIPPING, "q060": SHIPPING_PY,
}
