"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
real/zh18, real/en18 and meta20/heldout: all 232 paragraphs read once, then grepped by subject words
and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (z01...z12, e01...e12, k01...k16 are each unique here) and its
number; build.py resolves the prefix. Heading-only, label-only and page-furniture measures are not
judged: supplied titles (z01:1, z02:1, z06:1, z09:1, z10:1, z11:1, all marked 标题为补), the site's
date/source line z12:1, k09:1, k13:1, the addressee line k01:2, headings k01:5, e06:3, k03:3, k03:14,
k16:8, the one-line bullets of the Shandong digest (k03:4-13, k03:15-24), photo captions (k04:2,
k04:7, k07:1, k09:2-4, k13:8, k14:1), page furniture (k04:1, k06:1, k12:1 keyword line, k02:1 'From:'
line), the broken delivery line of the Changle report (k11:1). Passing mentions are not judged (k05:1's
光氢储 charging station beside the hydrogen queries, e10:3's wetlands, z05:3's 东盟方向 trains, k10:4's
'business-friendly Qingdao', e01:5's 'transparency', z09:4's 产学研协同, the Chengdu-Chongqing
intercity freight train k08:1 for the China-Europe queries)."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


H2 = (P("z01", 2, 3) + P("e09", 1, 2, 3, 4), [],
      "Hydrogen refuelling stations (加氢站): Zhejiang's station plan (50 stations, a 100-km network) and the stations' siting around Jiaxing's port area (Chinese), Nanhai district's support measures for building and operating stations, their scope and subsidy standards (English). Jiaxing's hydrogen industry paragraphs (z01:4-7) do not speak of stations, not judged; k05:1's 光氢储 charging station is a passing mention.")
H2_EN = (H2[0], H2[1], "British 'refuelling' (the English text says 'refueling'). " + H2[2])
H2_PY = (H2[0], H2[1], "jiaqingzhan run together = 加氢站 (jiaqing also 嘉庆, 加青). " + H2[2])
H2_JX = (P("z01", 3, 4, 5, 6, 7), P("z01", 2),
         "Jiaxing's hydrogen industry (氢能): the refuelling network around the Jiaxing port area, Jiaxing as a pilot city, the port area as demonstration zone, its research centres and the city's policies and weaknesses; Zhejiang's provincial station plan (no Jiaxing) beside. Chinese only; Nanhai's stations (e09, Foshan) not judged.")
WIND = (P("z02", 2, 3, 4, 6) + P("e06", 1, 2, 4, 5), P("z02", 5, 7) + P("e06", 6),
        "Offshore wind power (海上风电): SPIC's three Binhai wind farms off Yancheng, their capacity, distance and schedule (Chinese), Guangdong's nearshore testing base for offshore turbines, its installed capacity and Shantou's Nan'ao wind farm and its turbines (English); the farm's offshore substation, the wind-power company's teams and Yangjiang's land-sea DC transmission project (the word 'wind' not in it) beside. e06:3 is a subheading, not judged; e02:3's 'windscreens' is a false hit.")
WIND_PY = (WIND[0], WIND[1], "haishang fengdian = 海上风电. " + WIND[2])
WINDFARM = (P("z02", 2, 3, 4, 6) + P("e06", 4, 5), P("z02", 5, 7) + P("e06", 1, 2, 6),
            "Offshore wind farms (海上风电场): the three Binhai farms off Yancheng (Chinese) and Shantou's Nan'ao Lemeng I farm and its expansion (English); the offshore substation, the company's teams, Guangdong's testing base (not a farm), installed capacity and Yangjiang's transmission project beside.")
WIND_YJ = (P("e06", 6), P("e06", 1, 2),
           "Offshore wind (海上风电) and Yangjiang: the Sanshan Island land-sea flexible DC transmission project in Yangjiang, the only paragraph naming the city; Guangdong's testing base (its place not named in the text) and installed capacity beside. English only. Doubtful: e06:6 does not itself say 'wind'.")
