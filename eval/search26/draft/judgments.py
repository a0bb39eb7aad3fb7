"""Judgments made by reading the paragraphs (kb measures output of an index of the five corpora
/work/main/eval/real/zh28, zh29, en28, en29 and /work/main/eval/meta29/heldout: all 373 paragraphs
read once, then grepped by subject words and synonyms in both languages and the paragraphs around each
hit read again): qid -> (highly relevant, relevant, note). A paragraph is named by a prefix of its
document's file name that is unique in the corpus (u01...u14, t01...t14, j01...j12, k01...k12,
o01...o15 are each unique here) and its number; build.py resolves the prefix.

Heading-only, label-only, caption, salutation, date-line, field-table, byline and page-furniture
measures are not judged: u02:3 (the heading '循环利用,资源型城市完美"蝶变"'), u06:1 (publisher and date
line), u08:2-3 (contact lines), u12:1 (the metadata table), u12:2, 4, 6, 8 (the Q&A's questions,
headings of their answers), u14:1 (the page label '第04版:要闻'), t01:5, 7, 8 (one-line WeChat fragments),
t04:1 (reading-time furniture), t05:5 (credits), t07:2 (date line), t07:3 (speaker label), t07:4
(salutation), j11:2 (the title line 'Report on the Work of the Government', wholly inside j11:5:
no snippet can name it), o05:3 (the outline's title, wholly inside o05:2), j04:1 (byline), j09:1 ('San Francisco, CA'), j11:1 (page furniture), j11:3 (the
'Delivered at ...' line), j11:4 (salutation), k04:1 (byline), o04:1 (the photo's
alt text), o05:1 (addressees), o05:4 (the approval date line), o06:1 (language bar), o06:3
(addressees), o08:1-6 (the document site's furniture and repeated title lines), o09:1 (site menu),
o09:2 (source line), o09:5 (a caption), o10:3-4 (the briefing's housekeeping and the dashboard
link), o11:2 (date line), o13:1 (site name), o13:2 (issuer), o13:5-6, 8 (figure and table captions),
o14:1-4 (site furniture), o14:10 (a template placeholder).
Passing mentions are not judged: t10:2's 再生水 (reclaimed water for heating) for 新生水 (NEWater),
k03:2's photovoltaic and o12:4's green electricity for solar panels on new homes, o12:5's Beijing Pilot
Free Trade Zone for Dubai's free zone, k03:2's disaster-resistant microgrid for climate-resilient cities,
o03:2's 保护和恢复海洋特别保护区的生态系统 for seagrass restoration, t01:4's 湿地公园 for the deer's wetland
reserve, u09:3's 科技创新中心 (蚌埠's) for 亳州学院's innovation centre, u11:4's 到"十四五"末 for the 十四五
outline, the formula 请予审议 (t07:5, o11:3) for 代表团审议, 高质量发展 in Chinese paragraphs about other
cities (u02:2, o01:2, o07:2-3, o11:4, o13:3) for Beijing's high-quality development, other ports'
cargo (o02:2, o10:2) for Rotterdam's throughput, and k04 (Seoul's food-waste charges) for San
Francisco's composting ordinance."""


def P(doc, *ns):
    return [f"{doc}:{n}" for n in ns]


ENCLAVE = (P("u01", 1, 2, 4, 5), P("u01", 3),
           "science enclaves Hangzhou (Chinese only: 科创飞地; enclave occurs nowhere): 崇福镇's 崇福融杭创新中心 in 杭州 (u01:1) and its firms and investment (u01:2), 池州's enclave in 上海 and 宿州's in 杭州 (u01:4), the trend across the Yangtze River Delta (u01:5); 崇福's second enclave in 武汉 (u01:3) beside.")
TONGLING = (P("u02", 2, 5, 6), P("u02", 1, 4),
            "铜陵铜产业绿色转型: 铜陵's turn from resource-intensive industry to advanced manufacturing (u02:2), the 渣选 workshop recycling smelting slag (u02:5) and its 90万吨 of slag giving 8万吨 of copper concentrate back to smelting (u02:6); the city built on copper (u02:1) and the cradle of China's copper industry (u02:4) beside. The heading u02:3 not judged.")
SLAG = (P("u02", 5, 6), P("u02", 2),
        "copper slag recycling (Chinese only: 渣选, 冶炼废渣, 资源回收再利用; slag and copper occur nowhere in English): 金隆铜业's slag-separation workshop (u02:5) and the yearly 90万吨 of slag turned into 8万吨 of copper concentrate (u02:6); 铜陵's green transition (u02:2) beside.")
