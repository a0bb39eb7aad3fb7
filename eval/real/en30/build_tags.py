# Builds tags.json for en30 from the hand labels below (standard library only; no project code used).
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
("l01", "After spending days visiting different", ["livelihood"], ["industry"], ["dongguan"], [], [], [],
 "recruiters eager, job seekers indifferent in Dongguan's townships (labour market, recruitment: livelihood; factories only optional industry; Qingxi Town named with Dongguan adds no implicit mention)"),
("l01", "Once a major hub for China's migrant", ["livelihood"], [], ["dongguan"], [], [], [],
 "Dongguan's migrant workforce in steady decline after 12 million in 2007 (migrant workers, employment: livelihood)"),
("l01", "Many industry executives and labor", ["industry"], ["livelihood"], [], ["dongguan"], ["Dalang Town (a town of Dongguan)"], [],
 "the Lewis turning point taken shape; OEM companies have few alternatives, a clothing factory owner pessimistic (manufacturers' plight: industry; labour shortage only optional livelihood)"),
("l01", "Wages have become the central issue", ["livelihood"], [], [], [], [], [],
 "one sentence of a cut paragraph: wages the central issue of the labour shortage (wages: livelihood by its decisive word)"),

("l02", "Huangshan city in Anhui province has", ["openness"], ["industry"], ["huangshan"], [], [], [],
 "lede: Huangshan deepens commercial cooperation with Malaysian partners, an MoU at a Keemun black tea meeting in Kuala Lumpur (foreign commercial cooperation: openness; the tea only optional industry)"),
("l02", "Representatives from Huangshan promoted", [], ["industry", "livelihood", "openness"], ["huangshan"], [], [], [],
 "one line: Huangshan's representatives promote its scenery and the tea's history in videos (an event scene: no required theme; tea, scenery and promotion abroad only optional)"),
("l02", "Liu Junguang, president of the Malaysia", ["industry", "openness"], [], [], [], [], [],
 "Malaysian tea association and company speak on the local tea industry and future demand of its tea market (tea industry and market: industry; a foreign market and partners: openness)"),
("l02", "Keemun is the old spelling of Qimen.", ["industry"], ["openness"], ["huangshan"], [], [], [],
 "Qimen black tea from Qimen county of Huangshan, among China's most famous, drunk in the west for a century (a farm product: industry; consumption abroad only optional openness)"),
("l02", "The art of making Qimen Black Tea is", ["livelihood"], ["industry"], [], [], [], [],
 "the tea-making art on UNESCO's list of intangible cultural heritage (cultural heritage: livelihood; the tea only optional industry)"),

("l03", "looking down from the sky, the vast", ["infrastructure"], ["ecology", "livelihood"], ["huzhou"], [], [], [],
 "lede (a machine translation in lower case): the bamboo sea of Tianhuangping and the upper reservoir of its pumped storage station; green pumped storage and ecological industrial tourism (pumped storage: infrastructure; \"green\" and tourism only optional; the town and county named with Huzhou add no implicit mention)"),
("l03", "as one of the first large-scale", ["infrastructure"], ["ecology"], [], ["huzhou"], ["the tianhuangping pumped-storage power station (in Anji County, Huzhou)"], [],
 "25 years of generation, 54.8 billion kWh, stabilising the East China power grid (power station, grid: infrastructure; \"green power\" and \"green waters and green mountains\" slogans, ecology only optional)"),
("l03", "back in the 1980s, with the rapid", ["infrastructure"], [], [], [], [], [],
 "soaring demand and too little installed capacity in the East China grid led to a large pumped storage station (power supply: infrastructure; the Yangtze River Delta is a region)"),
("l03", "the surveyors spent nearly 10 years", ["infrastructure"], [], [], ["huzhou"], ["tianhuangping hill and the tianhuangping pumped storage power station (in Anji County, Huzhou)"], [],
 "ten years of site surveys, eight of construction, the first unit in operation in 1998 (power station construction: infrastructure)"),