FTZ_AH = (P("z03", 1, 2, 3, 5) + P("e11", 1, 2, 3, 4, 5), P("z03", 4),
          "The Anhui pilot free trade zone (安徽自贸区, 简称 of 中国(安徽)自由贸易试验区): its unveiling in Hefei, scope and three areas, links with the Shanghai, Jiangsu and Zhejiang zones and its industrial-chain role (Chinese), its inauguration, role, plan, areas and the Hefei Area's sectors (English); the economist on the delta's zones together beside.")
FTZ = (P("z03", 1, 2, 3, 4, 5) + P("e11", 1, 2, 3, 4, 5), [],
       "Pilot free trade zones (自由贸易试验区): the Anhui zone in Chinese (Xinhua) and English (the provincial portal), and the Yangtze delta's zones working together (z03:4). Plural 'zones'.")
FTZ_PY = (FTZ[0], FTZ[1], "zimaoqu = 自贸区 (the texts say 自贸试验区 / 自由贸易试验区). " + FTZ[2])
FTZ_HF = (P("z03", 1, 2) + P("e11", 4, 5), P("z03", 3, 5) + P("e11", 1, 2, 3),
          "自贸区 and Hefei: the zone unveiled in Hefei and its Hefei area's role (综合性国家科学中心, Chinese), the three areas and the Hefei Area's 64.95 km2 and sectors (English); the other paragraphs on the zone beside (no Hefei). z05:5's Hefei China-Europe trains not judged.")
IEI = (P("z04", 1, 2, 3), P("e08", 4, 5),
       "Industry-education integration (产教融合): Hangzhou's implementing opinions, purpose, targets (alliances, parks, training bases, enterprises) and planning; Jiangsu's vocational teachers' stints with enterprises and specialties tied to industries (English) beside. z09:4's 产学研协同 is a passing mention.")
IEI_PY = (IEI[0], IEI[1], "chanjiao ronghe = 产教融合. " + IEI[2])
VOC = (P("e08", 1, 2, 3, 4, 5), P("z04", 1, 2, 3),
       "Typo 'educaton'. Vocational education (职业教育): Jiangsu's guideline, its targets, schools, teachers and specialties (English); Hangzhou's 产教融合 opinions, whose targets include training bases and 职业教育 (Chinese), beside.")
VOC_JS = (P("e08", 1, 2, 3, 4, 5), [],
          "职业教育 and Jiangsu: Jiangsu's guideline on modern vocational education, all five paragraphs. English only; Hangzhou's 产教融合 (z04, Zhejiang) not judged.")
CER = (P("z05", 1, 2, 3, 4, 5, 6) + P("e02", 1, 4), P("e02", 2, 3),
       "China-Europe (Central Asia) freight trains (中欧班列): the Yangtze delta's 5,063 trains of 2022 by province, city and platform (Chinese), Houma's train to Central Asia and Shanxi's China-Europe routes (English); the train's route and cargo beside. The Chengdu-Chongqing intercity freight train (k08:1) is not a China-Europe train, not judged.")
CER_ZH = (CER[0], CER[1], "中欧班列开行 (开行 the texts' verb). " + CER[2])
CER_PY = (CER[0], CER[1], "zhongou banlie = 中欧班列. " + CER[2])
CER_CA = (P("e02", 1, 2, 4) + P("z05", 3), P("e02", 3) + P("z05", 1, 6),
          "中欧班列 to Central Asia: Houma's train to Central Asia, its route via Horgos and Shanxi's China-Central Asia trains (English), Jiangsu's 876 中亚方向 trains (Chinese); the cargo and the delta's 中欧(亚)班列 totals and history beside.")
LOQUAT = (P("z06", 2, 3, 4), [],
          "Loquats (枇杷) in Shimian county: the selling season, the planting bases and picking period, the area, output and value. Chinese only (z06:1 the supplied title, not judged).")