SKILLS = (P("u03", 1, 2, 3, 4, 5), [],
          "vocational skills certificates (Chinese only: 人人持证、技能河南, 职业技能培训, 取得证书): 许昌's work plan — its basis (u03:1), guiding idea of training and certification (u03:2), the 2025 targets of 60万 trainees and 45万 certificates (u03:3), the 2035 aim that every worker hold a certificate (u03:4), the manufacturing training action (u03:5).")
DEER = (P("u04", 1, 3, 5), P("u04", 2, 4),
        "milu deer wetland reserve (Chinese only: 麋鹿, 湿地; deer and wetland occur nowhere): the 大丰 national reserve for Père David's deer and its wetland (u04:1), the ranger's patrol and rescue work and the reintroduction since 1986 (u04:3), the rescues and the herd of 7840 (u04:5); the narrator's coming to the wetland (u04:2) and one night's rescue (u04:4) beside.")
BOZHOU_UNI = (P("u06", 2, 3), P("u06", 4, 5),
              "亳州学院 innovation center (the text: 亳芜科技创新中心): the unveiling at the 亳芜 park with the other centres (u06:2), the president's speech on the centre as a platform for industry and research (u06:3); the 亳芜 industrial park (u06:4) and the other attendees (u06:5) beside. The publisher line (u06:1) not judged.")
CQ_TRADE = (P("u05", 1, 2, 3, 4, 5), [],
            "重庆 foreign trade (Chinese only: 外贸进出口): 重庆's imports and exports in the first three quarters of 2020 — the total (u05:1), the quarter-by-quarter rise (u05:2), trading partners (u05:3), private firms (u05:4), products (u05:5).")
GAOFANG_PY = (P("u07", 1, 3), P("u07", 2),
              "gaofang jie = 膏方节: 胶州's TCM hospital opening its first 养生膏方节 with visiting doctors (u07:1) and its duration (u07:3); what 膏方 is and how it is made (u07:2) beside.")
HOUSING_PY = (P("u08", 1, 5), P("u08", 4),
              "zhufang baozhang banfa = 住房保障(管理)办法: 银川's consultation on the revised 城市住房保障管理办法 (u08:1), the old measures' history and the housing-security figures (u08:5); the drafting explanation's title with its first heading (u08:4) beside. Contact lines (u08:2-3) not judged; 南通's resettlement handover (t09) is not 住房保障 and not judged.")
WORKREP = (P("u09", 1, 2, 3) + P("t07", 5, 6, 7) + P("j11", 5, 6, 7) + P("o11", 3, 4, 5),
           P("t07", 1) + P("o11", 1) + P("o01", 1) + P("o07", 1, 2, 3),
           "government work report (broad; in English only j11): the reports' text — 蚌埠 2021, the 十四五 targets and the innovation task (u09:1-3), 扬州 2020's opening and review (t07:5-7), Xi'an 2014's opening and review (j11:5-7), 惠州 2020's opening and review (o11:3-5); the reports' title lines (t07:1, o11:1), 淮安's resolution approving its report (o01:1) and 六安's 金安 delegation reviewing its city's report (o07:1-3) beside. Date lines, speaker labels and salutations not judged; o05 (a 十四五 outline, not a work report) not judged.")
SILVER = (P("u10", 1, 3, 4), P("u10", 2, 5),
          "银发旅游专列: the trend of tourist trains for the elderly and the nine departments' plan (u10:1), 武汉's 银发专列 leaving 汉口 with 600 passengers (u10:3), 武汉局's 15 tourist trains, over half 银发专列 (u10:4); the two transitions (u10:2, 5) beside. j05 (Hong Kong's health vouchers) is about health care, not travel: not judged.")
CROP_INS = (P("u12", 3, 5, 7, 9), [],
            "政策性农业保险: 腾冲 蒲川乡's Q&A — insured crops and periods (u12:3), the perils covered (u12:5), sums insured and farmers' premiums (u12:7), loss assessment and claims (u12:9). The questions (u12:2, 4, 6, 8, headings of their answers) and the metadata table (u12:1) not judged.")
