"""Judgments made by reading the paragraphs (kb measures output, grepped by subject words in both
languages, with the articles around each hit read): qid -> (highly relevant, relevant, note).
Paragraph ids are doc-prefix:para in an index of ../docs built at main 76ba253."""
R01, R02, R03, R04 = "r01_zhejiang_road_transport_regulation", "r02_zhejiang_fishing_port_vessel_regulation", "r03_zhejiang_grain_security_regulation", "r04_zhejiang_labour_inspection_regulation"
R05, R06, R07, R08 = "r05_huzhou_green_finance_regulation", "r06_zhejiang_ecommerce_regulation", "r07_jiaxing_residential_property_regulation", "r08_zhejiang_scenic_area_regulation"
def ids(doc, *ns):
    return [f"{doc}:{n}" for n in ns]
E01, E02, E03, E05, E06 = "e01_zhejiang_jiangsu_minimum_wage_2024", "e02_hangzhou_metro_line_one_2012", "e03_yiwu_trade_growth_2025", "e05_quzhou_tea_farmer_2020", "e06_longyou_yellow_tea_2022"
E07, E08, E09, E10, E11 = "e07_zhejiang_education_briefing_2021", "e08_hangzhou_housing_guarantee_2021", "e09_zhejiang_affordable_rental_apartments_2021", "e10_zhejiang_lab_overview", "e11_zhejiang_lab_top_news_2019"
E12, E13, E16, E17 = "e12_jiaxing_mid_autumn_tourism_2022", "e13_shaoxing_tourism_promotion_2022", "e16_putuo_clean_power_2022", "e17_zhoushan_lng_third_phase_2025"
Z01, Z02, Z03, Z04 = "z01_hangzhou_metro_line1_opening_2012", "z02_hangzhou_metro_line2_liangzhu_2017", "z03_ningbo_zhoushan_port_2022_figures", "z04_ningbo_zhoushan_port_transshipment_2019"
Z05, Z06, Z07, Z08, Z09 = "z05_anji_huangdu_white_tea_village", "z06_anji_longxi_white_tea_farmers", "z07_zhejiang_lab_founding_2017", "z08_yiwu_trade_tariffs_2025", "z09_jiaxing_golden_week_tourism_2013"

TAXI = (ids(R01, 53, 54, 59, 61), ids(R01, 55, 56, 57, 58, 62, 64, 65, 66),
        "Taxi drivers' duties (art. 23 and its items), qualification (art. 22), queueing for fares (art. 24); the text says 客运出租汽车驾驶人员, never 出租车驾驶员 or 'taxi'.")
WAGE = (ids(E01, 1, 2), ids(E01, 3, 4), "Zhejiang's 2024 minimum wage rise (English only).")
FARE = (ids(Z01, 1) + ids(E02, 5), ids(E13, 5),
        "Hangzhou Metro Line 1 fares 2-8 yuan (Chinese and English reports); Shaoxing's 1-yuan metro fare promotion beside.")
PORT = (ids(Z03, 1), ids(Z03, 2) + ids(Z04, 1), "Ningbo-Zhoushan port container throughput 2022 (Chinese only); sea-rail container volumes beside.")
SEARAIL = (ids(Z03, 2) + ids(Z04, 1), [], "Sea-rail intermodal (海铁联运) routes and volumes of Ningbo-Zhoushan port (Chinese only).")
RESERVE = (ids(R03, 34, 36, 37, 41), ids(R03, 35, 39, 40, 42, 43, 44, 93), "Local grain reserves: scale, tiered management, purchase and rotation plans, quality (arts. 16-21).")
TEA = (ids(Z06, 2, 5) + ids(E05, 1, 9), ids(E05, 2, 6) + ids(Z05, 2, 3, 4) + ids(E06, 6) + ids(Z06, 6),
       "Tea farmers' income from white tea in Anji and Quzhou (Chinese and English); yellow tea village income beside.")
