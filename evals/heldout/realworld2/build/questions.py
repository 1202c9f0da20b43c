"""Question phrasings and conversations for realworld2 (gold written by hand).
expected_ids is derived mechanically from the gold incidents (see README)."""
import datetime as dt, json, os, re

QS, CONVS, OPENS = [], [], []
DEF_TODAY = "2023-12-15"


def F(place=None, near=False, province=None, df=None, dt_=None, at=None,
      perp=None, tgt=None, dated=False):
    return {"place": place, "near": near, "province": province,
            "date_from": df, "date_to": dt_, "attack_type": at,
            "perpetrator": perp, "target": tgt, "dated_only": dated}


def Q(question, intent, f, today=DEF_TODAY, doc=None, answer=None, atype=None, add=()):
    QS.append(dict(question=question, intent=intent, filters=f, today=today,
                   doc=doc, answer=answer, answer_type=atype, add=list(add)))


def Y(y):
    return dict(df="%d-01-01" % y, dt_="%d-12-31" % y)


def M(y, m):
    import calendar
    return dict(df="%d-%02d-01" % (y, m), dt_="%d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1]))


# ====================== LISTING ======================
Q("anything in Anbar during Q1 2021?", "listing", F(province="Anbar", df="2021-01-01", dt_="2021-03-31"))
Q("list Daesh attacks on Peshmerga in 2020", "listing", F(perp="ISIS", tgt="Peshmerga", **Y(2020)))
Q("incidents around Baiji last spring", "listing", F(place="Baiji", near=True, df="2019-03-01", dt_="2019-05-31"), today="2019-09-10")
Q("Diyala, March 2021 - what do we have?", "listing", F(province="Diyala", **M(2021, 3)))
Q("show everything in Kirkuk governorate for 2022", "listing", F(province="Kirkuk", **Y(2022)))
Q("Hawijah incidents", "listing", F(place="Hawija"))
Q("any events in Khanaqeen?", "listing", F(place="Khanaqin"))
Q("what's been reported from Tarmiya since 2021?", "listing", F(place="Tarmiyah", df="2021-01-01"))
Q("Turkish drone strikes on the PKK in 2022", "listing", F(perp="Turkey", at="airstrike_operation", tgt="PKK", **Y(2022)))
Q("list incidents in Shingal district", "listing", F(place="Sinjar"))
Q("attacks at Ain al-Asad", "listing", F(place="Ain al-Asad"))
Q("Salah ad-Din incidents, second half of 2020", "listing", F(province="Salahuddin", df="2020-07-01", dt_="2020-12-31"))
Q("rocket or mortar fire against coalition bases in 2020", "listing", F(at="mortar_rocket", tgt="US forces", **Y(2020)))
Q("who got kidnapped in Nineveh? list the abductions", "listing", F(province="Nineveh", at="kidnapping"))
Q("ISIL ambushes", "listing", F(perp="ISIS", at="ambush"))
Q("attacks on Hashd al-Shaabi fighters in Diyala province", "listing", F(province="Diyala", tgt="PMU"))
Q("Tuz incidents in 2021", "listing", F(place="Tuz Khurmatu", **Y(2021)))
Q("what happened in the Mukhaisa area?", "listing", F(place="Mukhaisa"))
Q("events in Al-Hadhar", "listing", F(place="Hatra"))
Q("list roadside bombings in Salahuddin", "listing", F(province="Salahuddin", at="ied"))
Q("IEDs in Diyala in 2021 and 2022", "listing", F(province="Diyala", at="ied", df="2021-01-01", dt_="2022-12-31"))
Q("anything near Rutba?", "listing", F(place="Rutba", near=True))
Q("Dohuk governorate: all incidents", "listing", F(province="Dohuk"))
Q("PKK-related attacks against Turkish troops", "listing", F(perp="PKK", tgt="Turkey"))
Q("incidents in Duhok province during 2021", "listing", F(province="Dohuk", **Y(2021)))
Q("attacks on the federal police in Kirkuk", "listing", F(province="Kirkuk", tgt="police"))
Q("attacks in Jurf al-Nasr", "listing", F(place="Jurf al-Sakhar"))
Q("list security incidents in Baghdad in 2023", "listing", F(province="Baghdad", **Y(2023)))
Q("incidents in Erbil governorate", "listing", F(province="Erbil"))
Q("anything in Sulaimani province?", "listing", F(province="Sulaymaniyah"))
Q("attacks on Iraqi soldiers in Anbar", "listing", F(province="Anbar", tgt="army"))
Q("violence against protesters in 2019", "listing", F(tgt="civilians", perp="security forces", **Y(2019)))
Q("incidents in Dhi Qar", "listing", F(province="Dhi Qar"))
Q("Show me incidents in Qadisiyah province", "listing", F(province="Qadisiyah"))
Q("attacks in Sharqat", "listing", F(place="Shirqat"))
Q("Daesh activity in Kirkuk province between January and June 2022", "listing", F(province="Kirkuk", perp="ISIS", df="2022-01-01", dt_="2022-06-30"))
Q("attacks in Al-Muqdadiya", "listing", F(place="Muqdadiyah"))
Q("any attacks in Kifri in 2020?", "listing", F(place="Kifri", **Y(2020)))
Q("list abductions in 2020", "listing", F(at="kidnapping", **Y(2020)))
Q("anything in Basra in the last quarter of 2019?", "listing", F(province="Basra", df="2019-10-01", dt_="2019-12-31"))
Q("attacks on civilians in Kirkuk province, dated incidents only", "listing", F(province="Kirkuk", tgt="civilians", dated=True))
Q("Nineveh attacks in November 2021, excluding undated reports", "listing", F(province="Nineveh", dated=True, **M(2021, 11)))
Q("Nineveh attacks in November 2021", "listing", F(province="Nineveh", **M(2021, 11)))
Q("incidents around Samarra in 2020", "listing", F(place="Samarra", near=True, **Y(2020)))
Q("list attacks in Amedi district", "listing", F(place="Amedi"))
Q("Makhmour: incidents since June 2022", "listing", F(place="Makhmour", df="2022-06-01"))
Q("attacks in Jalawla", "listing", F(place="Jalawla"))
Q("attacks by unknown gunmen in Kirkuk province in 2022", "listing", F(province="Kirkuk", perp="unknown", **Y(2022)))
Q("Diyala this year", "listing", F(province="Diyala", **Y(2022)), today="2022-12-31")
Q("what happened in Salahuddin last month?", "listing", F(province="Salahuddin", **M(2021, 11)), today="2021-12-10")
Q("attacks near Tal Afar", "listing", F(place="Tal Afar", near=True))
Q("attacks in Najaf province", "listing", F(province="Najaf"))
Q("anything in Babylon province?", "listing", F(province="Babil"))
Q("incidents at Camp Taji in March 2020", "listing", F(place="Taji", **M(2020, 3)))
Q("attacks on the Asayish or border guards", "listing", F(tgt="security forces"))
Q("Iraqi air force strikes on IS", "listing", F(perp="Iraqi forces", at="airstrike_operation", tgt="ISIS"))
Q("suicide bombings in Nineveh", "listing", F(province="Nineveh", at="suicide"))
Q("attacks in Maysan province in 2020", "listing", F(province="Maysan", **Y(2020)))
Q("attacks in Wasit in 2021", "listing", F(province="Wasit", **Y(2021)))
Q("attacks in Al-Adhaim", "listing", F(place="Adhaim"))
Q("Attacks in Muthanna", "listing", F(province="Muthanna"))
Q("Daesh attacks in Anbar in 2019", "listing", F(province="Anbar", perp="ISIS", **Y(2019)))

# ====================== BRIEFING ======================
Q("brief me on Turkish operations in the Kurdistan Region in 2022", "briefing", F(perp="Turkey", **Y(2022)))
Q("Prepare a short note on IS attacks against the Peshmerga", "briefing", F(perp="ISIS", tgt="Peshmerga"))
Q("sitrep: Diyala, Q2 2020", "briefing", F(province="Diyala", df="2020-04-01", dt_="2020-06-30"))
Q("summarise the situation in Kirkuk province in 2021", "briefing", F(province="Kirkuk", **Y(2021)))
Q("Give me an overview of attacks on US and coalition forces", "briefing", F(tgt="US forces"))
Q("a briefing on kidnappings across Iraq", "briefing", F(at="kidnapping"))
Q("brief on Anbar since 2021", "briefing", F(province="Anbar", df="2021-01-01"))
Q("summary of Hashd casualties from Daesh attacks in 2021", "briefing", F(perp="ISIS", tgt="PMU", **Y(2021)))
Q("overview of the security situation around Tuz Khurmatu", "briefing", F(place="Tuz Khurmatu", near=True))
Q("brief me on bombings in Baghdad", "briefing", F(province="Baghdad", at="ied"))
Q("Write up the attacks on police in 2022", "briefing", F(tgt="police", **Y(2022)))
Q("summarize Salahuddin incidents in 2019, only dated ones", "briefing", F(province="Salahuddin", dated=True, **Y(2019)))
Q("brief on PKK attacks", "briefing", F(perp="PKK"))
Q("overview of incidents in Nineveh in 2021", "briefing", F(province="Nineveh", **Y(2021)))
Q("briefing on attacks in southern Basra province", "briefing", F(province="Basra"))
Q("summarise attacks on civilians in Diyala this year", "briefing", F(province="Diyala", tgt="civilians", **Y(2021)), today="2021-09-01")

# ====================== COUNT (aggregate) ======================
Q("how many incidents in Diyala in 2021?", "count", F(province="Diyala", **Y(2021)))
Q("number of Turkish strikes in Dohuk province", "count", F(province="Dohuk", perp="Turkey"))
Q("how many ISIS attacks on the army in 2023?", "count", F(perp="ISIS", tgt="army", **Y(2023)))
Q("count of IED attacks in Kirkuk province", "count", F(province="Kirkuk", at="ied"))
Q("How many rocket attacks on coalition forces were there in 2020?", "count", F(at="mortar_rocket", tgt="US forces", **Y(2020)))
Q("how many attacks in Hawija in total?", "count", F(place="Hawija"))
Q("How many kidnappings were reported in 2021?", "count", F(at="kidnapping", **Y(2021)))
Q("how many attacks on Peshmerga were recorded?", "count", F(tgt="Peshmerga"))
Q("how many incidents in Anbar during Q1 2021?", "count", F(province="Anbar", df="2021-01-01", dt_="2021-03-31"))
Q("number of dated attacks in Nineveh in 2021", "count", F(province="Nineveh", dated=True, **Y(2021)))
Q("how many attacks did the PKK carry out?", "count", F(perp="PKK"))
Q("How many incidents in Salahuddin in 2021?", "count", F(province="Salahuddin", **Y(2021)))

# ====================== COUNT (single event) ======================
Q("how many were killed in the Tuz Khurmatu market car bomb in November 2021?", "count", F(place="Tuz Khurmatu", at="ied", **M(2021, 11)), doc="r2089", answer="5", atype="number")
Q("How many were wounded in the Tuz market car bombing of 25 November 2021?", "count", F(place="Tuz Khurmatu", at="ied", df="2021-11-25", dt_="2021-11-25"), doc="r2089", answer="17", atype="number")
Q("how many Hashd fighters died in the Saadiya attack in April 2020?", "count", F(place="Saadiya", tgt="PMU", **M(2020, 4)), doc="r2090", answer="3", atype="number")
Q("How many people died when the minibus was bombed near Baiji in June 2019?", "count", F(place="Baiji", near=True, at="ied", **M(2019, 6)), doc="r2091", answer="7", atype="number")
Q("How many soldiers were killed at the army post in Al-Azim in January 2022?", "count", F(place="Adhaim", tgt="army", **M(2022, 1)), doc="r2092", answer="4", atype="number")
Q("How many were injured by the bomb in Kirkuk's Wasiti neighbourhood in September 2023?", "count", F(place="Kirkuk", at="ied", **M(2023, 9)), doc="r2093", answer="11", atype="number")
Q("What's the final death toll of the IS attack near Qayyarah on 9 February 2021?", "count", F(place="Qayyarah", near=True, perp="ISIS", df="2021-02-09", dt_="2021-02-09"), doc="r2094", answer="5", atype="number")
Q("how many Peshmerga were killed near Tal al-Ward in December 2020?", "count", F(place="Tal al-Ward", near=True, tgt="Peshmerga", **M(2020, 12)), doc="r2095", answer="4", atype="number")
Q("How many protesters were wounded in Karbala on 28 October 2019?", "count", F(place="Karbala", tgt="civilians", df="2019-10-28", dt_="2019-10-28"), doc="r2096", answer="22", atype="number")
Q("how many PMF fighters were killed near Mekeishifa in May 2020?", "count", F(place="Mekeishifa", near=True, tgt="PMU", **M(2020, 5)), doc="r2106", answer="10", atype="number")
Q("How many people were hurt by the motorcycle bomb in Al-Maamil in June 2022?", "count", F(place="Al-Maamil", at="ied", **M(2022, 6)), doc="r2109", answer="20", atype="number")
Q("How many people were killed in the Shula market bombing on the eve of Eid al-Adha 2020?", "count", F(place="Shula", at="ied", **M(2020, 7)), doc="r2022", answer="4", atype="number")
Q("how many soldiers died in the attack near Hawija on 6 May 2021?", "count", F(place="Hawija", near=True, tgt="army", df="2021-05-06", dt_="2021-05-06"), doc="r2021", answer="3", atype="number")
Q("How many people were killed at the Camp Taji rocket attack of 11 March 2020?", "count", F(place="Taji", at="mortar_rocket", df="2020-03-11", dt_="2020-03-11"), doc="r2087", answer="3", atype="number")
Q("How many were killed in the Jalawla car bomb of 19 April 2021?", "count", F(place="Jalawla", at="ied", df="2021-04-19", dt_="2021-04-19"), doc="r2069", answer="6", atype="number")
Q("how many ISIS fighters were killed in the F-16 strike east of Samarra in March 2020?", "count", F(place="Samarra", near=True, at="airstrike_operation", tgt="ISIS", **M(2020, 3)), doc="r2052", answer="7", atype="number")
Q("How many people were killed when Rutba's eastern checkpoint was attacked in December 2019?", "count", F(place="Rutba", **M(2019, 12)), doc="r2040", answer="2", atype="number")
Q("How many were hurt in the suicide blast in Tal Afar on 1 December 2020?", "count", F(place="Tal Afar", at="suicide", df="2020-12-01", dt_="2020-12-01"), doc="r2060", answer="3", atype="number")
Q("how many people were killed in the suicide blast in Tal Afar in December 2020?", "count", F(place="Tal Afar", at="suicide", **M(2020, 12)), doc="r2060", answer="0", atype="number")
Q("How many children died in the bomb blast in Al-Dour in September 2020?", "count", F(place="Dour", at="ied", **M(2020, 9)), doc="r2066", answer="2", atype="number")
Q("How many YBS members died in the Turkish strike on Khanasor in September 2021?", "count", F(place="Khanasor", perp="Turkey", **M(2021, 9)), doc="r2005", answer="3", atype="number")
Q("how many federal police were wounded on the Daquq-Tuz road on 11 October 2022?", "count", F(place="Daquq", tgt="police", df="2022-10-11", dt_="2022-10-11"), doc="r2010", answer="4", atype="number")
Q("How many PMF members were martyred in the Tarmiya attack in March 2023?", "count", F(place="Tarmiyah", tgt="PMU", **M(2023, 3)), doc="r2038", answer="3", atype="number")
Q("How many died in the Nasiriyah protests on 21 October 2019?", "count", F(place="Nasiriyah", df="2019-10-21", dt_="2019-10-21"), doc="r2064", answer="3", atype="number")

# ====================== FACT (single event) ======================
Q("Who was behind the tanker bombing near Shirqat in February 2023?", "fact", F(place="Shirqat", near=True, at="ied", **M(2023, 2)), doc="r2019", answer="ISIS", atype="actor")
Q("who hit the PMU site in Jurf al-Nasr in January 2022?", "fact", F(place="Jurf al-Sakhar", tgt="PMU", **M(2022, 1)), doc="r2035", answer="unknown", atype="actor")
Q("When was the Asayish vehicle hit between Khanaqin and Jalawla?", "fact", F(place="Khanaqin", tgt="security forces"), doc="r2047", answer="2019-11-24", atype="date")
Q("Where did the Turkish strike of 12 February 2023 in Sulaimani province happen?", "fact", F(province="Sulaymaniyah", perp="Turkey", df="2023-02-12", dt_="2023-02-12"), doc="r2049", answer="Qaladze", atype="place")
Q("Who ambushed the Zeravani patrol in Chamanke in August 2021?", "fact", F(place="Chamanke", at="ambush", tgt="Peshmerga", **M(2021, 8)), doc="r2050", answer="PKK", atype="actor")
Q("Who claimed the rocket attack on Ain al-Asad on 24 October 2023?", "fact", F(place="Ain al-Asad", at="mortar_rocket", df="2023-10-24", dt_="2023-10-24"), doc="r2111", answer="PMU", atype="actor")
Q("On what date did the drone hit the Kawergosk refinery?", "fact", F(place="Kawergosk"), doc="r2048", answer="2022-10-18", atype="date")
Q("Where were the four shepherds kidnapped in September 2019?", "fact", F(at="kidnapping", **M(2019, 9)), doc="r2034", answer="Hatra", atype="place")
Q("When did Daesh attack the PMF post in Al-Adhaim district?", "fact", F(place="Adhaim", perp="ISIS", tgt="PMU"), doc="r2054", answer="2021-12-20", atype="date")
Q("who shot the activist in Basra's Al-Ashar area?", "fact", F(place="Al-Ashar"), doc="r2008", answer="unknown", atype="actor")
Q("When was the mukhtar of Al-Khan village killed?", "fact", F(place="Al-Khan"), doc="r2004", answer="2019-10-30", atype="date")
Q("Which town were the Turkish drone victims of 25 August 2022 near?", "fact", F(perp="Turkey", df="2022-08-25", dt_="2022-08-25"), doc="r2028", answer="Amedi", atype="place")
Q("When did the gunmen attack the returnee family in Al-Baaj?", "fact", F(place="Baaj", tgt="civilians", at="shooting"), doc="r2068", answer="2021-03-27", atype="date")
Q("Who was blamed for the Camp Taji rocket attack of 11 March 2020?", "fact", F(place="Taji", at="mortar_rocket", df="2020-03-11", dt_="2020-03-11"), doc="r2087", answer="PMU", atype="actor")
Q("When was the car bomb at the Kirkuk citadel that killed nine people?", "fact", F(place="Kirkuk", at="ied"), doc=None, answer=None, atype="date")
Q("Who was targeted by the bomb in Al-Kut on 3 October 2021?", "fact", F(place="Kut", at="ied", df="2021-10-03", dt_="2021-10-03"), doc="r2112", answer="a candidate's campaign manager", atype="name")
Q("When did the sniper kill a soldier near Abu Ghraib?", "fact", F(place="Abu Ghraib", at="shooting", tgt="army"), doc="r2085", answer="2023-03-26", atype="date")
Q("Which oil field was the IED that injured two federal policemen in October 2020 near?", "fact", F(province="Kirkuk", at="ied", tgt="police", **M(2020, 10)), doc="r2082", answer="Khabbaz oil field", atype="place")
Q("when was the Kani Masi base attacked by the PKK?", "fact", F(place="Kani Masi", perp="PKK"), doc="r2045", answer="2021-06-21", atype="date")
Q("Who carried out the strike on the border guards near Sidakan in August 2020?", "fact", F(place="Sidakan", near=True, tgt="security forces", **M(2020, 8)), doc="r2110", answer="Turkey", atype="actor")
Q("where did the mortar round hit a health centre in May 2022?", "fact", F(at="mortar_rocket", tgt="civilians", **M(2022, 5)), doc="r2065", answer="Muqdadiyah", atype="place")
Q("Who abducted the activist in Amarah in February 2020?", "fact", F(place="Amarah", at="kidnapping", **M(2020, 2)), doc="r2073", answer="unknown", atype="actor")

# ====================== CONVERSATIONS ======================
def C(today, *turns):
    CONVS.append(dict(today=today, turns=[dict(question=q, filters=f, intent=i) for q, f, i in turns]))


C(DEF_TODAY, ("anything in Anbar during Q1 2021?", F(province="Anbar", df="2021-01-01", dt_="2021-03-31"), "listing"),
  ("and Q2?", F(province="Anbar", df="2021-04-01", dt_="2021-06-30"), "listing"))
C(DEF_TODAY, ("Turkish drone strikes on the PKK in 2022", F(perp="Turkey", at="airstrike_operation", tgt="PKK", **Y(2022)), "listing"),
  ("same for 2023", F(perp="Turkey", at="airstrike_operation", tgt="PKK", **Y(2023)), "listing"))
C(DEF_TODAY, ("how many were killed in the Tuz Khurmatu market car bomb in November 2021?", F(place="Tuz Khurmatu", at="ied", **M(2021, 11)), "count"),
  ("and injured?", F(place="Tuz Khurmatu", at="ied", **M(2021, 11)), "count"))
C(DEF_TODAY, ("Hawijah incidents", F(place="Hawija"), "listing"),
  ("just the ones in 2022", F(place="Hawija", **Y(2022)), "listing"))
C(DEF_TODAY, ("list Daesh attacks on Peshmerga in 2020", F(perp="ISIS", tgt="Peshmerga", **Y(2020)), "listing"),
  ("what about 2021?", F(perp="ISIS", tgt="Peshmerga", **Y(2021)), "listing"))
C(DEF_TODAY, ("attacks on the federal police in Kirkuk", F(province="Kirkuk", tgt="police"), "listing"),
  ("how many of those were bombs?", F(province="Kirkuk", tgt="police", at="ied"), "count"))
C(DEF_TODAY, ("Dohuk governorate: all incidents", F(province="Dohuk"), "listing"),
  ("now Erbil", F(province="Erbil"), "listing"))
C(DEF_TODAY, ("Who claimed the rocket attack on Ain al-Asad on 24 October 2023?", F(place="Ain al-Asad", at="mortar_rocket", df="2023-10-24", dt_="2023-10-24"), "fact"),
  ("were there any casualties?", F(place="Ain al-Asad", at="mortar_rocket", df="2023-10-24", dt_="2023-10-24"), "count"))
C("2021-12-10", ("what happened in Salahuddin last month?", F(province="Salahuddin", **M(2021, 11)), "listing"),
  ("and in Kirkuk province?", F(province="Kirkuk", **M(2021, 11)), "listing"))
C(DEF_TODAY, ("incidents around Samarra in 2020", F(place="Samarra", near=True, **Y(2020)), "listing"),
  ("brief me on them", F(place="Samarra", near=True, **Y(2020)), "briefing"))
C(DEF_TODAY, ("IEDs in Diyala in 2021 and 2022", F(province="Diyala", at="ied", df="2021-01-01", dt_="2022-12-31"), "listing"),
  ("only the ones against civilians", F(province="Diyala", at="ied", tgt="civilians", df="2021-01-01", dt_="2022-12-31"), "listing"))
C(DEF_TODAY, ("Nineveh attacks in November 2021", F(province="Nineveh", **M(2021, 11)), "listing"),
  ("drop the undated ones", F(province="Nineveh", dated=True, **M(2021, 11)), "listing"))
C(DEF_TODAY, ("When did Daesh attack the PMF post in Al-Adhaim district?", F(place="Adhaim", perp="ISIS", tgt="PMU"), "fact"),
  ("how many fighters were killed?", F(place="Adhaim", perp="ISIS", tgt="PMU"), "count"))
C(DEF_TODAY, ("rocket or mortar fire against coalition bases in 2020", F(at="mortar_rocket", tgt="US forces", **Y(2020)), "listing"),
  ("and in 2021, only Anbar", F(province="Anbar", at="mortar_rocket", tgt="US forces", **Y(2021)), "listing"))
C(DEF_TODAY, ("list abductions in 2020", F(at="kidnapping", **Y(2020)), "listing"),
  ("and 2019?", F(at="kidnapping", **Y(2019)), "listing"))
C(DEF_TODAY, ("summarise the situation in Kirkuk province in 2021", F(province="Kirkuk", **Y(2021)), "briefing"),
  ("focus on IS attacks on civilians", F(province="Kirkuk", perp="ISIS", tgt="civilians", **Y(2021)), "briefing"))
# ====================== writing ======================
def _norm(s):
    s = s.lower().replace("-", " ").replace("'", "")
    s = re.sub(r"\bal ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _interval(inc, report_dates):
    d, p = inc["event_date"], inc["date_precision"]
    if p in ("day", "reported"):
        x = dt.date.fromisoformat(d)
        return x, x
    if p == "month":
        import calendar
        y, m = map(int, d.split("-"))
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    y = int(d)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def expected(f, incs, report_dates):
    """Gold incident ids for a filter set; None when place+near (fuzzy)."""
    if f["place"] and f["near"]:
        return None
    out = []
    canon = {_norm(i["place_canonical"]) for i in incs if i["place_canonical"]}
    for inc in incs:
        if inc["country"] != "Iraq":
            continue
        if f["province"] and inc["province"] != f["province"]:
            continue
        if f["place"]:
            q = _norm(f["place"])
            if q in canon:
                if q != _norm(inc["place_canonical"] or ""):
                    continue
            elif q not in _norm(inc["place"]):
                continue
        if f["dated_only"] and inc["date_precision"] == "reported":
            continue
        lo, hi = _interval(inc, report_dates)
        if f["date_from"] and lo < dt.date.fromisoformat(f["date_from"]):
            continue
        if f["date_to"] and hi > dt.date.fromisoformat(f["date_to"]):
            continue
        if f["attack_type"] and f["attack_type"] not in inc["attack_type"]:
            continue
        if f["perpetrator"] and inc["perpetrator"] != f["perpetrator"]:
            continue
        if f["target"] and f["target"] not in inc["target"]:
            continue
        out.append(inc["id"])
    return out


def write(root, incs, docs):
    rd = {d["doc"]: d["report_date"] for d in docs}
    dsplit = {d["doc"]: d["split"] for d in docs}
    with open(os.path.join(root, "questions.jsonl"), "w") as fh:
        for i, q in enumerate(QS, 1):
            row = {"id": "q2%03d" % i, "question": q["question"], "intent": q["intent"],
                   "filters": q["filters"], "today": q["today"],
                   "split": "final" if i % 2 == 0 else "dev"}
            if q["doc"] or q["answer_type"]:
                row.update(doc=q["doc"], answer=q["answer"], answer_type=q["answer_type"])
                if q["doc"] is None:
                    row["no_match"] = True
                else:  # single-event questions follow their document's split
                    row["split"] = dsplit[q["doc"]]
            else:
                row["expected_ids"] = expected(q["filters"], incs, rd)
                if row["expected_ids"] is not None and q["add"]:
                    row["expected_ids"] = sorted(set(row["expected_ids"]) | set(q["add"]))
                if q["intent"] == "count" and row["expected_ids"] is not None:
                    row["answer"] = str(len(row["expected_ids"]))
                    row["answer_type"] = "number"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(root, "conversations.jsonl"), "w") as fh:
        for i, c in enumerate(CONVS, 1):
            row = {"id": "c2%02d" % i, "turns": c["turns"], "today": c["today"],
                   "split": "final" if i % 2 == 0 else "dev"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("questions", len(QS), "conversations", len(CONVS))