CHANGTAI_PY = (P("u11", 1, 2, 5), P("u11", 3, 4),
               "changtai daqiao = 常泰(长江)大桥: its closure joining 常州 and 泰州 (u11:1), five years of building and millimetre precision (u11:2), what it brings to both cities (u11:5); 江苏's river crossings under construction (u11:3) and planned to the end of the 十四五 (u11:4) beside.")
SEAGRASS_EN = (P("t01", 1, 4), P("t01", 2, 3, 9),
               "seagrass bed restoration (Chinese only: 海草床, 修复, 恢复; seagrass occurs nowhere): the 300-hectare eelgrass bed found in 唐岛湾 (t01:1), the wetland park's measures under which the bed recovered on a large scale (t01:4); the largest in 山东 (t01:2), the new area's marine ecological restoration around its islands (t01:3) and the beds' ecological value (t01:9) beside.")
SEAGRASS_PY = (P("t01", 1, 2, 4, 9), P("t01", 3, 6),
               "haicaochuang = 海草床 (run together): the bed found in 唐岛湾 (t01:1), the largest in 山东 (t01:2), its recovery (t01:4), what beds do for marine life (t01:9); the islands' restoration (t01:3) and the line introducing what a 海草床 is (t01:6) beside. The one-line fragments t01:5, 7, 8 not judged.")
LUOSIFEN = (P("t02", 2, 5), P("t02", 1, 3, 4, 6),
            "螺丝粉产业 (丝 for 蛳, an IME homophone typo; 螺丝粉 occurs nowhere): the 螺蛳粉 town at 太阳村镇, its factories, firms and 20亿 output (t02:2), the sales boom of packaged 螺蛳粉 in the epidemic (t02:5); the programme's lead-in with the title (t02:1), the bamboo-shoot village supplying it (t02:3) and the two quotes (t02:4, 6) beside.")
SOCKS_PY = (P("t04", 2, 3, 4, 5), [],
            "wazi chanye = 袜子产业 (the text says 袜业; 袜子 once, t04:3): 诸暨 大唐's hosiery expo and the world-class cluster zone (t04:2), the cluster's share of world output and its digital transformation (t04:3), the town's support (t04:4), the rankings and brand value (t04:5). The reading-time line (t04:1) not judged.")
ORGAN = (P("t03", 1, 4, 5), P("t03", 2, 3),
         "organ donation memorial (Chinese only: 人体器官捐献缅怀纪念活动): the memorial at 成都医学院 (t03:1), 武汉's memorial-day events at the donors' monument (t03:4), 宜昌's memorial in its donors' garden (t03:5); the publicity drives of 彭州 (t03:2) and 梁平 (t03:3) beside.")
MOZI = (P("t05", 1, 2, 3, 4), [],
        "墨子寻天望远镜 (寻 for 巡, an IME homophone typo; 寻天 occurs nowhere): the Mozi wide-field survey telescope — its launch (t05:1), its survey power (t05:2), first light on M31 (t05:3), its building at 冷湖 (t05:4). Credits (t05:5) not judged.")
YZ_REPORT = (P("t07", 5, 6, 7), P("t07", 1),
             "扬州 work report: 扬州's 2020 government work report — its opening (t07:5), the review of 2019 (t07:6), projects and innovation (t07:7); the title line (t07:1) beside. Date line, speaker label and salutation (t07:2-4) not judged; j03 (Yangzhou's toothbrush town) is no work report.")
STATIONS = (P("t06", 1, 2, 3, 4), [],
            "户外劳动者驿站 (the text mostly: 新就业形态劳动者驿站): 漳县's stations — a rider resting in one (t06:1), 16 stations and what they offer outdoor workers (t06:2), a new station and a sanitation worker's word (t06:3), the national title and next steps (t06:4).")
BORDER = (P("t11", 3, 4), P("t11", 1, 2, 5),
          "边民互市贸易: border residents' trade through 互市 zones since the 1990s (t11:3), 东兴 as the largest 边民互市贸易区 with ten thousand traders a day (t11:4); a shop's sales at Spring Festival (t11:1), 东兴's border trade and its position (t11:2), Vietnamese traders selling at the port (t11:5) beside.")
CLIMATE = (P("t13", 3, 4), P("t13", 2, 5),
           "climate resilient cities (Chinese only: 气候韧性, 气候适应型城市): the task of building climate resilience (t13:3), the pilots of climate-adaptive cities since 2017 and their measures (t13:4); warming's effects on city life (t13:2) and 2024 as the hottest year (t13:5) beside. The opening scene (t13:1) not judged.")
