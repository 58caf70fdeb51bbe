#!/usr/bin/env python3
"""Counts the failing records of a `dyadwatch validate --explain` report by likely cause.

Usage: dyadwatch validate --tabari Validate.project --explain | scripts/validate_failure_causes.py [CAUSE]

With a cause id (e.g. T1), prints that cause's records with their reasons instead of the table.

Each failing record gets the first cause that applies, from its expected and produced
(source, target, code) triples and the coder's reasons printed under it (docs/ACCURACY.md,
"Peer validation suites"). A heuristic triage for the coder's next steps, not a gold label:
a sentence with several verbs is judged by its non-reporting verbs' reasons.
"""
import collections
import re
import sys

REPORTING = re.compile(r"'[^']*\b(SAID|REPORTED|SAYS|SAY|ANNOUNCED)'")


def triples(text):
    if text.startswith('(none'):
        return []
    found = re.findall(r'(?:"[^"]*"|[^ |])*\|(?:"[^"]*"|[^ |])*\|\S+', text)
    return [tuple(re.split(r'\|(?=(?:[^"]*"[^"]*")*[^"]*$)', t)) for t in found]


def cause(expected_text, e, p, notes):
    if any('"' in s or '"' in t for s, t, _ in e):
        return 'A1 actor: new-actor noun phrases (PETRARCH2 new_actor_length)'
    if any(s.startswith('~') or t.startswith('~') for s, t, _ in e):
        return 'A2 actor: agent without a country (TABARI ~MOS)'
    if any('/' in s or '/' in t for s, t, _ in p):
        return 'A3 actor: multi-code actors [FRO/BIL/SAM] not expanded'
    if any(x in ('DEFSRC', 'DEFTAR') for s, t, _ in e for x in (s, t)):
        return 'O1 option: DEFAULT source/target'
    if expected_text.startswith('(none: complex'):
        return 'O2 option: complexity filter, [+++] codes'
    if expected_text.startswith('(none: discard'):
        return 'O3 option: [###] discard codes'
    if expected_text.startswith('(none: error'):
        return 'O4 option: PETRARCH2 input checks (dateline, bad parse)'
    if expected_text.startswith('(none'):
        return 'X1 extra: an event where the suite expects none'
    if not p:
        tagged = any('tagged:' in n for n in notes)
        verb_notes = [n for n in notes if 'tagged:' not in n and not REPORTING.search(n)]
        joined = ' '.join(verb_notes)
        if not tagged:
            return 'A4 actor: fewer than two actors recognised'
        if not verb_notes:
            return 'V1 verb: the dictionary verb is no verb group (noun, modal, split phrase)'
        if 'no pattern matched' in joined:
            return 'P1 pattern: verb found, no pattern matched, the verb alone codes nothing'
        if 'negated' in joined:
            return 'M1 modality: a negated verb the suite codes'
        if 'is not a known actor' in joined:
            return 'S1 subject: the subject phrase is no known actor'
        if 'no source actor' in joined:
            return 'S2 subject: no subject found (clause analysis, pronouns)'
        if 'no target actor' in joined or 'one-sided' in joined:
            return 'T1 target: no target actor in the object region'
        return 'A4 actor: fewer than two actors recognised'
    ec, pc = collections.Counter(e), collections.Counter(p)
    common = sum((ec & pc).values())
    if common == len(p) and common < len(e):
        return 'C1 compound/paired: some expected events missing'
    if common == len(e) and common < len(p):
        return 'X2 extra: events beside the expected ones'
    if {(s, t) for s, t, _ in e} == {(s, t) for s, t, _ in p}:
        return 'P2 pattern: right actors, wrong code'
    if {c for _, _, c in e} == {c for _, _, c in p}:
        return 'S3 roles: right code, wrong actors (subject, target, agent attachment)'
    return 'Z1 mixed: actors and code differ'


def main():
    records = []
    for line in sys.stdin:
        line = line.rstrip('\n')
        m = re.match(r'FAIL (\S+) \[(\S+)\] expected (.*?) produced (.*?) \| (.*)$', line)
        if m:
            records.append((m.group(1), m.group(3), m.group(4), [line]))
        elif line.startswith('    ') and records:
            records[-1][3].append(line.strip())
    wanted = sys.argv[1] if len(sys.argv) > 1 else None
    counts = collections.Counter()
    examples = collections.defaultdict(list)
    for rid, expected, produced, lines in records:
        notes = lines[1:]
        c = cause(expected, triples(expected), triples(produced), notes)
        if wanted:
            if c.startswith(wanted + ' '):
                print('\n    '.join(lines))
            continue
        counts[c] += 1
        examples[c].append(rid)
    if wanted:
        return
    for c in sorted(counts):
        print(f'{counts[c]:4d}  {c}  ({", ".join(examples[c][:5])})')
    print(f'{sum(counts.values()):4d}  failing records')


if __name__ == '__main__':
    main()
