#!/usr/bin/env python3
"""Coverage audit of the dated actor knowledge base: heads of state and government 2000-2026.

For every state of the knowledge base (the UN members, Taiwan, Kosovo, Palestine, Western
Sahara) lists the years 2000..UNTIL in which no head-of-state (HoS) entry and no
head-of-government (HoG) entry covers the days, the open-ended entries that probably ended (a
later entry of the same office in the same state), and, for the issue's list of states, the
years without a foreign or defence minister. Prints per-state lines and a summary.

What counts as an entry is what scripts/build_actor_kb.py writes to leaders.actors.txt:
  - rows of data/actors/office_holders.tsv; the office is read from the title that starts the
    source column ("President (gov.br)", "Prime Minister (...)"; rules in OFFICE_WORDS);
  - REIGN spells (effective leaders to 2021-03) of people without office_holders.tsv rows, when
    the shared folder is present. REIGN names one effective leader and not its office: the
    office is the CountryInfo.txt <Leaders> section (Presidents, Prime ministers, Kings ...)
    that lists the same family name at the same time, else the office most of that state's
    matched spells hold, else HoG when CountryInfo lists prime ministers for the state.
In the states of ONE_OFFICE (presidential systems, absolute monarchies, the Holy See) the head
of state heads the government too; in the Commonwealth realms the British monarch is head of
state. A year is a gap when more than GAP_DAYS of its days (up to UNTIL) have no entry: REIGN
gives end months only, so handovers leave a few days uncovered. Python stdlib only.

Run: python3 scripts/audit_actor_coverage.py [--shared ../shared/data/actors] [--until DATE]
     [--summary] [--from-year 2000]

--curated [FILE] instead compares the hand-curated data/dictionaries/dyadwatch.actors.txt, which
loads after the knowledge base and so overrides the phrases it defines, with office_holders.tsv:
for every curated entry that names a person with rows, the day ranges (--from-year .. --until)
on which the two give different codes. A conflict is a day on which the KB has a term and the
curated entry another code, or the KB has none (the person is CCCELI) and the curated entry
still gives one of the person's office codes (a stale term). Days on which the KB says ELI and
the curated entry says something more precise (LEG, OPP, a party) are listed only with -v.
Exits 1 when an entry has a conflict or extends a term (review those by hand).
"""
import argparse
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_actor_kb as kb  # noqa: E402  (same folder; reuses the KB's own readers)

GAP_DAYS = 31
# REIGN's last update: an open REIGN spell says nothing about later days, so it counts as
# covering only up to here and is listed as unconfirmed until an office_holders.tsv row of the
# same person (which replaces REIGN's spells in the KB) gives its end or confirms it.
REIGN_END = "2021-04-01"
# Office words in the title of an office_holders.tsv row. A title naming both (e.g. "junta
# leader", "King and Prime Minister") counts for both; NOT_HEAD titles count for neither.
HOS_WORDS = re.compile(r"(?i:supreme leader|head of state)|\b(President|King|Queen|Emir|Sultan|Emperor|Pope|Supreme Leader|"
                       r"Grand Duke|(?<!Crown )Prince|Co-Prince|Captain Regent|Head of State|"
                       r"Presidential Council|Presidency|Sovereignty Council|junta|"
                       r"military leader|State Affairs|Yang di-Pertuan Agong|Chairman of the "
                       r"Presidential Leadership Council|Presidential Leadership Council chairman)\b")
HOG_WORDS = re.compile(r"\b(Prime Minister|PM|Premier|Chancellor|Taoiseach|Chief Adviser|"
                       r"State Counsellor|President of the Government|Chairman of the Council "
                       r"of Ministers|President of the Council of Ministers|Chief Executive|"
                       r"Chairman of the Cabinet|military government|"
                       r"head of government|chairman of the council of ministers)\b")
NOT_HEAD = re.compile(r"\b(Vice|Deputy|opposition|candidate|spokes\w*|claimed|Exchequer|"
                      r"President of the European|World Bank|Bank|(?<!Prime )Minister of|"
                      r"First Vice|"
                      r"Head of the Presidential Office|assistant)\b", re.I)
