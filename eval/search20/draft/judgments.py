"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
real/zh21, real/en21 and meta23/heldout: all 216 paragraphs read once, then grepped by subject words
and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (z01...z12, e01...e12, p01...p15 are each unique here) and its
number; build.py resolves the prefix. Heading-only, label-only and page-furniture measures are not
judged: z01:1 (e-paper edition and date line), z08:1 (byline), z08:4 (the subheading '一餐饭,也能科普
健康知识'), z10:1 (date and source line), z10:3 (the subheading '营造修复展成效,国企助力显担当'),
p01:2 (the press office's signature), p03:1-4 (thread title and 'TA的每日心情', sign-in
line, poster's profile, post time run into the report's title and the county head's name), p04:1
(site line), p04:2 (photo caption), p05:1 (the disclosure page's field line with the 公告's title),
p06:1-3 (authors' bio cards), p06:4 (title), p06:5 (byline), p07:1 (the Original URL line run into
the regulation's title), p08:1 (markup leftovers and crumb), p08:2 (headline run into the time/來源
line), p09:2 (the next brief's headline), p10:1 (crumb), p10:5 (the injected link footer), p11:1
(site menu), p11:2 (title), p11:3 (subtitle '--2014年中国文化城市竞争力报告'), p11:4 (the research
centre's name line), p12:1 (deck), p12:2 (byline), p12:12 (cut photo caption), p13:1 (crumb run into
the headline), p14:2 (photo caption).
Passing mentions are not judged: z06:3's 零排放 for carbon,
z06:4's 绿色生活方式 for green development, p04:10's forestry awards and p04:8's forestry rate for
forest fire, p07:8's 改善道路交通环境 for traffic order, p10:3's 'major development platform' for
innovation platforms, e12:2's Fortune 500 companies for foreign investment, p14:5's 'ranked sixth
nationwide in terms of air quality' for city rankings, z12:1-2 (data as a production factor, the
digital economy; not cross-border) for the cross-border queries, e08 (a coastal wetland, no
mangroves) for the mangrove queries, p12 (Dalian port) and z02/e04 for the marine queries."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


PREMADE_ZH = (P("z05", 1, 2, 3, 4, 5), P("e01", 1, 2),
              "预制菜十条 (the policy's short name, used in the text): Guangdong's ten measures for the prepared-dishes industry, its issue (z05:1), R&D platform, industrial parks, model enterprises and quality standards (z05:2-5; z05:3 does not repeat the name but is one of the measures). Shunde's 'Six One' implementation plan for pre-made Cantonese food (e01:1-2, English) is another policy on the same industry: relevant.")
PREMADE_EN = (P("e01", 1, 2, 3) + P("z05", 1, 2, 3, 4), P("e01", 4) + P("z05", 5),
              "Prepared dishes industry (the English text says 'pre-made Cantonese food'; the query's word 'prepared' occurs only in p02:6's 'TCM prepared pieces', not judged): Shunde's plan for the whole industry chain, its park, fund and federation, and its enterprises and brands (e01:1-3), and Guangdong's 预制菜十条 on the industry (z05:1-4, Chinese). Fish supply for the food (e01:4) and the food-safety standards (z05:5) beside.")
PREMADE_PY = (P("z05", 1, 2, 3, 4, 5) + P("e01", 1, 2, 3), P("e01", 4),
              "yuzhicai = 预制菜 (unspaced, toneless): every paragraph of Guangdong's 预制菜十条 (z05) and Shunde's pre-made Cantonese food industry (e01:1-3, English); e01:4 (the fish raw material) beside.")
PREMADE_FS = (P("e01", 1, 2, 3), P("e01", 4) + P("z05", 1),
              "预制菜 and Foshan: the text never says Foshan (佛山) — only the file name does; Shunde is a district of Foshan, and Shunde's pre-made Cantonese food plan, its chain and enterprises (e01:1-3, English only) answer. The fish supply (e01:4) and Guangdong's provincial ten measures (z05:1, Foshan being in Guangdong) beside.")
FIRSTSTORE_ZH = (P("z03", 1, 2, 3, 4), P("z03", 5),
                 "首店经济 (the text says 首发经济 and 首店, never 首店经济): Fujian's measures for the first-launch economy, their issue and purpose (z03:1-2) and the two first-store grants (z03:3 national and foreign brands' 福建首店, z03:4 local original brands' first stores). The grant for launch and show events (z03:5, 首发首秀, no store) beside.")
FIRSTSTORE_EN = (P("z03", 3, 4), P("z03", 1, 2, 5),
                 "First store incentives: Fujian's up-to-500,000-yuan rewards for brands opening their first store in the province (z03:3) and for local original brands' first stores (z03:4). Chinese only. The measures' issue and purpose and the launch-event grant beside.")
FIRSTSTORE_PY = (P("z03", 1, 2, 3, 4, 5), [],
                 "shoufa jingji = 首发经济 (shoufa also 收发, which the corpus does not have): Fujian's 促进首发经济高质量发展的若干措施, all five paragraphs (issue, purpose, the first-store grants that the purpose names as part of 首发经济, the launch-event grant). Chinese only.")
CANTEEN = (P("z08", 2, 3, 5, 6), P("z08", 7) + P("e03", 3),
           "长者饭堂 (elderly canteens): Guangdong's 长者饭堂, the 人民街 community canteen in Guangzhou (z08:2, 5), the province's 3,705 canteens and 53.3 million meals (z08:3), the 'two meat, one vegetable, one soup' menu and the doctor-approved meals (z08:6). The post-operative meal at the 颐康中心 (z08:7) and Nanjing's elderly having lunch at the community centre (e03:3, English) beside. z08:1 (byline) and z08:4 (subheading) not judged.")
CANTEEN_PY = (CANTEEN[0], CANTEEN[1],
              "zhangzhefantang = 长者饭堂, unspaced and toneless (zhangzhe also 丈着 etc., not in the corpus): the same judgment as 长者饭堂.")
CARE_EN = (P("e03", 1, 2, 4, 5, 6), P("e03", 3) + P("z08", 3, 7),
           "Elderly care centres (British spelling; the text says 'centers'): Jiangsu's 61 comprehensive elderly care centers in communities, the Yuhuatai one's zones, services, monitoring screen, and the province's approach (e03:1-2, 4-6). The resident's quote (e03:3) and Guangdong's elderly canteens and the 颐康中心's meals (z08:3, 7, Chinese) beside.")
CARE_NJ = (P("e03", 2, 3, 4, 5), P("e03", 1, 6),
           "南京 and elderly care: the Saihongqiao centre in Nanjing's Yuhuatai district, its resident, its 1,100 sqm and 29 services, its screen and alarms (e03:2-5, English only). Jiangsu's count of centres and provincial approach (e03:1, 6) beside.")
MARINE_ZH = (P("z04", 2, 4) + P("e10", 1, 2, 3, 4, 5), P("z04", 3, 5) + P("e10", 6, 7, 8),
             "海洋經濟 (traditional characters; the text has simplified 海洋经济): Xiamen's marine output at 30% of GDP and its marine firms (z04:2), marine economy as the 'blue engine' (z04:4); Xiamen's marine output, added value, structure, sci-tech and emerging marine industries (e10:1-5, English). The ocean week (z04:3, e10:8), the marine-tech factory (z04:5), services to startups and loans (e10:6-7) beside. z04:1 (an opening scene) not judged.")
MARINE_EN = (P("e10", 1, 2, 5) + P("z04", 2), P("e10", 3, 4) + P("z04", 4),
             "Marine economy output: Xiamen's total marine output value of 371.1 billion yuan, the added value, the emerging marine industries' output (e10:1, 2, 5) and the marine output's 30% share of GDP (z04:2, Chinese). The sector structure and the sci-tech push (e10:3-4) and the 'blue engine' (z04:4) beside.")
MARINE_XM = (P("z04", 2, 4) + P("e10", 1, 2, 3, 4, 5), P("z04", 3, 5) + P("e10", 6, 7, 8),
             "Xiamen and 海洋经济: every marine paragraph is Xiamen's, in both languages; the same split as 海洋經濟.")
MARINE_PY = (MARINE_ZH[0], MARINE_ZH[1], "haiyang jingji = 海洋经济 (haiyang also 海阳, not in the corpus): the same judgment as 海洋經濟.")
DATA = (P("z12", 3) + P("e06", 1, 2, 3, 4), [],
        "跨境数据流动 (cross-border data flows): 临港's plan to open 数据跨境流动 and develop 跨境数据交易 (z12:3), Beijing's FTZ negative list for cross-border data flows, its rationale, rules and five sectors (e06:1-4, English). z12:1-2 (data as a production factor, Shanghai's digital economy) not judged: no cross-border flow.")
DATA_EN = (DATA[0], DATA[1], "Cross-border data flows: the same judgment as 跨境数据流动 (Beijing's negative list in English, 临港's 数据跨境流动 in Chinese).")
DATA_PY = (DATA[0], DATA[1], "kuajing shuju = 跨境数据: the same judgment as 跨境数据流动.")
LINGANG = (P("z12", 3), P("z12", 1, 2),
           "临港 and data industry: 临港's push to internationalise the data industry, open cross-border data flows and build an international data port (z12:3), the only paragraph naming 临港; the plan's background on data as a production factor and Shanghai's digital-economy targets (z12:1-2) beside. Chinese only.")
CANAL_FREIGHT = (P("z02", 1, 2), P("z02", 3) + P("e04", 1, 2),
                 "Canal freight volumes: the 苏北运河's 3.2 hundred million tonnes of cargo, eleven years over 300 million, the 施桥 lock's throughput (z02:1), its share of the province's transport and its container volume (z02:2). Chinese only for the figures; its mineral and coal shares and network (z02:3), and the Yangtze-Huaihe canal's shipping efficiency and a 1,000-tonne wheat cargo (e04:1-2, English) beside.")
CANAL_ZH = (P("z02", 1, 2, 3), [],
            "苏北运河货运: all three paragraphs of the 苏北运河 item (cargo volume, share and containers, network and bulk cargo).")
CANAL_PY = (P("z02", 1, 2, 3), P("e04", 1, 2, 5),
            "yunhe huoyun = 运河货运 (yunhe also 云和, not in the corpus): the 苏北运河 paragraphs; the Yangtze-Huaihe canal's shipping, its cargo ship and its added shipping lane (e04:1, 2, 5, English) beside.")
YJJH = (P("e04", 1, 4, 5, 6), P("e04", 2, 3),
        "引江济淮 (the project's name; the English text says the Yangtze-Huaihe Grand Canal and never names the water-diversion project): trial operation of the canal, its link between the Yangtze and the Huaihe, its 355 km shipping lane, the section to Chaohu (e04:1, 4-6). The sailor's arrival and his quote (e04:2-3) beside. English only.")
BATTERY = (P("z06", 3), P("z06", 1, 2, 4) + P("e07", 1),
           "储能电池 (storage batteries): the only paragraph naming 储能电池 is z06:3 (the 翔蜂 new-energy park, toward a 动力及储能电池产业集聚区). Changzhou's power-battery industry and new-energy projects (z06:1-2, 4) and the pumped storage plant (e07:1, English: energy storage, not a battery) beside.")
BATTERY_PY = (BATTERY[0], BATTERY[1], "chuneng dianchi = 储能电池 (chuneng also 除能, not in the corpus): the same judgment as 储能电池.")
PUMPED = (P("e07", 1, 3, 4), P("e07", 2),
          "Pumped storage plants: GCL's 2.4 GWh pumped hydro storage plant in Jiande (e07:1), its site and investment (e07:3), its six reversible turbine units and output (e07:4); the EPC contract ceremony (e07:2) beside. English only.")
PUMPED_ZH = (PUMPED[0], PUMPED[1], "抽水蓄能电站 (pumped storage power station): English only, the same judgment as 'pumped storage plants'.")
CARBON = (P("e02", 1, 2, 3, 4, 5), [],
          "Carbon trading pilots: Hubei's carbon trading scheme, the country's sixth (e02:1), its 138 companies and quota (e02:2), trading and reserve sales (e02:3), agreements with other provinces (e02:4), the step toward a national market (e02:5). English only.")
CARBON_ZH = (CARBON[0], CARBON[1], "碳排放权交易 (carbon emission trading): English only, the same judgment as 'carbon trading pilots'.")
CARBON_PY = (CARBON[0], CARBON[1], "tanpaifang jiaoyi = 碳排放交易 (tan also 谈, 探): English only, the same judgment as 'carbon trading pilots'.")
MANGROVE = (P("z10", 4, 5, 6), P("z10", 2, 7),
            "红树林修复 (mangrove restoration): Zhanjiang's 1,707 ha planted and 1,129 ha restored since 2019 (z10:4), the Leizhou and Xuwen demonstration zones (z10:5), the implementation plan with four city firms (z10:6). Zhanjiang's mangrove area and reserve (z10:2) and the firms' planting under way (z10:7) beside. z10:1 (date/source) and z10:3 (subheading) not judged. Chinese only.")
MANGROVE_EN = (MANGROVE[0], MANGROVE[1], "Mangrove restoration: Chinese only, the same judgment as 红树林修复.")
MANGROVE_PY = (MANGROVE[0], MANGROVE[1], "hongshulin xiufu = 红树林修复: the same judgment.")
BIRDS = (P("e08", 4, 5, 6, 7, 8, 9), P("e08", 1, 2, 3),
         "Wetland bird conservation: the Tiaozini wetland as the key node of the East Asia-Australasia flyway (e08:4), the migratory bird sanctuaries' World Natural Heritage listing (e08:5-6), Tiaozini's role in bird conservation (e08:7), the spoon-billed sandpiper (e08:8-9). The flamingo anecdote (e08:1-3) beside. English only; Zhanjiang's mangroves (z10) not judged.")
FISHBAN = (P("z11", 1, 2, 3, 4, 5), [],
           "长江禁鱼 (an IME homophone typo for 长江禁渔): Ma'anshan's enforcement of the Yangtze's ten-year fishing ban, all five paragraphs (the 十年禁渔 lede, patrols, the 刀鲚 crackdown, the first-mover record, enforcement reform). Chinese only.")
FISHBAN_EN = (FISHBAN[0], FISHBAN[1], "Yangtze fishing ban: Chinese only, the same judgment as 长江禁鱼.")
FISHBAN_PY = (FISHBAN[0], FISHBAN[1], "changjiangjinyu = 长江禁渔, unspaced (jinyu also 金鱼, 禁语, 禁鱼; the corpus has only 禁渔): the same judgment.")
FIRE = (P("z09", 1, 2), [],
        "森林防火 (forest fire prevention): Yueqing's notice banning all outdoor fire in forest areas (its purpose, legal basis, time and area, z09:1) and the prohibited acts (z09:2). Chinese only; p04:8's forestry rate and p04:10's forestry awards not judged.")
FIRE_PY = (FIRE[0], FIRE[1], "senlin fanghuo = 森林防火 (fanghuo also 放火, not in the corpus): the same judgment as 森林防火.")
FIRE_EN = (FIRE[0], FIRE[1], "Forest fire prevention: Chinese only, the same judgment as 森林防火.")
GONGFU = (P("z01", 2, 4, 5, 6), P("z01", 3),
          "共富工坊 (common-prosperity workshops): Luoyang town's workshops (z01:2), the 土楼里 workshop (z01:4), the livestream and tea workshops (z01:5), the 16 workshops and 'common-prosperity partners' (z01:6). The order-farming model (z01:3, no workshop named) beside. z01:1 (edition and date line) not judged. Chinese only.")
GONGFU_PY = (GONGFU[0], GONGFU[1], "gongfu gongfang = 共富工坊 (gongfang also 攻防, 工房, not in the corpus): the same judgment as 共富工坊.")
FDI = (P("z07", 1, 2), P("z07", 3, 4, 5),
       "實際使用外資 (traditional characters; the text has 实际使用外资 in z07:2 and 实际利用外资 in z07:1): Jiangsu's actual use of foreign capital, first nationwide, 18.47 billion dollars (z07:1-2). The foreign-invested firms expanding in the 大丰 industrial park and the park's head (z07:3-5) beside. Chinese only.")
FDI_EN = (FDI[0], FDI[1], "foriegn investment inflows (a typo for foreign): Chinese only, the same judgment as 實際使用外資. e12:2's Fortune 500 companies not judged.")
FDI_PY = (FDI[0], FDI[1], "shiji shiyong waizi = 实际使用外资: the same judgment as 實際使用外資.")
HERITAGE_EN = (P("e05", 3, 5, 6, 7, 10), P("e05", 1, 2, 4, 8, 9),
               "Restoring historic neighbourhoods (British spelling; verb form): Fuzhou's program to restore Sanfang Qixiang's ancient mansions (e05:3), owners refurbishing their homes (e05:5), residents of unrestorable buildings relocated (e05:6), the renovation bringing sewage and flush toilets (e05:7), 4.55 billion yuan for resettlement and renovation (e05:10). Xi's preface on protecting historic cities, Sanfang Qixiang's vindication, relocating units and factories, and the tourism that followed (e05:1-2, 4, 8-9) beside. English only.")
SANFANG = (P("e05", 2, 3, 8, 9), P("e05", 1, 4, 5, 6, 7, 10),
           "三坊七巷 (Sanfang Qixiang): English only; the paragraphs naming it or 'the neighborhood' as itself (e05:2, 3, 8, 9: the vindication, the 2007 restoration program, the top tourist attraction, 11.18 million visits); Xi's preface and the relocation, refurbishment, sewage and funding (e05:1, 4-7, 10) beside.")
LOGISTICS = (P("e11", 1, 2, 4, 5, 6), P("e11", 3),
             "中哈物流基地 (short for 中哈(连云港)物流合作基地): English only: the freight train entering the base (e11:1), the China-Kazakhstan (Lianyungang) logistics cooperation base (e11:2), its launch in 2014 as the BRI's first project (e11:4), Lianyungang as the only departure port for Kazakh grain transit (e11:5), 50,000 tonnes of wheat (e11:6). The BRI's 2013 history (e11:3) beside.")
INNOV = (P("e12", 1, 3, 4), P("e09", 3, 4, 7),
         "Innovation platforms (plural): Qinchuangyuan, Shaanxi's innovation platform, in Xixian New Area (e12:1, 3, 4: its launch, role as incubator and accelerator, and its headquarters' results). Binhu's engineering laboratory, its national intelligent transportation test base and its role as an innovation hub (e09:3, 4, 7) beside. p10:3's 'major development platform' not judged.")
EXHAUST = (P("p07", 2, 5, 8, 10), P("p07", 3, 4, 6, 7, 9),
           "Vehicle exhaust emissions (typo 'emmisions'; the Chinese text says 排气污染, not 尾气): Jinan's regulation on motor vehicle exhaust pollution: its purpose (p07:2, 第一条), the environmental departments' supervision (p07:5), planning, public transport and low-emission vehicles (p07:8), emission standards (p07:10). Scope, definition of vehicles, other departments, coordination and awards (p07:3, 4, 6, 7, 9) beside. p07:1 (the Original URL line run into the regulation's title) not judged. Chinese only.")
EXHAUST_ZH = (EXHAUST[0], EXHAUST[1], "机动车尾气 (the text says 机动车排气; 尾气 never occurs): the same judgment as 'vehicle exhaust emmisions'.")
COMPET = (P("p11", 5) + P("p13", 2, 3), P("p11", 6),
          "城市竞争力报告 (city competitiveness report): CASS's 2014 cultural-city competitiveness report, its index and findings (p11:5), the 17th China city competitiveness report's release and its findings (p13:2-3, in traditional characters with pinyin glosses after many characters: 城市競爭力, 報告). The report's essay on culture and cities (p11:6) beside. p11:2-4 (title, subtitle, the centre's name) and p13:1 (crumb run into the headline) not judged.")
COMPET_EN = (P("p11", 5) + P("p13", 2), P("p13", 3) + P("p04", 4),
             "City competitiveness rankings: the 2014 cultural-city competitiveness index and who leads it (p11:5) and the release of the 17th city competitiveness report (p13:2), both Chinese only; the 17th report's findings (p13:3) and Maanshan on the top 100 Chinese cities list (p04:4, English) beside. p14:5's air-quality ranking not judged.")
COMPET_PY = (COMPET[0], COMPET[1], "chengshijingzhengli = 城市竞争力, unspaced: the same judgment as 城市竞争力报告 (p13 in traditional characters).")
HERBS = (P("p02", 1, 2, 3), P("p02", 4, 5, 6),
         "亳州 and herbal medicine: Bozhou as the country's largest TCM production area and trading hub (p02:1), its Chinese Medicinal Herbs Market (p02:2), the market's turnover (p02:3). The market's online sales, its tourist status and the Bozhou-based TCM manufacturer (p02:4-6) beside; the group's academic exchanges (p02:7-8) not judged. English only.")
HUIZHOU = (P("p14", 1, 4, 7), P("p14", 3, 5, 6),
           "Huizhou and 绿色发展 (green development): Huizhou's joint efforts to conserve the environment and grow the economy (p14:1), coordinating environmental protection with growth (p14:4), its polluting pillar industries and its conservation record (p14:7). The editor's note on its environment-friendly development, its air quality and its GDP growth (p14:3, 5, 6) beside. p14:2 (photo caption, 'green petrochemical industry hub') not judged. English only.")
KONGQUE = (P("p05", 2), [],
           "孔雀湖规划: the draft plan for the 环孔雀湖美丽经济发展区 in Kaiping, its background, scope and period (p05:2), the only body paragraph of the disclosure page; p05:1 (the field line with the 公告's title) not judged.")
TRAFFIC = (P("p01", 1), [],
           "Traffic order campaigns (plural): Taizhou's press conference on the 城区交通秩序专项整治行动 (p01:1), the only paragraph. Chinese only; p01:2 (the press office's signature) and p07:8's 改善道路交通环境 not judged.")
QIAOXIANG = (P("p08", 3), P("p05", 2),
             "江门 and qiaoxiang (侨乡, home of overseas Chinese): Jiangmen as the ancestral homeland of overseas Chinese and its 'Capitalization on the Homeland of Overseas Chinese' initiative (p08:3, English); Kaiping (in 江门)'s 侨乡文化 and ecology path (p05:2, one clause) beside. p08:2 (headline run into the time/來源 line) not judged.")
FUNAN = (P("p03", 5, 6), [],
         "阜南县 and gongzuo baogao (工作报告): Funan county's 2024 government work report: its opening (p03:5) and the review of the past year (p03:6). p03:1-4 (thread title, sign-in line, poster profile, post time run into the report's title) not judged.")

J = {
    "q001": PREMADE_ZH, "q002": PREMADE_EN, "q003": PREMADE_PY, "q004": PREMADE_FS,
    "q005": FIRSTSTORE_ZH, "q006": FIRSTSTORE_EN, "q007": FIRSTSTORE_PY, "q008": CANTEEN,
    "q009": CANTEEN_PY, "q010": CARE_EN, "q011": CARE_NJ, "q012": MARINE_ZH, "q013": MARINE_EN,
    "q014": MARINE_XM, "q015": DATA_PY, "q016": MARINE_PY, "q017": DATA, "q018": CANAL_FREIGHT,
    "q019": DATA_EN, "q020": LINGANG, "q021": BATTERY, "q022": CANAL_ZH, "q023": CANAL_PY,
    "q024": CARBON, "q025": YJJH, "q026": PUMPED, "q027": MANGROVE_EN, "q028": PUMPED_ZH,
    "q029": BATTERY_PY, "q030": FISHBAN, "q031": CARBON_ZH, "q032": CARBON_PY, "q033": FIRE,
    "q034": MANGROVE, "q035": MANGROVE_PY, "q036": GONGFU_PY, "q037": BIRDS, "q038": FISHBAN_EN,
    "q039": FDI_PY, "q040": FISHBAN_PY, "q041": FIRE_PY, "q042": HERITAGE_EN, "q043": FIRE_EN,
    "q044": GONGFU, "q045": LOGISTICS, "q046": FDI, "q047": FDI_EN, "q048": EXHAUST,
    "q049": SANFANG, "q050": INNOV, "q051": COMPET, "q052": EXHAUST_ZH, "q053": HERBS,
    "q054": HUIZHOU, "q055": COMPET_EN, "q056": COMPET_PY, "q057": KONGQUE, "q058": TRAFFIC,
    "q059": QIAOXIANG, "q060": FUNAN,
}