GEOTHERMAL = (P("t10", 1, 2, 3, 4), [],
              "郑州 geothermal heating (Chinese only: 地热能供暖; the text says 我市, 郑州 only in names): 20 projects in operation (t10:1), the clean-heating pilot and where projects go (t10:2), 27 projects, their cost and the subsidy (t10:3), the 2020 target (t10:4).")
LEFT_BEHIND = (P("t14", 1, 2, 3), P("t14", 4),
               "留守儿童关爱服务: 民政部's press conference on the opinions on care services for rural left-behind and distressed children (t14:1), the background and shortcomings (t14:2), the ten departments' opinions (t14:3); the roles of children's welfare institutions (t14:4) beside.")
NEWATER = (P("j01", 1, 2, 5), P("j01", 3, 4),
           "新生水 (English only: NEWater; 新生水 occurs nowhere): the fifth NEWater plant bringing supply to 40% of demand (j01:1), its site and capacity (j01:2), the 2060 aim and the other plants (j01:5); the public-private partnership (j01:3) and new technologies (j01:4) beside. t10:2's 再生水 heating not judged.")
SCI_VP_PY = (P("t12", 3, 4), P("t12", 1, 2, 5),
             "kexue fuxiaozhang = 科学副校长: the guideline that every school have a science vice-principal (t12:3), an academician on the role (t12:4); proposals on science education (t12:1), science education as a topic of the Two Sessions (t12:2) and the academician as a primary school's honorary principal (t12:5) beside.")
TOOTHBRUSH = (P("j03", 1, 3), P("j03", 2, 4),
              "Yangzhou 牙刷小镇 (English only: Hangji, 'China's toothbrush capital'; 牙刷 occurs nowhere, 小镇 only in t02's 螺蛳粉小镇): 杭集 as the toothbrush and hotel-supplies capital (j03:1), its share of China's and the world's toothbrushes (j03:3); characteristic towns with 杭集 among them (j03:2) and its wholesale trade (j03:4) beside.")
VOUCHER = (P("j05", 1, 2, 4, 7), P("j05", 3, 5, 6),
           "长者医疗券 (English only: Elderly Health Care Voucher; 医疗券 occurs nowhere): the pilot reward scheme's launch (j05:1), seniors of 65 using vouchers on primary care (j05:2), the $500 reward (j05:4), the designated services under the voucher scheme (j05:7); 1.7 million eligible (j05:3), the yearly limit (j05:5) and the first year's arrangement (j05:6) beside.")
SOLAR = (P("j02", 1, 3, 7), P("j02", 2, 4, 5, 6, 8, 9),
         "新建住宅太阳能板 (English only: solar panels on newly built houses; 太阳能 occurs nowhere): Tokyo's ordinance requiring panels on new homes from April 2025 (j02:1), the obligation on builders of houses under 2,000 m² (j02:3), owners of larger buildings (j02:7); first in Japan (j02:2), the firms concerned (j02:4), the roof exemption (j02:5), no penalties (j02:6), EV chargers (j02:8) and the subsidies (j02:9) beside.")
JAFZA = (P("j06", 1, 2, 3, 4), P("j06", 5),
         "Dubai 自贸区 (English only: the Jebel Ali Free Zone; 自贸区 occurs nowhere): Jafza's 40% growth to 8,700 companies (j06:1), its segments (j06:2), its share of FDI (j06:3) and of Dubai's trade (j06:4); the chief executive's words (j06:5) beside. o12:5's Beijing pilot free trade zone not judged.")
HOMELESS = (P("j07", 1, 3, 4, 5), P("j07", 2, 6),
            "homless count Los Angeles (typo for homeless; 'homless' matches nothing): volunteers counting Los Angeles' homeless population (j07:1), 6,200 signed up and where they go (j07:3), the mayor opening the count (j07:4) and what the census is for (j07:5); the Measure H and HHH money (j07:2) and HHH's first groundbreaking (j07:6) beside.")
LEGO_PY = (P("j04", 2, 3, 6, 7), P("j04", 4, 5),
           "leigao gongchang = 乐高工厂 (English only): LEGO's first factory in Asia opening in 嘉兴 (j04:2), its site near 上海 (j04:3), its departments, area and staff (j04:6), the chief executive on the plant (j04:7); the manager on the Chinese market (j04:4) and on prices (j04:5) beside. The byline (j04:1) not judged.")