FM_WORDS = re.compile(r"\b(Foreign Minister|Foreign Secretary|Secretary of State|"
                      r"External Affairs Minister|Minister of International Relations|"
                      r"Minister for Foreign Affairs|Minister of Foreign Affairs|"
                      r"and Foreign Minister|Foreign Affairs Minister)\b")
DM_WORDS = re.compile(r"\b(Defence Minister|Defense Minister|Secretary of Defense|Defence "
                      r"Secretary|Minister of the Armed Forces|Minister of Defence|Minister "
                      r"of Defense|Minister of National Defense|Minister of National "
                      r"Defence|Defence and Security Minister)\b")
# States whose head of state also heads the government (no separate head-of-government office,
# or one subordinate to the president), with the days that holds ([start, end), None = open).
ONE_OFFICE = {code: [("2000-01-01", None)] for code in (
    "USA MEX BRA ARG CHL COL ECU BOL VEN PRY URY CRI PAN GTM HND SLV NIC DOM GUY SUR PER "
    "NGA GHA KEN LBR SLE GMB ZAF BWA NAM ZMB MWI AGO SSD SYC BEN ZWE COM ERI TZA "
    "IDN PHL KOR CYP MDV TKM PLW FSM MHL NRU KIR CHE VAT BRN OMN "
    # San Marino: the Captains Regent preside over the government (the Congress of State)
    "SMR").split()}
ONE_OFFICE.update({
    "TUR": [("2018-07-09", None)], "KGZ": [("2021-05-05", None)],
    "AFG": [("2000-01-01", "2021-08-15")], "SAU": [("2000-01-01", "2022-09-27")],
    "BDI": [("2000-01-01", "2020-06-24")], "CUB": [("2000-01-01", "2019-12-21")],
    "SYR": [("2025-03-29", None)], "GAB": [("2025-05-03", None)],
    "SEN": [("2019-05-14", "2022-09-17")], "TCD": [("2018-05-04", "2021-04-26")],
    "COG": [("2000-01-01", "2005-01-07"), ("2009-09-15", "2016-04-23")],
    "COD": [("2000-01-01", "2006-12-30")], "PSE": [("2000-01-01", "2003-03-19")],
    "MMR": [("2011-03-30", "2016-04-06"), ("2026-04-03", None)]})
# States that came into being after 2000: years before are not gaps.
STATE_FROM = {"SSD": "2011-07-09", "TLS": "2002-05-20", "MNE": "2006-06-03", "KSV": "2008-02-17"}
# Collective heads of state whose members serve side by side (Bosnia's three-member Presidency):
# a later member does not end an earlier one's term.
COLLECTIVE_HEAD = {"BIH"}
# States where the president heads the government under a head of state of another title.
PRESIDENT_HEADS_GOVERNMENT = {"IRN"}
# The Commonwealth realms: the British monarch is head of state (Barbados until it became a
# republic on 2021-11-30).
REALMS = {code: None for code in "AUS CAN NZL JAM BHS BLZ ATG KNA LCA VCT GRD PNG SLB TUV".split()}
REALMS["BRB"] = "2021-11-30"
# The list for foreign and defence ministers: the G20, East and South-East Asia, the
# EU's larger members, Russia, Ukraine, Iran, Israel, Turkey, Saudi Arabia, the two Koreas and
# Central Asia.
MINISTER_STATES = ("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA "
                   "PRK MNG TWN BRN KHM LAO MYS MMR PHL SGP THA TLS VNM ESP POL NLD UKR IRN ISR "
                   "KAZ KGZ TJK TKM UZB").split()
# CountryInfo.txt <Leaders> sections: which office each names.
SECTION_HOS = re.compile(r"^(Presidents?|Kings?|Kings/QUEENS|Emirs|Sultans|Emperors|"
                         r"Heads of state|Sovereign princes|Rulers|Princes|Chairm[ae]n of the "
                         r"(presidency|state presidency|council of state)|Presidents of the "
                         r"presidency)", re.I)
SECTION_HOG = re.compile(r"^(Prime ministers?|Premiers|Chancellors|Co-PRIME|Heads of government|"
                         r"Chairmen of the council of ministers|Chief ministers?)", re.I)


def day(text):
    return datetime.date.fromisoformat(text)


def title_of(source):
    return source.split(" (")[0].strip()


