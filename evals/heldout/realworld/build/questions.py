"""Question phrasings, conversations and open questions (gold written by hand).
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
Q("attacks in Diyala province in March 2021", "listing", F(province="Diyala", **M(2021, 3)))
Q("IS attacks in Ninewa in 2020", "listing", F(province="Nineveh", perp="ISIS", **Y(2020)))
Q("what happened around Kirkuk last year?", "listing", F(place="Kirkuk", near=True, **Y(2021)), today="2022-06-15")
Q("any IS attacks near Baiji in 2021?", "listing", F(place="Baiji", near=True, perp="ISIS", **Y(2021)))
Q("list IED attacks in Anbar during 2019", "listing", F(province="Anbar", at="ied", **Y(2019)))
Q("Show me the incidents recorded in Salahuddin in February 2020.", "listing", F(province="Salahuddin", **M(2020, 2)))
Q("Attacks in Sala al-Din governorate during 2020", "listing", F(province="Salahuddin", **Y(2020)))
Q("incidents in Diala in 2022", "listing", F(province="Diyala", **Y(2022)))
Q("attacks in Falluja", "listing", F(place="Fallujah"))
Q("Were there any attacks in Al-Fallujah in 2021?", "listing", F(place="Fallujah", **Y(2021)))
Q("list attacks in Shingal", "listing", F(place="Sinjar"), add=["rw140-a", "rw145-a"])
Q("what happened in Qaiyara in 2020?", "listing", F(place="Qayyarah", **Y(2020)))
Q("attacks near Tuz Khormato", "listing", F(place="Tuz Khurmatu", near=True))
Q("Beled attacks in 2019", "listing", F(place="Balad", **Y(2019)))
Q("rocket attacks on US forces in 2021", "listing", F(at="mortar_rocket", tgt="US forces", **Y(2021)))
Q("Turkish strikes in Duhok province", "listing", F(province="Dohuk", perp="Turkey"))
Q("attacks on the PMU in 2021", "listing", F(tgt="PMU", **Y(2021)))
Q("attacks on Peshmerga in Nineveh", "listing", F(province="Nineveh", tgt="Peshmerga"))
Q("kidnappings in Anbar", "listing", F(province="Anbar", at="kidnapping"))
Q("list attacks at the Allas oil field", "listing", F(place="Allas oil field"))
Q("attacks in Tarmiya in 2021", "listing", F(place="Tarmiyah", **Y(2021)))
Q("Incidents in Wadi al-Shay", "listing", F(place="Wadi al-Shay"))
Q("anything in the Al-Mukhisa area?", "listing", F(place="Al-Mukhisa"))
Q("what happened at the Bai Hassan oil field?", "listing", F(place="Bai Hassan oil field"))
Q("attacks in Baghdad in 2020", "listing", F(province="Baghdad", **Y(2020)))
Q("Show IS attacks in Anbar province between April and June 2019", "listing", F(province="Anbar", perp="ISIS", df="2019-04-01", dt_="2019-06-30"))
Q("attacks in Nineveh since October 2020", "listing", F(province="Nineveh", df="2020-10-01"))
Q("attacks in Kirkuk province before 2020", "listing", F(province="Kirkuk", dt_="2019-12-31"))
Q("Attacks in Diyala this month", "listing", F(province="Diyala", **M(2021, 3)), today="2021-03-20")
Q("Attacks in Salahuddin last month", "listing", F(province="Salahuddin", **M(2022, 10)), today="2022-11-15")
Q("any attacks near Makhmour in 2022?", "listing", F(place="Makhmour", near=True, **Y(2022)))
Q("attacks in Basra province", "listing", F(province="Basra"))
Q("ambushes in Salahuddin", "listing", F(province="Salahuddin", at="ambush"))
Q("suicide attacks in Iraq in 2021", "listing", F(at="suicide", **Y(2021)))
Q("attacks in Najaf province in 2022", "listing", F(province="Najaf", **Y(2022)))
Q("attacks by unidentified perpetrators in Baghdad province", "listing", F(province="Baghdad", perp="unknown"))
Q("attacks in the Hamrin mountains", "listing", F(place="Hamrin mountains"), add=["rw080-a", "rw161-a"])
Q("incidents in Sinjar in 2023", "listing", F(place="Sinjar", **Y(2023)), add=["rw145-a"])
Q("air strikes against ISIS in Kirkuk province", "listing", F(province="Kirkuk", at="airstrike_operation", tgt="ISIS"))
Q("attacks in Diyala in March 2021, dated incidents only", "listing", F(province="Diyala", dated=True, **M(2021, 3)))
Q("Only dated incidents please: attacks in Salahuddin in 2021", "listing", F(province="Salahuddin", dated=True, **Y(2021)))
Q("IS attacks in Salahuddin province in May 2021, excluding undated reports", "listing", F(province="Salahuddin", perp="ISIS", dated=True, **M(2021, 5)))
Q("What happened in Mosul in 2021?", "listing", F(place="Mosul", **Y(2021)))
Q("attacks in al-Mawsil", "listing", F(place="Mosul"))
Q("attacks in the Jazeera of Samarra", "listing", F(place="Jazeera of Samarra"))
Q("attacks on police in Kirkuk province in 2021 and 2022", "listing", F(province="Kirkuk", tgt="police", df="2021-01-01", dt_="2022-12-31"))
Q("Turkish drone strikes in Sinjar", "listing", F(place="Sinjar", at="airstrike_operation", perp="Turkey"), add=["rw145-a"])
Q("attacks on civilians in Diyala in 2021", "listing", F(province="Diyala", tgt="civilians", **Y(2021)))
Q("IED attacks in Baghdad province in 2021", "listing", F(province="Baghdad", at="ied", **Y(2021)))
Q("attacks in Hit district", "listing", F(place="Hit"))
Q("list incidents in al-Rutba", "listing", F(place="Rutba"))
Q("attacks near Tikrit in 2021", "listing", F(place="Tikrit", near=True, **Y(2021)))
Q("attacks in Khanaqin", "listing", F(place="Khanaqin"))
Q("attacks in Saladin province in the first quarter of 2021", "listing", F(province="Salahuddin", df="2021-01-01", dt_="2021-03-31"))
Q("attacks in Diyala between 10 and 20 March 2021", "listing", F(province="Diyala", df="2021-03-10", dt_="2021-03-20"))
Q("Attacks in Erbil province in 2021", "listing", F(province="Erbil", **Y(2021)))
Q("PKK attacks", "listing", F(perp="PKK"))
Q("attacks in Nasiriyah", "listing", F(place="Nasiriyah"))
Q("attacks in Tuz Khurmatu in 2019", "listing", F(place="Tuz Khurmatu", **Y(2019)))
Q("anything near Kifri?", "listing", F(place="Kifri", near=True))
Q("Daesh attacks in Kirkuk province in 2023", "listing", F(province="Kirkuk", perp="ISIS", **Y(2023)))
Q("kidnappings by ISIL in 2020", "listing", F(at="kidnapping", perp="ISIS", **Y(2020)))
Q("list the attacks on army units in Anbar in 2021", "listing", F(province="Anbar", tgt="army", **Y(2021)))
Q("attacks in Muthanna province", "listing", F(province="Muthanna"))
Q("attacks in Maysan in 2019", "listing", F(province="Maysan", **Y(2019)))
Q("IS attacks in Wasit province", "listing", F(province="Wasit", perp="ISIS"))
Q("what happened in Sadr City?", "listing", F(place="Sadr City"))
Q("attacks in Abu Saida", "listing", F(place="Abu Saida"))
Q("attacks in Baquba last year", "listing", F(place="Baquba", **Y(2021)), today="2022-02-01", add=["rw062-a"])
Q("any incidents in Baqubah in 2022?", "listing", F(place="Baquba", **Y(2022)))
Q("Attacks in Al-Qayyarah in 2019", "listing", F(place="Qayyarah", **Y(2019)))
Q("incidents around Samarra in 2023", "listing", F(place="Samarra", near=True, **Y(2023)))

# ====================== BRIEFING ======================
Q("Prepare a briefing about Daesh attacks across Diyala", "briefing", F(province="Diyala", perp="ISIS"))
Q("Summarize attacks around Kirkuk last year", "briefing", F(place="Kirkuk", near=True, **Y(2022)), today="2023-02-01")
Q("a briefing on ISIS attacks in Salahuddin in 2020", "briefing", F(province="Salahuddin", perp="ISIS", **Y(2020)))
Q("Brief me on attacks against the Hashd in Anbar", "briefing", F(province="Anbar", tgt="PMU"))
Q("Give me a situation summary for Nineveh in 2021", "briefing", F(province="Nineveh", **Y(2021)))
Q("Write a short brief on rocket attacks on US forces in 2020", "briefing", F(at="mortar_rocket", tgt="US forces", **Y(2020)))
Q("Brief on Turkish operations against the PKK in 2021", "briefing", F(perp="Turkey", tgt="PKK", **Y(2021)))
Q("Prepare an overview of attacks on Peshmerga forces", "briefing", F(tgt="Peshmerga"))
Q("Summarise IS activity in Tarmiyah in 2021", "briefing", F(place="Tarmiyah", perp="ISIS", **Y(2021)))
Q("briefing: security situation in al-Anbar in 2019", "briefing", F(province="Anbar", **Y(2019)))
Q("Summarize what happened in Baiji district in April 2021", "briefing", F(place="Baiji", **M(2021, 4)))
Q("Can you brief me on attacks near Makhmour last year?", "briefing", F(place="Makhmour", near=True, **Y(2022)), today="2023-03-01")
Q("Prepare a briefing about ISIL attacks in Ninawa since 2022", "briefing", F(province="Nineveh", perp="ISIS", df="2022-01-01"))
Q("sitrep on Diyala for this year", "briefing", F(province="Diyala", **Y(2022)), today="2022-09-01")
Q("overview of attacks on civilians in Kirkuk province in 2019", "briefing", F(province="Kirkuk", tgt="civilians", **Y(2019)))
Q("briefing on attacks against police in 2022", "briefing", F(tgt="police", **Y(2022)))
Q("Summarize IED attacks on coalition supply convoys in 2021", "briefing", F(at="ied", tgt="US forces", **Y(2021)))
Q("Summarize attacks in Sulaymaniyah province", "briefing", F(province="Sulaymaniyah"))
Q("brief me on attacks carried out by the PMU", "briefing", F(perp="PMU"))
Q("a briefing on Islamic State attacks in Kirkuk province during 2021, dated incidents only", "briefing", F(province="Kirkuk", perp="ISIS", dated=True, **Y(2021)))
Q("Brief me on what happened in Basra in 2021", "briefing", F(province="Basra", **Y(2021)))
Q("Summarize attacks in Qadisiyah", "briefing", F(province="Qadisiyah"))
Q("Summarize violence by security forces against protesters in 2019", "briefing", F(perp="security forces", tgt="civilians", **Y(2019)))
Q("Give me a one-page brief on the Hamrin mountains", "briefing", F(place="Hamrin mountains"), add=["rw080-a", "rw161-a"])
Q("Prepare a briefing on attacks in Baghdad province in 2020 and 2021", "briefing", F(province="Baghdad", df="2020-01-01", dt_="2021-12-31"), today="2022-01-10")
Q("Brief me on IS attacks on the army in Diyala in 2022", "briefing", F(province="Diyala", perp="ISIS", tgt="army", **Y(2022)))

# ====================== COUNT (aggregate) ======================
Q("How many attacks were there in Diyala in March 2021?", "count", F(province="Diyala", **M(2021, 3)))
Q("How many IS attacks were recorded in Kirkuk province in 2021?", "count", F(province="Kirkuk", perp="ISIS", **Y(2021)))
Q("how many IED attacks in Anbar in 2019?", "count", F(province="Anbar", at="ied", **Y(2019)))
Q("number of attacks on Peshmerga in 2021", "count", F(tgt="Peshmerga", **Y(2021)))
Q("How many Turkish strikes were there in Iraq in 2021?", "count", F(perp="Turkey", **Y(2021)))
Q("How many kidnappings were reported in 2019?", "count", F(at="kidnapping", **Y(2019)))
Q("How many attacks targeted the PMU in Salahuddin in 2021?", "count", F(province="Salahuddin", tgt="PMU", **Y(2021)))
Q("How many rocket attacks hit Baghdad in 2020?", "count", F(province="Baghdad", at="mortar_rocket", **Y(2020)))
Q("How many dated IS attacks were there in Salahuddin in 2021?", "count", F(province="Salahuddin", perp="ISIS", dated=True, **Y(2021)))
Q("how many attacks in Dohuk province?", "count", F(province="Dohuk"))

# ====================== COUNT (single event) ======================
Q("How many people were killed in the attack on the Al-Wahailat market on 19 July 2021?", "count", F(place="Al-Wahailat market", **dict(df="2021-07-19", dt_="2021-07-19")), doc="rw105", answer="30", atype="number")
Q("how many PMU fighters died near Tikrit in January 2021?", "count", F(place="Tikrit", near=True, tgt="PMU", **M(2021, 1)), doc="rw104", answer="11", atype="number")
Q("How many people were wounded in the Sadr City bombing in July 2021?", "count", F(place="Sadr City", at="ied", **M(2021, 7)), doc="rw105", answer="55", atype="number")
Q("How many policemen were killed near Al-Rashad, southwest of Kirkuk, in September 2021?", "count", F(place="Rashad", near=True, tgt="police", **M(2021, 9)), doc="rw111", answer="12", atype="number")
Q("How many died in the Tal Afar market bombing in March 2020?", "count", F(place="Tal Afar", at="ied", **M(2020, 3)), doc="rw109", answer="3", atype="number")
Q("How many were wounded in the Tal Afar market blast?", "count", F(place="Tal Afar", at="ied"), doc="rw109", answer="14", atype="number")
Q("How many passengers were killed in the minibus bombing near Karbala in September 2019?", "count", F(place="Karbala", near=True, at="ied", **M(2019, 9)), doc="rw030", answer="12", atype="number")
Q("How many soldiers died in the Wadi al-Shay attack in March 2021?", "count", F(place="Wadi al-Shay", tgt="army", **M(2021, 3)), doc="rw037", answer="3", atype="number")
Q("How many people were wounded in the Erbil airport rocket attack on 15 February 2021?", "count", F(place="Erbil airport", at="mortar_rocket", df="2021-02-15", dt_="2021-02-15"), doc="rw039", answer="9", atype="number")
Q("How many fighters were killed in the US strikes near Al-Qaim in December 2019?", "count", F(place="Al-Qaim", near=True, at="airstrike_operation", perp="US forces", **M(2019, 12)), doc="rw050", answer="25", atype="number")
Q("how many were killed in the Falluja market bombing on 25 December 2021?", "count", F(place="Fallujah", at="ied", df="2021-12-25", dt_="2021-12-25"), doc="rw118", answer="3", atype="number")
Q("What was the final death toll of the motorcycle bomb in Basra in December 2021?", "count", F(place="Basra", at="ied", **M(2021, 12)), doc="rw114", answer="5", atype="number")
Q("How many people were wounded in the Basra hospital blast of 7 December 2021?", "count", F(place="Basra", at="ied", df="2021-12-07", dt_="2021-12-07"), doc="rw114", answer="20", atype="number")
Q("how many Hashd members were killed in Balad Ruz in October 2020?", "count", F(place="Balad Ruz", tgt="PMU", **M(2020, 10)), doc="rw115", answer="4", atype="number")
Q("How many soldiers died in the attack on the army post in Mutaibijah in October 2022?", "count", F(place="Mutaibijah", tgt="army", **M(2022, 10)), doc="rw116", answer="5", atype="number")
Q("How many people were killed in the attack in Al-Hawasha on 22 March 2021?", "count", F(place="Al-Hawasha", df="2021-03-22", dt_="2021-03-22"), doc="rw108", answer="5", atype="number")
Q("How many were wounded in the attack on the Hashd post in Tarmiyah in May 2021?", "count", F(place="Tarmiyah", tgt="PMU", **M(2021, 5)), doc="rw112", answer="4", atype="number")
Q("how many protesters were killed in Karbala on 28 October 2019?", "count", F(place="Karbala", tgt="civilians", df="2019-10-28", dt_="2019-10-28"), doc="rw117", answer="18", atype="number")
Q("How many oil police were killed at the Allas oil field in November 2022?", "count", F(place="Allas oil field", tgt="police", **M(2022, 11)), doc="rw161", answer="2", atype="number")
Q("How many people were killed when the pipeline at the Allas oil field was bombed in October 2020?", "count", F(place="Allas oil field", at="ied", **M(2020, 10)), doc="rw080", answer="0", atype="number")
Q("How many people died in the Mosul cafe bombing in November 2022?", "count", F(place="Mosul", at="ied", **M(2022, 11)), doc="rw119", answer="4", atype="number")
Q("how many were killed in the drone strike on Makhmour camp?", "count", F(place="Makhmour camp", at="airstrike_operation"), doc="rw113", answer="3", atype="number")
Q("How many people were wounded by the car bomb in Qayyarah in July 2019?", "count", F(place="Qayyarah", at="ied", **M(2019, 7)), doc="rw045", answer="9", atype="number")
Q("How many soldiers were killed near Hit on 03/25/2020?", "count", F(place="Hit", near=True, tgt="army", df="2020-03-25", dt_="2020-03-25"), doc="rw021", answer="2", atype="number")
Q("How many PMF members were wounded in the Al-Fatha attack in June 2021?", "count", F(place="Al-Fatha", tgt="PMU", **M(2021, 6)), doc="rw141", answer="3", atype="number")
Q("How many people died in the Taza Khurmatu checkpoint attack in December 2020?", "count", F(place="Taza Khurmatu", **M(2020, 12)), doc="rw106", answer="4", atype="number")
Q("How many Peshmerga were killed near Qarachogh on 12/05/2021?", "count", F(place="Qarachogh", near=True, tgt="Peshmerga", df="2021-12-05", dt_="2021-12-05"), doc="rw032", answer="4", atype="number")
Q("How many soldiers were killed in the Makhoul mountains attack in September 2021?", "count", F(place="Makhoul mountains", tgt="army", **M(2021, 9)), doc="rw061", answer="3", atype="number")

# ====================== FACT (single event) ======================
Q("Who claimed the Sadr City market bombing in July 2021?", "fact", F(place="Sadr City", at="ied", **M(2021, 7)), doc="rw105", answer="ISIS", atype="actor")
Q("Who claimed the minibus bombing at the Karbala checkpoint in September 2019?", "fact", F(place="Karbala", at="ied", **M(2019, 9)), doc="rw030", answer="ISIS", atype="actor")
Q("Where did the ambush that killed 11 PMU fighters in January 2021 happen?", "fact", F(at="ambush", tgt="PMU", **M(2021, 1)), doc="rw104", answer="Albu Ajeel", atype="place")
Q("Where was the oil engineer abducted in September 2019?", "fact", F(at="kidnapping", **M(2019, 9)), doc="rw087", answer="West Qurna oil field", atype="place")
Q("When did the Islamic State attack on the army post in Wadi al-Shay happen?", "fact", F(place="Wadi al-Shay", perp="ISIS", tgt="army"), doc="rw037", answer="2021-03-13", atype="date")
Q("When did the PKK attack the Turkish base in Kani Masi?", "fact", F(place="Kani Masi", perp="PKK", tgt="Turkey"), doc="rw096", answer="2021-08-10", atype="date")
Q("Who carried out the air strikes near Al-Qaim on 29 December 2019?", "fact", F(place="Al-Qaim", near=True, at="airstrike_operation", df="2019-12-29", dt_="2019-12-29"), doc="rw050", answer="US forces", atype="actor")
Q("Who was blamed for the drone attack on Erbil airport in April 2021?", "fact", F(place="Erbil airport", **M(2021, 4)), doc="rw026", answer="PMU", atype="actor")
Q("Which village did IS attack in Diyala on 27 November 2021?", "fact", F(province="Diyala", perp="ISIS", df="2021-11-27", dt_="2021-11-27"), doc="rw054", answer="Al-Rashad", atype="place")
Q("Where did the Turkish drone strike of 13 March 2023 take place?", "fact", F(perp="Turkey", at="airstrike_operation", df="2023-03-13", dt_="2023-03-13"), doc="rw042", answer="Said Sadiq", atype="place")
Q("Which gas field was hit by a rocket in July 2022?", "fact", F(at="mortar_rocket", **M(2022, 7)), doc="rw034", answer="Khor Mor gas field", atype="place")
Q("Who kidnapped the truffle hunters near Nukhaib in February 2019?", "fact", F(place="Nukhaib", near=True, at="kidnapping", **M(2019, 2)), doc="rw004", answer="ISIS", atype="actor")
Q("In which neighbourhood of Mosul did the cafe bombing of November 2022 happen?", "fact", F(place="Mosul", at="ied", **M(2022, 11)), doc="rw119", answer="Al-Zanjili", atype="place")
Q("Who fired on the protesters at Al-Zaitoun bridge in November 2019?", "fact", F(place="Al-Zaitoun bridge", **M(2019, 11)), doc="rw033", answer="security forces", atype="actor")
Q("In which Mosul neighbourhood was the engineer killed by a sticky bomb in May 2019?", "fact", F(place="Mosul", at="ied", **M(2019, 5)), doc="rw156", answer="Al-Muthanna", atype="place")
Q("Who shot the farmer in Al-Mukhisa in July 2022?", "fact", F(place="Al-Mukhisa", tgt="civilians", **M(2022, 7)), doc="rw064", answer="ISIS", atype="actor")
Q("When did the attack on the PMF checkpoint in Al-Mutaibijah that killed three PMF members happen?", "fact", F(place="Mutaibijah", tgt="PMU"), doc="rw020", answer="2021-01-02", atype="date")
Q("When were the officer and two soldiers ambushed 20 km south of Samarra?", "fact", F(place="Samarra", near=True, at="ambush", tgt="army"), doc="rw009", answer="2020-01-30", atype="date")
Q("On what date did IS attack the Hashd checkpoint at the entrance of Al-Shura?", "fact", F(place="Al-Shura", perp="ISIS", tgt="PMU"), doc="rw010", answer="2022-12-27", atype="date")
Q("When was the PMU post near Albu Bali attacked?", "fact", F(place="Albu Bali", tgt="PMU"), doc="rw001", answer="2020-12-29", atype="date")
Q("Who fired the mortar round near the PMU headquarters in Al-Eith?", "fact", F(place="Al-Eith", at="mortar_rocket", tgt="PMU"), doc="rw012", answer="ISIS", atype="actor")
Q("On what date was Erbil airport hit by a drone that sources blamed on Kataib Hezbollah?", "fact", F(place="Erbil airport", perp="PMU"), doc="rw026", answer="2021-04-14", atype="date")
Q("Which oil field in Kirkuk province was an engineer abducted near in October 2019?", "fact", F(province="Kirkuk", at="kidnapping", **M(2019, 10)), doc="rw025", answer="Khabbaz oil field", atype="place")
Q("Who carried out the strike on the Hashd headquarters in Jurf al-Nasr in January 2022?", "fact", F(place="Jurf al-Sakhar", tgt="PMU", **M(2022, 1)), doc="rw068", answer="unknown", atype="actor")
Q("What kind of weapon was used against the liquor store in Karrada in March 2020?", "fact", F(place="Karrada", **M(2020, 3)), doc="rw074", answer="hand grenade", atype="name")
Q("Who was the target of the grenade attack in Amarah in October 2021?", "fact", F(place="Amarah", **M(2021, 10)), doc="rw083", answer="a judge", atype="name")
Q("When did the suicide bombing in Najaf that killed 25 people happen?", "fact", F(place="Najaf", at="suicide"), doc=None, answer=None, atype="date")


# ====================== CONVERSATIONS ======================
def C(today, *turns):
    CONVS.append(dict(today=today, turns=[dict(question=q, filters=f, intent=i) for q, f, i in turns]))


C(DEF_TODAY, ("attacks in Kirkuk province in 2021", F(province="Kirkuk", **Y(2021)), "listing"),
  ("and in 2020?", F(province="Kirkuk", **Y(2020)), "listing"))
C(DEF_TODAY, ("IS attacks in Salahuddin in 2020", F(province="Salahuddin", perp="ISIS", **Y(2020)), "listing"),
  ("what about Diyala?", F(province="Diyala", perp="ISIS", **Y(2020)), "listing"))
C(DEF_TODAY, ("How many people were killed in the Sadr City market bombing in July 2021?", F(place="Sadr City", at="ied", **M(2021, 7)), "count"),
  ("how many were wounded?", F(place="Sadr City", at="ied", **M(2021, 7)), "count"))
C(DEF_TODAY, ("attacks in Anbar in 2019", F(province="Anbar", **Y(2019)), "listing"),
  ("only the IED attacks", F(province="Anbar", at="ied", **Y(2019)), "listing"))
C(DEF_TODAY, ("Daesh attacks around Baiji in 2021", F(place="Baiji", near=True, perp="ISIS", **Y(2021)), "listing"),
  ("and near Mosul?", F(place="Mosul", near=True, perp="ISIS", **Y(2021)), "listing"))
C("2022-06-15", ("what happened around Kirkuk last year?", F(place="Kirkuk", near=True, **Y(2021)), "listing"),
  ("and the year before?", F(place="Kirkuk", near=True, **Y(2020)), "listing"))
C(DEF_TODAY, ("attacks on the PMU in 2021", F(tgt="PMU", **Y(2021)), "listing"),
  ("only those in Diyala", F(province="Diyala", tgt="PMU", **Y(2021)), "listing"))
C(DEF_TODAY, ("Turkish drone strikes in Sinjar", F(place="Sinjar", perp="Turkey", at="airstrike_operation"), "listing"),
  ("and in Dohuk province?", F(province="Dohuk", perp="Turkey", at="airstrike_operation"), "listing"))
C(DEF_TODAY, ("Prepare a briefing about Daesh attacks across Diyala", F(province="Diyala", perp="ISIS"), "briefing"),
  ("restrict it to 2022", F(province="Diyala", perp="ISIS", **Y(2022)), "briefing"))
C(DEF_TODAY, ("attacks in Diyala in March 2021", F(province="Diyala", **M(2021, 3)), "listing"),
  ("only dated ones", F(province="Diyala", dated=True, **M(2021, 3)), "listing"))
C(DEF_TODAY, ("rocket attacks on US forces in 2020", F(at="mortar_rocket", tgt="US forces", **Y(2020)), "listing"),
  ("and in 2021?", F(at="mortar_rocket", tgt="US forces", **Y(2021)), "listing"))
C(DEF_TODAY, ("how many PMU fighters died near Tikrit in January 2021?", F(place="Tikrit", near=True, tgt="PMU", **M(2021, 1)), "count"),
  ("how many were wounded?", F(place="Tikrit", near=True, tgt="PMU", **M(2021, 1)), "count"))
C(DEF_TODAY, ("attacks in Falluja", F(place="Fallujah"), "listing"),
  ("what about Ramadi?", F(place="Ramadi"), "listing"))
C(DEF_TODAY, ("IS attacks in Ninewa in 2020", F(province="Nineveh", perp="ISIS", **Y(2020)), "listing"),
  ("how many of those targeted the Hashd?", F(province="Nineveh", perp="ISIS", tgt="PMU", **Y(2020)), "count"))
C(DEF_TODAY, ("attacks in Tarmiya in 2021", F(place="Tarmiyah", **Y(2021)), "listing"),
  ("and in 2022?", F(place="Tarmiyah", **Y(2022)), "listing"))
C(DEF_TODAY, ("attacks on police in Kirkuk province", F(province="Kirkuk", tgt="police"), "listing"),
  ("only the roadside bombs", F(province="Kirkuk", tgt="police", at="ied"), "listing"))
C("2023-02-01", ("Summarize attacks around Makhmour last year", F(place="Makhmour", near=True, **Y(2022)), "briefing"),
  ("and in 2021?", F(place="Makhmour", near=True, **Y(2021)), "briefing"))
C(DEF_TODAY, ("IED attacks on coalition convoys in 2021", F(at="ied", tgt="US forces", **Y(2021)), "listing"),
  ("which ones were in Qadisiyah?", F(province="Qadisiyah", at="ied", tgt="US forces", **Y(2021)), "listing"))
C(DEF_TODAY, ("Who claimed the minibus bombing in Karbala in September 2019?", F(place="Karbala", at="ied", **M(2019, 9)), "fact"),
  ("how many were killed?", F(place="Karbala", at="ied", **M(2019, 9)), "count"))
C(DEF_TODAY, ("kidnappings in Anbar", F(province="Anbar", at="kidnapping"), "listing"),
  ("and in Kirkuk?", F(province="Kirkuk", at="kidnapping"), "listing"))
C("2021-03-20", ("attacks in Diyala this month", F(province="Diyala", **M(2021, 3)), "listing"),
  ("and last month?", F(province="Diyala", **M(2021, 2)), "listing"))
C(DEF_TODAY, ("attacks on Peshmerga in 2021", F(tgt="Peshmerga", **Y(2021)), "listing"),
  ("and in 2022?", F(tgt="Peshmerga", **Y(2022)), "listing"))
C(DEF_TODAY, ("Salahuddin attacks in 2022", F(province="Salahuddin", **Y(2022)), "listing"),
  ("only the ones by ISIS against the army", F(province="Salahuddin", perp="ISIS", tgt="army", **Y(2022)), "listing"))
C(DEF_TODAY, ("attacks near Baiji in April 2021", F(place="Baiji", near=True, **M(2021, 4)), "listing"),
  ("give me a briefing on them", F(place="Baiji", near=True, **M(2021, 4)), "briefing"))


# ====================== OPEN QUESTIONS ======================
def O(question, kind, doc, answer, evidence):
    OPENS.append(dict(question=question, kind=kind, doc=doc, answer=answer, evidence=evidence))


O("What did the rockets fired at the US embassy compound on 20 December 2020 damage?", "fact", "rw047", "cars and a residential complex",
  "At least eight rockets were fired at the US embassy compound in Baghdad's Green Zone on Sunday, damaging cars and a residential complex and lightly wounding an Iraqi soldier, the military said.")
O("Who did Washington blame for the rocket attacks on the Green Zone in January 2020?", "who", "rw038", "Iran-backed factions",
  "Washington has blamed a series of recent attacks on Iran-backed factions, which deny involvement.")
O("From where were the 14 rockets fired at Ain al-Asad on 7 July 2021 launched?", "where", "rw048", "a truck parked in the town of Al-Baghdadi",
  "The rockets were launched from a truck parked in the town of Al-Baghdadi, the spokesman said.")
O("According to the Reuters report on the Wadi al-Shay attack, when did Islamic State lose its last territory in Iraq?", "when", "rw037", "2017",
  "Wadi al-Shay, a network of ravines between Kirkuk and the Hamrin mountains, has seen repeated attacks on Iraqi troops since the group lost its last territory in Iraq in 2017.")
O("Which attack killed more people: the Karbala minibus bombing of September 2019 or the Sadr City market bombing of July 2021?", "comparison", ["rw030", "rw105"], "the Sadr City market bombing (30 vs 12)",
  "By Tuesday morning the toll had climbed to 30, the health ministry said.")
O("What was the name of the journalist shot in Diwaniyah in May 2021?", "unanswerable", "rw016", None, None)
O("Who was killed in the Erbil airport rocket attack of 15 February 2021?", "who", "rw039", "a foreign civilian contractor",
  "Rockets struck a military complex at Erbil airport that hosts US-led coalition troops late on Monday, killing a foreign civilian contractor and wounding nine people, officials said.")
O("What did the US say the December 29, 2019 strikes were retaliating for?", "fact", "rw050", "a rocket attack on an Iraqi base hosting US troops near Kirkuk that killed a US civilian contractor",
  "The Pentagon said the strikes were in response to a rocket attack on an Iraqi base hosting US troops near Kirkuk two days earlier that killed a US civilian contractor.")
O("How did the attackers stop the PMU convoy near Albu Ajeel in January 2021?", "fact", "rw104", "they used roadside bombs before opening fire",
  "The PMU said the attackers had used roadside bombs to stop the convoy before opening fire.")
O("Who claimed the Kandahar mosque bombing of October 2021?", "who", "rw122", "Islamic State Khorasan",
  "The Islamic State Khorasan group claimed responsibility, saying the bomber targeted \"rejectionists\".")
O("What ransom amount was demanded for the shepherd kidnapped in Wadi Zghaitun in June 2021?", "unanswerable", "rw093", None, None)
O("Where were the rockets that hit Ain al-Asad on 9 June 2021 fired from?", "where", "rw044", "the outskirts of the town of Al-Baghdadi",
  "The spokesman said the rockets had been fired from the outskirts of the nearby town of Al-Baghdadi.")
O("What happened to the trucks of the drivers abducted near Yaychi in July 2020?", "fact", "rw017", "they were later found burnt",
  "Their trucks were later found burnt.")
O("How long were repairs to the toppled electricity towers near Al-Abbasi expected to take?", "fact", "rw079", "at least a week",
  "Electricity teams said repairs would take at least a week.")
O("Which company's production was said to be unaffected by the November 2022 attack at the Allas oil field?", "who", "rw161", "the North Oil Company",
  "The North Oil Company said production was not affected.")
O("What was the turnout in Iraq's October 2021 parliamentary election?", "fact", "rw128", "41 percent",
  "Turnout was 41 percent, the lowest since 2005.")
O("Which incident caused more wounded: the Tal Afar market blast of March 2020 or the Qayyarah car bomb of July 2019?", "comparison", ["rw109", "rw045"], "the Tal Afar market blast (14 vs 9)",
  "Later in the day a hospital source said the toll had risen to three, and put the number of wounded at 14.")
O("What weapons did the militants use in the Hamrin mountains attack on 2 May 2022?", "fact", "rw041", "sniper rifles and a rocket-propelled grenade",
  "The sources said the militants used sniper rifles and a rocket-propelled grenade.")
O("Which army unit number was stationed at the Hamrin post attacked in May 2022?", "unanswerable", "rw041", None, None)
O("Where was the Turkish drone strike of 8 August 2021 in Duhok province?", "where", "rw096", "near Batifa",
  "On Sunday, a Turkish drone struck a vehicle near Batifa in Duhok province, killing two PKK members, local officials said.")
O("What did Yazidi officials say the building struck in Sikeniye was?", "fact", "rw096", "a medical facility",
  "Ankara said the building was used by the PKK; Yazidi officials said it was a medical facility.")
O("When did the twin bombing at Tayaran Square in Baghdad happen according to these reports?", "unanswerable", None, None, None)
O("Who controls the Jurf al-Nasr area where the Hashd headquarters was struck in January 2022?", "who", "rw068", "Kataib Hezbollah",
  "The area, formerly known as Jurf al-Sakhar, is controlled by Kataib Hezbollah.")
O("When did the grenade attack on the judge's house in Amarah take place?", "when", "rw083", "2021-10-25 (Monday night)",
  "Unknown persons threw a hand grenade at the house of a judge in the Al-Shuhada neighbourhood of Amarah on Monday night, causing material damage to the house.")
O("Where is the Makhmour refugee camp, according to the June 2022 report?", "where", "rw113", "in Makhmour district in Nineveh province",
  "The camp, which houses Kurdish refugees from Turkey, lies in Makhmour district in Nineveh province; Ankara says it is used by the PKK.")
O("Which was deadlier for the PMU: the 23 January 2021 ambush near Tikrit or the 15 May 2021 attack in Tarmiyah?", "comparison", ["rw104", "rw112"], "the ambush near Tikrit (11 vs 5)",
  "The toll rose to 11 on Sunday after rescuers recovered more bodies from the orchards where the convoy had been trapped, a PMU statement said.")
O("How many people were treated for breathing problems in the May 2022 dust storm?", "fact", "rw131", "more than 4,000",
  "One person died and more than 4,000 were treated for breathing problems as the eighth dust storm in a month swept across Iraq on Monday, the health ministry said.")
O("What was the name of the mukhtar assassinated in Al-Zawiya village in June 2019?", "unanswerable", "rw008", None, None)
O("Who won the 2023 Gulf Cup final in Basra, and against whom?", "who", "rw129", "Iraq, against Oman (3-2 after extra time)",
  "Iraq won the Arabian Gulf Cup for the first time in 35 years on Thursday, beating Oman 3-2 after extra time in front of a capacity crowd at the Basra International Stadium.")
O("When was the Khor Mor gas field hit by a rocket?", "when", "rw034", "2022-07-13",
  "07/13/2022: Assailants fired a rocket at the Khor Mor gas field, Chamchamal district, Sulaymaniyah governorate, Iraq.")
O("What did the Supreme Judicial Council demand after the grenade attack in Amarah?", "fact", "rw083", "that the perpetrators be found",
  "The Supreme Judicial Council condemned the attack and demanded that the perpetrators be found.")
O("How many soldiers were killed in the Mandali IED attack of April 2022?", "unanswerable", "rw100", None, None)
O("Where did the sniper kill a farmer on 10 March 2021?", "where", "rw089", "on the outskirts of Jalawla",
  "On Wednesday, a sniper shot dead a farmer working his land on the outskirts of Jalawla.")
O("Which city saw more people killed in the attacks described: Basra in December 2021 or Falluja in December 2021?", "comparison", ["rw114", "rw118"], "Basra (5 vs 3)",
  "The toll rose to five by the evening.")
O("What did the Karbala governor deny after the October 2019 shooting of protesters?", "fact", "rw117", "that security forces had fired on the crowd",
  "The governor denied that security forces had fired on the crowd.")


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
            row = {"id": "q%03d" % i, "question": q["question"], "intent": q["intent"],
                   "filters": q["filters"], "today": q["today"],
                   "split": "final" if i % 3 == 0 else "dev"}
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
            row = {"id": "c%02d" % i, "turns": c["turns"], "today": c["today"],
                   "split": "final" if i % 3 == 0 else "dev"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(root, "open_questions.jsonl"), "w") as fh:
        for i, o in enumerate(OPENS, 1):
            dl = o["doc"] if isinstance(o["doc"], list) else [o["doc"]] if o["doc"] else []
            sp = ("final" if any(dsplit[x] == "final" for x in dl) else "dev") if dl else ("final" if i % 3 == 0 else "dev")
            row = {"id": "o%02d" % i, **o, "split": sp}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("questions", len(QS), "conversations", len(CONVS), "open", len(OPENS))
