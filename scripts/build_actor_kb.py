#!/usr/bin/env python3
"""Builds the dated actor knowledge base data/dictionaries/kb/*.actors.txt (PETRARCH2 actor syntax).

Inputs (see data/actors/README.md):
  shared sources, read from --shared (default ../shared/data/actors; only needed to regenerate):
    countries.json            names, alternative spellings, demonyms, capitals (ODbL)
    CountryInfo.120116.txt    full names of leaders and ministers to 2011 (CC BY-SA)
    reign_leaderlist_3_21.csv effective leaders with start/end dates to March 2021 (REIGN)
  our own sources, in data/actors/:
    reign_names.tsv           full names of REIGN leaders listed by surname only
    office_holders.tsv        dated offices 2000-2026 (heads of state and government, ministers,
                              officials of international organisations), one row per term
    phrases.tsv               metonyms, organisations, armed groups, companies, and traps
                              (phrases that contain a country name but are not an actor: "---")
Outputs, in data/dictionaries/kb/:
    countries.actors.txt      one entry per state: names, demonyms, capital
    leaders.actors.txt        REIGN leaders 2000-2021 (full names from CountryInfo) and
                              office_holders.tsv, merged per person; former office holders
                              fall back to the country's elite code (e.g. USAELI)
    phrases.actors.txt        phrases.tsv
Every entry carries a provenance comment. The build never reads the shared folder: the outputs
are committed. Run: python3 scripts/build_actor_kb.py [--shared PATH]
"""
import argparse
import csv
import datetime
import json
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "data", "dictionaries", "kb")
SRC = os.path.join(REPO, "data", "actors")

# The states of the knowledge base: UN members plus these, with the codes the Phoenix files use.
EXTRA_STATES = {"TWN": "TWN", "UNK": "KSV", "PSE": "PSE", "ESH": "ESH"}
CODE_OF = {"UNK": "KSV"}
# Capitals that are also common words or names of other places; kept out of the country entry.
CAPITAL_SKIP = {"VICTORIA", "KINGSTON", "MALE", "GEORGETOWN", "SAN JOSE", "SAN JOSÉ",
                "WASHINGTON, D.C.", "CITY OF SAN MARINO", "MONACO", "LUXEMBOURG", "SINGAPORE",
                "KUWAIT CITY", "VATICAN CITY", "PANAMA CITY", "MEXICO CITY", "GUATEMALA CITY",
                "DJIBOUTI", "ANDORRA LA VELLA", "PRAIA", "PALIKIR", "NGERULMUD", "YAREN",
                "FUNAFUTI", "SRI JAYAWARDENEPURA KOTTE", "LIMA", "VALLETTA", "MAJURO"}
# Capitals as government metonyms the shared file lacks (it names "Washington, D.C.").
EXTRA_CAPITALS = {"USA": ["Washington"]}
# The city itself, not the national government: a capital inside these stays the state's
# undated code ("the City of Tokyo", "Tokyo's governor" -> JPN, never JPNGOV).
CITY_FORMS = ["City of {}", "{} City", "{} city government", "{} Metropolitan Government",
              "{} City Hall", "{} mayor", "Mayor of {}", "{} governor", "Governor of {}",
              "{} municipal government", "{} city council", "{}-based"]
# A capital naming a newspaper, a treaty, an event or a place in it is not the government:
# newspapers keep Phoenix's media code, the others are no actor ("the Paris Agreement", "the
# Jakarta Post", "Beijing Olympics" were coded as the government before these entries).
CAPITAL_MEDIA = ["{} Post", "{} Times", "{} Herald", "{} Daily", "{} Gazette", "{} Tribune"]
CAPITAL_TRAPS = ["{} Agreement", "{} Accord", "{} Accords", "{} climate agreement",
                 "{} Declaration", "{} Protocol", "{} Convention", "{} Olympics", "{} Games",
                 "{} Stock Exchange", "{} Airport", "{} University", "{} Marathon", "{} Metro",
                 "{} Summit", "{} Process", "{} Format"]