LOQUAT_EN = (LOQUAT[0], LOQUAT[1], "loquat harvest, answered only in Chinese (枇杷上市, 采摘). " + LOQUAT[2])
LOQUAT_PY = (LOQUAT[0], LOQUAT[1], "pipa, ambiguous (枇杷 loquat, 琵琶 the lute, 皮帕): only 枇杷 in the corpus. " + LOQUAT[2])
ORANGE = (P("e07", 1, 2, 3, 4, 5), [],
          "Sugar-orange fruit industry (砂糖橘): Xingye county's fruit industry, its area and output, rural incomes and two growers of sugar oranges. English only.")
ORANGE_PY = (P("e07", 2, 4, 5), P("e07", 1, 3),
             "shatangju = 砂糖橘 (sugar orange), answered only in English: the paragraphs naming sugar oranges; the county's fruit industry that does not name them beside.")
FPARK = (P("z07", 1, 2, 3, 4, 5, 6), [],
         "Guangzhou's forest parks regulation (森林公园管理条例): purpose, definition, scope and the departments' responsibilities (z07:4 and :6 say 森林公司 for 森林公园, as the copy has it). Chinese only.")
FCHIEF = (P("z08", 1, 2), P("z08", 3),
          "Forest chief system (林长制): Dezhou's opinion setting up a four-level system, its six projects and organisation; its afforestation and forest-cover targets beside. Chinese only.")
FCHIEF_PY = (FCHIEF[0], FCHIEF[1], "linzhangzhi run together = 林长制. " + FCHIEF[2])
FCHIEF_TYPO = (FCHIEF[0], FCHIEF[1], "Typo 林长治 for 林长制 (治 for 制, a pinyin-IME slip, both zhi). " + FCHIEF[2])
FCHIEF_DZ = (P("z08", 1, 2, 3), [],
             "林长制 and Dezhou: Dezhou's opinion, its system and its targets (z08:2 does not name the city but is the Dezhou opinion's content). Chinese only.")
TRAILS = (P("e10", 1, 3, 4), P("e10", 2, 5),
          "Forest trails: Guizhou's 6,000 km of forest trails by 2025, the long trails and 2,000 km by 2020; the forest cover and forest cities, towns and villages beside. English only. k05:3's 山间小路 walked by a forest ranger is not a trail plan, not judged.")
CVC = (P("z09", 2, 3, 4, 5, 6, 7), [],
       "Concept verification centres (概念验证中心): Zhoushan's notice and plan: transmittal, purpose, goals, fields and the two ways of building centres. Chinese only (z09:1 the supplied title, not judged).")
CVC_EN = (CVC[0], CVC[1], "concept verification centers, answered only in Chinese. " + CVC[2])
CVC_PY = (CVC[0], CVC[1], "gainianyanzheng run together = 概念验证. " + CVC[2])
PARK = (P("e12", 1, 2), P("e12", 3, 4, 5),
        "Innovation park in Shanghai: Wenzhou's innovation park opened in Jiading, Shanghai, and its tenants' labs and R&D; the director on serving businesses, the two economies and rental housing for staff beside. English only.")
LTC = (P("z10", 5), [],
       "Long-term care insurance (长护险, 简称 of 长期护理保险): Hangzhou's 11.79 million insured among its 2024 livelihood projects (with medical-cost protection). Chinese only; a single paragraph. Shanghai's Huhuibao (e05) is supplementary medical insurance, not long-term care, not judged; z10:3's dementia-care beds are care, not insurance, not judged.")
LTC_EN = (LTC[0], LTC[1], "long-term care insurance, answered only in Chinese (长护险). " + LTC[2])
LTC_PY = (LTC[0], LTC[1], "changhuxian run together = 长护险. " + LTC[2])
HHB = (P("e05", 1, 2, 3, 4, 5), [],
       "沪惠保 (Huhuibao), Shanghai's supplementary medical insurance: its introduction, eligibility and fee, coverage, payment by medical-insurance accounts and the payment period. English only.")