("l04", "Quzhou in East China's Zhejiang province", ["ecology"], ["openness"], ["quzhou"], [], [], [],
 "lede: Quzhou shows its carbon accounting at COP30 (carbon, climate, green development: ecology; an international conference only optional openness)"),
("l04", "In 2020, Quzhou partnered with the State", ["ecology"], ["infrastructure"], ["quzhou"], [], [], [],
 "an energy data center with the State Grid monitors energy use and accounts carbon emissions of large enterprises (carbon accounting: ecology; the data centre only optional infrastructure)"),
("l04", "Zhejiang Mingwang Dairy, based in Quzhou", ["ecology"], ["industry"], ["quzhou"], [], [], [],
 "a dairy firm cut electricity costs and 4,400 tonnes of emissions with energy monitoring points (emissions, energy saving: ecology; the firm only optional industry)"),
("l04", "Carbon accounts are also transforming", ["ecology"], ["livelihood"], ["quzhou"], [], [], [],
 "residents earn carbon points for eco-friendly activities, exchanged for benefits (low-carbon behaviour: ecology; residents' benefits only optional livelihood)"),
("l04", "Quzhou has established over 2.39 million", ["ecology"], [], ["quzhou"], [], [], [],
 "2.39 million carbon accounts, all large enterprises and 95 percent of adults, 2.98 million tonnes of emissions cut (carbon: ecology)"),

("l05", "Foshan, renowned for its pioneering", [], ["openness"], ["foshan"], [], [], [],
 "umbrella: Foshan a pilot city for administrative reform and a law-based international business environment; super-department, streamlining and approval reforms (administrative reform: no theme of its own; the business environment only optional openness)"),
("l05", "Reform of enterprise registration system", [], ["openness"], ["foshan"], [], [], [],
 "enterprise registration reform: joint registrations no longer required, registration approved in 6 working days (government-service streamlining for firms: no theme of its own; business environment only optional openness)"),
("l05", "The administration system of “three lists”", ["openness"], [], [], [], [], [],
 "three lists with a negative list for business investment: investment allowed where not prohibited (market access for investors, business environment: openness; a reader could call it streamlining without theme)"),
("l05", "The list of power and responsibilities", [], ["openness"], [], [], [], [],
 "departments' power lists released, over half the approval items streamlined (administrative streamlining: no theme; openness only optional)"),

("l06", "With the rapid development of information", ["livelihood"], [], ["ningbo"], [], [], [],
 "lede: internet medical services in Ningbo people's daily lives, 42 internet hospitals (medical services: livelihood; \"internet\" applied to a service takes the service's theme)"),
("l06", "The earliest internet medical services", ["livelihood"], [], ["ningbo"], [], [], [],
 "the cloud hospital built from 2014, launched in 2015 as Ningbo's first internet hospital (medical treatment: livelihood)"),
("l06", "According to statistics, there are currently", ["livelihood"], [], ["ningbo"], [], [], [],
 "42 internet hospitals of municipal, county and private owners serving over eight million people (health care: livelihood)"),
("l06", "Reportedly, the Internet medical services", ["livelihood"], [], ["ningbo"], [], [], [],
 "five sections: consultation, pharmacy, nursing, inspection, health management (health services: livelihood)"),
("l06", "At present, the “Cloud Hospital” platform", ["livelihood"], ["infrastructure"], ["ningbo"], [], [], [],
 "the platform covers 214 institutions and 31,246 medical staff (health care: livelihood; the platform itself only optional infrastructure)"),

("l07", "Tokyo intends to remove the income cap", ["livelihood"], [], ["tokyo"], [], [], [],
 "lede: Tokyo to remove the income cap on tuition subsidies, making all high schools virtually free in fiscal 2024 (education costs: livelihood)"),