COMPOST = (P("j09", 4, 5), P("j09", 2, 3),
           "mandatory composting ordinance: San Francisco's 2009 mandatory recycling and composting legislation, the first to require composting (j09:4), the ordinance's separation rules (j09:5); its purpose (j09:2) and the diversion and compost collection figures (j09:3) beside.")
CRICK = (P("j12", 1, 3, 4), P("j12", 2, 5, 6, 7),
         "Crick 生物医学研究所 (English only; 研究所 occurs nowhere): the first scientists moving into the Francis Crick Institute (j12:1), its funding and 1,250 scientists (j12:3), Europe's biggest biomedical research institute and its name (j12:4); the laboratory's welcome (j12:2), two ministers' words (j12:5, 6) and its size and equipment (j12:7) beside.")
GULANGYU = (P("j08", 2, 4, 5, 10), P("j08", 1, 3, 6, 9),
            "鼓浪屿游客限流 (English only: Gulangyu's daily visitor limit; 鼓浪屿 occurs nowhere): the cap of 65,000 a day set in 2014 (j08:2), cut to 50,000 from 30 June (j08:4), its effects (j08:5), the vice-mayor on lost revenue and heritage first (j08:10); the record crowds (j08:1), the crowding and trash before the cap (j08:3), the monitoring of visitors (j08:6) and the heritage listing (j08:9) beside. The typhoon (j08:7-8) not judged.")
MINWAGE_PY = (P("k01", 1, 2, 3), P("k01", 4, 5, 6),
              "zuidi gongzi = 最低工资 (English only): Hong Kong's statutory minimum wage raised to HK$42.1 (k01:1), who it protects (k01:2) and who is excluded (k01:3); the arrangement for employees with disabilities (k01:4-5) and the record-keeping cap (k01:6) beside.")
PEARS = (P("k02", 1, 5, 7), P("k02", 2, 3, 4, 6),
         "砀山梨直播带货 (English only: Dangshan pears sold by livestreaming; 梨 and 直播 occur nowhere): 75,000 kg sold in half an hour (k02:1), the 宿州 federation president hosting the livestream (k02:5), the livestream's orders and poverty relief (k02:7); 砀山 as the pears' home (k02:2), the unsold pears in the epidemic (k02:3), the federation's help (k02:4) and the host's introduction of the pears (k02:6) beside.")
PRESCHOOL = (P("j10", 1, 2, 7), P("j10", 3, 4, 5, 6, 8),
             "free preschool three-year-olds: New York's 3-K expanding to 16,500 more children and every district (j10:1), the programme's size (j10:2), the plan for new seats (j10:7); the mayor's words (j10:3), Pre-K for All (j10:4), where the seats come from (j10:5), the stalled expansion (j10:6) and the funding (j10:8) beside.")
MICROGRID_PY = (P("k03", 1, 2, 4), P("k03", 3, 5),
                "weidianwang = 微电网 (run together; English only: microgrid): the smart microgrid on 东极岛 (k03:1), its station, storage and photovoltaics (k03:2), its working with the main grid and off-grid mode (k03:4); monitoring and control (k03:3) and desalination kept running (k03:5) beside.")
SUPERHOSP = (P("k06", 1, 2, 3), P("k06", 4, 5, 6),
             "郑州 super hospital (English only): 郑州's First Affiliated Hospital with 7,000 beds planning 10,000 (k06:1), the world's largest hospital (k06:2), the 'super hospital' against the second largest (k06:3); its growth under its president (k06:4), health care reform and poor patients (k06:5) and the queues (k06:6) beside. t10 (郑州's heating) not judged.")
FOODWASTE = (P("k04", 3, 4, 6, 8), P("k04", 2, 5, 7),
             "厨余垃圾按重量收费 (English only: food waste disposal charged by weight; 厨余 occurs nowhere): charging residents by weight from last Sunday (k04:3), the pilot in 129 local governments and its expected savings (k04:4), the three ways of charging (k04:6), 西大门's households paying 1,300 won a month (k04:8); waste disposal as an issue (k04:2), residents' confusion (k04:5) and the wastebasket method (k04:7) beside. The byline (k04:1) not judged.")
RENT = (P("k08", 1, 2), P("k08", 3, 4, 5),
        "租金冻结 (English only: rent freeze; 租金 occurs nowhere): New York's Rent Guidelines Board freezing one-year leases of rent-stabilized flats (k08:1), the first freeze in its history (k08:2); the million stabilized flats and last year's rises (k08:3), the board's members (k08:4) and the extended rent laws (k08:5) beside.")