RENT = (ids(E09, 1, 4) + ids(E08, 1), ids(E09, 2, 3), "Affordable rental apartments in Zhejiang and Hangzhou (English only).")
LAB = (ids(E10, 1) + ids(Z07, 1, 5), ids(E10, 2, 3) + ids(Z07, 4, 6) + ids(E11, 4), "Zhejiang Lab (之江实验室), the AI research institute: founding, mission, research areas.")
FISH = (ids(R02, 58, 59, 62, 66, 78), ids(R02, 60, 69, 72, 74, 79, 80, 81), "Fishing vessel safety: responsibility system, sailing conditions and equipment, distress at sea (arts. 31-38).")
WAGES_OWED = (ids(R04, 24, 44, 55), ids(R04, 42, 45, 46, 50), "Complaints about wages withheld or in arrears: the labour inspection's scope, complaint procedure and the employer's burden of proof (arts. 9, 20-26).")
LNG = (ids(E16, 2, 3, 4) + ids(E17, 1), ids(E16, 5, 6, 7) + ids(E17, 2, 3, 4, 6), "LNG receiving terminals on Liuheng Island and the Zhoushan LNG station (English only).")
GREEN = (ids(R05, 3, 4, 5), ids(R05, 6, 7, 9, 14), "Huzhou green finance regulation: purpose, scope, definition, duties.")
EC_PLATFORM = (ids(R06, 6, 17, 21), ids(R06, 16, 32, 55, 62), "E-commerce platform operators' duties: what a platform is, vetting and checking in-platform sellers, self-operated goods, reviews, IP rules.")
FEE = (ids(R07, 74, 75), ids(R07, 58), "Owners pay the property fee; the developer pays for undelivered units; fees are published (art. 26, 31).")
TICKET = (ids(R08, 100, 101), ids(R08, 102) + ids(E12, 1), "Scenic area entrance tickets sold by the management body, ticket income managed as non-tax revenue; Jiaxing ticket income beside.")

