"""Set 18 questions and conversations. Gold filters carry exactly what each
question's words state (realworld16/17 convention). Single-event questions are
written from the gold records by a small generator (one number / actor question
per Iraqi record, one date question per day-precision record whose day had to
be worked out); listings, counts and briefings are written by hand."""
import datetime as dt
import importlib.util
import os

import lib
from lib import f, Q, C, month, year, span, MONTHS

_p = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "realworld17", "build", "s17.py"))
_spec = importlib.util.spec_from_file_location("s17", _p)
s17 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s17)
Qr = s17.Qr


def M(ym):
    a, b = month(ym)
    return dict(dfrom=a, dto=b)


def Y(y):
    a, b = year(y)
    return dict(dfrom=a, dto=b)


def R(a, b):
    return dict(dfrom=a, dto=b)


# ====================================================================== clusters
# C1 Diyala, January 2024
Q("what happened in diyala in january 2024?", "listing", f(prov="Diyala", **M("2024-01")))
Q("how many attacks were there in Diyala province in Jan 2024", "count", f(prov="Diyala", **M("2024-01")))
Q("Brief me on security in Diyala during January 2024.", "briefing", f(prov="Diyala", **M("2024-01")))
Q("IS attacks in diyala, jan 2024", "listing", f(prov="Diyala", perp="ISIS", **M("2024-01")))
Q("any roadside bombs or IEDs in Diyala in the first half of January 2024?", "listing", f(prov="Diyala", type="ied", **R("2024-01-01", "2024-01-15")))
Q("shootings in Diyala between 20 and 31 January 2024", "listing", f(prov="Diyala", type="shooting", **R("2024-01-20", "2024-01-31")))
Q("list attacks on soldiers in Diyala in January 2024", "listing", f(prov="Diyala", target="army", **M("2024-01")))
Q("Diyala over the new year - 25 December 2023 to 5 January 2024?", "listing", f(prov="Diyala", **R("2023-12-25", "2024-01-05")))
Q("anything in diyala in december 2023?", "listing", f(prov="Diyala", **M("2023-12")))
Q("count attacks on civilians in Diyala, 01/2024", "count", f(prov="Diyala", target="civilians", **M("2024-01")))
Qr("what happened in Diyala last month?", "listing", f(prov="Diyala", **M("2024-01")), "2024-02-03", "last_month")
Q("attacks near Muqdadiyah in January 2024", "listing", f(place="Muqdadiyah", near=True, **M("2024-01")))
Q("incidents in Baladruz, jan 2024", "listing", f(place="Baladruz", **M("2024-01")))
Q("Any attacks on the Hashd in Diyala in the week of 22 January 2024?", "listing", f(prov="Diyala", target="PMU", **R("2024-01-22", "2024-01-28")))

# C2 Salahuddin, March 2020
Q("salahuddin march 2020", "listing", f(prov="Salahuddin", **M("2020-03")))
Q("How many attacks did Salah al-Din see in March 2020?", "count", f(prov="Salahuddin", **M("2020-03")))
Q("Give me a briefing on Salahuddin for March 2020.", "briefing", f(prov="Salahuddin", **M("2020-03")))
Q("Daesh attacks in Salahuddin in mar 2020?", "listing", f(prov="Salahuddin", perp="ISIS", **M("2020-03")))
Q("mortar or rocket fire in Salahuddin, March 2020", "listing", f(prov="Salahuddin", type="mortar_rocket", **M("2020-03")))
Q("bombings in salahuddin between 10 and 25 march 2020", "listing", f(prov="Salahuddin", type="ied", **R("2020-03-10", "2020-03-25")))
Q("attacks on police in Salahuddin province, March 2020", "listing", f(prov="Salahuddin", target="police", **M("2020-03")))
Q("how many Hashd were targeted in Salahuddin in March 2020 - count the attacks", "count", f(prov="Salahuddin", target="PMU", **M("2020-03")))
Q("anything around Samarra in March 2020?", "listing", f(place="Samarra", near=True, **M("2020-03")))
Q("attacks in Samarra in March 2020", "listing", f(place="Samarra", **M("2020-03")))
Q("Salahuddin, the second half of March 2020", "listing", f(prov="Salahuddin", **R("2020-03-16", "2020-03-31")))
Qr("what's been going on in Salahuddin this month so far?", "listing", f(prov="Salahuddin", dfrom="2020-03-01", dto="2020-03-26"), "2020-03-26", "this_month")
Q("only dated ones: Salahuddin attacks in March 2020", "listing", f(prov="Salahuddin", dated=True, **M("2020-03")))

