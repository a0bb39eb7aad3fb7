"""Judgments made by reading the paragraphs (kb measures output of an index of the nine corpora:
all 504 paragraphs read once, then grepped by subject words and synonyms in both languages and the
paragraphs around each hit read again): qid -> (highly relevant, relevant, note). A paragraph is
named by its document's file-name prefix (unique in the corpus) and its number; build.py resolves
the prefix. The two c08_zhejiang documents are told apart as c08_zhejiang_agri (farm stays) and
c08_zhejiang_key (key laboratories)."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


WAGES_ZH = (P("c02_city", 1, 2, 4), P("c02_city", 3) + P("e04_guangdong", 2),
            "Wage arrears of migrant workers: the city's winter campaign to clear them (根治欠薪, 拖欠农民工工资); the query's 讨薪 (claiming unpaid pay) is not the text's word. Guangdong's wage-payment regulation (purpose article) beside.")
WAGES_EN = (P("c02_city", 1, 2, 4), P("c02_city", 3) + P("e04_guangdong", 2),
            "Unpaid wages (欠薪, 拖欠农民工工资): answered only by the Chinese winter campaign; Guangdong's regulation on the payment of wages (purpose article) beside.")
MINWAGE = (P("e02_qinghai", 1, 2, 3, 4), P("e02_qinghai", 5, 6) + P("e04_guangdong", 5),
           "Minimum wage rises: Qinghai's 28.8 percent rise and the other provinces that raised theirs; the highest levels (Shanghai, Beijing) and Guangdong's article on setting the standard beside; 'minimun' is a typo. English only.")
MINWAGE_QH = (P("e02_qinghai", 1, 2), P("e02_qinghai", 3, 4, 5, 6),
              "Qinghai's minimum wage (最低工资) rise, English only; the other provinces' rises and levels beside.")
ROOFTOP = (P("c03_nea", 1, 2, 3), [],
           "Whole-county rooftop distributed PV pilots (屋顶分布式光伏); Chinese only. Jiangsu's offshore solar plan is not rooftop and is left out.")
SOLAR = (P("c03_nea", 1, 2, 3) + P("e05_jiangsu", 1, 2, 3), P("e05_jiangsu", 4, 5, 6),
         "Solar power / photovoltaics (光伏): rooftop PV pilots (Chinese) and Jiangsu's offshore solar plan and projects (English); the plan's grid, storage and private-capital paragraphs beside.")
NIGHT = (P("c04_hubei", 2, 3), P("c04_hubei", 1),
         "Night-time culture and tourism consumption (夜间文化和旅游消费, 夜游): Hubei's measures; the text never says 夜经济. Chinese only.")
TYPHOON = (P("c11_wenzhou", 6), P("c11_wenzhou", 1, 2, 3, 4, 5),
           "Moving people out before typhoon Dujuan in Wenzhou (全市已转移人员18425名); the rest of the city's typhoon preparations beside. Chinese only.")
SMELOANS = (P("c05_yancheng", 3, 4), P("c05_yancheng", 2, 5) + P("c06_hanbin", 8),
            "Loans to small and micro firms (小微企业融资, 普惠型小微企业贷款): Yancheng's measures; interest subsidies on manufacturing loans, the notice line and Hanbin's bank-firm matchmaking (税银贷) beside. Chinese only.")
CBEC_ZONES = (P("c06_mofcom", 1, 2, 3, 4, 6), P("c06_mofcom", 5),
              "Cross-border e-commerce comprehensive pilot zones (跨境电商综试区) and the choice of new cities; Hangzhou's exports beside.")
CBEC = (P("c06_mofcom", 1, 2, 3, 4), P("c06_mofcom", 5, 6),
        "Cross-border e-commerce (跨境电商, 跨境电子商务) pilot zones; Chinese only.")
LIVESTREAM = (P("e03_livestreaming", 1, 2, 3, 4), P("e03_livestreaming", 5, 6) + P("c08_guan", 1),
              "Selling farm produce by livestreaming (Taobao shows); rural e-commerce networks and Gu'an's 直播农业 (in a review paragraph) beside.")
DOUBLESINK = (P("c09_zhejiang", 2, 3, 5), P("c09_zhejiang", 4) + P("e09_poor", 1),
              "Zhejiang's 双下沉、两提升 (city hospitals and doctors sent down to county hospitals); the daily doctors' bus to Tonglu and the national plan for top hospitals helping county hospitals in poor areas (English) beside.")
DOCTORS_DOWN = (P("c09_zhejiang", 2, 4, 5), P("c09_zhejiang", 3) + P("e09_poor", 1) + P("c08_guan", 2),
                "Doctors sent down to county and grassroots hospitals: the text says 双下沉 and 名医专家沉到地方, never 医生下沉; the English national plan (top hospitals help county hospitals, a GP per township) and Gu'an's visiting Beijing specialists beside.")
COUNTYHOSP = (P("e09_poor", 1) + P("c09_zhejiang", 4, 5), P("c09_zhejiang", 2, 3) + P("c08_guan", 2),
              "County hospitals and their doctors: the national standards for county and township hospitals in poor areas (English), Tonglu county hospital taken over by a city hospital and staffed by its doctors (Chinese); 双下沉 and Gu'an's county medical figures beside.")
ZEROWASTE = (P("c10_xingtai", 1, 2, 3, 4, 5), P("e08_zhejiang", 1),
             "Zero-waste city (无废城市) work plan of Xingtai; Zhejiang's regulation restraining single-use items to reduce waste beside (English).")
SORTING = (P("e10_guangzhou", 1, 5, 6), P("e10_guangzhou", 3, 4),
           "Household garbage classification in Guangzhou (compulsory waste classification, colour-coded dustbins); the timetable's information steps beside. English only; the timetable's lead-in line is not judged.")
HSR = (P("c12_hangzhou", 1, 2, 3, 4), [],
       "The Hangzhou-Taizhou high-speed railway (杭台高铁) opening; Chinese only.")
PORTS = (P("c01_ports", 1, 2, 3, 4), [],
         "Port container throughput and foreign-trade containers (港口, 集装箱吞吐量); Chinese only.")
CIIE = (P("c05_ciie", 1, 2, 3, 4), [],
        "The second China International Import Expo (进博会); Chinese only.")
FAIRS = (P("c05_ciie", 1, 2, 3) + P("e07_guangzhou", 2, 3, 4, 6) + P("c07_overseas", 2, 3, 4, 5),
         P("c05_ciie", 4) + P("e07_guangzhou", 1, 5) + P("e01_keqiao", 1) + P("e05_yunnan", 2),
         "Trade fairs: the import expo (进博会), the Canton Fair, the overseas Chinese industry fair (侨交会); the expo's side events, the Canton Fair event's setting, the world textile conference in Keqiao and the China-South Asia Expo beside.")
CHIPAID = (P("c02_chengdu", 1, 3, 4, 5) + P("e02_shanghai", 1, 2, 3), P("c02_chengdu", 2),
           "Support for the chip industry: Chengdu's subsidies for integrated circuit (集成电路) tape-out, projects and platforms, and Shanghai's IC and software policies (English); the text says 集成电路, not 芯片 (except Shanghai's 'chip tapeout'). Chengdu's industry overview beside.")
CHIPPLANT = (P("e02_wuxi", 1, 2, 3, 4) + P("e10_jiangsu", 6), P("e02_wuxi", 5, 6) + P("c02_chengdu", 3, 4),
             "Semiconductor plants: Huahong's Wuxi IC manufacturing centre and its investment; the plant's opening ceremony and Chengdu's support for IC manufacturing projects and wafer lines beside; 'semicondutor' is a typo. The text says IC / integrated circuit.")
IC_SH = (P("e02_shanghai", 1, 2, 3), P("e02_wuxi", 1, 3),
         "Shanghai's integrated circuit (集成电路) policies (English); Shanghai-based Huahong's plant in Wuxi beside.")
EDWC = (P("c03_east", 1, 2, 3, 4, 5) + P("e05_guiyang", 5), P("e05_guiyang", 1, 2, 3, 4),
        "东数西算 (computing from east to west, national computing hubs); Guizhou named as one of the eight hubs in English; the data centres built in Guian beside.")
DATACENTRES = (P("c03_east", 1, 2, 3, 4, 5) + P("e05_guiyang", 1, 2, 3, 4, 5), P("e04_shenzhen", 4, 5),
               "Data centres (数据中心, data centers): the national clusters of 东数西算 and Guian's data centres; Shenzhen's computing-power platform beside.")
FARMSTAY = (P("c08_zhejiang_agri", 1, 2, 3), P("c08_zhejiang_agri", 4, 5) + P("e08_zhejiang", 3),
            "Farm stays (农家乐) in Zhejiang; rural leisure tourism beside, and the single-use rule reaching 'rural family inns' (English).")
ELDERCENTRE = (P("c09_shanghai", 1), P("c09_shanghai", 2) + P("c02_shangzhi", 3, 4) + P("c08_guan", 2) + P("e03_shanghai", 1, 2, 4, 5, 6),
               "An elderly service centre (综合为老服务中心) opening in Jinshan; the text says 为老服务中心, not 养老服务中心. Elderly care systems and institutions (Shangzhi), Gu'an's day-care stations and canteens, Shanghai's senior care network (English) beside.")
ELDER_SH = (P("e03_shanghai", 1, 2, 4, 5, 6) + P("c09_shanghai", 1), P("e03_shanghai", 3, 7) + P("c09_shanghai", 2),
            "Elderly care in Shanghai: the senior care network, beds and canteens (English) and Jinshan's new elderly service centre (Chinese).")
NURSERY = (P("c02_shangzhi", 5), P("c02_shangzhi", 2, 3, 4) + P("c01_hangzhou", 8, 10),
           "Childcare for infants (托育服务机构, 婴幼儿照护, 托位); the text never says 托儿所. The 养老托育 plan's other lines and Hangzhou's early education for the under-threes beside.")
NURSINGHOMES = (P("c02_shangzhi", 4) + P("e03_shanghai", 4), P("c02_shangzhi", 3) + P("e03_shanghai", 1, 2) + P("c09_shanghai", 1),
                "Nursing homes: elderly care institutions and their nursing beds (养老机构, 护理型床位; 'senior care facilities' beds in Shanghai); the text never says 'nursing home'. Care systems and Jinshan's day centre beside.")
BLACKWATER = (P("c12_anhui", 1, 2, 3, 4), P("c12_anhui", 5),
              "Black and odorous urban water bodies (黑臭水体) fixed in Anhui; surface water quality beside. Chinese only.")
LAKES = (P("e06_jiangsu", 1, 4, 5), P("e06_jiangsu", 2, 3, 6) + P("c12_anhui", 2, 4),
         "Cleaning up Taihu Lake after the algae outbreak (English); Anhui's remediation of black and odorous water bodies beside.")
WATERREG = (P("c04_jiangsu", 1, 2, 4, 5, 6), P("c04_jiangsu", 3),
            "Jiangsu's water pollution prevention regulation (江苏省水污染防治条例), its opening articles; the sea-pollution exclusion beside.")
DISABLED_JOBS = (P("c02_disabled", 1, 2, 3, 4, 5), P("e09_huangpu", 1),
                 "Jobs for disabled people (残疾人就业) on national Help the Disabled Day; Huangpu's support measures (English) beside.")
DISABLED_EN = (P("e09_huangpu", 1, 2) + P("c02_disabled", 1, 4), P("e09_huangpu", 3) + P("c02_disabled", 2, 3, 5),
               "Support for disabled people: Huangpu's measures (English) and the support for their employment (Chinese).")
UHV_HYDRO = (P("c05_wudongde", 1, 2, 3, 4) + P("e07_wudongde", 1, 2, 5), P("e07_wudongde", 3, 4, 6),
             "The Wudongde hydropower station's ±800 kV UHV DC line (特高压) to Guangdong and Guangxi, in both languages.")
TRANSMISSION = (P("c05_wudongde", 1, 2, 3) + P("e07_wudongde", 1, 2, 6) + P("e05_jiangsu", 4),
                P("c05_wudongde", 4) + P("e07_wudongde", 3, 4, 5) + P("c08_guan", 1),
                "Power transmission lines: the Wudongde UHV DC line (输电线路, both languages) and Jiangsu's high-voltage lines for offshore solar; Gu'an's rural power lines (in a review paragraph) beside.")
UHV = (P("c05_wudongde", 1, 3) + P("e07_wudongde", 1, 5), P("c05_wudongde", 2, 4) + P("e07_wudongde", 2, 6),
       "特高压 (ultra-high voltage): the Wudongde UHV DC line, in both languages.")
WILDLIFE = (P("c10_shaanxi", 1, 2, 3, 5) + P("c06_national", 3) + P("e12_yunnan", 2, 5),
            P("c10_shaanxi", 4, 6) + P("c06_national", 1, 2) + P("e12_yunnan", 1, 3, 4),
            "Wildlife protection (野生动物保护): Shaanxi's implementing measures of the wildlife law, infrared cameras in nature reserves, Yunnan's protected Asian elephants (English).")
ELEPHANTS = (P("e12_yunnan", 1, 2, 4, 5), P("e12_yunnan", 3),
             "Yunnan's wild Asian elephants, their numbers and protection; English only.")
NOISE = (P("c05_zhuhai", 1, 2, 3), P("c05_zhuhai", 4, 5),
         "Noise pollution (噪声污染) action plan of Zhuhai; the text never says 噪音 or 扰民. Chinese only.")
SOIL = (P("c01_feicheng", 2, 3, 4, 5, 6), P("c01_feicheng", 1),
        "Soil pollution prevention (土壤污染防治) work plan of Feicheng; Chinese only.")
ROBOTS = (P("c06_guangdong", 1, 2), P("c06_guangdong", 3) + P("c07_overseas", 4),
          "Guangdong's robot industry (机器人产业) action plan; intelligent-robot deals at the overseas Chinese fair beside. Chinese only.")
SHIPS = (P("c09_jiangsu", 1, 2, 3) + P("e02_jingjiang", 1, 2, 3, 4, 5), [],
         "Shipbuilding (船舶工业, 造船完工量): Jiangsu's first eleven months (Chinese) and Jingjiang's shipbuilders (English); the text never says 造船业.")
SHIPS_JJ = (P("e02_jingjiang", 1, 2, 3, 4, 5), P("c09_jiangsu", 1, 2, 3),
            "Jingjiang's shipbuilding (English); Jiangsu's shipbuilding figures (Chinese) beside.")
FDI = (P("c04_fujian", 1, 2, 3, 4, 5) + P("e10_jiangsu", 1, 2, 3, 4, 5), P("e10_jiangsu", 6) + P("c06_hanbin", 7),
       "Foreign investment used (实际使用外资, foreign capital): Fujian's and Jiangsu's first-half figures; Huahong's added investment and Hanbin's investment drive (招商引资, 外资) beside.")
FDI_JS = (P("e10_jiangsu", 1, 2, 3, 4, 5), P("e10_jiangsu", 6),
          "Jiangsu's use of foreign capital (外资) in the first half of 2018; English only.")
SINKS = (P("e10_guizhou", 1, 2, 3, 4, 5), [],
         "Carbon sinks (碳汇): Guizhou's forests fixing carbon and forest carbon sinks to be traded; English only.")
GASPIPE = (P("c04_xianning", 1, 2, 3) + P("e08_west", 1, 2, 3), P("c04_xianning", 4, 5) + P("e08_west", 4, 5, 6),
           "Natural gas (天然气) pipelines: Xianning's long-distance line for three counties (Chinese) and the west-east pipeline (English).")
QUOTAS = (P("e06_guangdong", 1, 2, 3, 4, 5), P("e06_guangdong", 6) + P("e10_guizhou", 4),
          "Guangdong allotting carbon emission quotas and their trading; the other carbon markets and carbon sinks' offsets in the emissions trading scheme beside. English only.")
WATERDIV = (P("c09_south", 1, 2, 3, 4), [],
            "The middle route of the South-North Water Diversion (南水北调中线); Chinese only (the 东数西算 item's passing comparison is not judged).")
AIRPASS = (P("c03_tianjin", 1, 2) + P("e01_wuhan", 2, 6), P("c03_tianjin", 3, 4) + P("e01_wuhan", 1, 4, 5),
           "Airport passengers (机场旅客吞吐量): Tianjin's record (Chinese) and Wuhan Tianhe's passenger figures (English); routes and the new terminal beside.")

J = {
    "q001": WAGES_ZH, "q002": WAGES_EN, "q003": MINWAGE, "q004": MINWAGE_QH, "q005": ROOFTOP,
    "q006": SOLAR, "q007": SOLAR, "q008": NIGHT, "q009": NIGHT, "q010": TYPHOON,
    "q011": SMELOANS, "q012": CBEC_ZONES, "q013": CBEC, "q014": LIVESTREAM, "q015": DOUBLESINK,
    "q016": DOCTORS_DOWN, "q017": COUNTYHOSP, "q018": ZEROWASTE, "q019": SORTING, "q020": SORTING,
    "q021": HSR, "q022": HSR, "q023": PORTS, "q024": CIIE, "q025": FAIRS,
    "q026": CHIPAID, "q027": CHIPPLANT, "q028": IC_SH, "q029": EDWC, "q030": DATACENTRES,
    "q031": DATACENTRES, "q032": FARMSTAY, "q033": ELDERCENTRE, "q034": ELDER_SH, "q035": NURSERY,
    "q036": NURSINGHOMES, "q037": BLACKWATER, "q038": LAKES, "q039": WATERREG, "q040": DISABLED_JOBS,
    "q041": DISABLED_EN, "q042": UHV_HYDRO, "q043": TRANSMISSION, "q044": UHV, "q045": WILDLIFE,
    "q046": ELEPHANTS, "q047": WILDLIFE, "q048": NOISE, "q049": SOIL, "q050": ROBOTS,
    "q051": ROBOTS, "q052": SHIPS, "q053": SHIPS_JJ, "q054": FDI, "q055": FDI_JS,
    "q056": SINKS, "q057": GASPIPE, "q058": QUOTAS, "q059": WATERDIV, "q060": AIRPASS,
}
