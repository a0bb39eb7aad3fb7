"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
/work/fresh/zh25, /work/fresh/en25 and /work/fresh/meta26/heldout: all 214 paragraphs read once,
then grepped by subject words and synonyms in both languages and the paragraphs around each hit read
again): qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its document's
file name that is unique in the corpus (x01...x14, g01...g12, m01...m15 are each unique here) and
its number; build.py resolves the prefix.

Heading-only, label-only, caption, salutation, field-table and page-furniture measures are not
judged: x02:1, x06:1, x07:1, x11:1, x13:1, x14:1 (salutations), x06:3 (the plan's
title repeated as a measure), x06:7 (the heading '1.发证清单管理'), x08:3 (salutation), x09:5 (source
line), x10:1 (the deck line '市人民医院北城医院将部分启用。', front matter in zh25), g08:1 (byline),
m01:1 (field line '标题: …文号:废止日期:'), m01:3-5 (attachment label, table headers), m02:2 ('Read
the full plan at nyc.gov/housing.'), m03:1 (e-paper navigation), m03:2 (adoption line and the photo
caption printed twice), m04:1 (breadcrumb), m04:2 (the English report's title and delivery line),
m05:1 (cover fragment '五年规划和2035年远景目标纲要'), m05:2 (approval line), m06:1 (cover line),
m06:2-10 (credits, contact blocks, copyright), m07:2 ('查看全文'), m09:2, m09:4 (adoption and approval
lines), m11:1 (page label), m11:2 (the headline '今年,我们撸起袖子这样干'), m11:4 (the lead-in
'重点做好八个方面工作。'), m13:2 (adoption line with '目录'), m14:1 ('News From Asia'), m15:1 (channel
menus), m15:4 (the subheading '杭南长、合福高铁“十字”交会于上饶').
Passing mentions are not judged: g06:5's sulfur dioxide for air pollution, x01:2's 长三角 (a regional
linkage scheme) for Chuzhou, x04:3's 上海自贸区 and g12:2's Henan Pilot FTZ for 'free trade zone
administration' (judged relevant only for the generic pinyin zimaoqu), g12:3's airport cargo and mail
throughput for the port-throughput queries, m10:5's youth unemployment project (Seoul) and x05's
job-seeking graduates for employment stabilisation, x05's free lodging for affordable housing,
x03:5 (中山's foreign S&T talent) for the Zhuhai query, g02:3's Hengqin of Zhuhai, x09:3's 优种 for
rice seed strains, m11:3's 碳排放 target and g06:5-6's CO2 for carbon trading, m03:3-4's 十四五/十五五
and x11:3's 十四五 for the Huizhou outline, m01 (progress on the 2025 key-task list) for work
reports, m03 (Changsha's work report) for Changsha construction machinery, x05 (Zhengzhou) for the
Zhengzhou mail hub."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


HEAVY = (P("x01", 1, 3, 4), P("x01", 2),
         "余杭's 重污染天气应急预案: its purpose (x01:1), scope and differentiated response (x01:3), the response by pollutant — PM2.5 by the plan, ozone and dust by health notices and source control (x01:4); the legal basis naming the national, provincial and city 重污染天气应急预案 (x01:2) beside.")
HEAVY_EN = (HEAVY[0], HEAVY[1], "heavy pollution emergency plan (Chinese only: 重污染天气应急预案): the same judgment as the Chinese query (x01).")
AIRPOL = (P("x01", 1, 4) + P("x02", 3), P("x01", 2, 3) + P("x02", 2),
          "大气污染防治 (the phrase only in x01:2's law titles): 濮阳's 空气质量持续改善 plan, its purpose — 污染防治攻坚战, 蓝天保卫战 (x02:3); 余杭's heavy-pollution response, its purpose of 精准治污 (x01:1) and pollutant-specific controls of VOCs, NOx and dust (x01:4); the legal basis with 大气污染防治法 (x01:2), the plan's scope (x01:3) and 濮阳's transmittal naming the plan (x02:2) beside. g07 (CO2, greenhouse gas) and g06:5 (SO2 avoided) not judged.")
PERMIT = (P("x03", 1, 2, 3, 4, 5) + P("x14", 2, 3, 5), P("x14", 4),
          "外国人来华工作许可: 中山's measures — purpose (x03:1), online approval (x03:2), no repeated documents for holders of other Bay Area permits (x03:3), on-the-spot permits for entrants with visas (x03:4), relaxed limits for foreign S&T talent (x03:5); 珠海's one-window zone for work permits and residence (x14:2), the S&T bureau's permit business (x14:3), the application path (x14:5); the police's residence permits for permit holders (x14:4) beside.")
PERMIT_EN = (PERMIT[0], PERMIT[1], "foreign work permits (Chinese only): the same judgment as 外国人来华工作许可 (x03, x14).")
HAICANG = (P("x04", 1, 2, 3), [],
           "海仓保税港区 (an IME homophone typo: 仓 for 沧; 海仓 is nowhere in the corpus): 海沧保税港区's 3 million TEU (x04:1), import and export containers (x04:2), the reasons — routes, the automated terminal, customs reforms (x04:3).")
CONTAINER = (P("x04", 1, 2) + P("m08", 1, 2), P("x04", 3) + P("m08", 3),
             "container throughput port: 海沧保税港区's containers pass 3 million TEU (x04:1) and imports and exports (x04:2) (Chinese, no 吞吐 in the text), the Port of Rotterdam's first-half cargo (m08:1) and the CEO on throughput and container throughput (m08:2); the reasons for Haicang's growth (x04:3) and Rotterdam's container terminals and Maasvlakte (m08:3) beside. g12:3 (airport cargo and mail throughput) not judged.")
YIZHAN = (P("x05", 1, 2, 5), P("x05", 3, 4),
          "青年人才驿站: 郑州's stations open, free lodging for job-seeking graduates (x05:1), the station at 郑州东站 (x05:2), who qualifies and the 7 free days (x05:5); two guests' testimonies (x05:3-4) beside.")
YIZHAN_PY = (YIZHAN[0], YIZHAN[1], "rencai yizhan = 人才驿站: the same judgment as 青年人才驿站 (x05); no other 驿站 in the corpus.")
EZZ = (P("x06", 4, 5, 6, 8) + P("x07", 4), P("x06", 2) + P("x07", 2, 3),
       "电子证照: 普陀's plan on managing and using e-licences — purpose (x06:4), principles (x06:5), responsibilities (x06:6), the issuing catalogue (x06:8); 德州's targets for e-licence and certificate use (x07:4); the transmittal naming the plan (x06:2), 德州's opinion citing the State Council's e-licence opinion (x07:2) and 减证办事/免证办事 (x07:3) beside. x06:3 (title repeated) and x06:7 (heading) not judged.")
EZZ_PY = (EZZ[0], EZZ[1], "dianzizhengzhao = 电子证照, unspaced: the same judgment (x06, x07:4).")
SPRING_EN = (P("x09", 1, 3), P("x09", 2, 4),
             "spring plowing fertilizer (Chinese only: 春耕, 农资, 化肥): 大冶's spring ploughing advancing with farm supplies sufficient (x09:1), the reserves of seed, 化肥 1.35万吨, pesticide and film and the anti-fake campaign (x09:3); the spring sowing area (x09:2) and crop restructuring (x09:4) beside. g01's famous springs (a false friend) not judged.")
NOCERT = (P("x07", 2, 3, 4), P("x06", 4),
          "无证明城市: 德州's opinion on the certificate-free city — basis (x07:2), guiding thought with 减证办事, 免证办事 (x07:3), targets for 2022 (x07:4); 普陀's e-licence plan's purpose (x06:4) beside.")
NOCERT_EN = (NOCERT[0], NOCERT[1], "certificate-free city (Chinese only: 无证明城市): the same judgment (x07; x06:4 beside).")
NOCERT_PY = (NOCERT[0], NOCERT[1], "wuzhengming chengshi = 无证明城市: the same judgment (x07; x06:4 beside).")
HOSP = (P("x10", 2, 3, 5), P("x10", 4, 6),
        "医院新院区启用 (the text: 北城新区医院, 新院区, 启用): the new campus opens some clinics and wards on 26 September (x10:2), the campus preparing for opening (x10:3), which departments open first (x10:5); the campus's size and construction (x10:4) and its effect on care (x10:6) beside. The deck line x10:1 ('市人民医院北城医院将部分启用。') not judged. m10:3/8 (Seoul's emergency medical center) not judged.")
EMPLOY_EN = (P("x08", 1, 4), P("x08", 2, 5),
             "employment stabilization measures (Chinese only: 稳就业, 若干意见): 辽宁's press conference on the 稳就业 opinions (x08:1) and the deputy director's introduction of their background (x08:4); the release line (x08:2) and '就业…是最大的民生' (x08:5) beside. x08:3 (salutation) not judged; m10:5 (Seoul youth unemployment) not judged.")
EMPLOY_PY = (P("x08", 1, 2, 4), P("x08", 5),
             "wen jiuye = 稳就业: every paragraph naming 稳就业 (x08:1, 2, 4); x08:5 (就业 as the biggest livelihood) beside.")
HEZE = (P("x12", 1, 3, 4), P("x12", 2),
        "文旅惠民消费季 (the text: 文化和旅游惠民消费季): the 4th 菏泽 season launched with China Tourism Day (x12:1), the season's briefing and the 惠游菏泽 routes (x12:3), 让利于民 (x12:4); the promotional film (x12:2) beside. The attendance list (x12:5) not judged.")
CHUNGENG = (P("x09", 1, 3), P("x09", 2, 4),
            "春耕农资: farm supplies sufficient for spring ploughing (x09:1), 春耕物资储备 and the 农资打假 campaign (x09:3); spring sowing area (x09:2) and crop structure (x09:4) beside.")
CHUNGENG_PY = (P("x09", 1, 2, 3), P("x09", 4),
               "chungeng shengchan = 春耕生产: spring ploughing advancing (x09:1), sowing areas (x09:2), supplies (x09:3); crop structure (x09:4) beside.")
SPRINGS = (P("g01", 1, 2, 3, 4), P("g01", 5),
           "Jinan's famous springs protection (English only for 名泉保护): purpose (g01:1), scope (g01:2), the protection committee (g01:3), the competent bureau (g01:4); the county departments (g01:5) beside.")
SPRINGS_ZH = (SPRINGS[0], SPRINGS[1], "名泉保护 (English only): the same judgment as 'famous springs protection' (g01).")
LONGGANG = (P("x11", 3, 4), P("x11", 2),
            "龙岗 work report: the 2025 report's review of 2024 (x11:3) and the indicators and industries (x11:4); the delivery formula (x11:2) beside. x11:1 (salutation) not judged.")
STLAW = (P("g03", 1, 2, 3, 4), P("g03", 5, 6),
         "keji chuangxin tiaoli = 科技创新条例 (English only): Guangzhou's regulations on promoting S&T innovation — purpose (g03:1), scope (g03:2), definition (g03:3), the city government's duty (g03:4); district governments and the S&T department (g03:5-6) beside.")
MFG = (P("x13", 2, 3, 4, 5), [],
       "制造业高质量发展: 开封's transmittal of the 推动制造业高质量发展 plan (x13:2), its basis (x13:3), guiding thought (x13:4), targets to 2022 and 2025 (x13:5). x13:1 (salutation) not judged; g08 (Changsha equipment) not judged.")
ZHUHAI = (P("x14", 2, 3), P("x14", 4, 5),
          "Zhuhai and 外籍人才 (the text: 外国科技人才, 外国人才, 外籍): the one-window zone to attract foreign S&T talent (x14:2), the bureau's business incl. 广东省外籍…高层次人才认定 (x14:3); residence permits for foreigners and 外籍家属 (x14:4) and the application path (x14:5) beside. 中山's x03:5 not judged (another city).")
JUNO = (P("g05", 1, 2), P("g05", 3, 4),
        "JUNO (English only for Chinese/pinyin queries): the core component of the Jiangmen Underground Neutrino Observatory completed (g05:1), what it is built to detect (g05:2); neutrinos as 'ghost' particles (g05:3) and the history of neutrino research (g05:4) beside.")
JUNO_EN = (JUNO[0], JUNO[1], "neutrino obervatory (typo: obervatory): the same judgment (g05).")
JUNO_ZH = (JUNO[0], JUNO[1], "中微子实验站 (English only; the text: Underground Neutrino Observatory): g05.")
JUNO_PY = (JUNO[0], JUNO[1], "zhongweizi = 中微子 (English only): g05.")
FTZ = (P("g02", 1, 2, 3), P("g02", 4),
       "free trade zone administration: the Trial Measures for the Administration of the Guangdong Pilot FTZ promulgated (g02:1), their purpose and basis (g02:2), scope — Nansha, Qianhai and Shekou, Hengqin (g02:3); the zone's orientation (g02:4) beside.")
FTZ_PY = (P("g02", 1, 2, 3), P("g02", 4) + P("x04", 3) + P("g12", 2),
          "zimaoqu = 自贸区 (English only, except 上海自贸区 in x04:3): the Guangdong FTZ measures (g02:1-3); the zone's orientation (g02:4), 海沧's copying of 上海自贸区 policies (x04:3) and Henan's Pilot FTZ (g12:2) beside.")
TIANWAN = (P("g06", 1, 2, 3, 4), P("g06", 5, 6, 7),
           "Tianwan nuclear plant (English only for 田湾核电): unit 6 ready, completing phase three (g06:1), the phase's two units (g06:2), power produced (g06:3), unit 6's construction and grid connection (g06:4); coal and emissions avoided (g06:5), carbon goals (g06:6), CNNC's 24 units (g06:7) beside.")
TIANWAN_PY = (TIANWAN[0], TIANWAN[1], "tianwan hedian = 田湾核电 (English only): the same judgment (g06).")
PENSION = (P("g04", 1, 3, 5), P("g04", 2, 4),
           "rural pension (the text: rural endowment insurance, pension once in g04:1): Chongqing's full rural coverage 4 years early, pension of RMB 80 a month (g04:1), participation 80% (g04:3), the pilot's spread (g04:5); the vice mayor at the conference (g04:2) and the strained system (g04:4) beside.")
PENSION_ZH = (PENSION[0], PENSION[1], "农村养老保险 (English only; 养老 nowhere in the corpus): the same judgment (g04).")
CAPTRADE = (P("g07", 1, 2, 3), P("g07", 4, 5, 6, 7),
            "carbon cap and trade: Tokyo's cap-and-trade program and the first compliance period met (g07:1), mandatory CO2 reduction (g07:2), trading of credits (g07:3); the periods and compliance factors (g07:4-6) and how facilities met them (g07:7) beside. g06:5-6 (CO2 avoided, carbon neutrality) not judged.")
CAPTRADE_PY = (CAPTRADE[0], CAPTRADE[1], "tanpaifang jiaoyi = 碳排放交易 (English only): Tokyo's cap-and-trade (g07). m11:3's 碳排放 target not judged.")
CS_MACH = (P("g08", 3, 4, 5, 6), P("g08", 2),
           "Changsha and 工程机械 (English only: construction equipment/machinery): Changsha's exhibition and its 1,150 firms (g08:3), Changsha as a base of the industry (g08:4), the industry's history with Sany (g08:5), its output and share (g08:6); Case after Bauma (g08:2) beside. g08:1 (byline) not judged; m03 not judged.")
MACH_EXPO = (P("g08", 2, 3, 4), P("g08", 5, 6),
             "construction machinary exhibition (typo: machinary): Bauma and Case heading to China's exhibition (g08:2), the Changsha International Construction Equipment Exhibition (g08:3), its effect on Changsha (g08:4); the industry's history and output (g08:5-6) beside.")
HERBS = (P("g09", 1, 3, 6, 7), P("g09", 2, 4, 5),
         "中药才市场 (an IME homophone typo: 才 for 材; English only): Bozhou's Chinese medicinal herbs market opening (g09:1), the ceremony's role for the market (g09:3), TCM firms, dealers, growers and the expo (g09:6), Bozhou's share of the national herbs trade (g09:7); Hua Tuo and TCM culture (g09:2), performances (g09:4) and the TCM exchange (g09:5) beside.")
RICE_SEED = (P("g11", 1, 3), P("g11", 2, 4),
             "rice seed strains: Huaian nurturing fine seed strains (g11:1), improved seed strains and quality bases (g11:3); the alliance and brand (g11:2) and the alliance's 29 firms incl. raising seedlings (g11:4) beside. x09:3's 优种 not judged.")
HUAIAN = (P("g11", 1, 2, 3, 4), [],
          "淮安 and rice (English only; 淮安 nowhere in the corpus): all four paragraphs of Huaian's rice industry (g11:1-4).")
BTO = (P("g10", 2, 5), P("g10", 1, 3, 4, 6),
       "BTO flats Singapore: HDB's 4 BTO exercises with 15,300 flats (g10:2), 15,748 flats completed incl. 12,937 BTO (g10:5); housing options (g10:1), the Tengah launch (g10:3), balance flats (g10:4) and resale (g10:6) beside.")
AFFORD = (P("m02", 1, 3, 4) + P("g10", 2, 5), P("g10", 1, 3, 4, 6),
          "保障性住房 (English only: affordable housing, public housing): New York's plan for 200,000 affordable units (m02:1) and two praises of its affordable housing (m02:3, m02:4), HDB's BTO (subsidised public) flats launched and completed (g10:2, g10:5); HDB's other options, Tengah, balance flats and resale (g10:1, 3, 4, 6) beside. x05 (free temporary lodging) not judged. Whether HDB flats count as 保障性住房 is a reader's call.")
MAILHUB = (P("g12", 1), P("g12", 2, 3),
           "国际邮件枢纽口岸 (English only): Zhengzhou approved as a hub port for international mail (g12:1); Henan's opening-up platforms (g12:2) and the airport's cargo and mail throughput (g12:3) beside.")
ZZ_MAIL = (MAILHUB[0], MAILHUB[1], "郑州 mail hub: the same judgment (g12). x05 (郑州's talent stations) not judged.")
CHIZHOU = (P("m01", 2), [],
           "池州 and 重点工作 progress: the report on Jan-Oct progress of the 147 key tasks, 7 behind target (m01:2), the only body paragraph. The field line (m01:1, with the title), the attachment label and table headers (m01:3-5) not judged.")
NYC = (P("m02", 1), P("m02", 3, 4),
       "纽约 housing plan: Mayor de Blasio's Housing New York plan (m02:1); HUD's and Cardinal Dolan's praise (m02:3-4) beside. 纽约 nowhere in the corpus (English only). m02:2 ('Read the full plan') not judged.")
HUIZHOU = (P("m05", 3, 4), P("m05", 5),
           "shisiwu guihua gangyao = 十四五规划纲要: 惠州's outline — the 十四五 period and the outline's importance (m05:3), its basis and scope (m05:4); the 十三五 achievements and the new stage (m05:5) beside. m05:1-2 (cover fragment, approval line) not judged; 长沙's 十五五 纲要 (m03:3) not judged.")
RDAM = (P("m08", 1, 2), P("m08", 3),
        "Rotterdam 港口吞吐量 (English only): 222 million tonnes in H1 2012 (m08:1), the CEO on throughput growth (m08:2); the Second Maasvlakte and container terminals (m08:3) beside.")
LA = (P("m06", 12), P("m06", 11),
      "Los Angeles economic comparison: the report's opening, LA's renaissance and 2016 indicators (m06:12), the only body paragraph; the contents line (m06:11) beside. Cover, credits and contact blocks (m06:1-10) not judged.")
CHUZHOU = (P("m07", 1), [],
           "Chuzhou and 长三角: the feature's teaser on 滁州 between the Nanjing and Hefei metropolitan circles (m07:1), the only body paragraph; 长三角 is not in it (the stored page stops in the teaser). '查看全文' (m07:2) not judged; x01:2's 长三角 scheme not judged.")
REPEAL = (P("m09", 3, 5), P("m09", 1, 6, 7),
          "废止地方性法规: 淮南's decision to amend eight regulations and repeal the 开发建设项目环境保护条例 (m09:5), the province's approval of the decision (m09:3); the resolution's title line (m09:1) and the first amendments (m09:6-7) beside. Adoption lines (m09:2, 4) not judged.")
WORKREP = (P("x11", 3, 4) + P("m03", 4) + P("m04", 4) + P("m11", 3), P("x11", 2) + P("m03", 3) + P("m04", 3) + P("m11", 5, 6),
           "政府工作报告 (and the English translation): the body of the reports in the corpus — 龙岗's 2025 report's review (x11:3-4), 长沙's 2026 review of 2025 (m03:4), Xi'an's 2018 report's review of 2017 (m04:4, English), 阜阳's 2022 targets (m11:3, a 解读); the opening formulae (x11:2, m03:3, m04:3) and 阜阳's tasks (m11:5-6) beside. Captions, titles, delivery lines and headlines (m03:2, m04:1-2, m11:1-2, 4) not judged; m01 not judged.")
TOKYO = (P("m12", 1) + P("g07", 1), P("m12", 3, 4) + P("g07", 2, 3),
         "Tokyo sustainability action: the stored page of 'Tokyo Sustainability Action' holds only its name (m12:1 'Tokyo Sustainability Action Future Tokyo Documents', m12:3-4 page labels), so the nearest substance is Tokyo's cap-and-trade towards the city with the lowest environmental impact (g07:1); m12:1 highly relevant as the document asked for, m12:3-4 and the program's mandate and trading (g07:2-3) beside. m12:2 (uploader's message) not judged. Doubtful by nature.")
SEOUL = (P("m10", 2, 7), P("m10", 1, 3, 4, 5, 6, 8, 9),
         "Seoul new policies 2021: '2021 Changing Seoul Life' with 50 projects, new systems and facilities (m10:2), its publication for citizens (m10:7); the headline bullet (m10:1) and the single policies — infection emergency center, paid sick leave, youth unemployment studio, forest road (m10:3-6), the emergency center (m10:8), the DDP studio (m10:9) beside.")
CIVIL = (P("m13", 3, 4, 5, 6, 7), P("m13", 1, 8, 9),
         "文明行为促进条例: 宣城's regulation — purpose (m13:3), scope (m13:4), definition (m13:5), principles (m13:6), the responsible body (m13:7); the province's approval naming it (m13:1), article 6 and public figures' role (m13:8-9) beside. m13:2 (adoption line, 目录) not judged; 文明城市 in m01:2, m07:1 not judged.")
FUZHOU = (P("m14", 3, 4, 5), P("m14", 2),
          "福州 and digital economy (福州 nowhere in the corpus; English only): the signing of digital economy projects at the 6th Digital China Summit (m14:3), the 25 projects and agreements (m14:4), the investment competition (m14:5); the headline (m14:2) beside.")
HSR = (P("m15", 2, 3), [],
       "gaotie shizi jiaohui = 高铁十字交会: 上饶 as the only prefecture city with crossing high-speed lines — the dateline paragraph with the headline (m15:2) and the report (m15:3). The subheading m15:4 ('杭南长、合福高铁“十字”交会于上饶') not judged (heading-only, as search21 did with j13:5); channel menus (m15:1) not judged.")

J = {
    "q001": HEAVY, "q002": HEAVY_EN, "q003": AIRPOL, "q004": PERMIT, "q005": HAICANG,
    "q006": PERMIT_EN, "q007": CONTAINER, "q008": YIZHAN, "q009": EZZ_PY, "q010": YIZHAN_PY,
    "q011": EZZ, "q012": SPRING_EN, "q013": NOCERT, "q014": NOCERT_EN, "q015": HOSP,
    "q016": NOCERT_PY, "q017": EMPLOY_EN, "q018": HEZE, "q019": EMPLOY_PY, "q020": CHUNGENG,
    "q021": SPRINGS_ZH, "q022": CHUNGENG_PY, "q023": LONGGANG, "q024": STLAW, "q025": MFG,
    "q026": ZHUHAI, "q027": JUNO_EN, "q028": SPRINGS, "q029": FTZ, "q030": TIANWAN_PY,
    "q031": FTZ_PY, "q032": PENSION_ZH, "q033": CAPTRADE, "q034": PENSION, "q035": JUNO_ZH,
    "q036": CS_MACH, "q037": JUNO_PY, "q038": TIANWAN, "q039": HERBS, "q040": CAPTRADE_PY,
    "q041": MACH_EXPO, "q042": RICE_SEED, "q043": BTO, "q044": AFFORD, "q045": MAILHUB,
    "q046": HUAIAN, "q047": ZZ_MAIL, "q048": CHIZHOU, "q049": NYC, "q050": HUIZHOU,
    "q051": RDAM, "q052": LA, "q053": CHUZHOU, "q054": REPEAL, "q055": WORKREP,
    "q056": TOKYO, "q057": SEOUL, "q058": CIVIL, "q059": FUZHOU, "q060": HSR,
}
assert len(J) == 60
