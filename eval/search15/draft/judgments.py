"""Judgments made by reading the paragraphs (kb measures output of an index of the four corpora
real/zh16, real/en16, meta17/heldout and meta18/heldout: all 286 paragraphs read once, then grepped
by subject words and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (the meta17 and meta18 files share the numbers h01...h14, so the
prefix carries a word of the name: h01_suzhou, h01_dongguan) and its number; build.py resolves the
prefix. Heading-only, label-only and page-furniture measures (supplied titles such as z06:1, z07:1,
z12:1, "Latest News:", breadcrumbs, photo captions, the shine.cn menu h08_hengqin:9-19, "相关推荐")
are not judged; passing mentions are not judged."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


DRONE_ROUTES = (P("z01_shiyan", 5), P("z01_shiyan", 3, 4),
                "Drone routes: Shiyan's low-altitude plan opens 100+ drone routes (100条以上无人机航线) and 2-3 general-aviation routes; the plan's overall 2026 target and industrial-chain target beside. Chinese only.")
LOWALT = (P("z01_shiyan", 2, 3, 4, 5), P("z01_shiyan", 1),
          "Low-altitude economy (低空经济): Shiyan's implementation plan, its guiding thought, targets and application scenes; the plan's basis (drone flight regulation, general aviation) beside. Chinese only.")
DATAELEM = (P("z02_yancheng", 2, 3, 4), P("z02_yancheng", 1) + P("e05_guiyang", 1),
            "Data elements (数据要素): Yancheng's pilot plan on data institutions (数据产权, 流通交易, 数据资产登记, 公共数据授权运营); the notice's transmittal line and Guiyang's government data sharing regulation (English) beside.")
DATASHARE = (P("e05_guiyang", 1, 2, 3, 4), P("z02_yancheng", 4),
             "Government data sharing and opening: Guiyang's regulation and its sharing and opening platforms (English); Yancheng's plan with 公共数据授权运营 and 共享治理 standards beside.")
DATASHARE_GY = (P("e05_guiyang", 1, 2, 3, 4), [],
                "Guiyang's regulation on government data sharing and opening (数据共享) and its platforms; English only.")
RELICS = (P("z03_chengdu", 1, 2, 3, 4), P("z03_chengdu", 5, 6),
          "Cultural relics protection (文物保护): Chengdu's regulation, its purpose, responsible departments and committee; the articles on museums built from collections beside. Chinese only.")
CLEARANCE = (P("z04_customs", 3, 4, 5), P("z04_customs", 1, 2) + P("e07_hainan", 1, 6),
             "Customs clearance facilitation (通关便利化, 简化通关流程, 单一窗口, 无感通关): the customs press conference (Chinese); its trade figures and scene, and Hainan's island-wide customs operation and no extra documents after closure (English) beside.")
MEDIA = (P("h13_nanjing", 1, 2, 4, 5), P("h13_nanjing", 3, 6) + P("h07_jiading", 6, 8),
         "Media alliance (媒体联盟): the Nanjing metropolitan all-media alliance's news campaign; the metropolitan plan behind it, the reporters' tour, and the Jiading-Kunshan-Taicang media centres' joint interview campaign (not an alliance) beside. Chinese only.")
AUTOTERM = (P("z05_ningbo", 3) + P("e04_qingdao", 1, 2, 4, 6), P("z05_ningbo", 2) + P("e04_qingdao", 3, 5),
            "Automated container terminals: Qingdao's fully automated terminal (English) and Meishan's automated yard cranes and driverless trucks (Chinese, 自动化龙门吊, 无人驾驶集装箱卡车); the smart berthing scene, Qingdao's build time and its hydrogen/lithium energy source beside.")
SMARTTERM = (P("z05_ningbo", 2, 3) + P("e04_qingdao", 1, 2, 4, 6), P("z05_ningbo", 1) + P("e04_qingdao", 3, 5),
             "Smart terminal (智慧码头): Ningbo-Zhoushan's Meishan smart operation (智能化操演, 智慧大脑) and Qingdao's automated terminal with AI, big data and 5G (English); Ningbo-Zhoushan's throughput lead and Qingdao's build time and energy source beside.")
RURALEC = (P("z06_hebei", 2, 3), [],
           "Rural e-commerce (电子商务进农村, 农村电商): Hebei's demonstration counties; Chinese only (z06:1 is the supplied title, not judged).")
GOVOPEN = (P("h01_suzhou", 1, 2), [],
           "Government information disclosure annual report (政府信息公开工作年度报告, 政务公开): Suzhou 2018; the query's 政务公开年报 is a shortening. Chinese only.")
MEALS = (P("e03_rural", 1, 2, 4, 5) + P("z07_longshan", 2, 3), P("e03_rural", 3, 6),
         "School meals for rural students (营养改善计划, 营养餐): the national nutrition improvement programme (English) and Longshan county's start (Chinese); students' health and the infants' packages beside.")
AIR = (P("z09_city", 1, 3), P("z09_city", 2) + P("h05_hubei", 1, 3),
       "Air pollution control (大气污染防治, PM2.5, 重污染天气): the city's joint meeting; its good-air days and Hubei's monthly water and air quality report at a press conference beside. The text never says 雾霾. Wuhan's air pollution as the hydrogen plan's background (e01:2) is a passing mention, not judged. 'polution' is a typo; answered only in Chinese.")
TRAIL = (P("z10_city", 1, 2, 3), [],
         "The city's first health trail (健康步道) in its sports park (城市运动公园); the queries' 健身步道 and 体育公园 are not the text's words. Chinese only.")
MINES = (P("z11_ninghai", 1, 2, 3), [],
         "Ecological restoration of Ninghai's 32 abandoned mines (废弃矿山, 生态修复, 自然复绿); Chinese only.")
SEEDS = (P("z12_liaoning", 2, 3, 4), [],
         "Liaoning's seed industry innovation institute (种业创新研究院): its unveiling, molecular breeding (分子生物育种) laboratory and germplasm innovation project; Chinese only (z12:1 is the supplied title).")
H2_STATIONS = (P("e01_wuhan", 1, 3, 5), P("e01_wuhan", 2, 4, 6),
               "Wuhan's hydrogen refuelling stations (20 by 2020, 100 by 2025); the plan's background, hydrogen car industrial area and financial impact beside. English only ('hydroge stations' as in the copy).")
H2_WUHAN = (P("e01_wuhan", 1, 3, 4, 5), P("e01_wuhan", 2, 6),
            "Wuhan's hydrogen city plan (氢能): stations, technologies, car makers' industrial area, 2025 aims; background and financial impact beside. English only.")
RIVERCHIEF = (P("e02_river", 1, 2, 3, 4, 5, 6), [],
              "The river chief system (河长制) made nationwide: chiefs appointed, its origin at Taihu, the order and the chiefs' duties; English only.")
RAREEARTH = (P("e06_baotou", 1, 2), P("e06_baotou", 3, 4),
             "Baotou Rare-Earth Hi-tech Zone (稀土) and its rare-earth firms; the zone's high-tech firms, patents and output beside. English only.")
HAINAN = (P("e07_hainan", 2, 3, 4, 5), P("e07_hainan", 1, 6),
          "Hainan Free Trade Port's zero-tariff goods (零关税) after island-wide customs closure: tariff lines, negative list, beneficiaries; the launch date and travel without extra documents beside. English only.")
ZEROTARIFF = (P("e07_hainan", 2, 3, 4, 5), P("e07_hainan", 1),
              "Zero tariffs: Hainan Free Trade Port's zero-tariff lines, negative list and beneficiaries; the independent customs operation's launch beside. English only.")
FISHBAN = (P("e08_yangtze", 3, 4, 5, 6), P("e08_yangtze", 1),
           "The Yangtze ten-year fishing ban (长江禁渔, 禁捕) and its fishermen; the former fisherman's patrol scene beside. English only (the 'not much trash' quote e08:2 is not judged).")
FISHERMEN = (P("e08_yangtze", 1, 3, 6), P("e08_yangtze", 4, 5),
             "Fishermen who lost their living to the Yangtze fishing ban: a former fisherman now patrolling, his farewell to the old job, the ministry's social security, support and training; the ban itself beside. English only.")
SZHITECH = (P("e09_shenzhen", 1, 2, 5, 6), P("e09_shenzhen", 3, 4),
            "Shenzhen SEZ's high-tech industrial park (深圳高新区) regulation in machine translation: purpose, definition, goal and focus; management and scope beside. English only.")
LITHIUM = (P("e10_guanghua", 1, 2), P("e10_guanghua", 3),
           "Guanghua Sci-Tech's lithium battery (锂电池) materials plant in Dazhou's high-tech park; the agreement with the park beside. English only; 'batery' is a typo. Qingdao's port energy source with lithium battery packs (e04:5) is not a plant, not judged.")
KEYLABS = (P("e11_sichuan", 1, 3, 4), P("e11_sichuan", 2) + P("z12_liaoning", 3),
           "New key laboratories (重点实验室): Sichuan-Chongqing's eight new joint labs (English); their evaluation and Liaoning's institute building a molecular breeding key laboratory (Chinese) beside. The Songshan Lake materials lab visited in Dongguan is a passing mention.")
CREDIT = (P("h03_shenyang", 1, 5, 6), [],
          "Shenyang's draft social credit regulation (社会信用条例草案): the consultation notice and its first two articles; the mailing address, website and signature lines and the 总则 heading are not judged. Chinese only.")
HKYOUTH = (P("h04_shenzhen", 1, 8) + P("h02_qianhai", 2, 4), P("h02_qianhai", 3) + P("h04_shenzhen", 7, 9, 10),
           "Young entrepreneurs from Hong Kong (and Macao, Taiwan) in Qianhai: the youth innovation hub and the Guangdong-Hong Kong-Macao-Taiwan youth competition; a young director's story and startups' views on Qianhai beside. English only.")
QIANHAI = (P("h02_qianhai", 2, 4) + P("h04_shenzhen", 7, 8), P("h02_qianhai", 3) + P("h04_shenzhen", 1, 9, 10),
           "Qianhai (前海): its youth innovation competition and youth innovation and entrepreneur hub; the hub's lead (not naming Qianhai) and startups' stories beside. English only.")
HENGQIN = (P("h08_hengqin", 1, 2, 4, 6, 7, 8), P("h08_hengqin", 3, 5) + P("h13_zhuhai", 1),
           "The Guangdong-Macau in-depth cooperation zone in Hengqin (横琴): the plan, area, position and 2035 goal (English); the plan's issue, Hengqin's location and the Zhuhai paper's caption on the Hengqin free-trade area (Chinese) beside. h08:1 and h08:2 are the same sentence, so neither can get a unique snippet (dropped by build.py); the site menu (h08:9-19) is not judged.")
YRDZONE = (P("h09_yrd", 1, 2), P("h07_jiading", 2),
           "The Yangtze River Delta eco-green integration demonstration zone (长三角生态绿色一体化发展示范区) and its 17 support measures; Jiading-Kunshan-Taicang's innovation circle meant as a demonstration zone of delta integration beside. Related-news lists are not judged.")
GBA_SURVEY = (P("h08_gba", 2, 3, 4, 5) + P("h14_gba", 4, 6, 7), P("h08_gba", 1),
              "Surveys of the Greater Bay Area (大湾区): the KPMG/HSBC/HKGCC business survey and Our Hong Kong Foundation's survey of Hongkongers; the press release's headline line beside. English only (h14's flipbook and download lines and figure note are not judged).")
GBA = (P("h08_gba", 2, 3, 5) + P("h14_gba", 4, 6, 7) + P("h11_dongguan", 1, 3) + P("h06_gba", 2),
       P("h08_gba", 4) + P("h08_hengqin", 7) + P("h11_dongguan", 2) + P("h04_shenzhen", 7) + P("h10_bay", 1),
       "The Greater Bay Area (大湾区, GBA): the business survey, the Hongkongers' survey, Dongguan's part in building the bay area (Chinese) and the GBA culture and tourism plan; the survey's method, Hengqin as a GBA high ground, the media tour's cities, Qianhai as the GBA's core and the Bay to Bay report's title paragraph beside. Photo captions (h06:1, 3) are not judged.")
SIGNS = (P("h02_guangzhou", 3, 6), [],
         "Guangzhou's regulation on foreign language signs in public places (外语标识): adoption, promulgation and the province's approval; English only (breadcrumb, title and adoption-date lines not judged).")
GEOHAZ = (P("h05_foshan", 4, 5, 6, 7), P("h05_foshan", 2),
          "Gaoming district's emergency plan for sudden geological disasters (突發地質災害應急預案, in traditional characters: the simplified query's characters are not in the text): purpose, basis, scope and grades; the issuing notice beside. The notice title line (h05:1) and the plan's title line (h05:3) are not judged. Chinese only.")
WENZHOU = (P("h04_wenzhou", 2, 3, 4, 5, 6, 9, 11) + P("h14_wenzhou", 1), P("h04_wenzhou", 7, 8, 10),
           "Wenzhou's businessmen (温州商人): the global conference of Wenzhou businessmen, returned businessmen investing, the Dubai chamber's president, and CGTN on the city's merchants; the conference's projects, deals and the trade centre's size beside. English only.")
NINGBO_HIST = (P("h11_ningbo", 1) + P("h16_ningbo", 9), P("h16_ningbo", 5, 10) + P("z05_ningbo", 1),
               "Ningbo port's history: from 11 small wharves taken over in 1949 to the world's largest (Chinese), and the 2005 merger into Ningbo-Zhoushan Port (English); the 2006 plan to be third largest, the reason for the merger and the port's 15-year lead beside.")
NINGBO_PORT = (P("h11_ningbo", 1) + P("h16_ningbo", 5, 8, 9) + P("z05_ningbo", 1),
               P("z05_ningbo", 2, 3) + P("h16_ningbo", 6, 10, 11) + P("h12_ningbo", 1, 5) + P("h03_jinhua", 8),
               "Ningbo port (宁波港, 宁波舟山港): its history, the 2006 capacity plan, the merger and its world lead in throughput; the Meishan smart terminal, the trade market, Beilun's port-led free trade zone and Jinhua's dry port working with Ningbo-Zhoushan beside.")
NANTONG = (P("h07_nantong", 1, 2) + P("h15_nantong", 1, 2, 3), [],
           "Nantong linking up with Shanghai (对接上海): Shanghai's north gate, firms and goods through Shanghai, the Shanghai-Nantong railway and seamless coordination; the query's 对接 is only near the text's 无缝对接.")
YIXINOU = (P("h03_jinhua", 8) + P("h12_yiwu", 3, 5), P("h12_yiwu", 4),
           "The Yiwu-Xinjiang-Europe freight trains (义新欧 中欧班列, China Railway Express): Jinhua's 22 lines (Chinese) and the Silk Railroad documentary on the CRE with Yiwu as an original station (English); the episode's visit to Yiwu Railway Port beside.")

J = {
    "q001": DRONE_ROUTES, "q002": LOWALT, "q003": LOWALT, "q004": DATAELEM, "q005": DATASHARE,
    "q006": DATASHARE_GY, "q007": RELICS, "q008": RELICS, "q009": CLEARANCE, "q010": CLEARANCE,
    "q011": MEDIA, "q012": AUTOTERM, "q013": AUTOTERM, "q014": SMARTTERM, "q015": RURALEC,
    "q016": RURALEC, "q017": GOVOPEN, "q018": MEALS, "q019": MEALS, "q020": AIR,
    "q021": AIR, "q022": TRAIL, "q023": TRAIL, "q024": MINES, "q025": MINES,
    "q026": SEEDS, "q027": SEEDS, "q028": H2_STATIONS, "q029": H2_WUHAN, "q030": RIVERCHIEF,
    "q031": RIVERCHIEF, "q032": RIVERCHIEF, "q033": RAREEARTH, "q034": RAREEARTH, "q035": HAINAN,
    "q036": ZEROTARIFF, "q037": FISHBAN, "q038": FISHERMEN, "q039": SZHITECH, "q040": LITHIUM,
    "q041": LITHIUM, "q042": KEYLABS, "q043": KEYLABS, "q044": CREDIT, "q045": CREDIT,
    "q046": HKYOUTH, "q047": QIANHAI, "q048": HENGQIN, "q049": YRDZONE, "q050": GBA_SURVEY,
    "q051": GBA, "q052": SIGNS, "q053": GEOHAZ, "q054": GEOHAZ, "q055": WENZHOU,
    "q056": WENZHOU, "q057": NINGBO_HIST, "q058": NINGBO_PORT, "q059": NANTONG, "q060": YIXINOU,
}