("l07", "According to the Tokyo metropolitan government", ["livelihood"], [], ["tokyo"], [], [], [],
 "tuition of public and private high schools and the current subsidy below 9.1 million yen (education, subsidies: livelihood)"),
("l07", "However, as prices soar, households", ["livelihood"], [], ["tokyo"], [], [], [],
 "higher earners burdened by prices; more private than public schools in Tokyo (household burden, schooling: livelihood)"),
("l07", "In fiscal 2022, about 190,000 students", ["livelihood"], [], [], [], [], ["tokyo"],
 "190,000 students subsidised, 40 billion yen more for 120,000 new ones (education subsidies: livelihood; Tokyo only in the assembly's name: optional)"),
("l07", "The Tokyo government is also considering", ["livelihood"], [], [], [], [], ["tokyo"],
 "free school lunches backed by half the costs (school meals: livelihood; Tokyo only in \"the Tokyo government\": optional, as en27 i05-05)"),

("l08", "(Yicai Global) June 5 -- The renovation", ["livelihood"], [], ["shenzhen"], [], [], [],
 "lede: renovating cheap rental apartments of Shenzhen's urban villages for migrant workers, rents not to rise (housing: livelihood)"),
("l08", "The upgrades will improve the condition", ["livelihood"], ["infrastructure"], [], [], [], [],
 "better housing; public facilities, fire safety, power and transport problems, rent hikes and utility prices to be solved (housing conditions: livelihood; facilities and utilities only optional infrastructure)"),
("l08", "The Xili subdistrict office, which manages", ["livelihood"], [], [], ["shenzhen"], ["Nanshan district (of Shenzhen)"], [],
 "tenants not forced out, rents unchanged for those who cannot move (tenants, rents: livelihood)"),
("l08", "The subdistrict office will subsidize", ["livelihood"], [], [], ["shenzhen"], ["Nanshan district (of Shenzhen)"], [],
 "subsidies and help for tenants who relocate; children keep their school places (housing, schooling: livelihood)"),
("l08", "Shenzhen started a campaign to improve", ["livelihood"], [], ["shenzhen"], [], [], [],
 "one sentence of a cut paragraph: a campaign to improve urban villages, the city's biggest source of housing (housing: livelihood)"),

("l09", "SEOUL, Apr. 18 (Korea Bizwire)South", ["openness", "industry"], [], ["seoul"], [], [], [],
 "lede: SK hynix completes the expansion of its DRAM fab in China (a foreign firm's plant in China: openness with industry; Seoul in the dateline: explicit)"),
("l09", "The 58,000 square-meter facility in", ["industry"], ["openness"], ["wuxi"], [], [], [],
 "the 58,000 sq m facility in Wuxi to start operation (a factory: industry; the foreign owner only optional openness)"),
("l09", "The 950 billion (US$837 million) project", ["industry"], ["openness"], ["wuxi"], [], [], [],
 "a 950-billion-won project since 2017 to expand DRAM capacity (manufacturing investment: industry)"),
("l09", "The Wuxi fab has been in operation", ["industry"], ["openness"], ["wuxi"], [], [], [],
 "the Wuxi fab, running since 2006, makes half of SK hynix's DRAM (manufacturing: industry)"),
("l09", "In February, SK hynix announced a plan", ["industry"], [], [], [], [], ["seoul"],
 "a 120-trillion-won semiconductor cluster at Yongin in Korea (chip industry: industry; Seoul only as a location reference, \"south of Seoul\": optional)"),

("l10", "STORY: The railway, which has been", ["infrastructure"], [], ["london"], [], [], [],
 "lede: the Elizabeth line to carry 200 million a year, London's rail capacity up 10% (railway: infrastructure)"),
("l10", "Construction started more than 12 years", ["infrastructure"], [], [], [], [], [],
 "one line: construction began 12 years ago on Europe's biggest infrastructure project (infrastructure)"),
