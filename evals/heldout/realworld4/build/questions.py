"""Questions and conversations for realworld4 (phrasings written by hand; gold
filters by hand; expected_ids and aggregate counts derived mechanically from the
gold incidents; single-event answers read from the gold incident)."""
import calendar, datetime as dt, json, os, re

QS, CONVS = [], []
TODAY = "2025-12-01"


def F(place=None, near=False, province=None, df=None, dt_=None, at=None,
      perp=None, tgt=None, dated=False):
    return {"place": place, "near": near, "province": province,
            "date_from": df, "date_to": dt_, "attack_type": at,
            "perpetrator": perp, "target": tgt, "dated_only": dated}


def Y(y):
    return dict(df="%d-01-01" % y, dt_="%d-12-31" % y)


def M(y, m):
    return dict(df="%d-%02d-01" % (y, m), dt_="%d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1]))


def DAY(iso):
    return dict(df=iso, dt_=iso)


def Q(question, intent, f, today=TODAY, ev=None, field=None, no_match=False, atype=None):
    QS.append(dict(question=question, intent=intent, filters=f, today=today, ev=ev,
                   field=field, no_match=no_match, atype=atype))


# ====================== LISTING ======================
Q("what attacks were recorded in Kirkuk province in February 2024?", "listing", F(province="Kirkuk", **M(2024, 2)))
Q("Diyala province, May 2023: list every attack", "listing", F(province="Diyala", **M(2023, 5)))
Q("give me the Salahuddin attacks from September 2021", "listing", F(province="Salahuddin", **M(2021, 9)))
Q("attacks in Anbar province in October 2022", "listing", F(province="Anbar", **M(2022, 10)))
Q("which attacks hit Ninawa governorate in March 2025?", "listing", F(province="Nineveh", **M(2025, 3)))
Q("Duhok province attacks during June 2023", "listing", F(province="Dohuk", **M(2023, 6)))
Q("Baghdad incidents in December 2019, please", "listing", F(province="Baghdad", **M(2019, 12)))
Q("all events in Anbar in August 2020", "listing", F(province="Anbar", **M(2020, 8)))
Q("Kirkuk province in January 2024 - anything?", "listing", F(province="Kirkuk", **M(2024, 1)))
Q("show me what happened in Hawija", "listing", F(place="Hawija"))
Q("incidents recorded in Daquq district", "listing", F(place="Daquq"))
Q("anything logged for Al-Dibs?", "listing", F(place="Dibis"))
Q("what's on file for Khanaqeen?", "listing", F(place="Khanaqin"))
Q("list events in Jalula", "listing", F(place="Jalawla"))
Q("attacks recorded in Baqubah", "listing", F(place="Baquba"))
Q("everything in Al-Muqdadiyah district", "listing", F(place="Muqdadiyah"))
Q("attacks in Shingal since 2024", "listing", F(place="Sinjar", df="2024-01-01"))
Q("Amadiya district incidents", "listing", F(place="Amedi"))
Q("events near Zakho in 2023", "listing", F(place="Zakho", near=True, **Y(2023)))
Q("attacks around Samarra", "listing", F(place="Samarra", near=True))
Q("which incidents involved the Al-Qaim area?", "listing", F(place="Al-Qaim"))
Q("attacks in Rutbah", "listing", F(place="Rutba"))
Q("incidents in Tikreet", "listing", F(place="Tikrit"))
Q("list attacks in Balad district", "listing", F(place="Balad"))
Q("incidents in Falluja in 2022", "listing", F(place="Fallujah", **Y(2022)))
Q("Turkish strikes inside Iraq in June 2023", "listing", F(perp="Turkey", **M(2023, 6)))
Q("attacks Turkey carried out against the PKK", "listing", F(perp="Turkey", tgt="PKK"))
Q("incidents where Daesh targeted the Hashd", "listing", F(perp="ISIS", tgt="PMU"))
Q("which attacks did the Islamic State carry out against Iraqi soldiers?", "listing", F(perp="ISIS", tgt="army"))
Q("attacks on the police in 2024", "listing", F(tgt="police", **Y(2024)))
Q("bombings in Kirkuk province", "listing", F(province="Kirkuk", at="ied"))
Q("roadside and other bomb attacks in Diyala in 2023", "listing", F(province="Diyala", at="ied", **Y(2023)))
Q("kidnappings since the start of 2022", "listing", F(at="kidnapping", df="2022-01-01"))
Q("abductions in Anbar", "listing", F(province="Anbar", at="kidnapping"))
Q("ambushes on record", "listing", F(at="ambush"))
Q("suicide attacks", "listing", F(at="suicide"))
Q("rocket or mortar fire in Basra province", "listing", F(province="Basra", at="mortar_rocket"))
Q("attacks against coalition troops or their convoys", "listing", F(tgt="US forces"))
Q("militia drone and rocket attacks claimed by the Islamic Resistance in Iraq", "listing", F(perp="PMU"))
Q("US strikes on Kataib Hezbollah or other PMF factions in Iraq", "listing", F(perp="US forces", tgt="PMU"))
Q("Iraqi air strikes against IS", "listing", F(perp="Iraqi forces", at="airstrike_operation", tgt="ISIS"))
Q("shootings of protesters by the security forces", "listing", F(perp="security forces", tgt="civilians"))
Q("attacks on Peshmerga fighters", "listing", F(tgt="Peshmerga"))
Q("attacks on Turkish troops", "listing", F(tgt="Turkey"))
Q("attacks on the Asayish, border guards or Kurdish CT forces", "listing", F(tgt="security forces"))
Q("Sulaimani province: all attacks", "listing", F(province="Sulaymaniyah"))
Q("Erbil governorate incidents in 2023", "listing", F(province="Erbil", **Y(2023)))
Q("Missan province attacks", "listing", F(province="Maysan"))
Q("attacks in Kerbala", "listing", F(province="Karbala"))
Q("Babylon province incidents", "listing", F(province="Babil"))
Q("incidents in Dhi Qar province in 2019", "listing", F(province="Dhi Qar", **Y(2019)))
Q("Najaf province attacks", "listing", F(province="Najaf"))
Q("attacks in Wasit province", "listing", F(province="Wasit"))
Q("anything in Muthanna?", "listing", F(province="Muthanna"))
Q("attacks in Qadisiyah province in 2023", "listing", F(province="Qadisiyah", **Y(2023)))
Q("attacks in Salah ad-Din in the fourth quarter of 2021", "listing", F(province="Salahuddin", df="2021-10-01", dt_="2021-12-31"))
Q("Diala incidents between April and June 2023", "listing", F(province="Diyala", df="2023-04-01", dt_="2023-06-30"))
Q("Nineveh attacks in March 2025 with an exact date", "listing", F(province="Nineveh", dated=True, **M(2025, 3)))
Q("Kirkuk province, February 2024, leaving out items that only give a report date", "listing", F(province="Kirkuk", dated=True, **M(2024, 2)))
Q("attacks in Baghdad province last month", "listing", F(province="Baghdad", **M(2019, 12)), today="2020-01-09")
Q("what happened in Anbar this month?", "listing", F(province="Anbar", **M(2022, 10)), today="2022-10-31")
Q("Nineveh attacks in the first half of 2025", "listing", F(province="Nineveh", df="2025-01-01", dt_="2025-06-30"))
Q("attacks on civilians in Diyala province in summer 2023", "listing", F(province="Diyala", tgt="civilians", df="2023-06-01", dt_="2023-08-31"))
Q("attacks at Ain al-Asad", "listing", F(place="Ain al-Asad"))
Q("incidents at oil fields in Basra", "listing", F(province="Basra", place="oil field"))
Q("attacks in the Wadi Houran", "listing", F(place="Wadi Houran"))
Q("attacks in Sadr City", "listing", F(place="Sadr City"))
Q("anything at the K1 base?", "listing", F(place="K1 base"))
Q("attacks in Tahrir Square", "listing", F(place="Tahrir Square"))
Q("what happened in the Al-Khilani Square area?", "listing", F(place="Khilani"))
Q("civilians attacked in Kirkuk province during 2024", "listing", F(province="Kirkuk", tgt="civilians", **Y(2024)))
Q("attacks in the Kirkuk citadel", "listing", F(place="Kirkuk citadel"))

# ====================== BRIEFING ======================
Q("write me a short brief on Kirkuk province in February 2024", "briefing", F(province="Kirkuk", **M(2024, 2)))
Q("situation summary: Diyala, May 2023", "briefing", F(province="Diyala", **M(2023, 5)))
Q("prepare an overview of Turkish military action in Dohuk province", "briefing", F(province="Dohuk", perp="Turkey"))
Q("brief on Islamic State activity in Salahuddin in 2021", "briefing", F(province="Salahuddin", perp="ISIS", **Y(2021)))
Q("summarise violence against the protest movement in late 2019", "briefing", F(tgt="civilians", perp="security forces", df="2019-10-01", dt_="2019-12-31"))
Q("brief me on the western desert of Anbar in October 2022", "briefing", F(province="Anbar", **M(2022, 10)))
Q("a summary of attacks on coalition forces in Iraq", "briefing", F(tgt="US forces"))
Q("give me an assessment of Nineveh in March 2025", "briefing", F(province="Nineveh", **M(2025, 3)))
Q("overview of attacks in southern Iraq's Basra province", "briefing", F(province="Basra"))
Q("brief on kidnappings", "briefing", F(at="kidnapping"))
Q("summarise what happened around Sinjar", "briefing", F(place="Sinjar", near=True))
Q("write up Baghdad in December 2019", "briefing", F(province="Baghdad", **M(2019, 12)))

# ====================== COUNT (aggregate) ======================
Q("how many attacks were there in Kirkuk province in February 2024?", "count", F(province="Kirkuk", **M(2024, 2)))
Q("number of attacks in Diyala during May 2023", "count", F(province="Diyala", **M(2023, 5)))
Q("count the Salahuddin attacks in September 2021", "count", F(province="Salahuddin", **M(2021, 9)))
Q("How many incidents did Anbar see in October 2022?", "count", F(province="Anbar", **M(2022, 10)))
Q("how many Turkish strikes hit Duhok province in June 2023?", "count", F(province="Dohuk", perp="Turkey", **M(2023, 6)))
Q("total number of attacks in Baghdad province in December 2019", "count", F(province="Baghdad", **M(2019, 12)))
Q("how many kidnappings are recorded?", "count", F(at="kidnapping"))
Q("how many attacks targeted the PMU?", "count", F(tgt="PMU"))
Q("number of IS attacks on the army", "count", F(perp="ISIS", tgt="army"))
Q("how many attacks on coalition forces were there in 2024?", "count", F(tgt="US forces", **Y(2024)))
Q("how many bombings in Nineveh in 2025?", "count", F(province="Nineveh", at="ied", **Y(2025)))
Q("How many attacks happened in Hawija?", "count", F(place="Hawija"))
Q("how many incidents in Basra province overall?", "count", F(province="Basra"))
Q("how many attacks with an exact date in Kirkuk province in February 2024?", "count", F(province="Kirkuk", dated=True, **M(2024, 2)))
Q("count air and drone strikes by Turkey", "count", F(perp="Turkey", at="airstrike_operation"))
Q("how many attacks were there in Najaf province in 2019?", "count", F(province="Najaf", **Y(2019)))
Q("how many attacks in Wasit in 2024?", "count", F(province="Wasit", **Y(2024)))
Q("number of attacks on police in Kirkuk province", "count", F(province="Kirkuk", tgt="police"))

# ====================== COUNT (single event) ======================
Q("How many people were killed in the attack in Hawija on 10 February 2024?", "count", F(place="Hawija", **DAY("2024-02-10")), ev=("A_hawija", "a"), field="killed")
Q("How many people were killed in the attack in Jalawla on 17 May 2023?", "count", F(place="Jalawla", **DAY("2023-05-17")), ev=("B_jalawla", "a"), field="killed")
Q("How many people were killed in the attack in Khanaqin on 19 May 2023?", "count", F(place="Khanaqin", **DAY("2023-05-19")), ev=("C_khanaqin", "a"), field="killed")
Q("And how many were wounded in the Khanaqin fish-market bombing of 19 May 2023?", "count", F(place="Khanaqin", at="ied", **DAY("2023-05-19")), ev=("C_khanaqin", "a"), field="wounded")
Q("How many people were killed in the attack in Tuz Khurmatu on 19 September 2021?", "count", F(place="Tuz Khurmatu", **DAY("2021-09-19")), ev=("C_tuz", "a"), field="killed")
Q("how many PMF fighters were hurt in the Tuz ambush of 19 September 2021?", "count", F(place="Tuz Khurmatu", at="ambush", tgt="PMU", **DAY("2021-09-19")), ev=("C_tuz", "a"), field="wounded")
Q("How many people were killed in the attack in Baghdad on 6 December 2019?", "count", F(place="Baghdad", **DAY("2019-12-06")), ev=("A_khilani", "a"), field="killed")
Q("How many people were killed in the attack in Kirkuk on 12 February 2024?", "count", F(place="Kirkuk", **DAY("2024-02-12")), ev=("G_domiz", "a"), field="killed")
Q("what was the final number of wounded in the Domiz market car bomb?", "count", F(place="Domiz", at="ied"), ev=("G_domiz", "a"), field="wounded")
Q("How many people were killed in the attack in Khan Bani Saad on 26 May 2023?", "count", F(place="Khan Bani Saad", **DAY("2023-05-26")), ev=("G_khanbanisaad", "a"), field="killed")
Q("How many people were killed in the attack in Tikrit on 10 September 2021?", "count", F(place="Tikrit", **DAY("2021-09-10")), ev=("G_tikrit", "a"), field="killed")
Q("how many were wounded by the suicide bomber at the Tikrit checkpoint in September 2021?", "count", F(place="Tikrit", at="suicide", **M(2021, 9)), ev=("G_tikrit", "a"), field="wounded")
Q("How many people were killed in the attack in Ramadi on 29 October 2022?", "count", F(place="Ramadi", **DAY("2022-10-29")), ev=("G_albufaraj", "a"), field="killed")
Q("How many people were killed in the attack in Zummar on 29 March 2025?", "count", F(place="Zummar", **DAY("2025-03-29")), ev=("G_zummar", "a"), field="killed")
Q("what was the death toll of the Al-Wuhailat market bombing in Sadr City?", "count", F(place="Sadr City", at="ied"), ev=("G_sadrcity", "a"), field="killed")
Q("How many people were killed in the attack in Erbil on 15 February 2021?", "count", F(place="Erbil", **DAY("2021-02-15")), ev=("G_erbil", "a"), field="killed")
Q("How many people were killed in the attack in Karbala on 3 November 2023?", "count", F(place="Karbala", **DAY("2023-11-03")), ev=("G_karbala", "a"), field="killed")
Q("How many soldiers died near Al-Abbasi in December 2022?", "count", F(place="Abbasi", tgt="army", **M(2022, 12)), ev=("G_abbasi", "a"), field="killed")
Q("How many people were killed in the attack in Amarah on 9 May 2022?", "count", F(place="Amarah", **DAY("2022-05-09")), ev=("G_amarah", "a"), field="killed")
Q("How many people were killed in the attack in Khalis on 17 October 2020?", "count", F(place="Khalis", **DAY("2020-10-17")), ev=("G_khalis", "a"), field="killed")
Q("How many people were wounded in the attack in Musayyib on 3 June 2021?", "count", F(place="Musayyib", **DAY("2021-06-03")), ev=("C_musayyib", "a"), field="wounded")
Q("How many people were killed in the attack in Nasiriyah on 28 November 2019?", "count", F(place="Nasiriyah", **DAY("2019-11-28")), ev=("C_zaytoun", "a"), field="killed")
Q("How many people were killed in the attack in Tahrir Square on 10 December 2019?", "count", F(place="Tahrir Square", **DAY("2019-12-10")), ev=("C_tahrir", "a"), field="killed")
Q("How many people were killed in the attack at the Bashur airfield near Harir on 26 October 2023?", "count", F(place="Harir", **DAY("2023-10-26")), ev=("A_bashur", "a"), field="killed")
Q("how many died when the drone hit the Arbat airstrip in September 2023?", "count", F(place="Arbat", at="airstrike_operation", **M(2023, 9)), ev=("C_arbat", "a"), field="killed")
Q("How many people were killed in the attack in Dujail on 25 September 2021?", "count", F(place="Dujail", **DAY("2021-09-25")), ev=("S_dujail", "a"), field="killed")
Q("How many IS fighters did the F-16 strike in Wadi Houran kill?", "count", F(place="Wadi Houran", perp="Iraqi forces", at="airstrike_operation"), ev=("S_houran", "a"), field="killed")
Q("How many people were killed in the attack in Al-Qaim on 16 August 2020?", "count", F(place="Al-Qaim", **DAY("2020-08-16")), ev=("F_anbar2020", "a"), field="killed")
Q("How many soldiers were killed in the ambush near Akashat in October 2022?", "count", F(place="Akashat", at="ambush", **M(2022, 10)), ev=("F_anbar", "b"), field="killed")
Q("How many were wounded when the police checkpoint near Hawija was attacked on 10 February 2024?", "count", F(place="Hawija", **DAY("2024-02-10")), ev=("A_hawija", "a"), field="wounded")
Q("How many people were killed in the attack in Mansouriyat al-Jabal on 18 May 2023?", "count", F(place="Mansouriyat al-Jabal", **DAY("2023-05-18")), ev=("S_diyalalog", "b"), field="killed")
Q("How many people were killed in the attack on the Lanaz refinery in June 2022?", "count", F(place="Lanaz", **M(2022, 6)), ev=("K_lanaz", "a"), field="killed")
Q("How many people were killed in the attack in Karbala on 15 October 2020?", "count", F(place="Karbala", **DAY("2020-10-15")), ev=("F_weekly2020", "b"), field="killed")
Q("How many members of the Counter-Terrorism Service were wounded near Baghdad airport in December 2019?", "count", F(place="Baghdad airport", tgt="Iraqi forces", **M(2019, 12)), ev=("F_baghdad", "b"), field="wounded")
Q("How many people were killed in the attack in Najaf on 5 February 2020?", "count", F(place="Najaf", **DAY("2020-02-05")), ev=("V_sadrain", "a"), field="killed")
Q("How many people were killed in the attack in the Yathrib subdistrict on 14 September 2021?", "count", F(place="Yathrib", **DAY("2021-09-14")), ev=("R_yathrib", "a"), field="killed")

# ====================== FACT (single event) ======================
Q("who was behind the car bomb in Kirkuk's Domiz market?", "fact", F(place="Domiz", at="ied"), ev=("G_domiz", "a"), field="perpetrator")
Q("When did the wedding party shooting in Khan Bani Saad happen?", "fact", F(place="Khan Bani Saad", at="shooting"), ev=("G_khanbanisaad", "a"), field="event_date")
Q("which group claimed the Sadr City market bombing before Eid al-Adha 2021?", "fact", F(place="Sadr City", at="ied", **Y(2021)), ev=("G_sadrcity", "a"), field="perpetrator")
Q("On what date was the Arbat airstrip hit?", "fact", F(place="Arbat"), ev=("C_arbat", "a"), field="event_date")
Q("In which town was the Turkmen Front member killed by a sticky bomb in February 2024?", "fact", F(tgt="civilians", at="ied", province="Kirkuk", **M(2024, 2)), ev=("J_rahimawa", "a"), field="place_canonical", atype="place")
Q("Who carried out the strike on the car near the Batifa subdistrict in June 2023?", "fact", F(place="Batifa", **M(2023, 6)), ev=("A_batifa", "a"), field="perpetrator")
Q("when was the mukhtar shot dead in Bartella?", "fact", F(place="Bartella", at="shooting"), ev=("A_bartella", "a"), field="event_date")
Q("Which district was the Sinsil orchard bomb in?", "fact", F(place="Sinsil", at="ied"), ev=("A_sinsil", "a"), field="place_canonical", atype="place")
Q("who fired on the protesters at Al-Zaytoun bridge?", "fact", F(place="Zaytoun"), ev=("C_zaytoun", "a"), field="perpetrator")
Q("When did the rocket barrage on K1 take place?", "fact", F(place="K1 base", at="mortar_rocket"), ev=("J_k1", "a"), field="event_date")
Q("Who was blamed for the K1 rocket attack?", "fact", F(place="K1 base", at="mortar_rocket"), ev=("J_k1", "a"), field="perpetrator")
Q("When did Daesh attack the mukhtar's house in Al-Khadraniya?", "fact", F(place="Khadraniya", perp="ISIS"), ev=("D_khadraniya", "a"), field="event_date")
Q("Who killed the two Turkish soldiers in the Metina region in June 2023?", "fact", F(place="Metina", tgt="Turkey", **M(2023, 6)), ev=("K_metina", "a"), field="perpetrator")
Q("Where did the IED damage the water pipeline in Muthanna in April 2023?", "fact", F(province="Muthanna", at="ied", **M(2023, 4)), ev=("N_khidr", "a"), field="place_canonical", atype="place")
Q("When was the doctor kidnapped in Al-Kut?", "fact", F(place="Kut", at="kidnapping"), ev=("E_kut", "a"), field="event_date")
Q("Who dropped the explosive near the cleric's residence in Al-Hannana?", "fact", F(place="Hannana"), ev=("V_hannana", "a"), field="perpetrator")
Q("When was the car bomb at the Kirkuk citadel that killed eleven people?", "fact", F(place="Kirkuk citadel", at="ied"), no_match=True, atype="date")
Q("How many were killed when gunmen stormed the Basra governorate building in March 2024?", "count", F(place="Basra", **M(2024, 3)), no_match=True, atype="number")

# ====================== CONVERSATIONS ======================
def C(today, *turns):
    CONVS.append(dict(today=today, turns=[dict(question=q, filters=f, intent=i) for q, f, i in turns]))


C(TODAY, ("what attacks were recorded in Kirkuk province in February 2024?", F(province="Kirkuk", **M(2024, 2)), "listing"),
  ("and the month before?", F(province="Kirkuk", **M(2024, 1)), "listing"))
C(TODAY, ("Diyala province, May 2023: list every attack", F(province="Diyala", **M(2023, 5)), "listing"),
  ("keep only the bombs", F(province="Diyala", at="ied", **M(2023, 5)), "listing"))
C(TODAY, ("Turkish strikes inside Iraq in June 2023", F(perp="Turkey", **M(2023, 6)), "listing"),
  ("how many of those were in Duhok province?", F(province="Dohuk", perp="Turkey", **M(2023, 6)), "count"))
C(TODAY, ("give me the Salahuddin attacks from September 2021", F(province="Salahuddin", **M(2021, 9)), "listing"),
  ("only those blamed on IS", F(province="Salahuddin", perp="ISIS", **M(2021, 9)), "listing"))
C(TODAY, ("attacks in Anbar province in October 2022", F(province="Anbar", **M(2022, 10)), "listing"),
  ("now restrict that to attacks on the army", F(province="Anbar", tgt="army", **M(2022, 10)), "listing"))
C(TODAY, ("which attacks hit Ninawa governorate in March 2025?", F(province="Nineveh", **M(2025, 3)), "listing"),
  ("just Sinjar", F(place="Sinjar", **M(2025, 3)), "listing"))
C(TODAY, ("Baghdad incidents in December 2019, please", F(province="Baghdad", **M(2019, 12)), "listing"),
  ("narrow that to attacks on civilians", F(province="Baghdad", tgt="civilians", **M(2019, 12)), "listing"))
C(TODAY, ("show me what happened in Hawija", F(place="Hawija"), "listing"),
  ("widen it to the whole of Kirkuk province", F(province="Kirkuk"), "listing"))
C(TODAY, ("attacks Turkey carried out against the PKK", F(perp="Turkey", tgt="PKK"), "listing"),
  ("flip it: PKK attacks on Turkish forces", F(perp="PKK", tgt="Turkey"), "listing"))
C(TODAY, ("How many people were killed in the attack in Khanaqin on 19 May 2023?", F(place="Khanaqin", **DAY("2023-05-19")), "count"),
  ("and how many were injured?", F(place="Khanaqin", **DAY("2023-05-19")), "count"))
C(TODAY, ("kidnappings since the start of 2022", F(at="kidnapping", df="2022-01-01"), "listing"),
  ("how many is that?", F(at="kidnapping", df="2022-01-01"), "count"))
C(TODAY, ("attacks against coalition troops or their convoys", F(tgt="US forces"), "listing"),
  ("only the ones in 2023 and 2024", F(tgt="US forces", df="2023-01-01", dt_="2024-12-31"), "listing"))
C(TODAY, ("bombings in Kirkuk province", F(province="Kirkuk", at="ied"), "listing"),
  ("forget the bomb filter and give me a brief on the province for 2024", F(province="Kirkuk", **Y(2024)), "briefing"))
C(TODAY, ("Amadiya district incidents", F(place="Amedi"), "listing"),
  ("and Zakho?", F(place="Zakho"), "listing"))
C(TODAY, ("incidents where Daesh targeted the Hashd", F(perp="ISIS", tgt="PMU"), "listing"),
  ("which of these were in Diyala?", F(province="Diyala", perp="ISIS", tgt="PMU"), "listing"))
C(TODAY, ("Duhok province attacks during June 2023", F(province="Dohuk", **M(2023, 6)), "listing"),
  ("remove the month, show all of 2023", F(province="Dohuk", **Y(2023)), "listing"))
C("2022-10-31", ("what happened in Anbar this month?", F(province="Anbar", **M(2022, 10)), "listing"),
  ("and last month?", F(province="Anbar", **M(2022, 9)), "listing"))
C(TODAY, ("attacks on the police in 2024", F(tgt="police", **Y(2024)), "listing"),
  ("what about the army in the same year?", F(tgt="army", **Y(2024)), "listing"))
C(TODAY, ("Nineveh attacks in the first half of 2025", F(province="Nineveh", df="2025-01-01", dt_="2025-06-30"), "listing"),
  ("drop the entries without an exact day", F(province="Nineveh", dated=True, df="2025-01-01", dt_="2025-06-30"), "listing"))
C(TODAY, ("shootings of protesters by the security forces", F(perp="security forces", tgt="civilians"), "listing"),
  ("summarise them for me", F(perp="security forces", tgt="civilians"), "briefing"))
C(TODAY, ("Sulaimani province: all attacks", F(province="Sulaymaniyah"), "listing"),
  ("and in Erbil province?", F(province="Erbil"), "listing"))
C(TODAY, ("what was the death toll of the Al-Wuhailat market bombing in Sadr City?", F(place="Sadr City", at="ied"), "count"),
  ("who claimed it?", F(place="Sadr City", at="ied"), "fact"))
C(TODAY, ("Diala incidents between April and June 2023", F(province="Diyala", df="2023-04-01", dt_="2023-06-30"), "listing"),
  ("only the ones by unidentified attackers", F(province="Diyala", perp="unknown", df="2023-04-01", dt_="2023-06-30"), "listing"))
C(TODAY, ("count the Salahuddin attacks in September 2021", F(province="Salahuddin", **M(2021, 9)), "count"),
  ("list them around Samarra only", F(place="Samarra", near=True, **M(2021, 9)), "listing"))


# ====================== writing ======================
def _norm(s):
    s = s.lower().replace("-", " ").replace("'", "")
    s = re.sub(r"\bal ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _interval(inc):
    d, p = inc["event_date"], inc["date_precision"]
    if p in ("day", "reported"):
        x = dt.date.fromisoformat(d)
        return x, x
    if p == "month":
        y, m = map(int, d.split("-"))
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    y = int(d)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def expected(f, incs, ignore_near=False):
    """Gold incident ids for a filter set (realworld2's rule); None when place+near."""
    if f["place"] and f["near"] and not ignore_near:
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
        lo, hi = _interval(inc)
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


FIELD_TYPE = {"killed": "number", "wounded": "number", "event_date": "date",
              "place_canonical": "place", "perpetrator": "actor"}


def write(root, incs, docs, authored):
    dsplit = {d["doc"]: d["split"] for d in docs}
    bykey = {d["key"]: d for d in authored if d.get("key")}
    byid = {i["id"]: i for i in incs}
    free = 0
    with open(os.path.join(root, "questions.jsonl"), "w") as fh:
        for n, q in enumerate(QS, 1):
            row = {"id": "q7%03d" % n, "question": q["question"], "intent": q["intent"],
                   "filters": q["filters"], "today": q["today"]}
            if q["ev"]:
                key, sfx = q["ev"]
                did = bykey[key]["id"]
                inc = byid["%s-%s" % (did, sfx)]
                ans = inc[q["field"]]
                assert ans is not None, (row["id"], q["field"])
                # the question's own filters must select its incident
                assert inc["id"] in expected(q["filters"], incs, ignore_near=True), (row["id"], inc["id"])
                row.update(doc=did, answer=str(ans), answer_type=q["atype"] or FIELD_TYPE[q["field"]],
                           split=dsplit[did])
            elif q["no_match"]:
                free += 1
                row.update(doc=None, answer=None, answer_type=q["atype"], no_match=True,
                           split="final" if free % 3 == 0 else "dev")
            else:
                free += 1
                row["split"] = "final" if free % 3 == 0 else "dev"
                row["expected_ids"] = expected(q["filters"], incs)
                if q["intent"] == "count" and row["expected_ids"] is not None:
                    row["answer"] = str(len(row["expected_ids"]))
                    row["answer_type"] = "number"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(root, "conversations.jsonl"), "w") as fh:
        for n, c in enumerate(CONVS, 1):
            row = {"id": "c7%02d" % n, "turns": c["turns"], "today": c["today"],
                   "split": "final" if n % 3 == 0 else "dev"}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("questions", len(QS), "conversations", len(CONVS))
