"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
real/zh17, real/en17 and meta19/heldout: all 201 paragraphs read once, then grepped by subject words
and synonyms in both languages and the paragraphs around each hit read again):
qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's file
name that is unique in the corpus (z01...z12, e01...e12, h01...h16 are each unique here) and its
number; build.py resolves the prefix. Heading-only, label-only and page-furniture measures are not
judged: supplied titles (z02:1, z04:1, z08:1, all marked 标题为补), the pages' own title lines
(e03:1, h13:1, h13:3, h08:1 the report's title and delivery line, h05:1 the delivery line, h05:2
the mayor's byline run into 各位代表), addressee lines (h01:1), bylines and captions (e09:1, h10:1,
h10:2, h12:1), h09:1 (breadcrumb), h09:3 (a subheading), h06:1 and h06:5-7 (the Macao bureau's
video notice, Telegram line, social links, "Jump to page top"), h02:1 (the portal's banner and
crumb). Passing mentions are not judged (十四五 in lists and time phrases, 乡村振兴 in a ranking,
电商基地 among Suqian's city cards, 光伏 in Suqian's industries beside the carbon-peak queries)."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


SMES = (P("z01", 1, 2, 3, 4) + P("e10", 1, 2, 4), P("e10", 3),
        "Specialised and sophisticated SMEs (专精特新): Fuyang's 18 new provincial firms, its cultivation drive and counts (Chinese), and the fifth national batch of 'little giants' by province and city and the cities' targets (English); the paragraph on Guangdong's and Jiangsu's manufacturing strength behind their rankings beside.")
SMES_TYPO = (SMES[0], SMES[1],
             "Typo 专精特性 for 专精特新 (性 for 新, a pinyin-IME slip: xing/xin). Otherwise as 专精特新: Fuyang's provincial list and cultivation (Chinese), the national 'little giant' fifth batch (English); e10:3 beside.")
GIANTS = (P("e10", 1, 2, 4) + P("z01", 2, 3, 4), P("e10", 3) + P("z01", 1),
          "'Little giant' enterprises (专精特新'小巨人'): the fifth national batch, cities' counts and targets (English); Fuyang's national-level 小巨人 counts and its 18 firms described as 小巨人 (Chinese); the provinces' manufacturing paragraph and Fuyang's provincial list (not little giants) beside.")
TTCENTRE = (P("e08", 1), P("e08", 2) + P("z02", 2, 3) + P("z03", 3),
            "Technology transfer centres: the Guangdong university S&T achievement conversion center (English, 'Conversion Center'); its concept-verification paragraph, Linyi's pilot-scale bases as the bridge of 科技成果转化 and Yuxi's 技术转移 fairs (Chinese) beside. The query's word 'transfer centers' is not the text's ('Conversion Center').")
CHANXUEYAN = (P("z03", 1, 2), P("z03", 3, 4) + P("e08", 1) + P("e11", 6),
              "Industry-university-research cooperation (产学研): Yuxi's science bureau promoting 产学研协同创新 and its school-firm agreements, joint lab and expert workstation; its technology-transfer fairs and innovation platforms, the Guangdong university conversion center (campus to enterprise) and Zhangjiang's center pooling universities, institutes and enterprises (English) beside.")
UNIFIRM = (P("z03", 2) + P("e08", 1), P("z03", 1, 3) + P("e08", 2) + P("e11", 6),
           "University-enterprise cooperation: Yuxi's firms' agreements with universities (校企合作, Chinese) and the Guangdong university conversion center's 'highway from campus to enterprise' (English); Yuxi's 产学研 lead and fairs, the conversion center's hospital example and Zhangjiang's pooling of universities and enterprises beside.")
PILOTBASE = (P("z02", 2, 3, 4, 5, 6), [],
             "Pilot-scale test bases (中试基地): Linyi's opinion, its purpose, 14th-FYP targets and operating models; Chinese only (z02:1 is the supplied title, not judged).")
PILOTBASE_PY = (PILOTBASE[0], PILOTBASE[1],
                "zhongshi jidi = 中试基地 (also readable as 重视/中式 + 基地): Linyi's pilot-scale bases opinion; Chinese only.")