SUPPINS = (P("e05", 1, 2, 3, 4, 5), P("z10", 5),
           "Supplementary medical insurance: Shanghai's Huhuibao, all five paragraphs (English); Hangzhou's medical-cost protection for people in difficulty and 长护险 (Chinese) beside.")
MANGROVE = (P("z12", 2, 3, 4), [],
            "Mangrove protection (红树林保护): Zhuhai's mangrove protection regulation, its scope and its highlights (zoning, occupation rules, conduct controls). Chinese only (z12:1 the site's date/source line, not judged).")
MANGROVE_EN = (MANGROVE[0], MANGROVE[1], "mangrove protection, answered only in Chinese. " + MANGROVE[2])
MANGROVE_PY = (MANGROVE[0], MANGROVE[1], "hóngshùlín with tone marks = 红树林. " + MANGROVE[2])
TALENT = (P("e03", 1, 2, 3, 4, 5), [],
          "Talent endorsements (人才签注) to Hong Kong and Macao for Greater Bay Area talents: the new 'talent visa', the stay, the six categories, the endorsements' validity and where to apply. English only; the query's 签注 is the text's 'travel endorsements'.")
BIODIV = (P("e04", 1, 3, 4, 5), P("e04", 2),
          "Biodiversity survey (生物多样性调查): the Wuyanling reserve's mid-term results, the groups surveyed, species counts and the grid camera monitoring; the reserve as 'gene bank' beside. English only.")
BIODIV_EN = (BIODIV[0], BIODIV[1], "Typo 'biodiversty'. " + BIODIV[2])
FLOOD = (P("e01", 2), P("e01", 1, 5) + P("k08", 5),
         "Flood control and drainage works (防洪排涝工程): Dinghai's 33 water conservancy projects including drainage and flood control; Dinghai's water conservancy in general, its digital flood-control platforms and Chongqing officials at a Jialing River flood-control coordination meeting beside. English only; a single highly relevant paragraph.")
BIZREG = (P("k02", 3, 4, 5, 6), P("k02", 2),
          "Business environment regulations (营商环境条例): Shenzhen SEZ's regulations on improving the business environment, Articles 1-4; the adoption line beside. English only (k02:1 the 'From:' line not judged).")
BIZENV = (P("k02", 3, 4, 5), P("k02", 2, 6),
          "Improving the business environment: Shenzhen SEZ's regulations' purpose, application and the environment to be created (Articles 1-3); the adoption line and the equal-protection article beside. English only. k10:4's 'business-friendly Qingdao' is a passing mention, not judged.")
BIZENV_PY = (BIZENV[0], BIZENV[1], "yingshang huanjing = 营商环境, answered only in English. " + BIZENV[2])
OPENGOV = (P("k01", 3, 4, 6), P("k01", 1),
           "Open government affairs (政务公开): Yueyang's implementing opinions: the issuing sentence, the basis and the general requirements (公开为常态); the notice's title line with its 文号 beside. Chinese only (addressee line k01:2 and heading k01:5 not judged).")
OPENGOV_PY = (OPENGOV[0], OPENGOV[1], "zhèngwù gōngkāi with tone marks = 政务公开. " + OPENGOV[2])
LIVELI = (P("z10", 2, 3, 4, 5, 6, 7), P("k03", 23) + P("z11", 3, 4, 5),
          "Livelihood projects (民生实事项目): Hangzhou's 2024 ten projects and the completion of each item; Shandong's work-report bullet 办好重点民生实事 and Jinan Shizhong district's livelihood work (jobs, housing, schools, culture) beside.")
WR = (P("k03", 1, 2) + P("k11", 2, 3) + P("z11", 2), P("z11", 3, 4, 5),
      "Government work reports (政府工作报告): Shandong 2023 (the report at the congress's opening and its tasks, the Qingdao paper's digest), Changle 2007 (the opening formula and the review of 2006) and Jinan Shizhong district 2025 (the report at the congress); the district's livelihood review beside. All Chinese, answered only in Chinese. Plural 'reports'. The digest's bullets and headings (k03:3-24) and Changle's broken delivery line (k11:1) are label or furniture lines, not judged.")