# C3 Nineveh, August 2021
Q("nineveh aug 2021", "listing", f(prov="Nineveh", **M("2021-08")))
Q("count the attacks in Nineveh in August 2021", "count", f(prov="Nineveh", **M("2021-08")))
Q("Summarise the security situation in Ninawa in August 2021.", "briefing", f(prov="Nineveh", **M("2021-08")))
Q("Turkish strikes in Nineveh, August 2021", "listing", f(prov="Nineveh", perp="Turkey", **M("2021-08")))
Q("attacks on the PKK or YBS in Nineveh in August 2021", "listing", f(prov="Nineveh", target="PKK", **M("2021-08")))
Q("IEDs in Nineveh province during August 2021", "listing", f(prov="Nineveh", type="ied", **M("2021-08")))
Q("what happened in Sinjar in August 2021?", "listing", f(place="Sinjar", **M("2021-08")))
Q("attacks around Tal Afar in aug 2021", "listing", f(place="Tal Afar", near=True, **M("2021-08")))
Q("Any ambushes in Nineveh in the last ten days of August 2021?", "listing", f(prov="Nineveh", type="ambush", **R("2021-08-22", "2021-08-31")))
Q("How many attacks on police were there in Nineveh in August 2021?", "count", f(prov="Nineveh", target="police", **M("2021-08")))
Qr("nineveh, past two weeks?", "listing", f(prov="Nineveh", dfrom="2021-08-17", dto="2021-08-31"), "2021-08-31", "past_days:14")
Q("kidnappings in Nineveh in 2021", "listing", f(prov="Nineveh", type="kidnapping", **Y(2021)))

# C4 Anbar, June 2023
Q("anbar june 2023 - what happened?", "listing", f(prov="Anbar", **M("2023-06")))
Q("How many attacks in Al-Anbar in June 2023?", "count", f(prov="Anbar", **M("2023-06")))
Q("Write me a short briefing on Anbar, June 2023.", "briefing", f(prov="Anbar", **M("2023-06")))
Q("IS attacks in anbar jun 2023", "listing", f(prov="Anbar", perp="ISIS", **M("2023-06")))
Q("attacks on tribal Hashd fighters in Anbar in June 2023", "listing", f(prov="Anbar", target="PMU", **M("2023-06")))
Q("Anbar, the week of 19 June 2023", "listing", f(prov="Anbar", **R("2023-06-19", "2023-06-25")))
Q("any suicide bombings in Anbar in 2023?", "listing", f(prov="Anbar", type="suicide", **Y(2023)))
Q("bombings in Anbar from 1 to 15 June 2023", "listing", f(prov="Anbar", type="ied", **R("2023-06-01", "2023-06-15")))
Q("attacks on the army in Anbar, June 2023 - how many?", "count", f(prov="Anbar", target="army", **M("2023-06")))
Q("what happened near Rutba in June 2023?", "listing", f(place="Rutba", near=True, **M("2023-06")))
Q("incidents in Hit in june 2023", "listing", f(place="Hit", **M("2023-06")))
Qr("anbar - anything in the past 10 days?", "listing", f(prov="Anbar", dfrom="2023-06-20", dto="2023-06-30"), "2023-06-30", "past_days:10")