EXXON = (P("k09", 1, 3), P("k09", 2, 4, 5, 6, 7, 8, 9),
         "惠州 ExxonMobil: the groundbreaking of ExxonMobil's wholly owned chemical complex in 惠州 (k09:1), its 10 billion dollars and two phases (k09:3); the cloud ceremony at 大亚湾 (k09:2), expected income (k09:4), the chief executive's and the China chairman's words (k09:5-8) and the governor on the preparatory work (k09:9) beside. o11 (惠州's 2020 report) never names the project: not judged.")
DKU = (P("k07", 1, 4), P("k07", 2, 3, 5, 6, 7, 8),
       "昆山 Duke University: Duke Kunshan University welcoming its first class (k07:1), its site in 昆山, accreditation and board (k07:4); the ceremony (k07:2), staff's words (k07:3), the programmes (k07:5), liberal arts (k07:6), the opening with 昆曲 and the chancellor (k07:7) and the vice chancellor (k07:8) beside.")
BIFF = (P("k12", 1, 2, 3), P("k12", 4),
        "Busan film festival: 釜山 as a hub of film through BIFF (k12:1), the Busan Cinema Center as BIFF's venue (k12:2), BIFF and the other festivals and markets (k12:3); the film facilities in Centum and Nampo-dong (k12:4) beside. o02 (釜山's shipping and tourism) not judged.")
MSPA_PY = (P("o03", 2), P("o03", 1),
           "haiyang tebie baohuqu = 海洋特别保护区: 舟山's regulation on national marine special protected areas, its amendment history, contents and first article (o03:2); the sharing site's line naming the 2022 amended text (o03:1) beside.")
MONORAIL = (P("k10", 1, 2, 3), P("k10", 4),
            "unmaned monorail Wuhu (typo for unmanned; 'unmaned' matches nothing): 芜湖's first unmanned monorail line (k10:1), its length, stations and speed (k10:2), its construction and cost (k10:3); what a monorail is and why it suits 芜湖 (k10:4) beside.")
NYCEDC = (P("o04", 4), P("o04", 2, 3),
          "NYC economic development corporation (NYCEDC; the text says 'New York City Economic Corporation'): its review of 2024 across the boroughs (o04:4); the two subheadlines on employment and its projects (o04:2, 3) beside. The photo's alt text (o04:1) not judged.")
CQ_REFORM = (P("o06", 4), P("o06", 2),
             "urban rural integration Chongqing (the text: urban-rural reform and development, balanced urban-rural development; integration occurs nowhere): the State Council's opinions on 重庆 as the pilot zone for urban-rural reform (o06:4); the opinions' title (o06:2) beside. Language bar and addressees (o06:1, 3) not judged.")
ROBOTS = (P("k11", 1, 2, 4, 8), P("k11", 3, 5, 6, 7),
          "水下机器人 (English only: underwater robots; 机器人 occurs nowhere): the Shenyang Institute of Automation's new underwater robot (k11:1), its technologies (k11:2), the institute known for underwater robots and its long-range AUV (k11:4), its robots since the 1990s and its fleet (k11:8); the ARV (k11:3), the AUV's record (k11:5), its equipment (k11:6) and uses (k11:7) beside.")
DELEGATION_PY = (P("o07", 1, 2), P("o07", 3) + P("o01", 1),
                 "daibiaotuan shenyi = 代表团审议: 金安's deputies reviewing 六安's work report (o07:1), the delegation's discussion (o07:2); the leader's remarks after it (o07:3) and 淮安's congress having heard and reviewed its report (o01:1) beside. The formula 请予审议 (t07:5, o11:3) not judged.")
ROTTERDAM = (P("o08", 8), P("o08", 7),
             "Rotterdam port throughput: 436.8 million tonnes in 2020, down 6.9%, the largest seaport in Europe (o08:8); the year of keeping the port running (o08:7) beside. The document site's furniture and title lines (o08:1-6) and other ports' cargo (o02:2, o10:2) not judged.")
BUSAN_PORT = (P("o02", 1, 2, 3), P("o02", 4, 5),
              "Busan shipping hub: 釜山 aiming to be a global hub of shipping and tourism (o02:1), its port's container and transshipment ranking (o02:2), the mega-port plan and shipping lanes (o02:3); the port hinterlands (o02:4) and tourism (o02:5) beside. k12 (film hub) not judged.")