CY = (P("k08", 1, 2, 3, 4), P("k07", 2) + P("k08", 5),
      "Chengdu-Chongqing twin-city economic circle (成渝双城经济圈; the texts say 成渝地区双城经济圈): its first direct freight train, integration, GDP and construction (English); Deyang's media tour themed on the circle (Chinese) and Chongqing's flood-control coordination beside.")
CY_PY = (CY[0], CY[1], "chengyu, ambiguous (成语 idiom, 城域, 橙鱼): only 成渝 in the corpus; doubtful, a researcher typing chengyu alone most likely wants 成语. " + CY[2])
URBAN = (P("k15", 1, 2, 4), P("k15", 3),
         "New-type urbanisation plan (新型城镇化规划): Changsha's plan 2021-2025, its targets, basis and principles; the principles' lead line beside. Chinese only.")
FJOURN = (P("k04", 3, 4) + P("k10", 3, 4, 5) + P("k14", 4, 5), P("k10", 1, 2) + P("k14", 3) + P("k09", 5, 6),
          "Foreign journalists visiting: 32 foreign journalists in Xiamen and at its port, the foreign-media visit to Qingdao, its interviews and organisers, and local and foreign media on a tour of Nanning and Pingxiang (English); the journalists' quotes on Qingdao, the China News Service editor briefing them and the Hong Kong web-media tour of Guangxi (Chinese, not foreign) beside. Domestic media tours (Deyang k07, Suining k13, Hunan k16) not judged; captions (k04:2, k04:7) not judged.")
SUINING = (P("k13", 2, 3, 4, 5), P("k13", 6, 7),
           "采风 (a press visit) and Suining: the press association's guests touring Suining, their impression of the city, the visit to the Shede distillery and the art centre; the distillery's park and its base liquor tasted beside. Chinese only (k13:8 caption and k13:1 the site's line not judged).")
NANNING = (P("k14", 2, 6), P("k14", 3, 4, 5, 7) + P("k09", 6),
           "Nanning and ASEAN (东盟): Nanning promoted as a new gateway to Asean and its role between China and the ten countries (English); the media tour of Nanning, its briefing and Nanning's climate and industry, and the 点击东盟 Hong Kong web-media group arriving in Nanning (Chinese) beside.")

J = {
    "q001": H2, "q002": H2_EN, "q003": H2_PY, "q004": H2_JX, "q005": WIND,
    "q006": WINDFARM, "q007": WIND_PY, "q008": WIND_YJ, "q009": FTZ_HF, "q010": FTZ_AH,
    "q011": FTZ, "q012": IEI_PY, "q013": FTZ_PY, "q014": IEI, "q015": CER,
    "q016": VOC, "q017": VOC_JS, "q018": ORANGE_PY, "q019": CER_ZH, "q020": CER_PY,
    "q021": LOQUAT_EN, "q022": CER_CA, "q023": LOQUAT, "q024": FCHIEF_TYPO, "q025": LOQUAT_PY,
    "q026": ORANGE, "q027": TRAILS, "q028": FPARK, "q029": FCHIEF, "q030": HHB,
    "q031": FCHIEF_PY, "q032": FCHIEF_DZ, "q033": SUPPINS, "q034": CVC, "q035": CVC_EN,
    "q036": MANGROVE_PY, "q037": CVC_PY, "q038": PARK, "q039": MANGROVE_EN, "q040": LTC,
    "q041": LTC_EN, "q042": TALENT, "q043": LTC_PY, "q044": MANGROVE, "q045": BIZENV,
    "q046": BIODIV, "q047": BIODIV_EN, "q048": OPENGOV, "q049": FLOOD, "q050": BIZREG,
    "q051": LIVELI, "q052": BIZENV_PY, "q053": OPENGOV_PY, "q054": CY_PY, "q055": WR,
    "q056": CY, "q057": URBAN, "q058": FJOURN, "q059": SUINING, "q060": NANNING,
}