# C5 Sulaymaniyah, April 2025
Q("slemani prov april 2025", "listing", f(prov="Sulaymaniyah", **M("2025-04")))
Q("How many attacks were recorded in Sulaymaniyah province in April 2025?", "count", f(prov="Sulaymaniyah", **M("2025-04")))
Q("Brief me on Sulaymaniyah governorate in April 2025, please.", "briefing", f(prov="Sulaymaniyah", **M("2025-04")))
Q("Turkish drone strikes in Sulaymaniyah province, Apr 2025", "listing", f(prov="Sulaymaniyah", perp="Turkey", type="airstrike_operation", **M("2025-04")))
Q("all Turkish attacks in Sulaymaniyah prov in April 2025", "listing", f(prov="Sulaymaniyah", perp="Turkey", **M("2025-04")))
Q("attacks on PKK members in Sulaymaniyah province in 2025", "listing", f(prov="Sulaymaniyah", target="PKK", **Y(2025)))
Q("what happened around Penjwen in April 2025?", "listing", f(place="Penjwen", near=True, **M("2025-04")))
Q("grenade attacks in Sulaymaniyah governorate, April 2025", "listing", f(prov="Sulaymaniyah", type="other", **M("2025-04")))
Q("attacks on the Peshmerga in Sulaymaniyah province in April 2025", "listing", f(prov="Sulaymaniyah", target="Peshmerga", **M("2025-04")))
Q("sulaymaniyah prov 1-15 april 2025", "listing", f(prov="Sulaymaniyah", **R("2025-04-01", "2025-04-15")))
Qr("any attacks in Sulaymaniyah province in the past week?", "listing", f(prov="Sulaymaniyah", dfrom="2025-04-21", dto="2025-04-28"), "2025-04-28", "past_days:7")
Qr("What's been happening in Sulaymaniyah province this year?", "listing", f(prov="Sulaymaniyah", dfrom="2025-01-01"), "2025-05-02", "this_year")

# C6 Baghdad, July 2021
Q("baghdad prov july 2021", "listing", f(prov="Baghdad", **M("2021-07")))
Q("How many attacks hit Baghdad province in July 2021?", "count", f(prov="Baghdad", **M("2021-07")))
Q("Can you summarise Baghdad province's security incidents for July 2021?", "briefing", f(prov="Baghdad", **M("2021-07")))
Q("rocket or drone attacks on US forces in Baghdad province, July 2021", "listing", f(prov="Baghdad", target="US forces", **M("2021-07")))
Q("Katyusha attacks in Baghdad governorate in July 2021", "listing", f(prov="Baghdad", type="mortar_rocket", **M("2021-07")))
Q("sticky bombs and IEDs in Baghdad city in July 2021", "listing", f(place="Baghdad", type="ied", **M("2021-07")))
Q("shootings in Baghdad prov, jul 2021", "listing", f(prov="Baghdad", type="shooting", **M("2021-07")))
Q("attacks on civilians in Baghdad province in the second half of July 2021", "listing", f(prov="Baghdad", target="civilians", **R("2021-07-16", "2021-07-31")))
Q("what happened in Abu Ghraib in July 2021?", "listing", f(place="Abu Ghraib", **M("2021-07")))
Q("count the bombings in Baghdad province in July 2021", "count", f(prov="Baghdad", type="ied", **M("2021-07")))
Qr("baghdad province yesterday?", "listing", f(prov="Baghdad", dfrom="2021-07-16", dto="2021-07-16"), "2021-07-17", "yesterday")
Qr("Baghdad province, last week - anything?", "listing", f(prov="Baghdad", dfrom="2021-07-12", dto="2021-07-18"), "2021-07-21", "last_week")

