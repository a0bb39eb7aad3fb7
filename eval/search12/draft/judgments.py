"""Judgments made by reading the paragraphs (kb measures output of an index of the four corpora,
grepped by subject words and synonyms in both languages, the paragraphs around each hit read):
qid -> (highly relevant, relevant, note). A paragraph is named by its document's file-name prefix
(unique in the corpus) and its number; build.py resolves the prefix."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


WAGES = (P("z01_huaan", 1, 2), [], "Unpaid wages of migrant workers: Hua'an county's campaign before Spring Festival (拖欠农民工工资, 根治欠薪).")
SORTING = (P("e07_hangzhou", 3, 4) + P("e08_shenzhen", 2) + P("z28_ningbo", 5),
           P("e07_hangzhou", 2, 5) + P("e08_shenzhen", 1) + P("z28_ningbo", 1, 2, 4, 6),
           "Garbage sorting: Hangzhou's regulation and its fines, Shenzhen Pingshan's checks and fines, Ningbo's regulation (生活垃圾分类).")
FINES = (P("e07_hangzhou", 4) + P("e08_shenzhen", 2), P("e07_hangzhou", 3) + P("e08_shenzhen", 1),
         "Fines for not sorting garbage (Hangzhou up to 200 yuan, Shenzhen up to 10,000 yuan); English only.")
STRAW = (P("z09_city_straw", 1, 2) + P("z10_xiaochang", 1), P("z09_city_straw", 3),
         "Ban on burning crop straw in the open (禁止露天焚烧秸秆, 秸秆禁烧) and the county's publicity.")
FRAUD = (P("e15_china", 1, 5) + P("e16_china", 1, 2) + P("z12_county", 1) + P("z13_tianjin", 1),
         P("z12_county", 2, 3) + P("z13_tianjin", 2, 3),
         "Telecom fraud (电信网络诈骗, telecom swindles): arrests and cases cracked (English), police publicity against it (Chinese).")
ANTIFRAUD = (P("z12_county", 2) + P("z13_tianjin", 2, 3), P("z12_county", 1, 3) + P("z13_tianjin", 1),
             "Police anti-fraud publicity in communities and villages (民辅警深入社区, 社区民警, 楼门栋长).")
ARREST = (P("e15_china", 1) + P("e16_china", 1), P("e15_china", 5) + P("e16_china", 2),
          "Telecom fraud suspects arrested (9,432 in 2016; 247,000 in 2021); English only.")
RAIL = (P("e01_erenhot", 1, 2, 4) + P("e02_erenhot", 1, 3) + P("e03_erenhot", 1, 3, 4) + P("z07_erenhot", 1, 2) + P("z08_mfa", 1, 2),
        P("e01_erenhot", 3) + P("e04_manzhouli", 5) + P("z07_erenhot", 3),
        "China-Europe freight trains (中欧班列): Erenhot's counts, the Ministry's ten-year figures, Manzhouli's routes.")
RAIL_ERENHOT = (P("e01_erenhot", 1, 2, 4) + P("e02_erenhot", 1, 3) + P("e03_erenhot", 1, 3, 4) + P("z07_erenhot", 1, 2),
                P("e01_erenhot", 3) + P("z07_erenhot", 3),
                "China-Europe freight trains through Erenhot (二连浩特), in both languages.")
MEALS = (P("z21_longyan", 1) + P("z22_laian", 1), [],
         "Meals for the elderly: community canteens and meal points (长者食堂, 老年食堂, 老年助餐点); Chinese only, the query's 养老食堂 is not the text's word.")
MEALS_EN = (P("z21_longyan", 1) + P("z22_laian", 1), P("e06_elderly", 1, 3) + P("e07_newschina", 4, 5),
            "Meals for the elderly (助餐, 长者食堂): Chinese only; community elder care services (English) beside.")
WETLAND = (P("z19_suzhou", 2, 3, 4) + P("z20_tianjin", 1), [], "Wetland protection regulations of Suzhou and Tianjin (湿地保护条例); Chinese only.")
RESERVOIR = (P("z44_dongzhi", 1, 2) + P("z45_quxian", 1, 2) + P("z46_huoqiu", 1), P("z49_county_water", 3, 1),
             "Reinforcing small dangerous reservoirs (小型病险水库除险加固); Chinese only.")
SPRINGTEA = (P("z25_suichuan", 2, 3) + P("z24_laifeng", 1), P("z25_suichuan", 1),
             "Picking and processing spring tea (采摘春茶, 春茶上市).")
TEAINCOME = (P("z23_county_tea", 1) + P("z25_suichuan", 3), P("z24_laifeng", 1),
             "Tea growers' income (种茶农户户均增收, 茶叶作为农民增收的主导产业); Chinese only.")
EBUS = (P("e03_shenzhen", 1) + P("e02_shenzhen", 1) + P("e01_shenzhen", 1, 2), P("e03_shenzhen", 2, 3, 4, 5),
        "Shenzhen's electric buses (English only): the all-electric fleet, purchase plans, charging.")
TALENT = (P("e04_shanghai", 1, 3, 5, 6) + P("e06_chengdu", 3), P("e04_shanghai", 2, 4) + P("e06_chengdu", 1, 2) + P("e05_chengdu", 3),
          "Talent housing (人才住房, talent apartments) in Shanghai and Chengdu; English only.")
FTZ_FDI = (P("e10_guangdong", 1) + P("e11_state", 4), P("e10_guangdong", 2) + P("e11_state", 1) + P("e09_nansha", 3),
           "A free trade zone attracting foreign-invested firms (Guangdong FTZ: 30,000 by 2025; restrictions eased); English only.")
FTZ_REFORM = (P("e11_state", 1, 3) + P("e10_guangdong", 2), P("e11_state", 2, 4, 5, 6) + P("e09_nansha", 3, 5) + P("e10_guangdong", 1, 3, 4),
              "Reform in the Guangdong FTZ (State Council document), the upgrade plan, Nansha's results.")
CARBON = (P("z02_shanghai", 2, 3) + P("z03_shanwei", 1, 2) , P("z02_shanghai", 1, 4) + P("z03_shanwei", 3, 4) + P("z04_chongqing", 2),
          "Carbon peaking plans (碳达峰实施方案) of Shanghai's urban and rural construction and of Shanwei; Chongqing's pollution-and-carbon plan beside.")
CARBON_T = (P("z02_shanghai", 2, 4) + P("z03_shanwei", 2), P("z02_shanghai", 3) + P("z03_shanwei", 1, 3),
            "Carbon peaking targets (到2025年…到2030年…碳达峰); Chinese only.")
DIGITAL = (P("z01_ezhou", 1, 2, 3), P("z01_ezhou", 5), "Ezhou's digital economy plan for the 14th five-year period (数字经济发展规划).")
CBEC = (P("z05_sanming", 1, 3, 4, 5), P("z05_sanming", 2) + P("z07_erenhot", 3),
        "Sanming's cross-border e-commerce comprehensive pilot zone (跨境电子商务综合试验区); 班列+跨境电商 beside.")
INFANT = (P("z06_jiaozhou", 1, 2, 3), [], "Care services for infants under three (婴幼儿照护服务); the text never says 托育.")
STARTUP = (P("z08_jining", 2) + P("z07_suzhou", 3), P("z07_suzhou", 1, 2) + P("z08_jining", 1),
           "Support for starting businesses: funds for start-up projects, fee waivers (创业); the text never says 创业补贴.")
TRANSFER = (P("z48_shanghai", 1) + P("z47_beijing", 2), P("z47_beijing", 1, 3) + P("z09_tianjin", 1),
            "Transfer and commercialisation of research results (科技成果转移转化): Shanghai's action plan, Beijing's technology market.")
CONTRACTS = (P("z47_beijing", 1, 3, 4), P("z47_beijing", 2) + P("z48_shanghai", 1),
             "Technology contracts registered in Beijing (技术合同成交额); Chinese only.")
TAICANG = (P("z04_taicang", 1, 2, 3), P("z04_taicang", 4), "German-funded firms in Taicang (德企之乡), 500 of them.")
GERMAN = (P("z06_sino_german", 2, 3, 4, 5) + P("z04_taicang", 1, 2), P("z04_taicang", 3) + P("z05_shenyang", 4, 3),
          "German companies in China (德国在华企业, 德企); Chinese only.")
KOREA = (P("z35_yancheng", 3, 4, 5, 2), P("z35_yancheng", 1, 6), "Korean investment in Yancheng (韩资高地); Chinese only.")
WINDSOLAR = (P("z29_kailu", 1, 2, 3) + P("z30_hexi", 1), P("z03_shanwei", 3), "Wind and photovoltaic power (风电, 光伏发电) in Kailu and Hexi; Chinese only.")
SCHOOLFOOD = (P("z43_datian", 1) + P("z42_yuzhong", 1, 2), P("z42_yuzhong", 3),
              "Food safety checks at school canteens and around campuses (校园食品安全, 学校食堂).")
SAMPLING = (P("z42_yuzhong", 1, 2), P("z42_yuzhong", 3) + P("z43_datian", 1), "Sampling checks of food on and around campuses (专项监督抽检).")
FAMILY = (P("z27_spc", 2, 3) + P("z26_donghai", 1, 2, 3), P("z27_spc", 1), "Family trials (家事审判) and their reform, juvenile and family courts.")
WOMEN = (P("z26_donghai", 1) + P("z27_spc", 1, 2), P("z26_donghai", 2, 3) + P("z27_spc", 3),
         "Protecting the rights of women and children (妇女儿童权益) in courts; Chinese only.")
SPONGE = (P("e11_turenscape", 2) + P("e12_sponge", 1), P("e11_turenscape", 1), "Sponge cities (海绵城市); English only.")
RICE = (P("e19_super", 1, 3), P("e19_super", 2, 4, 5), "Super hybrid rice's record yield in Sanya; English only.")
MEDCOM = (P("z17_compact", 1, 2, 3), [], "Compact county medical communities (紧密型县域医共体).")
TELEMED = (P("e17_fangshan", 2, 3) + P("e18_world", 2, 5), P("e17_fangshan", 1, 6) + P("e18_world", 1),
           "Remote consultations for villagers (Mobile Hospital in Fangshan, webcam consultations in Ningxia); English only.")
CULTOUR = (P("z39_fenghuang", 1), P("z38_wencheng", 1) + P("z39_fenghuang", 2),
           "Culture and tourism together (文化与旅游深度融合, 文化旅游节); the text never says 文旅融合.")
VOCATIONAL = (P("e25_ecns", 2) + P("e20_vocational", 1, 5), P("e25_ecns", 1, 3) + P("e20_vocational", 6),
              "Vocational school students as interns in enterprises; 'vocatinal' is a typo.")

J = {
    "q001": WAGES, "q002": FINES, "q003": SORTING, "q004": STRAW, "q005": FRAUD, "q006": ANTIFRAUD,
    "q007": RAIL, "q008": RAIL_ERENHOT, "q009": MEALS, "q010": MEALS_EN, "q011": MEALS,
    "q012": WETLAND, "q013": WETLAND, "q014": WETLAND, "q015": RESERVOIR, "q016": RESERVOIR,
    "q017": RESERVOIR, "q018": SPRINGTEA, "q019": TEAINCOME, "q020": EBUS, "q021": EBUS,
    "q022": TALENT, "q023": TALENT, "q024": TALENT, "q025": FTZ_FDI, "q026": FTZ_REFORM,
    "q027": CARBON, "q028": CARBON, "q029": CARBON_T, "q030": CARBON, "q031": DIGITAL,
    "q032": DIGITAL, "q033": CBEC, "q034": CBEC, "q035": INFANT, "q036": INFANT, "q037": STARTUP,
    "q038": STARTUP, "q039": TRANSFER, "q040": CONTRACTS, "q041": TAICANG, "q042": CONTRACTS,
    "q043": GERMAN, "q044": KOREA, "q045": WINDSOLAR, "q046": WINDSOLAR, "q047": SCHOOLFOOD,
    "q048": SAMPLING, "q049": FAMILY, "q050": WOMEN, "q051": SPONGE, "q052": SPONGE, "q053": SPONGE,
    "q054": RICE, "q055": MEDCOM, "q056": TELEMED, "q057": TELEMED, "q058": CULTOUR,
    "q059": VOCATIONAL, "q060": RAIL_ERENHOT,
}