("l10", "Initially 12 trains per hour will run", ["infrastructure"], [], [], ["london"], ["Paddington, Canary Wharf, Abbey Wood (in London)"], [],
 "12 trains an hour through 21 km of tunnel linking Paddington to Canary Wharf and Abbey Wood (rail service: infrastructure)"),
("l10", "In 2010, the project was budgeted", ["infrastructure"], [], [], [], [], [],
 "one line: budgeted at 14.8 billion pounds, due in 2018 (rail project: infrastructure)"),
("l10", "Delayed by issues with safety testing", ["infrastructure"], [], [], [], [], [],
 "three and a half years late, 18.8 billion pounds in total (rail project cost: infrastructure)"),

("l11", "One of them from the Taixing High-tech", ["innovation"], [], ["taizhou_js"], [], [], [],
 "the Taixing High-tech Zone's laboratory included among Taizhou's proposed municipal key laboratories (laboratories: innovation; this Taizhou is Jiangsu's, as the paragraph says, not Zhejiang's; Taixing named with Taizhou adds no implicit mention)"),
("l11", "It is the Taizhou Key Laboratory of", ["innovation"], [], [], [], [], ["taizhou_js"],
 "the Taizhou Key Laboratory of Semiconductor Ceramic Materials, run by a research institute (a laboratory: innovation; Taizhou only in the laboratory's name: optional)"),
("l11", "Founded in 2023, the Jicui institute", ["innovation"], [], [], [], [], [],
 "one line: the institute a new R&D platform for advanced ceramics (R&D platform: innovation)"),
("l11", "It was co-constructed by the Jiangsu", ["innovation"], [], [], ["taizhou_js", "beijing"], ["Taixing High-tech Zone (in Taixing, a county-level city of Taizhou, Jiangsu)", "Tsinghua University (in Beijing)"], [],
 "co-built by two industrial technology research institutes, the zone and a Tsinghua team of a state key laboratory (research institutions, technology transfer: innovation; Taizhou also in an institute's name)"),
("l11", "Currently, the zone is home to five", ["innovation"], ["industry"], [], [], [], [],
 "five key laboratories and 43 enterprise R&D institutions in the zone (laboratories, corporate R&D: innovation; enterprises only optional industry)"),

("l12", "[Explanation] On the occasion of the 44th", ["livelihood"], [], [], ["jiangmen"], ["Kaiping, Kaiping Zili Village (Kaiping is a county-level city of Jiangmen)"], [],
 "lede of a translated video script: the expert behind the World Heritage inscription of Kaiping Diaolou and Villages visits Zili Village (world cultural heritage: livelihood, as en23 e05-04)"),
("l12", "[Explanation] Kaiping Diaolou in Jiangmen", ["livelihood"], [], ["jiangmen"], [], [], [],
 "one line: the diaolou known as the location of the film \"Let the Bullets Fly\" (culture, a film location: livelihood; Kaiping named with Jiangmen adds no implicit mention)"),
("l12", "Kaiping Diaolou, which appeared in the", ["livelihood"], [], [], ["jiangmen"], ["Kaiping Diaolou (in Kaiping, a county-level city of Jiangmen)"], [],
 "the watchtowers' history and type, 1,833 still standing (heritage buildings: livelihood)"),
("l12", "Zhang Guoxiong introduced that in the", [], ["livelihood"], [], ["jiangmen"], ["Kaiping (a county-level city of Jiangmen)"], [],
 "why the towers were built: bandits in the Ming Jiajing period (history: no required theme; heritage only optional livelihood)"),
("l12", "[Explanation] It is worth mentioning", [], ["livelihood"], [], ["jiangmen"], ["Kaiping Diaolou (in Kaiping, Jiangmen)"], [],
 "the Chinese-Western blend that sets the diaolou apart (architectural description: no required theme; heritage only optional livelihood)"),
]

if __name__ == "__main__":
    U = build(os.path.dirname(os.path.abspath(__file__)), L)
    print(len(U), "units written")
