"""Judgments made by reading the paragraphs (kb measures output of an index of the three corpora
/work/main/eval/real/zh26, /work/main/eval/real/en26 and /work/main/eval/meta27/heldout: all 225
paragraphs read once, then grepped by subject words and synonyms in both languages and the
paragraphs around each hit read again): qid -> (highly relevant, relevant, note). A paragraph is
named by a prefix of its document's file name that is unique in the corpus (w01...w14, h01...h12,
k01...k15 are each unique here) and its number; build.py resolves the prefix.

Heading-only, label-only, caption, salutation, field-table and page-furniture measures are not
judged: w01:1 (文件编号/发布机构 field table), w01:2, w02:1, w05:2 (salutations), w03:1 (date and source
line), w05:1 (the delivery line '——2024年1月6日在霍邱县第十八届人民代表大会第三次会议上'), w09:3 (byline),
w09:4 (the subheading '专精特新企业“破茧成蝶”'), h08:1 (byline), k02:3 ('Related Articles'), k03:1
(source and heat line), k03:2 (adoption and approval line), k03:3 (the lead-in '…会议决定:'), k06:1
(browser notice), k07:1 (page label), k07:8 (e-paper metadata trailer), k08:2 (photo caption), k10:2
(upload date), k10:3-7 (cover city names run together), k11:1 (field list), k11:4 (the heading
'…实施细则第一章总则'), k12:5 ('(Source: AHFAO)'), k12:6 (the sourcing site's unrelated link), k14:6-7
(blog comment furniture), k15:2 and k15:4 (garbled adoption lines).
Passing mentions are not judged: k13:3's 宿迁港 for the port-throughput query, h06:1's airport cargo
throughput for ports, h03:3-4's technology transfer centre and transfer base for university
technology transfer, k02:2's exchanges with foreign guests for media exchange, k07:4 and k09:4's
drafts for amending local regulations, k09:2's 人大常委会主任 attending the presidium for the directors'
meeting, h10:5's ecotourism for rural tourism, k05:3's clean air for air quality, k10:3's Tianjin
for the Tianjin query, h09:1's and k06:2's NANCHANG dateline for the Nanchang query."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


TEXTILE_ZH = (P("w01", 4, 5, 6, 7), P("w01", 3) + P("h01", 1),
              "长兴's 纺织产业高质量发展 plan: its purpose — a stronger textile cluster and high-quality development of a traditional industry (w01:4), the four projects and the 化纤织造 / 产业用纺织品 strategy (w01:5), the 2027 output and productivity targets (w01:6), green and smart upgrading (w01:7); the transmittal naming the plan (w01:3) and 南通 Tongzhou's effort to develop its home textile industry (h01:1, English) beside.")
TEXTILE_EN = (P("w01", 4, 5, 6, 7) + P("h01", 1), P("w01", 3) + P("h01", 3, 4, 5, 6),
              "textile industry cluster: 长兴's textile cluster plan in Chinese (w01:4 纺织产业集群, w01:5 特色产业集群, targets w01:6-7) and Tongzhou's home textile industry initiative (h01:1); the transmittal (w01:3) and Tongzhou's market, IP centre, trademarks and cross-border exports (h01:3-6) beside.")
PATENT = (P("w02", 3, 4), P("w02", 2) + P("w09", 1) + P("w14", 2),
          "专利转化运用: 泸州's 专项行动 plan — purpose, 专利产业化 (w02:3), the 2025 targets for a 专利转化运用体系 (w02:4); the transmittal naming the plan (w02:2), Zhejiang's patent pledge registration pilot (w09:1) and universities' transfer and licensing of results (w14:2) beside.")
PATENT_PY = (PATENT[0], PATENT[1], "zhuanli zhuanhua = 专利转化: the same judgment as 专利转化运用 (w02, with w09:1 and w14:2 beside).")
PEAK = (P("w03", 2, 5, 6), P("w03", 3, 4),
        "迎峰度夏: the Wunan 500 kV substation's capacity expansion, Jiangsu's first 迎峰度夏 project this year (w03:2), the expected heat and record load (w03:5), the 500 kV and distribution projects for the summer peak (w03:6); the substation's role (w03:3) and the transformer upgrade (w03:4) beside.")
SUBST = (P("w03", 2, 3, 4), P("w03", 5, 6),
         "500kV substation expansion (Chinese only): the Wunan 500千伏变电站 capacity expansion in service (w03:2), the hub substation in 武进 (w03:3), three transformers from 750 to 1000 MVA (w03:4); the summer load (w03:5) and Jiangsu's other 500 kV projects (w03:6) beside.")
WATER_ZH = (P("w04", 1, 2, 3), P("w04", 4),
            "城乡供水一体化: 南县's 西线引水 project completed, 16.2万 residents drink Yangtze water (w04:1), the only county in Hunan relying on groundwater, the 10.16亿 project started 2021 (w04:2), the intake, route and waterworks (w04:3); the closing significance sentence (w04:4) beside.")
WATER_EN = (P("w04", 1, 3), P("w04", 2, 4),
            "water diversion project (Chinese only: 西线引水): the 西线引水 project in service (w04:1), its source, intake and route bringing Yangtze water to the county seat (w04:3); the background and investment (w04:2) and significance (w04:4) beside.")
WORKREP_PY = (P("w05", 4, 5, 6) + P("k13", 1), P("w05", 3) + P("k13", 2, 3, 4, 5) + P("k09", 4),
              "gongzuo baogao = 工作报告: the body of 霍邱's 2024 county government work report (w05:4 review, w05:5 figures, w05:6 projects) and 宿迁's 2019 work report delivered to the congress (k13:1); the opening formula (w05:3), the items of 宿迁's report listed as a digest (k13:2-5) and 扬州's delegations reviewing the work reports of the standing committee and the two courts (k09:4) beside.")
HUOQIU = (P("w05", 4, 5, 6), P("w05", 3),
          "霍邱 work report (霍邱 in the delivery line w05:1, not judged, and in w05:6's 霍邱段): the 2023 review (w05:4), the economic figures (w05:5), the flood-storage and special-bond projects (w05:6); the opening formula (w05:3) beside.")
SENIOR_ZH = (P("w06", 1, 2, 3), P("w06", 4, 5),
             "老年大学新校区: 黄石市老年大学's spring opening on its new campus (w06:1), the move to 团城山新校区, its builder and setting (w06:2), the digital campus, classrooms and 8000 places (w06:3); a neighbour's praise of the new buildings (w06:4) and the rush to enrol (w06:5) beside.")
SENIOR_EN = (P("w06", 1, 2, 3, 5), P("w06", 4),
             "senior citizens university (Chinese only: 老年大学): 黄石's senior university opening its term (w06:1), its new campus (w06:2), departments, classes and places (w06:3), the rush to enrol (w06:5); the neighbour's praise (w06:4) beside.")
FRUIT = (P("w07", 1, 2, 3), P("w07", 4),
         "义乌's designated inspection site for imported fruit: the 海关总署's acceptance inspection (w07:1), the site approved in 2017 at the airport port with inspection, fumigation and cold storage (w07:2), the experts' check of the facilities (w07:3); what it brings to 义乌 and neighbouring cities (w07:4) beside.")
FRUIT_TYPO = (FRUIT[0], FRUIT[1], "进境水果制定监管场地 (制定 for 指定, an IME homophone typo; 制定监管场地 is nowhere in the corpus): the same judgment as imported fruit inspection (w07).")
FRUIT_EN = (FRUIT[0], FRUIT[1], "imported fruit inspection (Chinese only: 进境水果指定监管场地): 义乌's site (w07:1-3), its use (w07:4) beside.")
GIG = (P("w08", 2, 3, 4, 5), P("w08", 1),
       "零工市场: 焦作's 10 offline markets and 110 stations (w08:2), the city market's services (w08:3), the 焦作零工 mini-program (w08:4), standards and rights protection (w08:5); the plumber's story (w08:1) beside.")
GIG_PY = (P("w08", 1, 2, 3, 4, 5), [],
          "linggong jiuye = 零工就业: all five paragraphs of 焦作's gig-work markets — the worker finding jobs near home (w08:1), the network against poor job information (w08:2), registration and job-seeking at the offline market (w08:3), the app matching employers and job seekers (w08:4), 24-hour matching and rights windows (w08:5).")
IPLOAN = (P("w09", 1, 2), P("w09", 5) + P("w02", 4),
          "知识产权质押融资: Zhejiang's data-IP platform and the paperless patent pledge pilot (w09:1), 衢州's IP pledge financing, 240.9亿 of loans (w09:2); a food firm's trademark loan (w09:5) and 泸州's 质押融资 target in its patent plan (w02:4) beside.")
IPLOAN_EN = (IPLOAN[0], IPLOAN[1], "IP pledge loans (Chinese only): the same judgment as 知识产权质押融资 (w09:1-2, with w09:5 and w02:4 beside).")
CIIE = (P("w10", 1, 2, 3), P("w10", 4),
        "进博会 and 北京市交易团: the purchase agreements at the 2nd CIIE, intended purchases up over 30% (w10:1), the delegation's size and make-up (w10:2), its deals signed on site (w10:3); its investment promotion at the fair (w10:4) beside.")
CARBON_INCL = (P("w11", 1, 3, 4, 5) + P("w12", 1, 2, 3, 4), P("w11", 2) + P("w12", 5),
               "碳普惠: 深圳's household low-carbon-electricity 碳普惠 app (w11:1 launch, w11:3 how it counts household reductions, w11:4 badges, w11:5 redeeming and trading reductions) and 成都's 碳惠天府 mechanism of points for citizens' low-carbon acts (w12:1-4; w12:3 names the 碳普惠生态圈); the launch's organisers (w11:2) and the future merchant alliance (w12:5) beside.")
CARBON_INCL_PY = (CARBON_INCL[0], CARBON_INCL[1], "tanpuhui = 碳普惠: the same judgment as the Chinese query (w11, w12).")
BEARING = (P("w13", 1, 2, 3, 4, 5), [],
           "轴承产业集群: the five bearing clusters of China (w13:1), 瓦房店 (w13:2), 洛阳 (w13:3), 聊城 (w13:4), Zhejiang (w13:5).")
LINQING = (P("w13", 4, 1), P("w13", 2, 3, 5),
           "临清 bearing industry (临清 occurs nowhere in the text; 聊城's cluster is 临清's): the 聊城 cluster, the largest cage and bearing trading base (w13:4), the five clusters naming 聊城 (w13:1); the other bases, 瓦房店, 洛阳 and Zhejiang, for comparison (w13:2, 3, 5) beside.")
MEILAN = (P("h05", 1, 2, 3), P("h05", 4, 5),
          "美兰机场扩建 (English only; 美兰 nowhere in Chinese): Haikou Meilan's expansion in operation (h05:1), the new terminal and runway (h05:2), Terminal 2's size and duty-free shops (h05:3); self-service devices (h05:4) and the terminal's design (h05:5) beside.")
TECHTRANS = (P("w14", 1, 2), P("w14", 3),
             "university technology transfer (Chinese only): the world universities' technology transfer conference, contract sums rising (w14:1), the 2022 annual report on universities' 科技成果转化 (w14:2); the school-enterprise platform (w14:3) beside. h03:3-4 (a CAS institute's transfer centre, the graphene transfer base) not judged: not universities.")
TECHTRANS_PY = (P("w14", 1, 2), P("w14", 3) + P("w02", 3),
                "keji chengguo zhuanhua = 科技成果转化: universities' transfer of results (w14:1-2); the platform (w14:3) and 泸州's aim of turning innovation results into productive forces (w02:3) beside.")
WENZHOU = (P("h06", 1, 3, 4), P("h06", 2),
           "温州 airport in the 14th Five-Year Plan for civil aviation: the plan's 2025 targets (h06:1), the aviation hub and service system (h06:3), the third-phase expansion and second runway (h06:4); the 13th plan's achievements (h06:2) beside.")
NANTONG = (P("h01", 1, 3, 4, 5, 6), P("h01", 2),
           "南通 home textiles (南通 only in English here): Tongzhou's Nantong Home Textile tags (h01:1), market, IP centre and e-commerce park (h01:3), trademarks (h01:4), overseas networks (h01:5), cross-border exports (h01:6); the tags' first use (h01:2) beside. 长兴's textiles (w01) not judged: another city.")
TAICANG = (P("h02", 1, 2, 5), P("h02", 3, 4),
           "太仓德资企业 (English only): 29 new German-funded projects and reinvested profits (h02:1), offices in Germany (h02:2), 500 German-funded firms, 'hometown of German enterprises' (h02:5); foreign investment in local chains (h02:3) and dual vocational education for German firms (h02:4) beside.")
DOCTORS = (P("h07", 2, 3), P("h07", 1),
           "乡村医生 (English only): the two hospital doctors serving two remote villages of Huangjian, Xiuning, for two years (h07:2), the villages' distance from care before them (h07:3); Xu's farewell (h07:1) beside.")
GRAPHENE = (P("h03", 1, 2, 3, 4, 5), [],
            "shimoxi = 石墨烯 (English only): Changzhou's graphene projects settling in Wujin (h03:1), what graphene is (h03:2), the agreements and advisor (h03:3), Wujin's graphene park and town (h03:4), 130 companies (h03:5).")
CSNS = (P("h04", 1, 2, 3), P("h04", 4, 5, 6),
        "散列中子源 (列 for 裂, an IME homophone typo; 散裂中子源 itself is also English only): phase II of the China Spallation Neutron Source in 东莞 — the upgrade begun (h04:1), construction launched (h04:2), the new instruments and beam power (h04:3); the schedule (h04:4) and what phase II improves (h04:5-6) beside.")
CSNS_EN = (CSNS[0], CSNS[1], "spallation nuetron source (typo; 'nuetron' matches nothing): the same judgment as the Chinese query (h04).")
FILMTOUR = (P("h08", 3, 4, 5), P("h08", 2, 6, 7) + P("k05", 6),
            "film tourism: Hengdian's film sets open to night visitors (h08:3), the sets as a tourist destination (h08:4), visitors by day and hotels by night (h08:5); the deck line welcoming visitors (h08:2), the film companies (h08:6) and the shooting location (h08:7), and the reporters drawn to 冯小刚电影公社's film-scene streets in 海口 (k05:6, Chinese) beside.")
AIRPORT_EXP = (P("h05", 1, 2, 3) + P("h06", 4), P("h05", 4, 5) + P("h06", 2),
               "airport terminal expansion: Haikou Meilan's expansion with Terminal 2 (h05:1-3), Wenzhou Airport's third-phase expansion (h06:4); Meilan's check-in devices and design (h05:4-5) and Wenzhou's T2 terminal projects under the 13th plan (h06:2) beside.")
WUYUAN_FOR = (P("h09", 5, 7, 8), P("h09", 3, 6),
              "婺源 foreign tourists (婺源 only in English): a British national's homestay (h09:5), overseas travellers (h09:7), 90% of the B&B's guests foreign (h09:8); visitors from across the country (h09:3) and the Briton's impression (h09:6) beside.")
HENGDIAN = (P("h08", 3, 6, 7), P("h08", 2, 4, 5),
            "hengdian yingshicheng = 横店影视城 (English only: Hengdian World Studios): its night-visitor film sets (h08:3), the township's film companies and actors (h08:6), China's largest shooting location (h08:7); the deck line (h08:2), the sets as destination (h08:4) and visitors' stay (h08:5) beside.")
RAPESEED = (P("h09", 1, 2, 3), P("h09", 4, 5, 7, 8, 9),
            "油菜花乡村旅游 (English only): 婺源's season (h09:1), 6,700 hectares of rapeseed flowers (h09:2), the visitors they bring (h09:3); traditional villages (h09:4), homestays and overseas travellers (h09:5, 7, 8) and rural revitalization (h09:9) beside.")
ULEZ = (P("h11", 2, 3, 4, 5), P("h11", 1, 6),
        "ULEZ expansion: NO2 in Outer London after the expansion (h11:2, 3), the caution on attributing it (h11:4), earlier ULEZ phases (h11:5); 'diesel-free' London (h11:1) and diesel car registrations (h11:6) beside.")
ULEZ_ZH = (ULEZ[0], ULEZ[1], "超低排放区 (English only: the Ultra Low Emission Zone, ULEZ): the same judgment as ULEZ expansion (h11).")
WHARFS = (P("h10", 2, 4), P("h10", 1, 3, 5),
          "illegal wharfs Yangtze: Ma'anshan's riverbank cluttered with illegal wharfs and shipyards (h10:2), over 150 illegal wharfs and 22 shipyards closed (h10:4); the Yangtze pollution battle (h10:1), the resident's memory (h10:3) and his turn to ecotourism (h10:5) beside.")
SHISANWU = (P("k01", 2), P("k01", 1, 3) + P("h06", 2),
            "shisanwu guihua = 十三五规划: 泰州's 13th five-year plan outline, its period and role (k01:2); the cover title (k01:1), the contents (k01:3) and Wenzhou Airport's work 'during the 13th Five-Year Plan' (h06:2, English) beside.")
CONTAINER_ZH = (P("k04", 4) + P("k14", 1, 2, 3) + P("h12", 6), P("k04", 1) + P("k14", 4) + P("h12", 1, 3),
                "港口集装箱吞吐量 (English only; 集装箱, 吞吐量 occur nowhere): Vancouver's record 3.5 million TEU (k04:4), Hamburg's container volumes overtaking Antwerp (k14:1-2), Antwerp and Rotterdam's TEU (k14:3), Busan's record 22.75 million TEU (h12:6); Vancouver's total cargo (k04:1), Hamburg's fall and recovery (k14:4) and Busan's new terminal capacity and productivity (h12:1, 3) beside.")
AUTOTERM = (P("h12", 1, 3), P("h12", 2, 4, 5, 6, 8),
            "automated container terminal: Busan New Port's seventh container terminal (h12:1), the first fully automated terminal in Korea (h12:3); the opening ceremony (h12:2), the new port's history, expansion, volume and hub role (h12:4-6, 8) beside.")
OVERSEAS_MEDIA = (P("k06", 2, 3, 4), P("k06", 5),
                  "overseas Chinese media: the 2024 senior leaders' tour of Jiangxi (k06:2), the 22 reporters and editors and their route (k06:3), the aim of the event (k06:4); the organisers (k06:5) beside.")
OVERSEAS_MEDIA_ZH = (OVERSEAS_MEDIA[0], OVERSEAS_MEDIA[1], "海外华文媒体 (English only): the same judgment as overseas Chinese media (k06).")
TIANJIN = (P("k02", 1, 2), [],
           "天津 foreign ministry (天津 and 外交部 occur nowhere; English only): the MFA's promotion event for Tianjin (k02:1) and the global promotion campaign (k02:2).")
AMEND = (P("k03", 4, 5, 6), P("k15", 6),
         "修改地方性法规: 徐州's decision amending four local regulations, the three amendments in the copy (k03:4-6); 海口's ordinance covering the making, amending and repeal of local regulations (k15:6) beside. The adoption line (k03:2) and the lead-in (k03:3) not judged.")
DIRECTORS = (P("k07", 2, 3, 4, 5, 6), P("k07", 7),
             "人大常委会主任会议: 镇江's 39th directors' meeting (k07:2), its study session (k07:3), the draft 文明行为促进条例 (k07:4), the supervision plan (k07:5), the 2020 work points (k07:6); attendance (k07:7) beside.")
VANCOUVER = (P("k04", 1, 3, 4), P("k04", 2),
             "Vancouver port cargo 2020: the year-end statistics (k04:1), grain and potash records (k04:3), container TEUs (k04:4); the CEO's statement (k04:2) beside.")
MEDIA_PY = (P("k05", 1, 4) + P("k06", 2, 3), P("k05", 2, 3, 5, 6) + P("k06", 4, 5),
            "meiti jiaoliu = 媒体交流: 19 reporters of 武汉, 长沙 and 合肥 on an exchange reporting visit to 海口 (k05:1), the 城市间对等采访 programme and its stops (k05:4), the overseas Chinese media tour of Jiangxi (k06:2-3, English); the reporters' impressions (k05:2, 3, 5, 6) and the tour's aim and organisers (k06:4-5) beside.")
SISTER = (P("k08", 1, 3, 4, 6), P("k08", 5),
          "youhao chengshi = 友好城市 (English only: sister city): Chicago and Shanghai's 30th anniversary (k08:1), the vice mayor's visit (k08:3), the mayor on Sister City partnerships (k08:4), the ties since 1985 (k08:6); the statue (k08:5) beside. The photo caption (k08:2) not judged.")
PRESIDIUM = (P("k09", 1, 2, 3, 4), P("k09", 5),
             "zhuxituan huiyi = 主席团会议: 扬州's presidium's fourth meeting (k09:1), its members present (k09:2), candidates (k09:3), the delegations' reports (k09:4); their opinions on the drafts (k09:5) beside.")
OPPORTUNITY = (P("k10", 10), P("k10", 9, 8, 1),
               "cities of oportunity (typo; 'oportunity' matches nothing): PwC and CDRF's Chinese Cities of Opportunity report, its method and 20 cities (k10:10); the foreword on urbanisation (k10:9), the cover title (k10:8) and the host's title line (k10:1) beside.")
NANCHANG_FOREST = (P("k11", 5, 2), P("k11", 3),
                   "Nanchang 森林城乡 (the text is traditional, 森林城鄉, with converter glitches): the rules' purpose and scope (k11:5), the notice's title (k11:2); the transmittal (k11:3) beside. The heading k11:4 not judged.")
SIMAX = (P("k12", 1, 2, 3), P("k12", 4),
         "Hefei vice mayor Simax: Han Bing meets Simax's delegation (k12:1), his introduction of Hefei (k12:2), Simax's reply (k12:3); others present (k12:4) beside.")
SUQIAN = (P("k13", 1, 2, 3, 4, 5), [],
          "宿迁 2019 projects: the work report's 2019 big things (k13:1) and the numbered projects — rail and highways (k13:2), roads, port, renewal (k13:3), business centres (k13:4), culture, parks, schools, hospitals (k13:5).")
HAMBURG = (P("k14", 1, 3, 4), P("k14", 2, 5),
           "Hamburg 港口排名 (English only): Hamburg overtakes Antwerp as Europe's second container port (k14:1), Antwerp's and Rotterdam's volumes (k14:3), Hamburg falling behind in 2009 (k14:4); the nine-month figures (k14:2) and the outlook (k14:5) beside.")
LIFA_PY = (P("k15", 5, 6, 7), P("k15", 1, 3) + P("k03", 4, 5, 6) + P("k07", 4),
           "difang lifa = 地方立法: 海口's 制定地方性法规条例, its purpose (k15:5), scope and principles (k15:6), democracy and openness in local lawmaking (k15:7); its promulgation and approval (k15:1, 3), 徐州's amendments to local regulations (k03:4-6) and 镇江's directors' meeting sending a draft 条例 to the standing committee (k07:4) beside.")
LAWPROC = (P("k15", 5, 6, 7), P("k15", 1, 3) + P("k07", 4),
           "local lawmaking procedure (Chinese only): 海口's ordinance on making local regulations (k15:5-7); its promulgation and approval (k15:1, 3) and a draft's step through the directors' meeting (k07:4) beside. 徐州's amendments (k03) not judged for the procedure.")

J = {
    "q001": TEXTILE_ZH, "q002": TEXTILE_EN, "q003": PATENT, "q004": PATENT_PY, "q005": PEAK,
    "q006": SUBST, "q007": WATER_ZH, "q008": WATER_EN, "q009": WORKREP_PY, "q010": HUOQIU,
    "q011": SENIOR_ZH, "q012": FRUIT_EN, "q013": SENIOR_EN, "q014": FRUIT_TYPO, "q015": GIG,
    "q016": GIG_PY, "q017": IPLOAN, "q018": CARBON_INCL_PY, "q019": IPLOAN_EN, "q020": CIIE,
    "q021": BEARING, "q022": CARBON_INCL, "q023": LINQING, "q024": MEILAN, "q025": TECHTRANS,
    "q026": TECHTRANS_PY, "q027": WENZHOU, "q028": NANTONG, "q029": TAICANG, "q030": DOCTORS,
    "q031": GRAPHENE, "q032": CSNS, "q033": FILMTOUR, "q034": CSNS_EN, "q035": AIRPORT_EXP,
    "q036": WUYUAN_FOR, "q037": HENGDIAN, "q038": RAPESEED, "q039": ULEZ, "q040": WHARFS,
    "q041": ULEZ_ZH, "q042": SHISANWU, "q043": CONTAINER_ZH, "q044": AUTOTERM, "q045": OVERSEAS_MEDIA_ZH,
    "q046": TIANJIN, "q047": AMEND, "q048": DIRECTORS, "q049": VANCOUVER, "q050": MEDIA_PY,
    "q051": SISTER, "q052": OVERSEAS_MEDIA, "q053": PRESIDIUM, "q054": OPPORTUNITY, "q055": NANCHANG_FOREST,
    "q056": SIMAX, "q057": SUQIAN, "q058": HAMBURG, "q059": LIFA_PY, "q060": LAWPROC,
}
assert len(J) == 60