CONVPATENT = (P("e08", 1, 2), P("z02", 2, 3) + P("z03", 3),
              "Transfer of S&T achievements (科技成果转化) and patents: the Guangdong university conversion center turning patents into products and its concept verification for patent conversion (English); Linyi's pilot bases for 科技成果转化 and Yuxi's 沪滇科技成果对接 (no patents) beside.")
SEARAIL = (P("z04", 4) + P("e04", 2, 3, 5), P("z04", 2, 3) + P("e04", 1, 4, 6),
           "Sea-rail intermodal transport (海铁联运) at Xiamen: the Ocean Gate terminal's rail spur as the first with automated sea-rail transfer (Chinese) and Maersk's first sea-rail intermodal service and the port's sea-rail volume (English); the spur's completion and length, the train's arrival, the one-stop model and Maersk's market share beside.")
RAILSPUR = (P("z04", 2, 3, 4), [],
            "Railway spur line (铁路专用线): the Xiamen Ocean Gate container terminal's spur, its completion, length and sea-rail role; Chinese only (z04:1 the supplied title, not judged). Maersk's sea-rail service (e04) does not speak of a spur, not judged.")
FDISIGN = (P("e09", 2, 3) + P("z05", 1, 2), P("e09", 4) + P("z05", 3, 4, 5),
           "Signing foreign-invested projects (外资项目签约): Chengdu's 22 projects and their sectors (English) and Putian's projects signed at the 9·8 fair and their highlights (Chinese); Chengdu's mayor on foreign investment, Putian's investment attraction, new projects on offer and talks with Taiwan firms beside.")
FAIR = (P("z05", 1, 2), P("z05", 3, 4, 5),
        "The 9·8 investment fair (投洽会, China International Fair for Investment and Trade) and contracts: Putian's signed projects and contract projects (合同项目); its investment attraction, projects on offer and cross-strait talks during the fair beside. Chinese only; Chengdu's signing ceremony (e09) is not the fair, not judged.")
VOCTRAIN = (P("z06", 1, 2, 3), [],
            "Vocational skills training (职业技能培训): Shanghai's implementation plan of the national 14th-FYP training plan: transmittal, purpose and basis, guiding ideas and goals; Chinese only. e01:2's 'secondary vocational schools' (graduate subsidy eligibility) is a passing mention.")
VOCTRAIN_EN = (VOCTRAIN[0], VOCTRAIN[1],
               "Typo 'vocatinal'. Shanghai's vocational skills training plan (职业技能培训); answered only in Chinese.")
SCHOOLPLACES = (P("z07", 1, 3), P("z07", 2),
                "New compulsory-education school places (新增义务教育学位): Guangming district's 13 schools and 17,490 places, all open by 1 September; the first-quarter progress beside. Chinese only.")
XUEWEI = (SCHOOLPLACES[0], SCHOOLPLACES[1],
          "xuewei, ambiguous (学位 school place or degree, 学委, 穴位): the only sense in the corpus is 学位, Guangming's school places; Chinese only.")
RURALWATER = (P("z08", 2) + P("z09", 1) + P("e02", 1, 2, 4, 5, 6),
              P("e02", 3) + P("z08", 5, 6, 7) + P("z09", 2, 3, 4) + P("z12", 3),
              "Rural drinking water safety (农村饮水安全; the texts say 农村饮用水安全, safe drinking water): Guangxi's rural water supply regulation's purpose and Shaoguan's rural drinking-water-source regulation's purpose (Chinese), Heilongjiang's promise of safe drinking water to 4 million more rural people and the national figures (English); rural tap-water coverage, Guangxi's supply principles and works, Shaoguan's definitions, principles and duties, and the ministry's county-level source remediation beside.")
RURALWATER_EN = (RURALWATER[0], RURALWATER[1],
                 "Rural drinking water: Heilongjiang's rural safe drinking water and tap water (English) and the two regulations' purposes (Chinese); the same beside as 农村饮水安全.")
RURALSUPPLY = (P("z08", 2, 5, 6, 7) + P("e02", 2), P("z08", 3, 4) + P("z09", 1, 2) + P("e02", 1, 3, 6),
               "nongcun gongshui = 农村供水: Guangxi's rural water supply regulation (purpose, principles, supply works as public infrastructure, county duties) and Heilongjiang's rural tap-water coverage target (English); the regulation's scope articles, Shaoguan's purpose and its 集中式/分散式供水水源 definitions, and Heilongjiang's safe-drinking-water promise, coverage and national spending beside.")