def offices_of_title(title):
    """The set of offices ({'HoS', 'HoG', 'FM', 'DM'}) an office_holders.tsv title names."""
    found = set()
    if FM_WORDS.search(title):
        found.add("FM")
    if DM_WORDS.search(title):
        found.add("DM")
    if NOT_HEAD.search(title) and not re.search(r"\bthen President|President from|acting "
                                                r"President|(?<!Deputy )(?<!Vice )Prime Minister|head of government",
                                                title):
        return found
    if HOS_WORDS.search(title):
        found.add("HoS")
    if HOG_WORDS.search(title):
        found.add("HoG")
    return found


def read_office_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            country, code, names, start, end = [x.strip() for x in fields[:5]]
            source = fields[5].strip() if len(fields) > 5 else ""
            key = kb.person_key(names.split(";")[0])
            offices = offices_of_title(title_of(source))
            if country in PRESIDENT_HEADS_GOVERNMENT and "HoS" in offices and \
                    "President" in title_of(source):
                offices = (offices - {"HoS"}) | {"HoG"}
            rows.append({"country": country, "name": names.split(";")[0].strip(), "key": key,
                         "start": start, "end": end, "offices": offices,
                         "where": f"office_holders.tsv:{number}", "code": code})
    return rows


def read_countryinfo_sections(shared):
    """ISO3 -> [(family name, office, start, end)] from CountryInfo.txt <Leaders> sections."""
    out = {}
    iso = None
    section = None
    with open(os.path.join(shared, "CountryInfo.120116.txt"), encoding="utf-8",
              errors="replace") as f:
        for line in f:
            text = line.strip()
            m = re.match(r"<CountryCode>(\w+)</CountryCode>", text)
            if m:
                iso = m.group(1)
                continue
            m = re.match(r"<([^/>][^>]*)>$", text)
            if m:
                name = m.group(1)
                section = ("HoS" if SECTION_HOS.match(name) else
                           "HoG" if SECTION_HOG.match(name) else None)
                continue
            if text.startswith("</"):
                section = None if text in ("</Leaders>",) else section
                continue
            m = re.match(r"([A-Z][A-Z'._-]+)\s*\[", text)
            if not (m and section and iso):
                continue
            family = m.group(1).rstrip("_").replace("-", "_").split("_")[-1]
            for a, b in re.findall(r"(\d{8})\s*-\s*(\d{8})", text):
                out.setdefault(iso, []).append((family, section, a, b))
            for a in re.findall(r">\s*(\d{8})", text):
                out.setdefault(iso, []).append((family, section, a, "20991231"))
    return out


def reign_rows(shared, holders):
    """REIGN spells that the KB keeps (no office_holders.tsv rows for the same person), each
    with the office CountryInfo gives its family name at the time."""
    states = kb.read_countries(shared)
    ci_names, cow_to_iso = kb.read_countryinfo_names(shared)
    names = kb.read_reign_names(os.path.join(kb.SRC, "reign_names.tsv"))
    import contextlib
    import io
    with contextlib.redirect_stderr(io.StringIO()):  # the builder's "no full name" lines
        people, _ = kb.read_reign(shared, cow_to_iso, ci_names, states, names)
    iso_of = {s["code"]: s["iso"] for s in states}
    sections = read_countryinfo_sections(shared)
    rows = []
    for p in people:
        key = kb.person_key(p["name"])
        if key in holders:
            continue
        code, start, end = p["terms"][0]
        family = p["name"].split("_")[-1]
        begin = int(start.replace("-", ""))
        office = None
        for fam, sec, a, b in sections.get(iso_of.get(p["country"], p["country"]), []):
            if fam == family and int(a) - 10000 <= begin <= int(b) + 10000:
                office = sec
                break
        rows.append({"country": p["country"], "name": p["name"].replace("_", " ").title(),
                     "key": key, "start": start, "end": end or REIGN_END, "office": office,
                     "open_reign": not end, "where": p["source"].split(",")[0]})
    # Unmatched spells take the office most matched spells of their state hold.
    for country in {r["country"] for r in rows}:
        mine = [r for r in rows if r["country"] == country]
        counts = {}
        for r in mine:
            if r["office"]:
                counts[r["office"]] = counts.get(r["office"], 0) + 1
        has_pm = any(sec == "HoG" for _, sec, _, _ in sections.get(
            iso_of.get(country, country), []))
        default = max(counts, key=counts.get) if counts else ("HoG" if has_pm else "HoS")
        for r in mine:
            r["offices"] = {r["office"] or default}
    return rows


