# Builds tags.json for en29 from the hand labels below (standard library only; no project code used).
# Snippets: 36 characters from the middle of the paragraph, unique in the document and in the set, also
# after the normalisation of ../../shared/eval/README.md (NFKC, casefold, letters and digits only).
import json, os, re, unicodedata

def norm(s):
    # the README's normalisation: NFKC, casefold, keep only letters and digits
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).casefold() if ch.isalnum())

def paras(path):
    t = open(path, encoding="utf-8").read()
    return [p.strip("\n") for p in t.split("\n\n") if p.strip()]

def pick_snippet(text, doc_text, all_texts, used):
    n = 36
    mid = (len(text) - n) // 2
    for d in sorted(range(-(len(text) // 2), len(text) // 2 + 1), key=abs):
        s0 = mid + d
        if s0 < 0 or s0 + n > len(text):
            continue
        s = text[s0:s0 + n]
        if s != s.strip():
            continue
        if doc_text.count(s) != 1 or sum(x.count(s) for x in all_texts) != 1 or s in used:
            continue
        ns = norm(s)
        if norm(doc_text).count(ns) != 1 or sum(norm(x).count(ns) for x in all_texts) != 1:
            continue
        return s
    raise SystemExit("no snippet for: " + text[:60])

def build(here, labels):
    D = os.path.join(here, "docs")
    docs = sorted(os.listdir(D))
    full = {n: open(os.path.join(D, n), encoding="utf-8").read() for n in docs}
    units, used, count = [], set(), {}
    for (pre, start, th, opt, exp, imp, ev, copt, note) in labels:
        name = [d for d in docs if d.startswith(pre + "_")][0]
        ps = [p for p in paras(os.path.join(D, name)) if p.startswith(start)]
        if len(ps) != 1:
            raise SystemExit("paragraph not unique: %s %r (%d)" % (pre, start, len(ps)))
        text = ps[0]
        count[pre] = count.get(pre, 0) + 1
        uid = "%s-%02d" % (pre, count[pre])
        snip = pick_snippet(text, full[name], list(full.values()), used)
        used.add(snip)
        units.append({"id": uid, "doc": name, "snippet": snip, "section": None, "kind": "measure",
                      "themes": th, "themes_optional": opt, "cities_explicit": exp,
                      "cities_implicit": imp, "implicit_evidence": ev, "cities_optional": copt,
                      "note": note, "text": text})
    with open(os.path.join(here, "tags.json"), "w", encoding="utf-8") as f:
        json.dump(units, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return units

# (doc prefix, paragraph start, themes, optional themes, explicit, implicit, evidence, optional cities, note)
L = [
("k01", "The Hong Kong Special Administrative", ["livelihood"], [], ["hongkong"], [], [], [],
 "lede: the statutory minimum wage raised from HK$40 to HK$42.1 an hour from Labour Day (wages: livelihood; the Hong Kong SAR named in full: explicit)"),
("k01", "Under the Minimum Wage Ordinance, employees", ["livelihood"], [], [], [], [], ["hongkong"],
 "who the statutory minimum wage protects, whatever the form of employment or contract (wages, labour protection: livelihood; Hong Kong only as \"the SAR\" owning an ordinance: optional)"),
("k01", "The minimum wage, however, is not applicable", ["livelihood"], [], [], [], [], [],
 "exclusions: live-in domestic workers, student interns, work experience students (a wage law's scope, but naming the worker groups it leaves out: livelihood; a reader could call it a scope clause without theme)"),
("k01", "A special arrangement is provided under", ["livelihood"], [], [], [], [], [],
 "employees with disabilities may opt for a productivity assessment of their wage (wages, disability: livelihood)"),
("k01", "According to the Labour Department, the monthly", ["livelihood"], [], [], [], [], [],
 "the monthly cap for employers' record of hours worked raised to HK$17,200 (labour protection, wage records: livelihood)"),

("k02", "Nearly 75,000 kilograms of pears", ["industry"], [], [], ["suzhou_ah"], ["Dangshan, a county of Suzhou (Anhui)"], [],
 "lede: 75,000 kg of pears sold in half an hour through a livestreaming show on an e-commerce platform (farm products, e-commerce sales: industry)"),
("k02", "Dangshan County, located in the place", ["industry"], [], [], ["suzhou_ah"], ["Dangshan County (of Suzhou, Anhui)"], [],
 "Dangshan the hometown of crisp pears (fruit growing, agriculture: industry; Jiangsu, Shandong, Henan and Anhui are provinces)"),
("k02", "The local impoverished families have", ["livelihood", "industry"], [], [], [], [], [],
 "families shook off poverty by planting pears; 400,000 tonnes unsold as logistics stood still in the epidemic (poverty, income: livelihood; farm sales and logistics: industry)"),
("k02", "Yang Jinsong, President of the Women's", ["industry"], ["livelihood"], [], [], [], ["suzhou_ah"],
 "a women's federation president hosts a livestream promoting pears of a fruit trading company led by a woman entrepreneur (farm-product marketing, a firm: industry; women entrepreneurs only optional livelihood; Suzhou only in the federation's name and Dangshan only in the pears' name: optional)"),
("k02", "Yang also introduced how the women's", ["livelihood"], ["industry"], [], [], [], [],
 "the federation's role in poverty alleviation explained during the livestream; netizens ordered pears (poverty relief: livelihood; orders only optional industry)"),

("k03", "A smart microgrid was put into operation", ["infrastructure"], [], ["zhoushan"], [], [], [],
 "lede: a smart microgrid put into operation on Dongji Island (power grid: infrastructure; Dongji Island and Putuo district named with Zhoushan add no implicit mention)"),
("k03", "This pioneering microgrid, boasting", ["infrastructure"], ["ecology"], [], [], [], [],
 "a 4.3 MW power station, 1 MW storage and 1 MW photovoltaics, disaster-resistant and self-healing (power, storage, solar: infrastructure; clean energy not stated, ecology only optional)"),
("k03", "A micro-weather station and various", ["infrastructure"], [], [], [], [], [],
 "a micro-weather station and automated devices for monitoring, prediction and control of the source-grid-load-storage system (grid control, observation: infrastructure)"),
("k03", "The microgrid and the main grid work", ["infrastructure"], [], [], [], [], ["zhoushan"],
 "the microgrid and main grid give dual power assurance; off-grid mode on a 35 kV line failure (power supply: infrastructure; Zhoushan only in the power supply company's name: optional)"),
("k03", "In addition, the microgrid ensures", ["infrastructure"], ["livelihood"], [], [], [], [],
 "uninterrupted desalination and potable water for island residents during outages (water supply, power: infrastructure; residents' drinking water only optional livelihood)"),

("k04", "Smart waste disposal has always been", ["ecology"], [], [], [], [], [],
 "lede: waste disposal a big issue in densely populated Korea (waste: ecology, as a lede naming its subject; Korea is a country)"),
("k04", "The country has recently implemented", ["ecology"], [], [], [], [], [],
 "municipal and provincial governments started charging residents for food waste by weight (waste disposal charges: ecology)"),
("k04", "Currently, 129 out of 229 local", ["ecology"], [], [], [], [], [],
 "129 of 229 local governments in the pilot; food waste expected to fall 20 percent, saving treatment costs (food waste reduction: ecology)"),
("k04", "The weight-based food waste disposal", ["ecology"], [], [], [], [], [],
 "three ways of weight-based disposal: designated wastebaskets, pre-paid bags, RFID-tagged wastebaskets (waste system: ecology; RFID only the system's means)"),
("k04", "In Seoul, Seodaemun district has", ["ecology"], [], ["seoul"], [], [], [],
 "Seodaemun district's wastebasket trial in apartment complexes, 1,300 won a month per household (food waste collection: ecology; Seodaemun named with Seoul adds no implicit mention)"),

("k05", "Huangpu district plans to try out", [], ["infrastructure"], [], ["guangzhou"], ["Huangpu district (Guangzhou's; the portal is the Guangzhou Development District's, as its footer says)"], [],
 "lede: unmanned administrative approval with 30 e-government all-in-one machines (government-service streamlining: no theme of its own; the machines only optional infrastructure; this Huangpu is Guangzhou's district, not Shanghai's Huangpu)"),
("k05", "In a business environment and investment", [], ["openness"], [], ["guangzhou"], ["Huangpu (Guangzhou's Huangpu district)"], [],
 "approval reforms announced at a business environment and investment attraction conference (streamlining: no theme; the business environment only optional openness)"),
("k05", "On the one hand, Huangpu will continue", [], [], [], ["guangzhou"], ["Huangpu (Guangzhou's Huangpu district)"], [],
 "technical review reform: separating administrative from technical examination of licensing matters (procedural streamlining: no theme)"),
("k05", "Huangpu has accordingly completed", [], [], [], ["guangzhou"], ["Huangpu (Guangzhou's Huangpu district)"], [],
 "a second batch of fast-track approval items; trials of intelligent approval blending AI into government affairs (streamlining: no theme; AI applied to a service takes the service's theme, here none)"),
("k05", "Moreover, Huangpu is about to implement", [], ["livelihood"], [], ["guangzhou"], ["Huangpu (Guangzhou's Huangpu district)"], [],
 "one line: full process online so that proceedings can be handled from home (streamlining: no theme; services to residents only optional livelihood)"),

("k06", "ZHENGZHOU — Even at its current size", ["livelihood"], [], ["zhengzhou"], [], [], [],
 "lede: the First Affiliated University Hospital of Zhengzhou, the world's largest hospital, still expanding (a hospital: livelihood; Zhengzhou in the dateline: explicit)"),
("k06", "The \"super hospital,\" as some", ["livelihood"], [], [], [], [], [],
 "7,000 beds, soon 10,000; Sichuan's West China Hospital second with 4,000 (hospital capacity: livelihood; Sichuan is a province)"),
("k06", "As recently as 2008, the Zhengzhou", ["livelihood"], ["industry"], [], [], [], ["zhengzhou"],
 "beds grown from 2,000 under a new president; revenue to 6 billion yuan; 4.6 million outpatients expected (hospital, patients: livelihood; revenue only optional industry; Zhengzhou only in \"the Zhengzhou Hospital\": optional)"),
("k06", "To a large extent, the story of Kan", ["livelihood"], [], [], [], [], ["zhengzhou"],
 "the hospital a microcosm of health care reform; poor farmers of Henan queue for care (health care: livelihood; Zhengzhou only in the hospital's name: optional; Henan is a province)"),
("k06", "The hospital president says he felt", ["livelihood"], [], [], [], [], [],
 "one sentence of a cut paragraph: long queues of patients (patients, a hospital: livelihood by its decisive words)"),

("k07", "After years of preparation, Duke Kunshan", ["livelihood", "openness"], [], [], ["suzhou"], ["Kunshan, Jiangsu province (a county-level city of Suzhou)"], ["wuhan"],
 "lede: Duke Kunshan University, a Sino-American college of Duke and Wuhan University, welcomes its first students (a university's teaching: livelihood; a Sino-foreign university: openness; Wuhan only in the university's name: optional)"),
("k07", "The university is located on the west", ["livelihood"], [], [], ["suzhou"], ["Kunshan, an emerging city in Jiangsu (a county-level city of Suzhou)"], [],
 "the campus in Kunshan, accredited by the Ministry of Education in 2013, governed by a board of trustees (a university: livelihood)"),
("k07", "The convocation marked the first day", ["livelihood"], ["openness"], [], ["suzhou"], ["Kunshan (a county-level city of Suzhou)"], [],
 "orientation of the undergraduate semester and master's programmes; management students begin at Duke's campus in Durham (education: livelihood; study at the US campus only optional openness)"),
("k07", "The welcoming ceremony started with", ["livelihood"], [], [], [], [], ["wuhan"],
 "a Kun opera by primary school students opens the ceremony; the chancellor greets 104 students (a university ceremony, culture: livelihood; Wuhan only in the university's name: optional)"),
("k07", "Executive Vice Chancellor Mary Brown", ["livelihood"], [], [], [], [], [],
 "the students' educational experience to be about innovative learning and traditional values (education: livelihood; \"innovative\" a slogan, no innovation)"),

("k08", "(AP) -- New York City's Rent Guidelines", ["livelihood"], [], ["newyork"], [], [], [],
 "lede: the Rent Guidelines Board freezes rents on one-year leases of rent-stabilized apartments (housing, rents: livelihood)"),
("k08", "Monday night's vote before a crowd", ["livelihood"], [], [], [], [], [],
 "the first rent freeze in the board's history; 2 percent on two-year leases (rents, tenants: livelihood)"),
("k08", "There are more than 1 million rent-stabilized", ["livelihood"], [], [], [], [], [],
 "over 1 million rent-stabilized apartments; last year's increases (housing: livelihood; \"the city\" names no city)"),
("k08", "The board has nine members.", [], ["livelihood"], [], [], [], [],
 "the board's composition and an owner member calling the freeze myopic (procedural: no required theme; tenants only optional livelihood)"),
("k08", "State legislators voted last week", ["livelihood"], [], [], [], [], [],
 "one line: rent regulations extended four years (rent regulation: livelihood by its decisive words)"),

("k09", "GUANGZHOU, April 22 (Xinhua) -- Multinational", ["openness", "industry"], [], ["guangzhou", "huizhou"], [], [], [],
 "lede: ExxonMobil breaks ground on its solely-funded chemical complex in Huizhou (a foreign firm's wholly owned plant: openness with industry, as en26 h02-05; Guangzhou in the dateline: explicit)"),
("k09", "The complex, with a total investment", ["industry", "openness"], [], [], [], [], [],
 "a 10-billion-dollar complex in two phases, a 1.6 million tonne ethylene cracker by 2023 (petrochemical plant: industry; a foreign firm's 10-billion-dollar investment: openness, as en26 h02-05)"),
("k09", "An annual operating income of 39", ["industry"], [], [], [], [], [],
 "one line: 39 billion yuan of operating income expected from the first phase (a plant's output: industry)"),
("k09", "ExxonMobil Chairman and CEO Darren", ["openness"], [], [], [], [], [],
 "the CEO: the project reflects China's commitment to foreign direct investment (FDI: openness; innovation named in passing, not a theme)"),
("k09", "Ma Xingrui, governor of Guangdong", [], ["industry", "openness"], [], [], [], [],
 "the governor: local governments completed project approval and sea reclamation despite the epidemic (procedural facilitation: no required theme; the project only optional industry and openness)"),

("k10", "The city of Wuhu in east China's", ["infrastructure"], ["ecology"], ["wuhu"], [], [], [],
 "lede: Wuhu opens its first unmanned monorail line (urban rail: infrastructure; \"green transportation system\" a slogan, ecology only optional)"),
("k10", "The monorail line 1 operates in", ["infrastructure"], [], [], [], [], [],
 "30.5 km, 25 elevated stations, up to 80 km/h (rail line: infrastructure)"),
("k10", "Construction of this monorail started", ["infrastructure"], [], [], [], [], [],
 "construction since 2017, over 8 billion yuan invested (transport project: infrastructure)"),
("k10", "Monorail is a railway system in which", ["infrastructure"], ["ecology"], ["wuhu"], [], [], [],
 "what a monorail is, cheaper than a metro and of medium capacity, fit for Wuhu (a definition, but weighing a transit mode for the city: infrastructure; environmentally friendly only optional ecology; a reader could call it a definition without theme)"),

("k11", "Scientists with the CAS Shenyang", ["innovation"], [], [], [], [], ["shenyang"],
 "lede: scientists of the Shenyang Institute of Automation develop a sophisticated underwater robot (research: innovation; Shenyang only in the institute's name: optional)"),
("k11", "Feng Xisheng, a member of the Chinese", ["innovation"], [], [], [], [], [],
 "indigenous technologies for composite control, module structure and optical fiber on the robot (R&D: innovation)"),
("k11", "The Shenyang Institute of Automation of", ["innovation"], [], [], [], [], ["shenyang"],
 "the institute known for inventing underwater robots; a long-range AUV (research institute, new equipment: innovation; Shenyang only in the institute's name: optional)"),
("k11", "The AUV is equipped with a satellite", ["innovation"], [], [], [], [], [],
 "the AUV's navigation receiver, sonar, fuel cell and lithium cells (technology: innovation)"),
("k11", "The Shenyang Institute of Automation has", ["innovation"], [], [], [], [], ["shenyang"],
 "underwater robots since the 1990s, China's first ROV and AUV, a fleet diving to 6,000 m (research record: innovation; Shenyang only in the institute's name: optional)"),

("k12", "Busan City has established its status", ["livelihood", "industry"], [], ["busan"], [], [], [],
 "lede: Busan a hub of visual culture through its international film festival; the film and media industry fostered (culture, a festival: livelihood; film industry: industry)"),
("k12", "In particular, Busan Cinema Center", ["livelihood"], [], ["busan"], [], [], [],
 "the Busan Cinema Center, the festival's venue, a landmark and tourist attraction (cultural venue, tourism: livelihood)"),
("k12", "In addition, Busan has been successfully", ["industry"], ["livelihood", "openness"], ["busan"], [], [], [],
 "film events and markets for international film business; a one-stop film industry centre for investment, production and distribution (film industry: industry; festivals only optional livelihood; international business only optional openness)"),
("k12", "With the Busan Cinema Center, various", ["industry"], ["livelihood"], ["busan"], [], [], [],
 "post-production, venture and content facilities, a film industry complex, a cinema museum; a hub of the Asian film industry (industry cluster: industry; museum and cultural city only optional livelihood; Centum Innovation district a name, no innovation)"),
]

if __name__ == "__main__":
    U = build(os.path.dirname(os.path.abspath(__file__)), L)
    print(len(U), "units written")
