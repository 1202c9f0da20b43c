import sys
sys.dont_write_bytecode = True
from collections import Counter

NAMES = {
    "A": "Wire copy (Reuters/AFP/AP-like: dateline, weekday)",
    "B": "Iraqi outlets in English (Shafaq News, Rudaw, Kurdistan24, The New Arab-like)",
    "C": "Translated Arabic press, marked \"(translated)\"",
    "D": "Official statements (Security Media Cell, JOC, PMF, Peshmerga ministry, KRSC, police, Asayish)",
    "E": "Event-data / tracker notes (ACLED-, GTD-, UCDP-like; one .csv, one .jsonl, one .md)",
    "F": "Weekly / daily security round-ups with several attacks",
    "G": "Updated stories with revised tolls",
    "H": "NGO / UN notes (OCHA, UNAMI, INSO-like advisories, clusters)",
    "I": "Telegram / X posts (stamped messages, channel or handle)",
    "J": "Pages saved from the web (.html with meta/byline date, .json with published, .md)",
}


def text(docs, incs):
    inc_by_doc = Counter(i["doc"] for i in incs)
    split_of = {d["doc"]: d["split"] for d in docs}
    rows = []
    for s in "ABCDEFGHIJ":
        ds = [d for d in docs if d["style"] == s]
        n_inc = sum(inc_by_doc[d["doc"]] for d in ds)
        noise = [d for d in ds if not inc_by_doc[d["doc"]]]
        pos = [ds.index(d) + 1 for d in noise]
        exts = Counter(d["file"].rsplit(".", 1)[1] for d in ds)
        rows.append("| %s | %s | %d | %d | %s | %s |" % (
            s, NAMES[s], len(ds), n_inc, ", ".join(str(p) for p in pos),
            ", ".join("%s %d" % (k, v) for k, v in sorted(exts.items()))))
    nd = Counter(d["split"] for d in docs)
    ni = Counter(split_of[i["doc"]] for i in incs)
    prec = Counter(i["date_precision"] for i in incs)
    provs = Counter(i["province"] for i in incs)
    return """# realworld24 - representative, records-only blind evaluation set

## Purpose
A held-out set of %d short reports of political violence in Iraq (2019 to November 2026), each with
gold incident records (date, place, province, killed, wounded, perpetrator, target, attack type,
evidence). It scores **records only**: `questions.jsonl` and `conversations.jsonl` are empty on purpose.

The set is **representative, not adversarial**: date wordings ("on Tuesday", "late Monday",
"yesterday", "on Sunday night", "On 9 July 2026", "22/04/2025" with the convention stated), toll
wordings ("killing two people and wounding 11", "martyring two Peshmerga", "no casualties"), datelines,
revised tolls, round-ups, attacks without casualty figures (kidnappings, arson, IEDs that only damaged
property, failed drone attacks) and variant spellings (Falluja/Fallujah, Saladin/Salah al-Din/
Salaheddine, Ninewa/Nineveh, Duhok/Dohuk, Sulaimani/Sulaimaniyah, Diwaniyah for Qadisiyah) were chosen
for realism and in the proportions common in real reporting, not for novelty. Events, people, quotes
and figures are invented; places are real. It was written from the task brief alone (see below).

## Counts
- Documents: %d (dev %d, final %d); the final split is positions 3, 6 and 9 of each style.
- Gold incidents: %d (dev %d, final %d).
- Date precision: %s.
- Provinces covered: all %d (%s).

## Styles
| Style | Kind | Docs | Incidents | Noise doc position | Files |
|---|---|---|---|---|---|
%s

Each style has exactly one noise document (no attack in Iraq: a peaceful protest, an arrest campaign,
a traffic accident, devices found and defused, an attack in Syria, a clash in Turkey); it never sits at
position 3, 6 or 9. Noise documents have no incident records; `country` in `docs.jsonl` is the
country the noise document is about.

## Files
- `docs/r24001..r24100.*` - the reports (`.txt`, `.md`, `.html`, `.json`, `.jsonl`, `.csv`). Every
  report carries its own report date (dateline, byline, "Published:" line, header, message stamp,
  metadata or a `published` / `recorded` field).
- `docs.jsonl` - `doc, file, style, report_date, country, split`.
- `incidents.jsonl` - one line per attack in Iraq, ids `<doc>-a`, `-b`, ...
- `questions.jsonl`, `conversations.jsonl` - empty (records-only set).
- `build/` - `build.py` regenerates every file (including this README) byte-identically from the gold
  data in `build/data_*.py`; gold records were written first and each evidence sentence is marked in
  the text as `[[tag|sentence]]`, the marker being removed when the document is written.
- `check.py` - stdlib checker; `python3 check.py` exits 0.

## Gold conventions
- **event_date** is the day of the attack. Relative days are resolved against the report date: a
  weekday is the most recent such day on or before the report date (always 0-6 days back here);
  "yesterday" / "last night" = report date minus one; "this morning" / "this afternoon" / "an hour
  ago" = the report date; "Sunday night" = Sunday. A date without a year takes the report's year.
  Revised tolls keep the attack's day, not the update's.
- **date_precision** is "day" whenever a reader can work out the day. One round-up item gives no day
  at all ("Police in Samawah also reported ...") and is "reported" with event_date = report date and
  date_phrase null. One note says only "Earlier this month" and one tracker entry gives a span ("Between 1 and 3
  April 2024"): both are "month", with event_date set to the first day of that month (choice made
  for this set; for the span this is also its first day).
- **date_phrase** is the verbatim wording that gives the day (it always lies inside the evidence
  sentence). In one round-up item the day is given as "the previous evening" relative to a police
  statement made "on Wednesday"; the gold day is the Tuesday.
- **killed / wounded** are the victims' final figures in the report: a revised toll gives the latest
  figure, a wounded victim who later died moves from wounded to killed (e.g. 2 killed 3 wounded,
  later "three killed and two wounded"). Attackers killed are never counted. `null` when the report
  gives no figure for that count; `0` when it says none were killed / nobody was hurt ("no
  casualties", "no human casualties", "released unharmed", and "no injuries" /
  "without causing human losses" for an attack on property = 0 and 0; "no deaths" / "No fatalities
  were reported" = killed 0, wounded null unless a wounded figure is given). A tracker's explicit
  "Fatalities: 0" is killed 0. `killed_text` / `wounded_text` quote the words that give the figure
  and are null exactly when the figure is null.
- **Not records**: devices found and defused, accidents, peaceful protests, arrests, attacks outside
  Iraq, and background mentions of older attacks (kept undated or clearly older).
- **province** is one of the 18 listed names, whatever spelling the text uses (Saladin -> Salahuddin,
  Duhok -> Dohuk, Ninewa -> Nineveh, Diwaniyah governorate -> Qadisiyah, Babylon -> Babil). The
  Makhmour area (including Qarachogh mountain and Makhmour camp) counts as Erbil. Baghdad's Qadisiya
  neighbourhood is in Baghdad.
- **place** is the place as written in the text (it occurs verbatim in the document);
  **place_canonical** is the town, or the district when the text names the district a village or
  subdistrict belongs to (e.g. "Sargele village in the Amedi district" -> Amedi; "Sidakan subdistrict
  of Soran" -> Soran); quarters of a city map to the city (Karrada -> Baghdad, Hayyaniya -> Basra); for a road between
  two towns, the first-named town ("the road between Jalawla and Qara Tapa" -> Jalawla).
  Canonical spellings used: Fallujah, Muqdadiyah, Tuz Khurmatu, Al-Qaim, Rutba.
- **perpetrator**: "ISIS" when IS / Daesh / Islamic State claims or is blamed (including "suspected
  IS" and official "Daesh remnants"); "Turkey" for Turkish strikes and shelling, including strikes
  local officials blame on Turkey; "PKK" when the PKK is named as the actor; "unknown" for explicitly
  unidentified or unknown gunmen / assailants / persons; null when the text names no actor (e.g. an
  unclaimed bomb or drone; an official statement that speaks only of "terrorist remnants").
- **target** and **attack_type** are short lists from a small vocabulary: targets civilians, army,
  police, PMF, tribal fighters, Peshmerga, PKK, PKK-affiliated fighters, US-led coalition, officials,
  activists, political party, NGO staff, government, infrastructure, property; attack types armed
  assault, IED, sticky bomb, car bomb, grenade, rocket attack, mortar, drone strike, airstrike,
  shelling, kidnapping, assassination, arson.
- **evidence** is one sentence copied verbatim from the document (for .csv a summary cell, for
  .json/.jsonl a body/text field, for .html the visible paragraph text).

## What the author read
Only the task brief. Nothing in /work/main outside this folder was opened, listed or searched; no
project code, tests, prompts, seeds or other evaluation sets were read, and no project tooling, git,
pip or pytest was run. Scratch work stayed in /tmp/rw24scratch/. No slips to report.
""" % (len(docs), len(docs), nd["dev"], nd["final"], len(incs), ni["dev"], ni["final"],
       ", ".join("%s %d" % (k, v) for k, v in sorted(prec.items())), len(provs),
       ", ".join("%s %d" % (k, v) for k, v in sorted(provs.items())), "\n".join(rows))