# ====================================================================== other provinces and cross-cutting
Q("attacks in Kirkuk province, any year", "listing", f(prov="Kirkuk"))
Q("how many attacks in Kirkuk governorate in 2019?", "count", f(prov="Kirkuk", **Y(2019)))
Q("What happened in Hawija in January 2022?", "listing", f(place="Hawija", **M("2022-01")))
Q("Erbil province - all attacks on record", "listing", f(prov="Erbil"))
Q("drone attacks on coalition bases in Erbil province in 2023", "listing", f(prov="Erbil", target="US forces", **Y(2023)))
Q("attacks on the Peshmerga since 2022", "listing", f(target="Peshmerga", dfrom="2022-01-01"))
Q("duhok - Turkish shelling or air strikes, 2019-2020", "listing", f(prov="Dohuk", perp="Turkey", **R("2019-01-01", "2020-12-31")))
Q("attacks on border guards, any year", "listing", f(target="security forces"))
Q("babil province attacks", "listing", f(prov="Babil"))
Q("attacks in Karbala province since 2022", "listing", f(prov="Karbala", dfrom="2022-01-01"))
Q("najaf province - how many attacks on record?", "count", f(prov="Najaf"))
Q("kidnappings in Najaf province in 2020", "listing", f(prov="Najaf", type="kidnapping", **Y(2020)))
Q("Qadisiyah, 2019: list the attacks", "listing", f(prov="Qadisiyah", **Y(2019)))
Q("wasit province - shootings and bombings all years", "listing", f(prov="Wasit"))
Q("How many attacks in Wasit before 2022?", "count", f(prov="Wasit", dto="2021-12-31"))
Q("maysan 2019", "listing", f(prov="Maysan", **Y(2019)))
Q("attacks in Maysan after 2020", "listing", f(prov="Maysan", dfrom="2021-01-01"))
Q("Basra province: rocket or mortar fire on oil sites, any year", "listing", f(prov="Basra", type="mortar_rocket"))
Q("what happened in basra city in march 2022?", "listing", f(place="Basra", **M("2022-03")))
Q("Dhi Qar - attacks on protesters or activists, 2019-2022", "listing", f(prov="Dhi Qar", target="civilians", **R("2019-01-01", "2022-12-31")))
Q("Muthanna: all attacks", "listing", f(prov="Muthanna"))
Q("attacks on police in Muthanna since 2019", "listing", f(prov="Muthanna", target="police", dfrom="2019-01-01"))
Q("southern Iraq roundup: Basra province in April 2019", "listing", f(prov="Basra", **M("2019-04")))
Q("All Turkish drone strikes on record", "listing", f(perp="Turkey", type="airstrike_operation"))
Q("how many Turkish attacks in 2025?", "count", f(perp="Turkey", **Y(2025)))
Q("suicide attacks anywhere since 2020", "listing", f(type="suicide", dfrom="2020-01-01"))
Q("Kidnappings and abductions, all years", "listing", f(type="kidnapping"))
Q("ambushes in 2021", "listing", f(type="ambush", **Y(2021)))
Q("How many attacks on civilians in 2019?", "count", f(target="civilians", **Y(2019)))
Q("Give me the IS attacks in H1 2020.", "listing", f(perp="ISIS", **R(*span("2020-01", "2020-06"))))
Q("Islamic State attacks in Q2 2023", "listing", f(perp="ISIS", **R(*span("2023-04", "2023-06"))))
Q("ISIL attacks on the army in 2022-2024", "listing", f(perp="ISIS", target="army", **R("2022-01-01", "2024-12-31")))
Q("grenade attacks since 2019", "listing", f(type="other", dfrom="2019-01-01"))
Q("How many attacks on police officers in 2021?", "count", f(target="police", **Y(2021)))
Q("attacks in 2024 - list them", "listing", f(**Y(2024)))
Q("count all attacks in 2022", "count", f(**Y(2022)))
Q("attacks in Kirkuk city", "listing", f(place="Kirkuk"))
Q("Sinjar, all years", "listing", f(place="Sinjar"))
Q("What happened in Makhmour in March 2024?", "listing", f(place="Makhmour", **M("2024-03")))
Q("attacks between December 2023 and February 2024", "listing", f(**R("2023-12-01", "2024-02-29")))
Q("shootings in the winter of 2024", "listing", f(type="shooting", **R("2023-12-01", "2024-02-29")))
Qr("Any attacks in Wasit last year?", "listing", f(prov="Wasit", **Y(2021)), "2022-02-10", "last_year")
Qr("last quarter - attacks on the Hashd?", "listing", f(target="PMU", **R(*span("2023-04", "2023-06"))), "2023-07-05", "last_quarter")
Q("IEDs on Hashd vehicles in Anbar since 2023", "listing", f(prov="Anbar", type="ied", target="PMU", dfrom="2023-01-01"))
Q("attacks where the attacker is unknown in Baghdad province, 2021", "listing", f(prov="Baghdad", perp="unknown", **Y(2021)))
Q("How many Daesh attacks in 2024?", "count", f(perp="ISIS", **Y(2024)))