J = {
 "q001": TAXI,
 "q002": (ids(R01, 82, 83), ids(R01, 84), "Passengers may not carry flammable, explosive or toxic goods (art. 35)."),
 "q003": WAGE,
 "q004": (ids(E02, 5) + ids(Z01, 2), [], "Departure every 10 minutes (English) and every 9.5 minutes (Chinese) on Hangzhou Metro Line 1."),
 "q005": PORT,
 "q006": SEARAIL,
 "q007": RESERVE,
 "q008": FISH,
 "q009": WAGES_OWED,
 "q010": (ids(R05, 39, 40), ids(R05, 14, 15), "Rural financial products and green agricultural insurance (art. 23), green credit products beside (Chinese only)."),
 "q011": (ids(R06, 46, 49, 51), ids(R06, 47, 48, 50, 72), "Online catering and instant delivery platforms: kitchen display, delivery riders' rights and algorithms (arts. 16-17)."),
 "q012": FEE,
 "q013": TICKET,
 "q014": TEA,
 "q015": RENT,
 "q016": LAB,
 "q017": (ids(E07, 4), ids(E07, 3), "Students at Zhejiang's secondary vocational schools and higher vocational colleges; 'vocatonal' is a typo."),
 "q018": LNG,
 "q019": (ids(R01, 53, 54, 59, 61), ids(R01, 55, 56, 57, 58, 62), "Taxi drivers' service rules (art. 23); the text says 客运出租汽车驾驶人员 and 应当遵守, not 出租车驾驶员 or 服务规范."),
 "q020": (ids(R01, 141, 142, 143, 144, 145), ids(R01, 146, 147, 194), "Car rental operators' duties (arts. 56-58) and the penalty (art. 77)."),
 "q021": FARE,
 "q022": PORT,
 "q023": (ids(R02, 58, 59, 60, 61), ids(R02, 62, 65, 66, 78, 81, 93), "Fishing vessel safety responsibility and crew certificates (arts. 31-32); the text says 渔业船舶, not 渔船, in most articles."),
 "q024": (ids(R03, 36, 41, 42), ids(R03, 24, 37, 40, 43, 104), "Rotation (轮换) of local grain reserves: plans, restocking within six months, entrusted rotation."),
 "q025": (ids(R03, 77, 79, 82, 84), ids(R03, 73, 78, 80, 81, 85, 86, 88), "Grain emergency plans, emergency supply points and starting the plan (arts. 36-44)."),
 "q026": WAGES_OWED,
 "q027": (ids(Z06, 2, 5) + ids(E06, 6) + ids(E05, 1, 9), ids(Z05, 3, 4) + ids(E06, 3, 7) + ids(E05, 6) + ids(Z06, 6), "Tea farmers' rising income (增收 is not in the text: 收入, brought in, per capita income)."),
 "q028": (ids(R05, 15), ids(R05, 14, 21, 25, 29, 37), "Green credit products (art. 9) and the other green lending rules."),
 "q029": (ids(R05, 31, 32, 33), ids(R05, 28, 29), "Carbon emission assessment of fixed-asset investment projects and industrial carbon assessment (arts. 19-20)."),
 "q030": (ids(R06, 55, 59), ids(R06, 56, 57, 58), "Platforms may not delete consumers' reviews (art. 19); the text says 评价, not 差评删除 in those words."),
 "q031": (ids(R06, 34), ids(R06, 33, 35, 40, 68), "Unreasonable differential pricing through big data and algorithms (art. 14); 杀熟 is not in the text."),
 "q032": (ids(R07, 42, 49), ids(R07, 35, 41, 47, 48), "Owners' committee re-election (换届) audit and the street office's duty when it is overdue (arts. 21-22)."),
 "q033": (ids(R07, 58, 74), ids(R07, 56, 75), "Property fee items and standards published (art. 26), owners pay the fee (art. 31)."),
 "q034": (ids(R08, 63, 64, 66, 67, 68), ids(R08, 46, 65, 69, 70, 73, 97), "Acts forbidden in scenic areas (art. 33); the text says 风景名胜区, not 风景区."),
 "q035": WAGE,
 "q036": LAB,
 "q037": TAXI,
 "q038": FARE,
 "q039": SEARAIL,
 "q040": RESERVE,
 "q041": (ids(R02, 5, 7, 58, 62, 103), ids(R02, 35, 40, 42, 44, 49), "渔业船舶 (fishing vessels): definition, purpose, authorities, safety rules."),
 "q042": (ids(R04, 3, 6, 8, 11, 36), ids(R04, 4, 12, 53), "Labour security inspection: purpose, authorities, forms of inspection."),
 "q043": GREEN,
 "q044": EC_PLATFORM,
 "q045": FEE,
 "q046": TICKET,
 "q047": (ids(Z05, 2) + ids(Z06, 1, 2) + ids(E05, 2), ids(Z05, 1, 3, 4) + ids(Z06, 6), "Anji white tea (安吉白茶): its origin, brand, gardens and farmers."),
 "q048": (ids(Z07, 1) + ids(E10, 1), ids(Z07, 2, 3, 4, 5, 6) + ids(E10, 2) + ids(E11, 2, 3, 4), "之江实验室 / Zhejiang Lab."),
 "q049": PORT,
 "q050": (ids(E02, 5) + ids(Z01, 2) + ids(Z02, 3), ids(E02, 7) + ids(Z01, 1, 5) + ids(Z02, 1, 2), "Passengers on Hangzhou's metro: capacity, trial rides, passenger flow on Line 2."),
 "q051": (ids(E03, 3, 4) + ids(Z08, 3), ids(E03, 2, 5, 7, 8) + ids(Z08, 1, 4), "Yiwu's exports in 2025 (English and Chinese)."),
 "q052": RESERVE,
 "q053": GREEN,
 "q054": EC_PLATFORM,
 "q055": (ids(R07, 11, 23, 26), ids(R07, 13, 21, 29, 31), "Owners' assembly voting: electronic voting, first-meeting voting rules, the first assembly (Chinese only)."),
 "q056": (ids(E17, 1) + ids(E16, 2, 4), ids(E16, 3, 5, 6) + ids(E17, 3, 4), "LNG receiving stations in Zhoushan (English only; 接收站 = receiving station/terminal)."),
 "q057": (ids(Z06, 2, 5) + ids(Z05, 3) + ids(E05, 2, 9), ids(Z05, 1, 4) + ids(Z06, 6) + ids(E05, 1, 3), "White tea farmers in Anji and Quzhou."),
 "q058": (ids(E10, 1, 2) + ids(Z07, 5), ids(Z07, 1, 6) + ids(E11, 4), "Zhejiang Lab's artificial intelligence research."),
 "q059": (ids(E09, 1, 2) + ids(E08, 1), ids(E09, 3, 4), "Affordable rental housing in Hangzhou and Zhejiang (English only)."),
 "q060": (ids(Z09, 3, 4), ids(Z09, 1, 2), "Tourists at Wuzhen in the golden week (Chinese only)."),
}