SOURCEPROT = (P("z09", 1, 2, 3, 4) + P("z12", 2, 3), P("z12", 1) + P("e02", 4),
              "Drinking water source protection (饮用水水源保护): Shaoguan's regulation's purpose, definitions, principles and duties, and the ministry's source protection zoning and remediation (Chinese); the audit's findings in protection zones and Heilongjiang's evaluation of water resources to guarantee drinking water (English) beside. Answered in Chinese.")
SOURCE_SG = (P("z09", 1, 2, 3, 4), [],
             "Shaoguan's rural drinking water source protection regulation (水源保护); the paragraphs say 本市, the city is in the file's title only. Chinese only.")
SOURCEFIX = (P("z12", 2, 3), P("z12", 1),
             "Remediation of drinking water sources (水源地整治): the ministry's special remediation since 2016, the 490 problems fixed and the county-level sources to be remediated next year; the audit that found discharge outlets in protection zones beside. Chinese only. Shaoguan's protection regulation (z09) is protection, not remediation, not judged.")
WETLAND = (P("z10", 1, 3) + P("e05", 1, 4, 5, 6), P("z10", 2) + P("e05", 2, 3),
           "Wetland protection (湿地保护): Ningxia's letter on its wetland protection and restoration plan and wetlands' functions and area (Chinese), Gansu's wetland regulation, its reserves and restoration, and the Jiangxi and Heilongjiang regulations (English); the letter's deadline, wetlands as the 'kidneys of the earth' and Gansu's wetland birds beside.")
WETLAND_TYPO = (WETLAND[0], WETLAND[1], "Typo 'protecton'. " + WETLAND[2])
WETLAND_PY = (WETLAND[0], WETLAND[1],
              "shīdì bǎohù with tone marks (shidi also 实地, 史地, 失地): 湿地保护. " + WETLAND[2])
WETLAND_GS = (P("e05", 1, 3, 4, 5), P("e05", 2, 6),
              "Gansu's wetlands (湿地): the regulation, its wetlands and reserves, and the ban on arbitrary exploitation; the ecological role and the other provinces' regulations beside. English only.")
CARBON = (P("e06", 1), P("e06", 2, 3, 4),
          "Carbon peak implementation plan (碳达峰实施方案): Guang'an's plan and its energy transition; its clean energy, energy-storage and building-energy measures beside. English only: 碳达峰 is in no paragraph (Guangdong's 节能降碳 among investment fields and Suqian's 光伏 industry are passing mentions, not judged).")
CARBON_PY = (CARBON[0], CARBON[1], "tandafeng run together (tan also 谈, 探; dafeng also 大风): 碳达峰. " + CARBON[2])
OLDRES = (P("e03", 2, 3), [],
          "Renovation of old residential areas (老旧小区改造): the Ningbo housing bureau's note on the national Opinions, safety renovation and elevators; English only (e03:1 is the page's title line, not judged). 'old neighborhoods' is not the text's word.")
OLDRES_NB = (OLDRES[0], OLDRES[1],
             "Old residential areas (老旧小区) and Ningbo: the note is the Ningbo housing bureau's, but its content is national (the paragraphs never name Ningbo); judged highly relevant as the only answer, doubtful. English only.")
GRADSUB = (P("e01", 1, 4), P("e01", 2, 3, 5, 6),
           "Job-seeking and start-up subsidies for graduates (毕业生求职创业补贴): Guiyang's subsidy for graduates with disabilities or disabled parents and its amount; eligibility, disability certificate, deadline and once-only rule beside. English only; the query's 大学生 is not the text's word.")
GRADSUB_M = (GRADSUB[0], GRADSUB[1],
             "创业补贴 (entrepreneurship subsidy) for graduates: Guiyang's job-seeking and entrepreneurship subsidy for graduates with disabilities and its amount; eligibility, certificate, deadline and once-only rule beside. English only.")
DISABLED = (P("e01", 1, 3), P("e01", 2, 4, 5, 6),
            "Graduates with disabilities: Guiyang's subsidy for graduates with disabilities or disabled parents and the disability certificate; the other conditions, amount, deadline and once-only rule beside. English only.")