# no-match
Q("suicide bombing in Kirkuk city in 2019?", "fact", f(place="Kirkuk", type="suicide", **Y(2019)), no_match=True)
Q("Turkish drone strike on Hillah in 2022?", "fact", f(place="Hillah", perp="Turkey", type="airstrike_operation", **Y(2022)), no_match=True)
Q("Was anyone kidnapped in Basra province in 2023?", "fact", f(prov="Basra", type="kidnapping", **Y(2023)), no_match=True)
Q("the rocket attack on Ain al-Asad in June 2023 - casualties?", "fact", f(place="Ain al-Asad", type="mortar_rocket", **M("2023-06")), no_match=True)

# ====================================================================== single-event (generated)
CITY = {"Baghdad", "Kirkuk", "Basra", "Karbala", "Najaf", "Sulaymaniyah", "Erbil"}
TW = {"ied": ["bombing", "IED attack", "bomb attack"], "shooting": ["shooting"], "mortar_rocket": ["rocket or mortar fire"],
      "airstrike_operation": ["drone strike", "air strike"], "kidnapping": ["kidnapping"], "ambush": ["ambush"],
      "suicide": ["suicide bombing"], "other": ["attack"]}
TGW = {"PMU": "the Hashd", "army": "soldiers", "police": "police", "civilians": "civilians", "Peshmerga": "the Peshmerga",
       "PKK": "PKK members", "US forces": "the coalition", "security forces": "border guards"}