# Extra names the shared file lacks or spells differently from news usage.
EXTRA_NAMES = {
    "USA": ["U.S.", "U.S.A.", "US", "USA", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "British"],
    "KOR": ["Republic of Korea", "ROK", "South Korean", "S. Korea"],
    "PRK": ["DPRK", "North Korean", "N. Korea", "Democratic People's Republic of Korea"],
    "CHN": ["PRC", "People's Republic of China", "Mainland China"],
    "TWN": ["Republic of China", "Taiwanese", "Chinese Taipei"],
    "RUS": ["Russian Federation"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Ivorian"],
    "MKD": ["North Macedonia", "Macedonia", "North Macedonian"],
    "CZE": ["Czechia", "Czech Republic", "Czech"],
    "TUR": ["Türkiye", "Turkiye"],
    "SWZ": ["Eswatini", "Swaziland"],
    "MMR": ["Burma", "Burmese"],
    "TLS": ["East Timor", "Timor-Leste", "Timorese"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "ARE": ["UAE", "U.A.E.", "Emirati", "Emirates"],
    "SAU": ["Saudi", "KSA"],
    "PSE": ["State of Palestine", "Palestinian", "Palestinian Authority"],
    "KSV": ["Kosovar", "Kosovan"],
    "ESH": ["Sahrawi Arab Democratic Republic", "Sahrawi"],
    "VAT": ["Holy See", "Vatican"],
    "FSM": ["Micronesia"],
    "BHS": ["The Bahamas", "Bahamas"],
    "GMB": ["The Gambia", "Gambia"],
    "NLD": ["The Netherlands", "Holland"],
    "PHL": ["Filipino"],
    "IRN": ["Islamic Republic of Iran", "Persia"],
    "SYR": ["Syrian Arab Republic"],
    "LAO": ["Laos", "Lao"],
    "VNM": ["Viet Nam"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "MDA": ["Moldova"],
    "BRN": ["Brunei"],
    "TZA": ["Tanzania"],
    "GNB": ["Bissau-Guinean", "Bissau-Guineans"],
    "KAZ": ["Kazakh", "Kazakhs"],
    "UZB": ["Uzbek", "Uzbeks"],
    "KGZ": ["Kyrgyz"],
    "TJK": ["Tajik", "Tajiks"],
    "TKM": ["Turkmen"],
    "NPL": ["Nepali", "Nepalis"],
    "DJI": ["Djiboutian", "Djiboutians"],
    "SVN": ["Slovenian", "Slovenians"],
    "MDV": ["Maldivian", "Maldivians"],
    "COM": ["Comorian", "Comorians"],
    "ATG": ["Antiguan", "Antiguans"],
    "STP": ["Santomean", "Santomeans"],
    "PNG": ["Papua New Guinean", "Papua New Guineans"],
}
# Demonyms two states share: the one news means far more often.
SHARED_DEMONYM = {"CONGOLESE": "COD", "GUINEAN": "GIN"}
# Names that must not become a phrase of a country entry (too ambiguous alone).
NAME_SKIP = {"GEORGIA": False}


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def person_key(name):
    """One key per person whatever the spelling: folded, upper case, hyphens, underscores and
    spacing alike ("Moon Jae-in", REIGN/CountryInfo's MOON_JAE_IN)."""
    return " ".join(re.split(r"[\s_-]+", fold(name).upper())).strip()


def phrase(text):
    """A name as a PETRARCH phrase: words joined by '_', upper case, trailing '_' (exact)."""
    text = re.sub(r"\s+", " ", text.strip())
    return text.upper().replace(" ", "_") + "_"


def ymd(date):
    return date.replace("-", "")


def read_countries(shared):
    with open(os.path.join(shared, "countries.json"), encoding="utf-8") as f:
        data = json.load(f)
    states = []
    for c in data:
        iso = c["cca3"]
        if not (c.get("unMember") or iso in EXTRA_STATES):
            continue
        code = CODE_OF.get(iso, iso)
        names = [c["name"]["common"], c["name"]["official"]]
        names += [a for a in c.get("altSpellings", []) if len(a) > 3 and a.isascii() and "," not in a]
        demonyms = set()
        eng = c.get("demonyms", {}).get("eng", {})
        for form in (eng.get("m"), eng.get("f")):
            if form:
                demonyms.add(form)
        plurals = {d + "s" for d in demonyms if not d.endswith(("s", "ese", "ch", "sh"))}
        capitals = [cap for cap in c.get("capital", []) if cap.upper() not in CAPITAL_SKIP]
        capitals += EXTRA_CAPITALS.get(code, [])
        states.append({"iso": iso, "code": code, "common": c["name"]["common"],
                       "names": names + EXTRA_NAMES.get(code, []), "demonyms": sorted(demonyms),
                       "plurals": sorted(plurals), "capitals": capitals})
    return states


def write_countries(states, path):
    with open(path, "w", encoding="utf-8") as out:
        out.write("# GENERATED by scripts/build_actor_kb.py from countries.json (mledoze/countries,\n"
                  "# ODbL 1.0) plus the news spellings in the script; do not edit by hand.\n"
                  "# One entry per UN member state, Taiwan, Kosovo, Palestine and Western Sahara:\n"
                  "# common and official names, alternative spellings, demonyms (and plurals). Codes are\n"
                  "# undated: the state itself. Each capital is its own entry coded as the government\n"
                  "# (CCCGOV): as the agent of an act a capital is a metonym (\"Tokyo protested\" ->\n"
                  "# JPNGOV, as ICEWS and GDELT code it); as a place (\"in Tokyo\") the coder drops it.\n"
                  "# The city's own bodies (\"City of Tokyo\", \"Tokyo governor\") stay the state's code.\n"
                  "# Other metonyms (Kremlin, Zhongnanhai ...) are in phrases.actors.txt.\n\n")
        for s in sorted(states, key=lambda s: s["code"]):
            seen = set()
            lines = []
            for kind, items in (("name", s["names"]), ("demonym", s["demonyms"]),
                                ("people", s["plurals"])):
                for item in items:
                    for variant in dict.fromkeys((item, fold(item))):  # ordered: output is stable
                        p = phrase(variant)
                        if p in seen or p.rstrip("_") in NAME_SKIP:
                            continue
                        owner = SHARED_DEMONYM.get(p.rstrip("_").rstrip("S"))
                        if owner and owner != s["code"]:
                            continue
                        seen.add(p)
                        lines.append(p)
            out.write(f"{lines[0]}  [{s['code']}]  # {s['common']}: countries.json ({s['iso']})\n")
            for p in lines[1:]:
                out.write(f"+{p}\n")
            out.write("\n")
            for capital in s["capitals"]:
                forms = [p for p in dict.fromkeys(phrase(v) for v in (capital, fold(capital)))
                         if p not in seen]
                if not forms:
                    continue
                seen.update(forms)
                out.write(f"{forms[0]}  [{s['code']}GOV]  # capital of {s['common']} as its "
                          f"government (metonym): countries.json ({s['iso']})\n")
                for p in forms[1:]:
                    out.write(f"+{p}\n")
                out.write("\n")
                city = [phrase(f.format(v)) for f in CITY_FORMS
                        for v in dict.fromkeys((capital, fold(capital)))]
                out.write(f"{city[0]}  [{s['code']}]  # the city of {capital}, not the national "
                          f"government\n")
                for p in dict.fromkeys(city[1:]):
                    out.write(f"+{p}\n")
                out.write("\n")
                for code, forms, what in (("MED", CAPITAL_MEDIA, "newspapers"),
                                          ("---", CAPITAL_TRAPS, "treaties, events, places")):
                    names = list(dict.fromkeys(phrase(f.format(v)) for f in forms
                                               for v in (capital, fold(capital))))
                    out.write(f"{names[0]}  [{code}]  # {what} named after {capital}\n")
                    for p in names[1:]:
                        out.write(f"+{p}\n")
                    out.write("\n")


# --- leaders -------------------------------------------------------------------------------------

def read_countryinfo_names(shared):
    """ISO3 -> list of full names (as PETRARCH phrases without '_' end) from CountryInfo."""
    names = {}
    cow_to_iso = {}
    iso = None
    cow = None
    in_people = False
    with open(os.path.join(shared, "CountryInfo.120116.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"<CountryCode>(\w+)</CountryCode>", line.strip())
            if m:
                iso = m.group(1)
                continue
            m = re.match(r"<COW-Alpha>(\w+)</COW-Alpha>", line.strip())
            if m and iso:
                cow_to_iso[m.group(1)] = iso
                continue
            if line.strip() in ("<Leaders>", "<Government>"):
                in_people = True
                continue
            if line.strip() in ("</Leaders>", "</Government>"):
                in_people = False
                continue
            if in_people and iso:
                m = re.match(r"\s*([A-Z][A-Z'._-]+)\s*\[", line)
                if m:
                    spans = []
                    for a, b in re.findall(r"(\d{8})\s*-\s*(\d{8})", line):
                        spans.append((a, b))
                    for a in re.findall(r">\s*(\d{8})", line):
                        spans.append((a, "20111231"))
                    for b in re.findall(r"<\s*(\d{8})", line):
                        spans.append(("20000101", b))
                    names.setdefault(iso, []).append((m.group(1).rstrip("_"), spans))
    return names, cow_to_iso


def full_name(reign_name, candidates, start):
    """The CountryInfo name ending in the REIGN surname of a person whose CountryInfo dates touch
    the REIGN spell's start (within a year): a surname alone matches relatives and namesakes
    (Pierre Elliott Trudeau for Justin Trudeau), so the dates must agree too."""
    words = fold(reign_name).upper().replace("-", "_").replace(" ", "_").split("_")
    if len(words) >= 2:
        return "_".join(words)
    day = int(start.strftime("%Y%m%d"))
    hits = set()
    for name, spans in candidates:
        if name.replace("-", "_").split("_")[-1] != words[-1]:
            continue
        for a, b in spans:
            if int(a) - 10000 <= day <= int(b) + 10000:
                hits.add(name)
    return hits.pop() if len(hits) == 1 else None


def read_reign_names(path):
    """reign_names.tsv: REIGN leader field -> [(state abbreviation, full name)]."""
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            state, leader, full = fields[:3]
            leader = leader.strip()
            year = fields[3] if len(fields) > 3 else ""  # for two people with one REIGN name
            names.setdefault(leader, []).append((state, full, year))
    return names


def reign_full_name(leader, cow, iso, year, names):
    options = names.get(leader.strip(), [])  # REIGN has trailing blanks ("Komisic ")
    dated = [o for o in options if o[2] == str(year)]
    if dated:
        return dated[0][1]
    if len(options) == 1:
        return options[0][1]
    for state, full, _ in options:
        if state in (cow, iso):
            return full
    return None


# REIGN abbreviations CountryInfo.txt does not list (REIGN keeps "YUG" for Serbia).
COW_EXTRA = {"YUG": "SRB", "KOS": "UNK", "KSV": "UNK", "GUI": "GIN", "CON": "COG"}


def read_reign(shared, cow_to_iso, ci_names, states, reign_names):
    codes = {s["iso"]: s["code"] for s in states}
    rows = []
    with open(os.path.join(shared, "reign_leaderlist_3_21.csv"), encoding="utf-8", errors="replace") as f:
        for r in csv.DictReader(f):
            if not r["syear"]:
                continue
            rows.append(r)
    by_country = {}
    for r in rows:
        by_country.setdefault(r["stateabb"], []).append(r)
    people = []
    skipped = 0
    for cow, spells in by_country.items():
        iso = cow_to_iso.get(cow) or COW_EXTRA.get(cow)
        if iso is None or iso not in codes:
            continue
        spells.sort(key=lambda r: (int(r["syear"]), int(r["smonth"]), int(r["sdate"])))
        for i, r in enumerate(spells):
            start = datetime.date(int(r["syear"]), int(r["smonth"]), int(r["sdate"]))
            if r["eyear"]:
                ey, em = int(r["eyear"]), int(r["emonth"])
                if ey < 2000:
                    continue
                # REIGN gives the end month only: the successor's start when it falls in that
                # month, else the first day of the next month.
                end = None
                if i + 1 < len(spells):
                    n = spells[i + 1]
                    if int(n["syear"]) == ey and int(n["smonth"]) == em:
                        end = datetime.date(ey, em, int(n["sdate"]))
                if end is None:
                    end = datetime.date(ey + (em == 12), em % 12 + 1, 1)
            else:
                end = None
            full = reign_full_name(r["leader"], cow, iso, start.year, reign_names)
            name = None if full else full_name(r["leader"], ci_names.get(iso, []), start)
            origin = "name from CountryInfo"
            if name is None or len(name.split("_")) < 2:
                name = phrase(fold(full)).rstrip("_") if full else None
                origin = "name from reign_names.tsv"
            if name is None or len(name.split("_")) < 2:
                skipped += 1
                print(f"no full name: {cow} {iso} {r['leader']} {start}", file=sys.stderr)
                continue
            people.append({"name": name, "variants": [], "country": codes[iso],
                           "terms": [(codes[iso] + "GOV", start.isoformat(),
                                      end.isoformat() if end else "")],
                           "source": f"REIGN {r['leadid']} ({r['leader']}), {origin}"})
    return people, skipped


def read_office_holders(path):
    """office_holders.tsv rows -> people keyed by their first name."""
    people = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 5:
                sys.exit(f"{path}:{number}: expected country, code, names, start, end, source")
            country, code, names, start, end = [x.strip() for x in fields[:5]]
            source = fields[5].strip() if len(fields) > 5 else ""
            if len(code) <= 3 or code.startswith("~"):
                code = country + code.lstrip("~")  # "GOV" -> "JPNGOV"
            names = [n.strip() for n in names.split(";") if n.strip()]
            key = person_key(names[0])
            person = people.setdefault(key, {"name": phrase(names[0]).rstrip("_"),
                                             "variants": [], "country": country, "terms": [],
                                             "source": [], "line": number})
            for n in names[1:]:
                if n not in person["variants"]:
                    person["variants"].append(n)
            person["terms"].append((code, start, end))
            person["source"].append(f"{start}..{end or 'now'} {source}".strip())
    return people


def write_leaders(reign_people, holders, path):
    by_key = {}
    # Our dated rows replace REIGN's spells of the same person, under any of their names.
    replaced = set(holders)
    for p in holders.values():
        replaced.update(person_key(v) for v in p["variants"] if len(v.split()) >= 2)
    for p in reign_people:
        key = person_key(p["name"])
        if key in replaced:
            continue
        if key in by_key:  # a second REIGN spell of the same person
            by_key[key]["terms"] += p["terms"]
            by_key[key]["source"] += "; " + p["source"]
        else:
            by_key[key] = dict(p)
    for key, p in holders.items():
        p = dict(p)
        p["source"] = "; ".join(p["source"]) + f" (office_holders.tsv:{p['line']})"
        by_key[key] = p
    with open(path, "w", encoding="utf-8") as out:
        out.write("# GENERATED by scripts/build_actor_kb.py; do not edit by hand. Office holders with\n"
                  "# dated codes: REIGN effective leaders 2000-2021 (full names from CountryInfo.txt)\n"
                  "# and data/actors/office_holders.tsv (2000-2026, one source per term). [CODE A-B]\n"
                  "# holds from A up to but not including B (the handover day is the successor's);\n"
                  "# outside every term a person is the country's elite (ELI).\n\n")
        for key in sorted(by_key):
            p = by_key[key]
            out.write(f"{p['name']}_  # {p['source']}\n")
            for v in p["variants"]:
                out.write(f"+{phrase(v)}\n")
            for code, start, end in sorted(p["terms"], key=lambda t: t[1]):
                rng = f"{ymd(start)}-{ymd(end)}" if end else f">{ymd(start)}"
                out.write(f"\t[{code} {rng}]\n")
            if len(p["country"]) == 3 and p["country"] not in ("IGO", "NGO"):
                out.write(f"\t[{p['country']}ELI]\n")
            out.write("\n")
    return len(by_key)


def write_phrases(src, path):
    with open(src, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        out.write("# GENERATED by scripts/build_actor_kb.py from data/actors/phrases.tsv; do not edit.\n"
                  "# Government metonyms, organisations, armed groups, companies, and traps ('---':\n"
                  "# a phrase that contains a country's name but is no actor).\n\n")
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 2:
                sys.exit(f"{src}:{number}: expected code, phrases, source")
            code, names = fields[0].strip(), [n.strip() for n in fields[1].split(";") if n.strip()]
            source = fields[2].strip() if len(fields) > 2 else ""
            variants = []
            for n in names:
                for v in (n, fold(n)):
                    if phrase(v) not in variants:
                        variants.append(phrase(v))
            out.write(f"{variants[0]}  [{code}]  # {source} (phrases.tsv:{number})\n")
            for v in variants[1:]:
                out.write(f"+{v}\n")
            out.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(REPO, "..", "shared", "data", "actors"))
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    states = read_countries(args.shared)
    write_countries(states, os.path.join(OUT, "countries.actors.txt"))
    ci_names, cow_to_iso = read_countryinfo_names(args.shared)
    reign_names = read_reign_names(os.path.join(SRC, "reign_names.tsv"))
    reign_people, skipped = read_reign(args.shared, cow_to_iso, ci_names, states, reign_names)
    holders = read_office_holders(os.path.join(SRC, "office_holders.tsv"))
    people = write_leaders(reign_people, holders, os.path.join(OUT, "leaders.actors.txt"))
    write_phrases(os.path.join(SRC, "phrases.tsv"), os.path.join(OUT, "phrases.actors.txt"))
    print(f"states {len(states)}, REIGN spells kept {len(reign_people)} (skipped, no full name: "
          f"{skipped}), office_holders.tsv people {len(holders)}, people written {people}")


if __name__ == "__main__":
    main()