SPECIALTY = (P("e07", 4, 6), P("e07", 5),
             "Specialty industries raising farmers' incomes (特色产业助农增收): Jiayu's vegetable industry 'that enriches the people' and rural incomes doubled; its output beside. English only; the query's words are not the text's.")
VEG = (P("e07", 4, 5, 6), P("e07", 1, 2, 3),
       "Vegetable industry and rural revitalization: Jiayu's vegetable industry, output and rural incomes; the fields, Xi's visit and his look at the crops beside. English only ('rural revitalization' is in the title, not in a paragraph).")
XIANGCUN = (P("e07", 4, 6), P("e07", 5) + P("z08", 2) + P("z09", 1, 4) + P("h11", 1),
            "xiangcun zhenxing = 乡村振兴 (rural revitalization): no paragraph is about it as such; Jiayu's vegetable industry raising rural incomes (the story's subject, English) is the best answer; the output, the two water regulations naming 乡村振兴 as a purpose or in assessment, and Dongtai's place among the top 100 rural-revitalization counties beside. Doubtful: broad query, thin answers.")
CBEC = (P("e12", 1, 2, 3, 4, 5), P("e12", 6),
        "Cross-border e-commerce (跨境电商): Wuxi's overseas warehouses, its cross-border e-commerce trade and the definition of overseas warehouses; a public warehouse in Los Angeles beside. English only; the query has no hyphen ('ecommerce').")
OVERSEASWH = (P("e12", 1, 2, 4, 5, 6), P("e12", 3),
              "Overseas warehouses (海外仓): Wuxi's 33 warehouses, their role and definition, and a public warehouse in Los Angeles; Wuxi's cross-border trade figures beside. English only.")
CBEC_WX = (P("e12", 1, 2, 3, 6), P("e12", 4, 5),
           "Wuxi's cross-border e-commerce (跨境电商): its overseas warehouses, trade and a Wuxi firm's warehouse in Los Angeles; the general definition of overseas warehouses beside. English only.")
ZJ = (P("e11", 1, 2, 3, 4), P("e11", 5, 6),
      "Shanghai Zhangjiang's integrated national science center (综合性国家科学中心): approval, confirmation, goals and infrastructure; who first proposed it and his quote on its purpose beside. English only.")
ZJ_ZH = (ZJ[0], ZJ[1], "综合性国家科学中心, answered only in English (Zhangjiang's 'integrated national science center'). " + ZJ[2])
WORKREPORT = (P("z11", 1, 2) + P("h05", 3, 4) + P("h08", 2, 3) + P("h09", 2) + P("h11", 1),
              P("z11", 3, 4) + P("h09", 4, 5),
              "Government work reports (政府工作报告): Changsha county 2023, Tianchang 2016 (on 2015 and the 12th FYP), Dongtai 2024 (summary), Yancheng 2022 (news of the report at the congress's opening) in Chinese, Huai'an 2019 in English: the opening formula and the year's review; Changsha county's rankings and honours and the Yancheng report's five-year review beside. Title, delivery and byline lines (h08:1, h05:1, h05:2) and the news subheading h09:3 not judged.")
WORKREPORT_PY = (WORKREPORT[0], WORKREPORT[1], "zhengfu gongzuo baogao = 政府工作报告. " + WORKREPORT[2])
WORKREPORT_EN = (WORKREPORT[0], WORKREPORT[1], "Plural 'reports'. " + WORKREPORT[2])
WORKRULES = (P("h01", 2, 3, 5, 7), P("h01", 4, 6),
             "Municipal government work rules (政府工作规则): Bengbu's rules: the issuing notice, basis, principles and the mayor's responsibility system; the guiding-ideology and members' conduct articles beside. Chinese only (h01:1 the addressee line, not judged).")
OUTLINE = (P("h03", 1), P("h03", 2, 3),
           "14th five-year plan outline (十四五规划纲要): Ma'anshan's notice issuing its outline; the outline's title with its approval and the table of contents beside. Chinese only. Other 十四五 plans (Shanghai's training plan z06, the Greater Bay Area's Outline Development Plan h14) and 十四五 in time phrases are not judged.")