BZ_PRESS = (P("o09", 3), P("o09", 4, 6),
            "亳州专场新闻发布会 (the text: 在亳州市举行 ... 新闻发布会; 专场 occurs nowhere): the 省政府新闻办's conference in 亳州 with the vice-mayor's four themes (o09:3); 亳州's history, medicine and liquor tourism (o09:4) and its industry (o09:6) presented there beside. Menu, source line and caption (o09:1, 2, 5) not judged.")
ZQ_STATS = (P("o13", 3, 4, 7), [],
            "肇庆统计公报: 肇庆's 2023 statistical communiqué — the year's summary (o13:3), GDP and its structure (o13:4), population (o13:7). Site name, issuer and figure and table captions (o13:1, 2, 5, 6, 8) not judged.")
OUTLINE = (P("o05", 2), P("u09", 1),
           "十四五规划纲要: 中山's notice issuing its 十四五 and 2035 outline approved by the city congress (o05:2); 蚌埠's report giving the 十四五 targets (u09:1) beside. Addressees and date line (o05:1, 4) not judged; the outline's title line (o05:3) lies wholly inside o05:2 and can have no snippet.")
SUBSIDENCE = (P("o14", 5, 11, 12), P("o14", 6, 7, 8, 9),
              "采煤塌陷区村庄搬迁 (English only: Dali village's subsidence over a coal mine; 塌陷 and 搬迁 occur nowhere, and no paragraph tells of a relocation): residents who lost their land to subsidence with little done to make amends (o14:5), much of the village under water (o14:11), why the ground gives in (o14:12); the family's fear (o14:6), the mine under the village (o14:7), the village sinking (o14:8) and the cracks (o14:9) beside. Furniture (o14:1-4, 10) not judged.")
JMDAY_PY = (P("o15", 1, 2), [],
            "jiangmenri = 江门日 (run together; the text says 江门缤纷日): the 江门 day in 澳门 for the 75th National Day and the 25th anniversary of the return (o15:1), the mayor's speech on 江门-澳门 cooperation (o15:2). u13 (江门's overseas Chinese) not judged.")
BJ_HQD = (P("o12", 1, 3), P("o12", 2, 4, 5, 6),
          "Beijing high-quality development: 北京 speeding up high-quality development (o12:1), its general plan, the non-capital functions and the sub-centre's high-quality development (o12:3); progress under the mayor (o12:2), innovation and green energy (o12:4), opening of services and the FTZ (o12:5) and well-being and green transport (o12:6) beside.")

J = {
    "q001": ENCLAVE, "q002": TONGLING, "q003": SLAG, "q004": SKILLS, "q005": DEER, "q006": BOZHOU_UNI,
    "q007": CQ_TRADE, "q008": GAOFANG_PY, "q009": HOUSING_PY, "q010": WORKREP, "q011": SILVER,
    "q012": CROP_INS, "q013": CHANGTAI_PY, "q014": SEAGRASS_EN, "q015": SEAGRASS_PY, "q016": LUOSIFEN,
    "q017": SOCKS_PY, "q018": ORGAN, "q019": MOZI, "q020": YZ_REPORT, "q021": STATIONS, "q022": BORDER,
    "q023": CLIMATE, "q024": GEOTHERMAL, "q025": LEFT_BEHIND, "q026": NEWATER, "q027": SCI_VP_PY,
    "q028": TOOTHBRUSH, "q029": VOUCHER, "q030": SOLAR, "q031": JAFZA, "q032": HOMELESS, "q033": LEGO_PY,
    "q034": COMPOST, "q035": CRICK, "q036": GULANGYU, "q037": MINWAGE_PY, "q038": PEARS, "q039": PRESCHOOL,
    "q040": MICROGRID_PY, "q041": SUPERHOSP, "q042": FOODWASTE, "q043": RENT, "q044": EXXON, "q045": DKU,
    "q046": BIFF, "q047": MSPA_PY, "q048": MONORAIL, "q049": NYCEDC, "q050": CQ_REFORM, "q051": ROBOTS,
    "q052": DELEGATION_PY, "q053": ROTTERDAM, "q054": BUSAN_PORT, "q055": BZ_PRESS, "q056": ZQ_STATS,
    "q057": OUTLINE, "q058": SUBSIDENCE, "q059": JMDAY_PY, "q060": BJ_HQD,
}