def holds(table, country, date):
    if country not in table:
        return False
    a, b = table[country]
    return day(a) <= date and (b is None or date < day(b))


def coverage(entries, country, office, first, last):
    """Uncovered days per year of `office` in `country` between first and last (inclusive)."""
    spans = []
    for e in entries:
        if office not in e["offices"]:
            continue
        if e["country"] == country or (office == "HoS" and e.get("monarch_of_realms")
                                        and country in REALMS):
            start = day(e["start"])
            end = day(e["end"]) if e["end"] else last + datetime.timedelta(days=1)
            if office == "HoS" and e.get("monarch_of_realms") and country in REALMS and \
                    REALMS[country] and day(REALMS[country]) < end:
                end = day(REALMS[country])
            spans.append((start, end))
    # The head of state of a ONE_OFFICE state heads the government too.
    for a, b in ONE_OFFICE.get(country, []) if office == "HoG" else []:
        for e in entries:
            if e["country"] == country and "HoS" in e["offices"]:
                start = max(day(e["start"]), day(a))
                end = day(e["end"]) if e["end"] else last + datetime.timedelta(days=1)
                if b:
                    end = min(end, day(b))
                if start < end:
                    spans.append((start, end))
    if country in STATE_FROM:  # no state, no gap
        spans.append((first, day(STATE_FROM[country])))
    spans.sort()
    missing = {}
    cursor = first
    for start, end in spans + [(last + datetime.timedelta(days=1),) * 2]:
        if start > cursor:
            d = cursor
            while d < min(start, last + datetime.timedelta(days=1)):
                missing[d.year] = missing.get(d.year, 0) + 1
                d += datetime.timedelta(days=1)
        cursor = max(cursor, end)
        if cursor > last:
            break
    return missing


def years_text(years):
    """[2000, 2001, 2002, 2005] -> '2000-2002, 2005'."""
    out = []
    for y in sorted(years):
        if out and out[-1][1] == y - 1:
            out[-1][1] = y
        else:
            out.append([y, y])
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in out)


def probably_ended(entries):
    """Open-ended entries with a later entry of the same office in the same state."""
    found = []
    for e in entries:
        if e["end"] or not e["offices"]:
            continue
        for office in e["offices"]:
            if office == "HoS" and e["country"] in COLLECTIVE_HEAD:
                continue
            later = [o for o in entries if o is not e and o["country"] == e["country"]
                     and office in o["offices"] and o["start"] > e["start"]
                     and o["key"] != e["key"]]
            if later:
                nxt = min(later, key=lambda o: o["start"])
                found.append((e, office, nxt))
                break
    return found


def read_curated(path):
    """PETRARCH actor entries of a hand-curated file: [{'line', 'phrases', 'codes'}], codes as
    (code, first day, last day) in file order, days None for an undated code."""
    entries = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            text = raw.split("#")[0].rstrip()
            if not text.strip():
                continue
            if text.lstrip().startswith("["):
                for code in re.findall(r"\[([^\]]*)\]", text):
                    entries[-1]["codes"].append(code_days(code))
                continue
            name = text.split("[")[0].strip()
            if name.startswith("+") or (entries and not entries[-1]["codes"]):
                entries[-1]["phrases"].append(name.lstrip("+"))
            else:
                entries.append({"line": number, "phrases": [name], "codes": []})
            for code in re.findall(r"\[([^\]]*)\]", text):
                entries[-1]["codes"].append(code_days(code))
    return entries


def code_days(text):
    """'KSVGOV 20210404-20260404' -> ('KSVGOV', date(2021,4,4), date(2026,4,3)) (end exclusive
    in the file, inclusive here); '>A' open; undated -> (code, None, None)."""
    parts = text.split()
    code, spec = parts[0], "".join(parts[1:])
    as_day = lambda d: datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    if not spec:
        return code, None, None
    if spec[0] == ">":
        return code, as_day(spec[1:]), datetime.date.max
    if spec[0] == "<":
        return code, datetime.date.min, as_day(spec[1:]) - datetime.timedelta(days=1)
    a, b = spec.split("-")
    return code, as_day(a), as_day(b) - datetime.timedelta(days=1)


