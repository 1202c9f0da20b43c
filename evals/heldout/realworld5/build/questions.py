"""Questions and conversations for realworld5. Gold filters are written by hand;
expected_ids and aggregate counts are computed mechanically (realworld2 rule);
single-event answers are read from the gold incident (ev=(key, sfx), field=...)."""
import calendar
import datetime as dt
import re

TODAY = "2025-12-01"
KEYS = ("place", "near", "province", "date_from", "date_to", "attack_type", "perpetrator",
        "target", "dated_only")


def f(place=None, near=False, province=None, d=None, attack_type=None, perpetrator=None,
      target=None, dated_only=False, date_from=None, date_to=None):
    if d is not None:
        date_from, date_to = d
    return dict(place=place, near=near, province=province, date_from=date_from, date_to=date_to,
                attack_type=attack_type, perpetrator=perpetrator, target=target, dated_only=dated_only)


def M(y, m):
    return ("%04d-%02d-01" % (y, m), "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1]))


def Y(y):
    return ("%d-01-01" % y, "%d-12-31" % y)


def R(a, b):
    return (a, b)


def DAY(s):
    return (s, s)


def SINCE(s):
    return (s, None)


# ------------------------------------------------------------ single questions
# ("agg", question, intent, filters, today)
# ("one", question, intent, filters, (key, sfx), field, answer_type, today)
# ("none", question, intent, filters, answer_type)
Q = []


def A(q, intent, flt, today=TODAY):
    Q.append(("agg", q, intent, flt, today))


def S(q, intent, flt, ev, field, atype, today=TODAY):
    Q.append(("one", q, intent, flt, ev, field, atype, today))


# month clusters: listing
A("what happened security-wise in Kirkuk province during November 2021?", "listing", f(province="Kirkuk", d=M(2021, 11)))
A("pull up all the Diyala attacks for August 2022", "listing", f(province="Diyala", d=M(2022, 8)))
A("show me attacks in Salah al-Din province in January 2023", "listing", f(province="Salahuddin", d=M(2023, 1)))
A("anything in Anbar in April 2020? list it all", "listing", f(province="Anbar", d=M(2020, 4)))
A("attacks in Nineveh province in July 2024", "listing", f(province="Nineveh", d=M(2024, 7)))
A("I need the list of incidents in Duhok province for September 2024", "listing", f(province="Dohuk", d=M(2024, 9)))
A("Baghdad, October 2019: which attacks do you have?", "listing", f(province="Baghdad", d=M(2019, 10)))
# month clusters: count
A("how many attacks hit Kirkuk province in November 2021?", "count", f(province="Kirkuk", d=M(2021, 11)))
A("what's the number of attacks in Diyala in Aug 2022", "count", f(province="Diyala", d=M(2022, 8)))
A("count of Salahuddin incidents, January 2023", "count", f(province="Salahuddin", d=M(2023, 1)))
A("Anbar, April 2020 - how many attacks in total?", "count", f(province="Anbar", d=M(2020, 4)))
A("how many attacks did Ninawa governorate see in July 2024?", "count", f(province="Nineveh", d=M(2024, 7)))
A("tally of attacks in Dahuk province in September 2024", "count", f(province="Dohuk", d=M(2024, 9)))
A("how many incidents in Baghdad province in October 2019?", "count", f(province="Baghdad", d=M(2019, 10)))
# briefings
A("Prepare a briefing about the security situation in Diyala in August 2022", "briefing", f(province="Diyala", d=M(2022, 8)))
A("Prepare a briefing about Turkish strikes in Duhok province in September 2024", "briefing", f(province="Dohuk", d=M(2024, 9), perpetrator="Turkey"))
A("a short write-up on how the security forces treated demonstrators in Baghdad in October 2019, please", "briefing", f(province="Baghdad", d=M(2019, 10), perpetrator="security forces", target="civilians"))
A("Prepare a briefing about attacks on the Hashd in Salahuddin in January 2023", "briefing", f(province="Salahuddin", d=M(2023, 1), target="PMU"))
A("can you write me a summary of Daesh activity in Anbar in April 2020?", "briefing", f(province="Anbar", d=M(2020, 4), perpetrator="ISIS"))
A("Prepare a briefing about Nineveh province for July 2024", "briefing", f(province="Nineveh", d=M(2024, 7)))
A("summarise the roadside bombs in Kirkuk province in November 2021", "briefing", f(province="Kirkuk", d=M(2021, 11), attack_type="ied"))
A("briefing note: coalition supply convoys that were hit in 2021", "briefing", f(d=Y(2021), target="US forces"))
A("Prepare a briefing about attacks on Peshmerga forces", "briefing", f(target="Peshmerga"))
A("give me an overview of attacks against police in Dhi Qar", "briefing", f(province="Dhi Qar", target="police"))
A("Prepare a briefing about kidnappings since 2020", "briefing", f(d=SINCE("2020-01-01"), attack_type="kidnapping"))
A("write up the drone and air strikes in Erbil province", "briefing", f(province="Erbil", attack_type="airstrike_operation"))
A("Prepare a briefing about attacks in the southern province of Basra since 2021", "briefing", f(province="Basra", d=SINCE("2021-01-01")))
# near (expected_ids null)
A("any attacks near Amedi in 2024?", "listing", f(place="Amedi", near=True, d=Y(2024)))
A("anything close to Tuz in January 2023?", "listing", f(place="Tuz Khurmatu", near=True, d=M(2023, 1)))
A("any strikes near Zakho in September 2024?", "listing", f(place="Zakho", near=True, d=M(2024, 9)))
A("any incidents in the vicinity of Baquba in summer 2022?", "listing", f(place="Baquba", near=True, d=R("2022-06-01", "2022-08-31")))
# misspelled or variant places
A("attacks in Kirkuuk city in November 2021", "listing", f(place="Kirkuk", d=M(2021, 11)))
A("incidents in Samara in 2023", "listing", f(place="Samarra", d=Y(2023)))
A("what happened in Tel Afar in 2024?", "listing", f(place="Tal Afar", d=Y(2024)))
A("any attacks in Khanakin in 2022", "listing", f(place="Khanaqin", d=Y(2022)))
A("Miqdadiya attacks in August 2022", "listing", f(place="Muqdadiyah", d=M(2022, 8)))
A("list attacks in Baqouba", "listing", f(place="Baquba"))
A("anything from Hadeetha in 2020?", "listing", f(place="Haditha", d=Y(2020)))
A("Bayji incidents, January 2023", "listing", f(place="Baiji", d=M(2023, 1)))
A("what's happened around Zakhu - just inside the district, 2024", "listing", f(place="Zakho", d=Y(2024)))
A("Amadiyah attacks in September 2024", "listing", f(place="Amedi", d=M(2024, 9)))
A("Shirgat: attacks in 2023", "listing", f(place="Shirqat", d=Y(2023)))
A("attacks in Hwaija district in November 2021", "listing", f(place="Hawija", d=M(2021, 11)))
A("Daqooq attacks in autumn 2021", "listing", f(place="Daquq", d=R("2021-09-01", "2021-11-30")))
A("anything in Nasriya in 2021?", "listing", f(place="Nasiriyah", d=Y(2021)))
A("list the incidents in Karbalaa", "listing", f(place="Karbala"))
A("attacks in Samawa since 2020", "listing", f(place="Samawah", d=SINCE("2020-01-01")))
A("Al Rutba attacks in April 2020", "listing", f(place="Rutba", d=M(2020, 4)))
A("what do you have on Sinjaar in 2024", "listing", f(place="Sinjar", d=Y(2024)))
A("attacks in the Mexmur area in July 2024", "listing", f(place="Makhmour", d=M(2024, 7)))
A("any incidents in Slemani province?", "listing", f(province="Sulaymaniyah"))
A("attacks in Diyalah governorate in 2022", "listing", f(province="Diyala", d=Y(2022)))
A("Salah al Deen attacks in 2023", "listing", f(province="Salahuddin", d=Y(2023)))
A("anything from Ninevah in October 2022?", "listing", f(province="Nineveh", d=M(2022, 10)))
A("attacks in Missan governorate", "listing", f(province="Maysan"))
A("what happened in Qadisiya province?", "listing", f(province="Qadisiyah"))
A("attacks in Babylon province since 2023", "listing", f(province="Babil", d=SINCE("2023-01-01")))
A("Muthana province attacks", "listing", f(province="Muthanna"))
# places that are not canonical names (substring match)
A("anything at Camp Taji?", "listing", f(place="Camp Taji"))
A("attacks at the Majnoon oil field", "listing", f(place="Majnoon"))
A("incidents on Al-Rasheed Street", "listing", f(place="Al-Rasheed Street"))
A("attacks in Kani Masi in 2024", "listing", f(place="Kani Masi", d=Y(2024)))
A("anything reported from Bazwaya?", "listing", f(place="Bazwaya"))
# perpetrator vs target
A("attacks by ISIS in Kirkuk province in November 2021", "listing", f(province="Kirkuk", d=M(2021, 11), perpetrator="ISIS"))
A("attacks on ISIS fighters in 2024", "listing", f(d=Y(2024), target="ISIS"))
A("attacks on the police in 2021", "listing", f(d=Y(2021), target="police"))
A("attacks by the PMU", "listing", f(perpetrator="PMU"))
A("attacks on the PMU in 2023", "listing", f(d=Y(2023), target="PMU"))
A("Turkish attacks on civilians in Duhok in 2024", "listing", f(province="Dohuk", d=Y(2024), perpetrator="Turkey", target="civilians"))
A("Daesh attacks on the Peshmerga", "listing", f(perpetrator="ISIS", target="Peshmerga"))
A("attacks carried out by the PKK", "listing", f(perpetrator="PKK"))
A("strikes that hit PKK targets in 2024", "listing", f(d=Y(2024), target="PKK"))
A("attacks by unidentified gunmen in Basra province", "listing", f(province="Basra", perpetrator="unknown"))
A("US strikes inside Iraq", "listing", f(perpetrator="US forces"))
A("attacks on American forces since 2021", "listing", f(d=SINCE("2021-01-01"), target="US forces"))
A("the security forces shooting at protesters in Dhi Qar", "listing", f(province="Dhi Qar", perpetrator="security forces", target="civilians"))
A("attacks on the army in Anbar in 2020", "listing", f(province="Anbar", d=Y(2020), target="army"))
A("attacks on Asayish or other Kurdish security units", "listing", f(target="security forces"))
A("attacks by the Hashd on coalition troops", "listing", f(perpetrator="PMU", target="US forces"))
A("attacks on Turkish soldiers in 2022", "listing", f(d=Y(2022), target="Turkey"))
# attack types
A("rocket or mortar attacks in 2024", "listing", f(d=Y(2024), attack_type="mortar_rocket"))
A("suicide bombings", "listing", f(attack_type="suicide"))
A("IED attacks in Salahuddin province in January 2023", "listing", f(province="Salahuddin", d=M(2023, 1), attack_type="ied"))
A("kidnappings in Anbar", "listing", f(province="Anbar", attack_type="kidnapping"))
A("drone strikes in Sulaymaniyah province", "listing", f(province="Sulaymaniyah", attack_type="airstrike_operation"))
A("ambushes since 2021", "listing", f(d=SINCE("2021-01-01"), attack_type="ambush"))
A("grenade, arson and other such attacks in Baghdad in October 2019", "listing", f(province="Baghdad", d=M(2019, 10), attack_type="other"))
A("shootings in Kirkuk province in November 2021", "listing", f(province="Kirkuk", d=M(2021, 11), attack_type="shooting"))
A("Turkish artillery shelling in Duhok province in 2024", "listing", f(province="Dohuk", d=Y(2024), perpetrator="Turkey", attack_type="mortar_rocket"))
A("bombings in Basra province", "listing", f(province="Basra", attack_type="ied"))
# relative periods and calendar units
A("attacks in Basra province last year", "listing", f(province="Basra", d=Y(2023)), today="2024-03-10")
A("this month's attacks in Dohuk", "listing", f(province="Dohuk", d=M(2024, 9)), today="2024-09-30")
A("attacks in Erbil province last quarter", "listing", f(province="Erbil", d=R("2023-07-01", "2023-09-30")), today="2023-11-20")
A("what happened in Anbar the year before last?", "listing", f(province="Anbar", d=Y(2020)), today="2022-05-01")
A("Diyala attacks last month", "listing", f(province="Diyala", d=M(2022, 8)), today="2022-09-03")
A("attacks across Iraq in the spring of 2020", "listing", f(d=R("2020-03-01", "2020-05-31")))
A("attacks in the first half of 2021", "listing", f(d=R("2021-01-01", "2021-06-30")))
A("anything in Nineveh in the second half of 2022?", "listing", f(province="Nineveh", d=R("2022-07-01", "2022-12-31")))
A("Salahuddin attacks over winter 2022-23", "listing", f(province="Salahuddin", d=R("2022-12-01", "2023-02-28")))
A("attacks in Wasit in 2023", "listing", f(province="Wasit", d=Y(2023)))
A("attacks in Erbil province in 2025", "listing", f(province="Erbil", d=Y(2025)))
A("what happened in Karbala province in 2019?", "listing", f(province="Karbala", d=Y(2019)))
A("attacks in Dhi Qar between November 2019 and January 2020", "listing", f(province="Dhi Qar", d=R("2019-11-01", "2020-01-31")))
A("Najaf province attacks since 2019, skipping anything dated only by the report's filing date", "listing", f(province="Najaf", d=SINCE("2019-01-01"), dated_only=True))
A("Najaf incidents in December 2019", "listing", f(province="Najaf", d=M(2019, 12)))
# aggregate counts
A("how many attacks in Dohuk province were blamed on Turkey in 2024?", "count", f(province="Dohuk", d=Y(2024), perpetrator="Turkey"))
A("how many suicide attacks are on file?", "count", f(attack_type="suicide"))
A("number of kidnappings since 2020", "count", f(d=SINCE("2020-01-01"), attack_type="kidnapping"))
A("how many attacks on the police in 2021?", "count", f(d=Y(2021), target="police"))
A("count the IED attacks in Diyala in August 2022", "count", f(province="Diyala", d=M(2022, 8), attack_type="ied"))
A("how many Daesh attacks in Salahuddin in January 2023?", "count", f(province="Salahuddin", d=M(2023, 1), perpetrator="ISIS"))
A("how many attacks were there in Sulaymaniyah province?", "count", f(province="Sulaymaniyah"))
A("how many attacks targeted the PKK in 2024?", "count", f(d=Y(2024), target="PKK"))
A("number of attacks in Basra province since 2021", "count", f(province="Basra", d=SINCE("2021-01-01")))
A("how many incidents in Najaf province have an exact date, not just a filing date?", "count", f(province="Najaf", dated_only=True))
A("how many rocket attacks in Erbil province?", "count", f(province="Erbil", attack_type="mortar_rocket"))
A("how many times were US forces targeted in 2020?", "count", f(d=Y(2020), target="US forces"))
A("how many attacks on the Hashd in Anbar in April 2020?", "count", f(province="Anbar", d=M(2020, 4), target="PMU"))
A("how many shootings of protesters by the security forces in Baghdad in October 2019?", "count", f(province="Baghdad", d=M(2019, 10), perpetrator="security forces", target="civilians"))
A("how many attacks in Maysan province?", "count", f(province="Maysan"))
A("how many attacks in Kirkuk province in 2025?", "count", f(province="Kirkuk", d=Y(2025)))
A("how many Turkish air strikes in Nineveh province in July 2024?", "count", f(province="Nineveh", d=M(2024, 7), perpetrator="Turkey", attack_type="airstrike_operation"))
A("how many attacks in Qadisiyah in 2022?", "count", f(province="Qadisiyah", d=Y(2022)))
A("how many ambushes on police?", "count", f(attack_type="ambush", target="police"))
A("total number of attacks in Muthanna province", "count", f(province="Muthanna"))
A("how many attacks in Babil province last year?", "count", f(province="Babil", d=Y(2024)), today="2025-02-01")

# single-event questions (answers read from the gold incident)
S("how many were hurt in the Baquba market bombing on 11 August 2022?", "count", f(place="Baquba", d=DAY("2022-08-11"), attack_type="ied"), ("G1", "a"), "wounded", "number")
S("death toll of the suicide attack on the Hashd in Ishaqi in January 2023?", "count", f(place="Ishaqi", d=M(2023, 1), attack_type="suicide"), ("G2", "a"), "killed", "number")
S("How many soldiers died at the army post south of Anah in April 2020?", "count", f(place="Anah", d=M(2020, 4)), ("G3", "a"), "killed", "number")
S("how many were wounded in the grenade attack on a Mosul restaurant on 10 July 2024?", "count", f(place="Mosul", d=DAY("2024-07-10"), attack_type="other"), ("G4", "a"), "wounded", "number")
S("How many people died after the drone hit two brothers near Amedi on 17 September 2024?", "count", f(place="Amedi", d=DAY("2024-09-17"), attack_type="airstrike_operation"), ("G5", "a"), "killed", "number")
S("how many protesters were killed near the Turkish Restaurant building on 25 October 2019?", "count", f(place="Turkish Restaurant", d=DAY("2019-10-25")), ("G6", "a"), "killed", "number")
S("How many people were killed in the attack in Yaychi on 12 November 2021?", "count", f(place="Yaychi", d=DAY("2021-11-12")), ("G7", "a"), "killed", "number")
S("how many died in the minibus bomb at Karbala's northern checkpoint on 20 September 2019?", "count", f(place="Karbala", d=DAY("2019-09-20"), attack_type="ied"), ("G8", "a"), "killed", "number")
S("how many Kataib Hezbollah fighters were killed by the US strikes in Jurf al-Nasr in November 2023?", "count", f(place="Jurf al-Sakhar", d=M(2023, 11), perpetrator="US forces"), ("G10", "a"), "killed", "number")
S("how many were hurt in the Suq al-Shuyukh police station attack in April 2024?", "count", f(place="Suq al-Shuyukh", d=M(2024, 4)), ("G11", "a"), "wounded", "number")
S("How many people were killed in the attack in Balad Ruz on 14 August 2022?", "count", f(place="Balad Ruz", d=DAY("2022-08-14")), ("B1", "a"), "killed", "number")
S("how many people were injured when rockets hit near Erbil airport on 15 February 2021?", "count", f(place="Erbil", d=DAY("2021-02-15"), attack_type="mortar_rocket"), ("B8", "a"), "wounded", "number")
S("How many people were killed in the attack in Multaqa on 21 November 2021?", "count", f(place="Multaqa", d=DAY("2021-11-21")), ("B7", "a"), "killed", "number")
S("how many died in the Nasiriyah shooting of protesters on 28 November 2019?", "count", f(place="Nasiriyah", d=DAY("2019-11-28")), ("C8", "a"), "killed", "number")
S("How many people were killed in the attack in Al-Aziziyah on 12 March 2023?", "count", f(place="Aziziya", d=DAY("2023-03-12")), ("C9", "a"), "killed", "number")
S("how many soldiers were killed in the Makhoul mountains on 14 January 2023?", "count", f(place="Makhoul", d=DAY("2023-01-14")), ("C1", "a"), "killed", "number")
S("how many were hurt when the Burjesia site near Zubair was hit by a rocket in April 2021?", "count", f(place="Zubair", d=M(2021, 4)), ("D8", "a"), "wounded", "number")
S("how many fighters died when Daesh hit the Hashd position in Al-Hawi near Shirqat on 27 January 2023?", "count", f(place="Al-Hawi", d=DAY("2023-01-27")), ("D7", "a"), "killed", "number")
S("how many Hashd fighters died in the suicide bombing near Al-Qaim in April 2020?", "count", f(place="Al-Qaim", d=M(2020, 4), attack_type="suicide"), ("K7", "a"), "killed", "number")
S("how many Peshmerga were killed in the PKK ambush near Amedi in June 2021?", "count", f(place="Amedi", d=M(2021, 6), perpetrator="PKK"), ("K10", "a"), "killed", "number")
S("How many people were killed when the pipeline near Laylan was blown up on 9 November 2021?", "count", f(place="Laylan", d=DAY("2021-11-09")), ("E1", "a"), "killed", "number")
S("How many people were killed in the attack on the Majnoon oil field road on 9 May 2022?", "count", f(place="Majnoon", d=DAY("2022-05-09")), ("E10", "a"), "killed", "number")
S("how many people were injured in the Kut tent shooting of 2 December 2019?", "count", f(place="Kut", d=DAY("2019-12-02")), ("N8", "a"), "wounded", "number")
S("How many people were killed in the attack in Al-Hamra village, Balad district, in January 2023?", "count", f(place="Balad", d=M(2023, 1)), ("N4", "a"), "killed", "number")
S("how many were wounded when the bus of cement workers was bombed near Bazwaya?", "count", f(place="Bazwaya"), ("Q2", "a"), "wounded", "number")
S("how many died in the Bazwaya bus bombing, final figure?", "count", f(place="Bazwaya"), ("Q2", "a"), "killed", "number")
S("how many soldiers were killed at the post near the Al-Walid crossing in April 2020?", "count", f(place="Al-Walid", d=M(2020, 4)), ("Q1", "a"), "killed", "number")
S("How many people were killed in the attack in Al-Kamaliya on 4 October 2019?", "count", f(place="Kamaliya", d=DAY("2019-10-04")), ("Q4", "a"), "killed", "number")
S("how many tourists were hurt by the shelling near Zawita in September 2024?", "count", f(place="Zawita", d=M(2024, 9)), ("Q3", "a"), "wounded", "number")
S("how many people were killed by the Turkish shelling near Zawita in September 2024?", "count", f(place="Zawita", d=M(2024, 9)), ("Q3", "a"), "killed", "number")
S("how many died in the attack on the poultry farm outside Al-Khalis in August 2022?", "count", f(place="Khalis", d=M(2022, 8)), ("L5", "a"), "killed", "number")
S("How many people were injured in the hotel bombing in Najaf on 21 February 2024?", "count", f(place="Najaf", d=DAY("2024-02-21")), ("L11", "a"), "wounded", "number")
S("when was the bus of cement-factory workers bombed near Bazwaya?", "fact", f(place="Bazwaya", attack_type="ied"), ("Q2", "a"), "event_date", "date")
S("Where did the suicide bomber hit a Hashd checkpoint in April 2020?", "fact", f(d=M(2020, 4), attack_type="suicide", target="PMU"), ("K7", "a"), "place_canonical", "place")
S("Who carried out the drone strike that killed two YBS members near Sinune in July 2024?", "fact", f(place="Sinjar", d=M(2024, 7), attack_type="airstrike_operation", target="PKK"), ("C3", "a"), "perpetrator", "actor")
S("when did gunmen kill the mukhtar of Al-Kasak village?", "fact", f(place="Kasak", attack_type="shooting"), ("D2", "a"), "event_date", "date")
S("which town was the Shiite cleric's car bombed in, in March 2021?", "fact", f(d=M(2021, 3), attack_type="ied", target="civilians"), ("G9", "a"), "place_canonical", "place")
S("who was blamed for the Khanasor drone strike in July 2024?", "fact", f(place="Khanasor", d=M(2024, 7)), ("N6", "a"), "perpetrator", "actor")
S("when did the rockets hit the Khurmala oil field?", "fact", f(place="Khurmala oil field", attack_type="mortar_rocket"), ("E11", "a"), "event_date", "date")
S("Who was behind the 2022 attack on the Al-Udhaim army post?", "fact", f(place="Adhaim", d=Y(2022)), ("Q6", "a"), "perpetrator", "actor")
S("where exactly was the fuel tanker bombed on the Samarra-Baghdad highway in January 2023?", "fact", f(place="Samarra-Baghdad highway", d=M(2023, 1)), ("L6", "a"), "place_canonical", "place")
S("when was the crane of the power-line contractor bombed in Shwan?", "fact", f(place="Shwan", attack_type="ied"), ("L4", "a"), "event_date", "date")
S("who claimed the drone attacks on Harir and Erbil airport in October 2023?", "fact", f(place="Harir", d=M(2023, 10)), ("S10", "a"), "perpetrator", "actor")
S("when did the campaign office in Al-Musaib get bombed?", "fact", f(place="Musayyib", attack_type="ied"), ("D11", "a"), "event_date", "date")
S("which district was the Kalsu base attack in?", "fact", f(place="Kalsu"), ("Q10", "a"), "place_canonical", "place")
S("who killed the three shepherds in the Al-Jallam desert in January 2023?", "fact", f(place="Jallam", d=M(2023, 1)), ("A3", "a"), "perpetrator", "actor")

# no-match questions
Q.append(("none", "how many people died in the car bomb at the Basra governorate building in May 2023?", "count",
          f(place="Basra governorate building", d=M(2023, 5), attack_type="ied"), "number"))
Q.append(("none", "when was the suicide attack on the Amerli checkpoint in 2024?", "fact",
          f(place="Amerli", d=Y(2024), attack_type="suicide"), "date"))

# ------------------------------------------------------------ conversations
C = []


def CV(t1, i1, f1, t2, i2, f2, today=TODAY):
    C.append((t1, i1, f1, t2, i2, f2, today))


CV("list the attacks in Kirkuk province in November 2021", "listing", f(province="Kirkuk", d=M(2021, 11)),
   "and in 2021 as a whole?", "listing", f(province="Kirkuk", d=Y(2021)))
CV("Salahuddin attacks in January 2023", "listing", f(province="Salahuddin", d=M(2023, 1)),
   "what about Diyala?", "listing", f(province="Diyala", d=M(2023, 1)))
CV("attacks in Diyala in August 2022", "listing", f(province="Diyala", d=M(2022, 8)),
   "only the IED ones", "listing", f(province="Diyala", d=M(2022, 8), attack_type="ied"))
CV("what happened at the Baquba vegetable market on 11 August 2022?", "listing", f(place="Baquba", d=DAY("2022-08-11")),
   "how many were wounded?", "count", f(place="Baquba", d=DAY("2022-08-11")))
CV("Turkish strikes in Dohuk province in 2024", "listing", f(province="Dohuk", d=Y(2024), perpetrator="Turkey"),
   "and in 2021?", "listing", f(province="Dohuk", d=Y(2021), perpetrator="Turkey"))
CV("attacks in Anbar in April 2020", "listing", f(province="Anbar", d=M(2020, 4)),
   "now just the ones with Daesh behind them", "listing", f(province="Anbar", d=M(2020, 4), perpetrator="ISIS"))
CV("Nineveh province, July 2024 - list the attacks", "listing", f(province="Nineveh", d=M(2024, 7)),
   "make that a count", "count", f(province="Nineveh", d=M(2024, 7)))
CV("Baghdad attacks in October 2019", "listing", f(province="Baghdad", d=M(2019, 10)),
   "can I get a write-up of those?", "briefing", f(province="Baghdad", d=M(2019, 10)))
CV("attacks on the police in Kirkuk province", "listing", f(province="Kirkuk", target="police"),
   "same but for Salahuddin", "listing", f(province="Salahuddin", target="police"))
CV("IEDs in Salahuddin in January 2023", "listing", f(province="Salahuddin", d=M(2023, 1), attack_type="ied"),
   "shift it a month later", "listing", f(province="Salahuddin", d=M(2023, 2), attack_type="ied"))
CV("attacks in Erbil province in 2023", "listing", f(province="Erbil", d=Y(2023)),
   "the whole period instead, not just 2023", "listing", f(province="Erbil"))
CV("Dohuk province attacks in September 2024", "listing", f(province="Dohuk", d=M(2024, 9)),
   "just around Zakho", "listing", f(place="Zakho", near=True, d=M(2024, 9)))
CV("attacks in Najaf province", "listing", f(province="Najaf"),
   "leave out the ones that only have a filing date", "listing", f(province="Najaf", dated_only=True))
CV("attacks on civilians in Basra province", "listing", f(province="Basra", target="civilians"),
   "any against the Peshmerga there instead?", "listing", f(province="Basra", target="Peshmerga"))
CV("Diyala attacks in 2022", "listing", f(province="Diyala", d=Y(2022)),
   "what about the Hashd as the target?", "listing", f(province="Diyala", d=Y(2022), target="PMU"))
CV("attacks in Sulaymaniyah province", "listing", f(province="Sulaymaniyah"),
   "only rocket and mortar fire", "listing", f(province="Sulaymaniyah", attack_type="mortar_rocket"))
CV("who hit Sinjar in 2024?", "listing", f(place="Sinjar", d=Y(2024)),
   "open that up to all of Ninawa", "listing", f(province="Nineveh", d=Y(2024)))
CV("attacks by unknown gunmen in Dhi Qar", "listing", f(province="Dhi Qar", perpetrator="unknown"),
   "forget who did it - every attack in the province", "listing", f(province="Dhi Qar"))
CV("Prepare a briefing about Anbar in 2020", "briefing", f(province="Anbar", d=Y(2020)),
   "give me just the number instead", "count", f(province="Anbar", d=Y(2020)))
CV("attacks on US forces in 2021", "listing", f(d=Y(2021), target="US forces"),
   "and the previous year?", "listing", f(d=Y(2020), target="US forces"))
CV("drone strikes in Erbil province", "listing", f(province="Erbil", attack_type="airstrike_operation"),
   "switch to Dohuk", "listing", f(province="Dohuk", attack_type="airstrike_operation"))
CV("Kirkuk province attacks last month", "listing", f(province="Kirkuk", d=M(2021, 11)),
   "how many of them were by ISIS?", "count", f(province="Kirkuk", d=M(2021, 11), perpetrator="ISIS"), today="2021-12-05")
CV("attacks around Mosul in July 2024", "listing", f(place="Mosul", near=True, d=M(2024, 7)),
   "inside the city only", "listing", f(place="Mosul", d=M(2024, 7)))
CV("Babil province attacks", "listing", f(province="Babil"),
   "limit it to 2023 onwards and brief me", "briefing", f(province="Babil", d=SINCE("2023-01-01")))


# ------------------------------------------------------------ machinery
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


def expected(fl, incs):
    if fl["place"] and fl["near"]:
        return None
    canon = {_norm(i["place_canonical"]) for i in incs if i.get("place_canonical")}
    out = []
    for inc in incs:
        if inc["country"] != "Iraq":
            continue
        if fl["province"] and inc["province"] != fl["province"]:
            continue
        if fl["place"]:
            q = _norm(fl["place"])
            if q in canon:
                if q != _norm(inc["place_canonical"] or ""):
                    continue
            elif q not in _norm(inc["place"]):
                continue
        if fl["dated_only"] and inc["date_precision"] == "reported":
            continue
        lo, hi = _interval(inc)
        if fl["date_from"] and lo < dt.date.fromisoformat(fl["date_from"]):
            continue
        if fl["date_to"] and hi > dt.date.fromisoformat(fl["date_to"]):
            continue
        if fl["attack_type"] and fl["attack_type"] not in inc["attack_type"]:
            continue
        if fl["perpetrator"] and inc["perpetrator"] != fl["perpetrator"]:
            continue
        if fl["target"] and fl["target"] not in inc["target"]:
            continue
        out.append(inc["id"])
    return out


def make(INC, keys, incs, docs):
    qs = []
    free = 0
    seen = set()
    for n, spec in enumerate(Q, 1):
        qid = "q8%03d" % n
        kind, text, intent, fl = spec[0], spec[1], spec[2], spec[3]
        assert tuple(fl) == KEYS
        assert text not in seen, text
        seen.add(text)
        if kind == "agg":
            today = spec[4]
            free += 1
            exp = expected(fl, incs)
            rec = dict(id=qid, question=text, intent=intent, filters=fl, today=today,
                       split="final" if free % 3 == 0 else "dev", expected_ids=exp)
            if intent == "count":
                assert exp is not None, qid
                rec["answer"] = str(len(exp))
                rec["answer_type"] = "number"
        elif kind == "one":
            ev, field, atype, today = spec[4], spec[5], spec[6], spec[7]
            inc = INC[ev]
            exp = expected(fl, incs)
            assert inc["id"] in exp, (qid, inc["id"], exp)
            ans = inc[field]
            assert ans is not None, (qid, field)
            rec = dict(id=qid, question=text, intent=intent, filters=fl, today=today,
                       split=docs[inc["doc"]]["split"], expected_ids=exp, doc=inc["doc"],
                       answer=str(ans), answer_type=atype)
        else:
            free += 1
            rec = dict(id=qid, question=text, intent=intent, filters=fl, today=TODAY,
                       split="final" if free % 3 == 0 else "dev", doc=None, answer=None,
                       answer_type=spec[4], no_match=True)
            assert expected(fl, incs) == [], qid
        qs.append(rec)
    convs = []
    for n, (t1, i1, f1, t2, i2, f2, today) in enumerate(C, 1):
        assert tuple(f1) == KEYS and tuple(f2) == KEYS
        assert (f1, i1) != (f2, i2)
        convs.append(dict(id="c8%02d" % n,
                          turns=[dict(question=t1, filters=f1, intent=i1),
                                 dict(question=t2, filters=f2, intent=i2)],
                          today=today, split="final" if n % 3 == 0 else "dev"))
    return qs, convs