def _norm(s):
    import re
    s = s.lower().replace("-", " ").replace("'", "")
    s = re.sub(r"\bal ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _incs():
    out = []
    for d in lib.DOCS:
        for i in d["incs"]:
            out.append((d["key"], i))
    return out


def _iv(i):
    if i["date_precision"] == "month":
        return month(i["event_date"])
    return i["event_date"], i["event_date"]


def sel(fl):
    allr = [x for x in _incs() if x[1]["country"] == "Iraq"]
    canon = {_norm(i["place_canonical"]) for _, i in allr}
    out = []
    for k, i in allr:
        if fl["province"] and i["province"] != fl["province"]:
            continue
        if fl["place"]:
            q = _norm(fl["place"])
            if q in canon:
                if q != _norm(i["place_canonical"]):
                    continue
            elif q not in _norm(i["place"]):
                continue
        lo, hi = _iv(i)
        if fl["date_from"] and lo < fl["date_from"]:
            continue
        if fl["date_to"] and hi > fl["date_to"]:
            continue
        if fl["attack_type"] and fl["attack_type"] not in i["attack_type"]:
            continue
        if fl["perpetrator"] and i["perpetrator"] != fl["perpetrator"]:
            continue
        if fl["target"] and fl["target"] not in i["target"]:
            continue
        out.append((k, i["sfx"]))
    return out


def _dword(iso, n):
    d = dt.date.fromisoformat(iso)
    return [lambda: "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            lambda: "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
            lambda: "%02d/%02d/%d" % (d.day, d.month, d.year),
            lambda: iso][n % 4]()


def _pname(i):
    c = i["place_canonical"]
    return c + " city" if c in CITY else c


NUMK = ["How many people were killed in the {tw} in {pl} on {d}?", "{pl} {tw} {d} - dead?",
        "death toll of the {tw} in {pl} on {d}?", "{d}, {pl}: how many killed in the {tw}?",
        "final death toll for the {tw} in {pl} on {d}", "{pl}, {d} {tw} - killed?"]
NUMW = ["How many were wounded in the {tw} in {pl} on {d}?", "{pl} {tw} on {d} - injured?",
        "wounded count for the {tw} in {pl}, {d}?", "{d} {tw} in {pl} - how many hurt?"]
WHO = ["Who was behind the {tw} in {pl} on {d}?", "{pl} {d} {tw} - who did it?", "who carried out the {tw} in {pl} on {d}?"]
WHEN = ["When exactly did the {tw} in {pl} happen? It was in {m}.", "{pl} {tw}, {m} - what day?",
        "On what date was the {tw} in {pl} in {m}?", "{m}: {tw} in {pl} - date?", "which day in {m} was the {tw} in {pl}?"]


def _single(n, k, i, field, tmpl):
    t = i["attack_type"][0]
    tw = TW[t][n % len(TW[t])]
    pl = _pname(i)
    base = dict(place=i["place_canonical"], type=None if t == "other" else t)
    if field == "event_date":
        a, b = month(i["event_date"][:7])
        words = MONTHS[int(i["event_date"][5:7]) - 1] + " " + i["event_date"][:4]
        fl = f(dfrom=a, dto=b, **base)
        dd = None
    elif i["date_precision"] == "month":
        a, b = month(i["event_date"])
        words = MONTHS[int(i["event_date"][5:7]) - 1] + " " + i["event_date"][:4]
        fl = f(dfrom=a, dto=b, **base)
        dd = "in " + words
    else:
        dd = _dword(i["event_date"], n)
        fl = f(dfrom=i["event_date"], dto=i["event_date"], **base)
        words = None
    extra = ""
    if len(sel(fl)) != 1 and _norm(i["place"]) not in {_norm(x["place_canonical"]) for _, x in _incs() if x["place_canonical"]}:
        fl = dict(fl, place=i["place"])
        pl = i["place"]
    if len(sel(fl)) != 1 and i["target"]:
        fl = dict(fl, target=i["target"][0])
        extra = " on " + TGW[i["target"][0]]
    if len(sel(fl)) != 1 and field == "event_date":
        y, mo, dd_ = map(int, i["event_date"].split("-"))
        a, b = month(i["event_date"][:7])
        h = "first" if dd_ <= 15 else "second"
        fl = dict(fl, date_from=a if h == "first" else "%s-16" % a[:7], date_to="%s-15" % a[:7] if h == "first" else b)
        words = "the %s half of %s" % (h, words)
    if len(sel(fl)) != 1 and field == "event_date":
        SKIPPED.append((k, i["sfx"]))       # no filter the question's words could state picks it alone
        return
    assert len(sel(fl)) == 1, (k, i["sfx"], field, sel(fl))
    q = tmpl.format(tw=tw + extra, pl=pl, d=dd, m=words)
    if dd and dd.startswith("in ") and " on in " in q:
        q = q.replace(" on in ", " in ")
    Q(q, "fact", fl, ev=(k, i["sfx"]), field=field)


SKIPPED = []
n = 0
for k, i in _incs():
    if i["country"] != "Iraq":
        continue
    n += 1
    if i["killed"] is not None and (n % 3 != 2 or i["wounded"] is None):
        _single(n, k, i, "killed", NUMK[n % len(NUMK)])
    elif i["wounded"] is not None:
        _single(n, k, i, "wounded", NUMW[n % len(NUMW)])
    elif i["perpetrator"]:
        _single(n, k, i, "perpetrator", WHO[n % len(WHO)])
    if i["perpetrator"] and n % 4 == 1 and (i["killed"] is not None or i["wounded"] is not None):
        _single(n, k, i, "perpetrator", WHO[n % len(WHO)])
    if i.get("hard") and i["date_precision"] == "day":
        _single(n, k, i, "event_date", WHEN[n % len(WHEN)])

# ====================================================================== conversations (16)
C("diyala jan 2024", "listing", f(prov="Diyala", **M("2024-01")),
  "only the ones blamed on IS", "listing", f(prov="Diyala", perp="ISIS", **M("2024-01")))
C("What happened in Diyala in January 2024?", "listing", f(prov="Diyala", **M("2024-01")),
  "and in December 2023?", "listing", f(prov="Diyala", **M("2023-12")))
C("salahuddin, march 2020", "listing", f(prov="Salahuddin", **M("2020-03")),
  "how many of those were bombings?", "count", f(prov="Salahuddin", type="ied", **M("2020-03")))
C("Any attacks near Samarra in March 2020?", "listing", f(place="Samarra", near=True, **M("2020-03")),
  "only inside Samarra itself", "listing", f(place="Samarra", **M("2020-03")))
C("nineveh august 2021", "listing", f(prov="Nineveh", **M("2021-08")),
  "just the Turkish strikes", "listing", f(prov="Nineveh", perp="Turkey", **M("2021-08")))
C("How many attacks in Nineveh in August 2021?", "count", f(prov="Nineveh", **M("2021-08")),
  "turn that into a briefing", "briefing", f(prov="Nineveh", **M("2021-08")))
C("anbar june 2023", "listing", f(prov="Anbar", **M("2023-06")),
  "narrow it to 15-30 June", "listing", f(prov="Anbar", **R("2023-06-15", "2023-06-30")))
C("IS attacks in Anbar in June 2023", "listing", f(prov="Anbar", perp="ISIS", **M("2023-06")),
  "what about Salahuddin?", "listing", f(prov="Salahuddin", perp="ISIS", **M("2023-06")))
C("Turkish attacks in Sulaymaniyah province in April 2025", "listing", f(prov="Sulaymaniyah", perp="Turkey", **M("2025-04")),
  "and in Erbil province, any year?", "listing", f(prov="Erbil", perp="Turkey"))
C("slemani governorate april 2025", "listing", f(prov="Sulaymaniyah", **M("2025-04")),
  "count them", "count", f(prov="Sulaymaniyah", **M("2025-04")))
C("baghdad governorate july 2021", "listing", f(prov="Baghdad", **M("2021-07")),
  "only the bombings", "listing", f(prov="Baghdad", type="ied", **M("2021-07")))
C("Attacks on US forces in Baghdad province in July 2021", "listing", f(prov="Baghdad", target="US forces", **M("2021-07")),
  "drop the target - all rocket or mortar fire", "listing", f(prov="Baghdad", type="mortar_rocket", **M("2021-07")))
C("what happened in Kirkuk province last month?", "listing", f(prov="Kirkuk", **M("2022-01")),
  "and the month before?", "listing", f(prov="Kirkuk", **M("2021-12")), today="2022-02-07")
C("kidnappings in 2020", "listing", f(type="kidnapping", **Y(2020)),
  "widen it to 2019-2025", "listing", f(type="kidnapping", **R("2019-01-01", "2025-12-31")))
C("Attacks on the Peshmerga in 2024", "listing", f(target="Peshmerga", **Y(2024)),
  "how many Peshmerga were killed?", "fact", f(target="Peshmerga", **Y(2024)))
C("any attacks in Muthanna in 2019?", "listing", f(prov="Muthanna", **Y(2019)),
  "nothing else? try Qadisiyah", "listing", f(prov="Qadisiyah", **Y(2019)))