def curated_code(codes, d):
    """PETRARCH2: the first dated code covering the day, else the first undated one."""
    for code, a, b in codes:
        if a is not None and a <= d <= b:
            return code
    return next((code for code, a, _ in codes if a is None), None)


def kb_code(person, d):
    for code, start, end in sorted(person["terms"], key=lambda t: t[1]):
        if day(start) <= d and (not end or d < day(end)):
            return code
    return person["country"] + "ELI" if person["country"] not in ("IGO", "NGO") else None


def span_kind(person, a, b, k, c):
    """Why the curated code c differs from the KB's k on days a..b: 'conflict' (the KB has a term
    and the curated entry another code), 'extends a term' (the KB has none, and the curated entry
    gives the code of a KB term that ends the day before or starts the day after: a stale or
    early term), 'other office' (the code of one of the person's terms at another time: an office
    the KB lacks, or a stale term), 'no code' or 'more precise' (LEG, OPP, MIL ... where the KB
    says ELI)."""
    if k is not None and not k.endswith("ELI"):
        return "conflict"
    if c is None:
        return "no code"
    one = datetime.timedelta(days=1)
    for code, start, end in person["terms"]:
        if code == c and ((end and day(end) == a) or day(start) == b + one):
            return "extends a term"
    return "other office" if c in {t[0] for t in person["terms"]} else "more precise"