HSTOUR = (P("h12", 2, 3, 4, 5), P("h12", 6, 7, 8) + P("h04", 8, 9),
          "Huangshan tourism (黄山旅游): the Greater Huangshan Area's tourism promotion event, the mountain as World Heritage, the four cities and the service-industry plans; the representatives' stories and the New York promotion of Huangshan Mountain beside. English only (h12:1 is a photo caption, not judged).")
HSTOUR_PY = (HSTOUR[0], HSTOUR[1], "huangshan lvyou with v for ü (旅游). " + HSTOUR[2])
MACAO = (P("h06", 2, 3), P("h06", 4),
         "The Macao Chief Executive's visit to Zhuhai, Zhongshan and Jiangmen: the visit and its meetings; the delegation's members beside. English only (the bureau's video notice, Telegram and social lines h06:1, 5-7 not judged).")
LEGCO = (P("h14", 1, 2, 3, 4, 5), [],
         "The LegCo question on Greater Bay Area (大湾区) planning: the question's introduction, the Outline Development Plan and its three parts. English only. The Macao visit to Greater Bay Area cities (h06) is not a LegCo question, not judged.")
PRIVINV = (P("h13", 2, 4, 5, 6), [],
           "Private investment (民间投资): Guangdong's notice and plan to support private investment, its basis and the first measures (a synonym-spun repost: 加鼎力度, 生长 for 发展). Chinese only (h13:1 and h13:3 title lines not judged).")
CANAL = (P("h16", 1, 2, 3, 4, 5, 6, 8, 9), P("h16", 7),
         "The Grand Canal and Yangzhou: the city and the waterway, Xi's visit, heritage preservation, the UNESCO application office and the canal's earliest record at Yangzhou (Han Gou); the office's director beside. English only.")
CANAL_PY = (P("h16", 2, 3, 4, 5, 6, 8, 9), P("h16", 1, 7) + P("h07", 3),
            "dayunhe = 大运河 (Grand Canal): the China Daily feature on the Grand Canal at Yangzhou (English); its standfirst, the office's director and Suqian's city card where 大运河 passes through (Chinese) beside.")
SUQIAN = (P("h07", 1, 2, 3, 4, 5, 6) + P("h15", 1), [],
          "suqian = 宿迁 (also readable as 诉前, 速迁): the CRI story on Suqian's development, press tour, lakes, sand sculptures, liquor park and photovoltaic industry, and Suqian's cyberspace office's exchange visit to 宿州. Chinese only. The rest of the visit (h15:2-7) is about 宿州 (Anhui), not Suqian, not judged.")

J = {
    "q001": SMES, "q002": SMES_TYPO, "q003": GIANTS, "q004": TTCENTRE, "q005": CHANXUEYAN,
    "q006": PILOTBASE, "q007": UNIFIRM, "q008": PILOTBASE_PY, "q009": CONVPATENT, "q010": SEARAIL,
    "q011": FDISIGN, "q012": SEARAIL, "q013": FAIR, "q014": VOCTRAIN, "q015": RAILSPUR,
    "q016": VOCTRAIN_EN, "q017": SCHOOLPLACES, "q018": FDISIGN, "q019": XUEWEI, "q020": RURALWATER,
    "q021": SCHOOLPLACES, "q022": RURALSUPPLY, "q023": SOURCEPROT, "q024": RURALWATER_EN, "q025": SOURCE_SG,
    "q026": WETLAND, "q027": SOURCEFIX, "q028": WETLAND_GS, "q029": CARBON, "q030": WETLAND_TYPO,
    "q031": CARBON_PY, "q032": OLDRES, "q033": WETLAND_PY, "q034": OLDRES_NB, "q035": GRADSUB,
    "q036": CARBON, "q037": GRADSUB_M, "q038": SPECIALTY, "q039": OLDRES, "q040": VEG,
    "q041": CBEC, "q042": DISABLED, "q043": ZJ, "q044": ZJ_ZH, "q045": XIANGCUN,
    "q046": WORKREPORT_PY, "q047": WORKREPORT, "q048": OVERSEASWH, "q049": WORKREPORT_EN, "q050": OUTLINE,
    "q051": CBEC_WX, "q052": HSTOUR, "q053": HSTOUR_PY, "q054": WORKRULES, "q055": MACAO,
    "q056": LEGCO, "q057": CANAL, "q058": PRIVINV, "q059": CANAL_PY, "q060": SUQIAN,
}