def audit_curated(path, holders_path, first, last, verbose):
    people = kb.read_office_holders(holders_path)
    by_name = {}
    for key, p in people.items():
        for n in [p["name"]] + p["variants"]:
            by_name.setdefault(kb.person_key(n), key)
    conflicts = matched = 0
    for entry in read_curated(path):
        keys = {by_name[k] for k in (kb.person_key(x.rstrip("_")) for x in entry["phrases"])
                if k in by_name}
        if not keys:
            continue
        matched += 1
        if len(keys) > 1:
            print(f"{path}:{entry['line']}: {entry['phrases'][0]} names several KB people: "
                  f"{sorted(keys)}")
            conflicts += 1
            continue
        person = people[keys.pop()]
        spans = []  # [first day, last day, kb code, curated code]
        d = first
        while d <= last:
            k, c = kb_code(person, d), curated_code(entry["codes"], d)
            if k != c:
                if spans and spans[-1][1] == d - datetime.timedelta(days=1) and \
                        spans[-1][2:] == [k, c]:
                    spans[-1][1] = d
                else:
                    spans.append([d, d, k, c])
            d += datetime.timedelta(days=1)
        bad = False
        for a, b, k, c in spans:
            kind = span_kind(person, a, b, k, c)
            bad |= kind in ("conflict", "extends a term")
            if kind in ("conflict", "extends a term") or verbose:
                print(f"{path}:{entry['line']}: {entry['phrases'][0]} {a}..{b}: KB {k} "
                      f"(office_holders.tsv:{person['line']}), curated {c} [{kind}]")
        conflicts += bad
    print(f"curated entries naming an office_holders.tsv person: {matched}; with a conflict or "
          f"an extended term "
          f"{first}..{last}: {conflicts}")
    return conflicts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(kb.REPO, "..", "shared", "data", "actors"))
    parser.add_argument("--until", default=datetime.date.today().isoformat(),
                        help="last day audited (default today)")
    parser.add_argument("--from-year", type=int, default=2000)
    parser.add_argument("--holders", default=os.path.join(kb.SRC, "office_holders.tsv"),
                        help="office_holders.tsv to audit (e.g. an older version)")
    parser.add_argument("--summary", action="store_true", help="print only the summary")
    parser.add_argument("--curated", nargs="?", const=os.path.join(
        kb.REPO, "data", "dictionaries", "dyadwatch.actors.txt"),
        help="compare this curated actor file with office_holders.tsv instead")
    parser.add_argument("-v", action="store_true", help="--curated: also the 'more precise' days")
    args = parser.parse_args()
    first = datetime.date(args.from_year, 1, 1)
    last = day(args.until)
    if args.curated:
        sys.exit(1 if audit_curated(args.curated, args.holders, first, last, args.v) else 0)

    rows = read_office_rows(args.holders)
    for r in rows:  # the British monarch heads the realms
        r["monarch_of_realms"] = r["country"] == "GBR" and bool(re.search(
            r"\b(King|Queen)\b", r["name"]))
    holders = set()  # every name of a person with rows: the KB drops their REIGN spells
    with open(args.holders, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                names = [n for n in line.split("\t")[2].split(";") if n.strip()]
                holders.update(kb.person_key(n) for i, n in enumerate(names)
                               if i == 0 or len(n.split()) >= 2)
    if os.path.exists(os.path.join(args.shared, "reign_leaderlist_3_21.csv")):
        entries = rows + reign_rows(args.shared, holders)
        states = kb.read_countries(args.shared)
        codes = sorted(s["code"] for s in states)
    else:
        print("note: shared folder absent, REIGN spells not counted", file=sys.stderr)
        entries = rows
        codes = sorted({r["country"] for r in rows if len(r["country"]) == 3} - {"IGO", "NGO"})

    total_days = (last - first).days + 1
    summary = {"HoS": [0, 0, 0], "HoG": [0, 0, 0]}  # gap years, covered days, full states
    lines = []
    for code in codes:
        parts = []
        for office in ("HoS", "HoG"):
            missing = coverage(entries, code, office, first, last)
            gap_years = [y for y, n in missing.items() if n > GAP_DAYS]
            summary[office][0] += len(gap_years)
            summary[office][1] += total_days - sum(missing.values())
            summary[office][2] += not gap_years
            if gap_years:
                parts.append(f"{office} missing {years_text(gap_years)}")
        if parts:
            lines.append(f"{code}  " + "; ".join(parts))
    ended = probably_ended(entries)
    unconfirmed = [e for e in entries if e.get("open_reign")]
    minister_gaps = []
    minister_first = datetime.date(max(args.from_year, 2021), 1, 1)
    for code in MINISTER_STATES:
        for office in ("FM", "DM"):
            missing = coverage(entries, code, office, minister_first, last)
            gap_years = [y for y, n in missing.items() if n > GAP_DAYS]
            if gap_years:
                minister_gaps.append(f"{code}  {office} missing {years_text(gap_years)}")

    if not args.summary:
        print(f"# states with head-of-state/government gap years {first.year}-{last.year} "
              f"(a year is a gap when more than {GAP_DAYS} days have no entry)")
        print("\n".join(lines))
        print(f"\n# open-ended entries that probably ended (a later entry of the same office)")
        for e, office, nxt in ended:
            print(f"{e['country']}  {office} {e['name']} from {e['start']} ({e['where']}); "
                  f"later: {nxt['name']} from {nxt['start']} ({nxt['where']})")
        print(f"\n# REIGN spells open at its last update ({REIGN_END}) that no office_holders.tsv "
              f"row confirms or ends (the KB keeps them open-ended)")
        for e in unconfirmed:
            print(f"{e['country']}  {'/'.join(sorted(e['offices']))} {e['name']} from "
                  f"{e['start']} ({e['where']})")
        print(f"\n# foreign (FM) and defence (DM) ministers {minister_first.year}-{last.year}, "
              f"the issue's list of states")
        print("\n".join(minister_gaps))
        print()
    years = len(codes) * (last.year - first.year + 1)
    for office in ("HoS", "HoG"):
        gaps, days, full = summary[office]
        print(f"{office}: {len(codes)} states, {years - gaps}/{years} state-years covered "
              f"({100.0 * (years - gaps) / years:.1f}%), {100.0 * days / (total_days * len(codes)):.1f}% "
              f"of state-days, {full} states without a gap year")
    print(f"open-ended entries that probably ended: {len(ended)}; open REIGN spells "
          f"unconfirmed since {REIGN_END}: {len(unconfirmed)}")
    print(f"FM/DM gap lines {minister_first.year}-{last.year} "
          f"({len(MINISTER_STATES)} states x 2 offices): {len(minister_gaps)}")


if __name__ == "__main__":
    main()
