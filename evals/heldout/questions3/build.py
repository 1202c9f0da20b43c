#!/usr/bin/env python3
"""Authoring source for the questions3 held-out set (written blind).

`python3 build.py` regenerates questions.jsonl and conversations.jsonl.
Dates are produced by small calendar helpers so that month ends, quarters,
seasons and leap years cannot be typed wrong.
"""
import calendar
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# "today" values used by the set
A = "2020-11-20"
B = "2021-09-14"
C = "2022-03-08"
D = "2023-06-15"
E = "2024-02-10"
F = "2022-03-01"   # used for yearless dates that must roll back a year


def _d(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def _end(y, m):
    return _d(y, m, calendar.monthrange(y, m)[1])


def Y(y):
    return (_d(y, 1, 1), _d(y, 12, 31))


def YR(y1, y2):
    return (_d(y1, 1, 1), _d(y2, 12, 31))


def M(y, m):
    return (_d(y, m, 1), _end(y, m))


def MR(y1, m1, y2, m2):
    return (_d(y1, m1, 1), _end(y2, m2))


def QT(y, n):
    return (_d(y, 3 * n - 2, 1), _end(y, 3 * n))


def H(y, n):
    return (_d(y, 1, 1), _end(y, 6)) if n == 1 else (_d(y, 7, 1), _d(y, 12, 31))


def S(y, season):
    """Meteorological seasons. winter y = 1 Dec y .. end Feb y+1."""
    if season == "spring":
        return MR(y, 3, y, 5)
    if season == "summer":
        return MR(y, 6, y, 8)
    if season == "autumn":
        return MR(y, 9, y, 11)
    if season == "winter":
        return MR(y, 12, y + 1, 2)
    raise ValueError(season)


def DAY(y, m, d):
    return (_d(y, m, d), _d(y, m, d))


def DR(y1, m1, d1, y2, m2, d2):
    return (_d(y1, m1, d1), _d(y2, m2, d2))


def FROM(y, m=1, d=1):
    return (_d(y, m, d), None)


def TO(y, m=12, d=None):
    return (None, _d(y, m, d) if d else _end(y, m))


def filters(place=None, near=False, prov=None, d=(None, None), type=None,
            perp=None, tgt=None, dated=False):
    return {
        "place": place,
        "near": near,
        "province": prov,
        "date_from": d[0],
        "date_to": d[1],
        "attack_type": type,
        "perpetrator": perp,
        "target": tgt,
        "dated_only": dated,
    }


QS = []


def q(question, intent, today, **kw):
    QS.append({"question": question, "intent": intent, "today": today,
               "filters": filters(**kw)})


# ---------------------------------------------------------------------------
# single-turn questions
# ---------------------------------------------------------------------------
q("pull up every roadside bomb in Diyala from last year", "listing", B,
  prov="Diyala", d=Y(2020), type="ied")
q("how many rocket attacks hit Ain al-Asad air base in 2020?", "count", C,
  place="Ain al-Asad", d=Y(2020), type="mortar_rocket")
q("brief me on Daesh activity around Touz Khurmatu since the start of 2021", "briefing", C,
  place="Tuz Khurmatu", near=True, d=FROM(2021), perp="ISIS")
q("who was behind the car bomb in Sadr City on 15 April 2021?", "fact", B,
  place="Sadr City", d=DAY(2021, 4, 15), type="ied")
q("kidnapings in Salah al-Din, Q3 2020", "listing", A,
  prov="Salahuddin", d=QT(2020, 3), type="kidnapping")
q("I need a sitrep on Shengal covering the past three months", "briefing", B,
  place="Sinjar", d=MR(2021, 6, 2021, 8))
q("total Peshmerga killed by ISIS in the first half of 2020?", "count", A,
  d=H(2020, 1), perp="ISIS", tgt="Peshmerga")
q("any Turkish drone strikes in Dahuk this year?", "listing", D,
  prov="Dohuk", d=Y(2023), type="airstrike_operation", perp="Turkey")
q("Give me all attacks on shepherds in Anbar between March and May 2022", "listing", D,
  prov="Anbar", d=MR(2022, 3, 2022, 5), tgt="civilians")
q("what went on around the Bai Hassan oil field last winter?", "listing", D,
  place="Bai Hassan oil field", near=True, d=S(2022, "winter"))
q("how many Katyusha attacks targeted the Green Zone in January 2020", "count", A,
  place="Green Zone", d=M(2020, 1), type="mortar_rocket")
q("sniper attacks on soldiers in Tarmia, 2019", "listing", A,
  place="Tarmiyah", d=Y(2019), type="shooting", tgt="Iraqi forces")
q("can you give me an overview of Hashd attacks against American troops during 2020", "briefing", C,
  d=Y(2020), perp="PMU", tgt="US forces")
q("when was the federal police patrol ambushed near Rashad?", "fact", D,
  place="Rashad", near=True, type="ambush", tgt="police")
q("list everything within 10 km of Kirkuk in Q1 2022", "listing", C,
  place="Kirkuk", near=True, d=QT(2022, 1))
q("dated incidents only - IS attacks in Neinawa since June 2021", "listing", C,
  prov="Nineveh", d=FROM(2021, 6), perp="ISIS", dated=True)
q("Were there any suicide bombings in Baghdad in 2019?", "listing", A,
  prov="Baghdad", d=Y(2019), type="suicide")
q("how many abductions were reported in Kerbala province in 2021", "count", E,
  prov="Karbala", d=Y(2021), type="kidnapping")
q("summarise what unknown gunmen did to protesters in Nasiriya, Oct-Dec 2019", "briefing", A,
  place="Nasiriyah", d=MR(2019, 10, 2019, 12), perp="unknown", tgt="civilians")
q("Where did the ambush that killed three border guards on 2 February 2022 happen?", "fact", C,
  d=DAY(2022, 2, 2), type="ambush", tgt="security forces")
q("give me the mortar attacks on Camp Taji, 2019-2020", "listing", B,
  place="Camp Taji", d=YR(2019, 2020), type="mortar_rocket")
q("ambushes on the army in the Hamrin mountains since 2020", "listing", D,
  place="Hamrin mountains", d=FROM(2020), type="ambush", tgt="Iraqi forces")
q("how many IEDs went off in Fallouja in H2 2019?", "count", A,
  place="Fallujah", d=H(2019, 2), type="ied")
q("Turkish air raids on PKK hideouts in Qandil, 2021", "listing", E,
  place="Qandil", d=Y(2021), type="airstrike_operation", perp="Turkey", tgt="PKK")
q("write-up of everything in Diyala province last month please", "briefing", B,
  prov="Diyala", d=M(2021, 8))
q("which group claimed the suicide attack at Tayaran Square on 21 January 2021?", "fact", B,
  place="Tayaran Square", d=DAY(2021, 1, 21), type="suicide")
q("shootings in Basrah in 2020", "listing", C,
  prov="Basra", d=Y(2020), type="shooting")
q("how many attacks did ISIL carry out in Kirkuk province during the 3rd quarter of 2021", "count", C,
  prov="Kirkuk", d=QT(2021, 3), perp="ISIS")
q("need a quick rundown of rocket fire on Erbil airport over the past 2 years", "briefing", C,
  place="Erbil airport", d=YR(2020, 2021), type="mortar_rocket")
q("attacks on farmers around Khaniqin in summer 2020", "listing", A,
  place="Khanaqin", near=True, d=S(2020, "summer"), tgt="civilians")
q("count only the ones with an actual event date: ISIS attacks on police in al-Anbar, 2019", "count", A,
  prov="Anbar", d=Y(2019), perp="ISIS", tgt="police", dated=True)
q("when did the Turkish drone hit the clinic in Sinuni?", "fact", E,
  place="Sinuni", type="airstrike_operation", perp="Turkey")
q("show me IED attacks on coalition supply convoys in Dhi Qar between January and June 2021", "listing", B,
  prov="Dhi Qar", d=MR(2021, 1, 2021, 6), type="ied", tgt="US forces")
q("how many people were killed when the Zakho resort was shelled on 20 July 2022?", "count", D,
  place="Zakho", d=DAY(2022, 7, 20), type="mortar_rocket")
q("anything happen in Ramadi yesterday?", "listing", B,
  place="Ramadi", d=DAY(2021, 9, 13))
q("PKK attacks on Turkish forces in Duhok governorate, 2022", "listing", D,
  prov="Dohuk", d=Y(2022), perp="PKK", tgt="Turkey")
q("brief me on Kataib Hezbollah rocket attacks on US bases, 2019 to 2020", "briefing", C,
  d=YR(2019, 2020), type="mortar_rocket", perp="PMU", tgt="US forces")
q("what's the body count from ISIS attacks in Diyala in 2020?", "count", B,
  prov="Diyala", d=Y(2020), perp="ISIS")
q("how many incidents did we log in Maysan between 1 and 15 March 2022", "count", D,
  prov="Maysan", d=DR(2022, 3, 1, 2022, 3, 15))
q("list attacks on journalists in the Kurdistan Region this year", "listing", C,
  d=Y(2022), tgt="civilians")
q("on what day was the Peshmerga post at Qara Tapa hit by ISIS mortars?", "fact", C,
  place="Qara Tapa", type="mortar_rocket", perp="ISIS", tgt="Peshmerga")
q("incidents near Jalula from 01/03/2021 to 31/05/2021", "listing", B,
  place="Jalawla", near=True, d=MR(2021, 3, 2021, 5))
q("mortar rounds on Amirli, spring 2021", "listing", B,
  place="Amerli", d=S(2021, "spring"), type="mortar_rocket")
q("how many activists were shot in Missan during 2020", "count", C,
  prov="Maysan", d=Y(2020), type="shooting", tgt="civilians")
q("sitrep for Salahuddin, last 6 months", "briefing", D,
  prov="Salahuddin", d=MR(2022, 12, 2023, 5))
q("get me the rocket attacks on Balad Air Base this year", "listing", A,
  place="Balad Air Base", d=Y(2020), type="mortar_rocket")
q("who kidnapped the two oil workers near Beiji on 5 May 2020?", "fact", A,
  place="Baiji", near=True, d=DAY(2020, 5, 5), type="kidnapping", tgt="civilians")
q("give me Asayish casualties from attacks in Sulaimani in 2022", "listing", D,
  prov="Sulaymaniyah", d=Y(2022), tgt="security forces")
q("ISIS ambushes, Kirkuk, Oct 2020", "listing", A,
  prov="Kirkuk", d=M(2020, 10), type="ambush", perp="ISIS")
q("how many people were wounded in the Mosul car bombing of 18 March 2019?", "count", A,
  place="Mosul", d=DAY(2019, 3, 18), type="ied")
q("overview of violence against civilians in Babel province since 2020", "briefing", B,
  prov="Babil", d=FROM(2020), tgt="civilians")
q("attacks close to Al Qa'im on the Syrian border in 2021", "listing", C,
  place="Al-Qaim", near=True, d=Y(2021))
q("drone strikes on Hashd positions near al-Qaim in the last quarter of 2019", "listing", A,
  place="Al-Qaim", near=True, d=QT(2019, 4), type="airstrike_operation", tgt="PMU")
q("count the Turkish shelling incidents in Sidakan between April and September 2021", "count", B,
  place="Sidakan", d=MR(2021, 4, 2021, 9), type="mortar_rocket", perp="Turkey")
q("where did the suicide bomber blow himself up on 24 January 2019?", "fact", A,
  d=DAY(2019, 1, 24), type="suicide")
q("list all incidents between 2019-05-01 and 2019-08-31 in Kirkuk city", "listing", A,
  place="Kirkuk", d=DR(2019, 5, 1, 2019, 8, 31))
q("how many grenade attacks in Baghdad this year", "count", C,
  prov="Baghdad", d=Y(2022), type="other")
q("ISIS hits on power pylons in Diyala since 1 Jan 2022", "listing", D,
  prov="Diyala", d=FROM(2022), perp="ISIS")
q("brief on the Sinjar situation, summer 2022", "briefing", D,
  place="Sinjar", d=S(2022, "summer"))
q("total kidnappings by Daesh in Saladin province, 2019 through 2021", "count", C,
  prov="Salahuddin", d=YR(2019, 2021), type="kidnapping", perp="ISIS")
q("Were any police killed by roadside bombs in Mosul in Nov 2020?", "listing", A,
  place="Mosul", d=M(2020, 11), type="ied", tgt="police")
q("rocket strikes against the K1 base since December 2019", "listing", A,
  place="K1", d=FROM(2019, 12), type="mortar_rocket")
q("what happened at Al Qaim on 29/12/2019?", "listing", A,
  place="Al-Qaim", d=DAY(2019, 12, 29))
q("gunmen attacking shepherds near Rutbah, 2022", "listing", D,
  place="Rutba", near=True, d=Y(2022), perp="unknown", tgt="civilians")
q("how many attacks were there on the Peshmerga in Garmiyan in 2021?", "count", C,
  place="Garmiyan", d=Y(2021), tgt="Peshmerga")
q("summary please: attacks on US convoys, H1 2021", "briefing", B,
  d=H(2021, 1), tgt="US forces")
q("did anything happen near the Khabbaz oil field in 2020?", "listing", B,
  place="Khabbaz oil field", near=True, d=Y(2020))
q("number of attacks on the PKK-linked YBS by Turkish warplanes in 2021", "count", C,
  d=Y(2021), type="airstrike_operation", perp="Turkey", tgt="PKK")
q("in Haditha, any bombings since the beginning of 2019?", "listing", A,
  place="Haditha", d=FROM(2019), type="ied")
q("List drone strikes carried out by the US in Iraq, 2020", "listing", B,
  d=Y(2020), type="airstrike_operation", perp="US forces")
q("How many were killed in the rocket attack on Erbil airport on 15 February 2021?", "count", B,
  place="Erbil airport", d=DAY(2021, 2, 15), type="mortar_rocket")
q("I need everything on attacks against the federal police in Kirkuk between 1 September and 30 November 2020", "listing", A,
  prov="Kirkuk", d=DR(2020, 9, 1, 2020, 11, 30), tgt="police")
q("what's been going on in Ninewa over the last two months? give me a summary", "briefing", C,
  prov="Nineveh", d=MR(2022, 1, 2022, 2))
q("Who carried out the air strike at Baghdad International Airport on 3 January 2020?", "fact", B,
  place="Baghdad International Airport", d=DAY(2020, 1, 3), type="airstrike_operation")
q("how many Daesh attacks on civilians were there in Diyala in Q2 2020", "count", A,
  prov="Diyala", d=QT(2020, 2), perp="ISIS", tgt="civilians")
q("attacks in and around Huwaija last spring", "listing", D,
  place="Hawija", near=True, d=S(2023, "spring"))
q("army patrols hit by IEDs in Mutaibija, 2020", "listing", B,
  place="Mutaibijah", d=Y(2020), type="ied", tgt="Iraqi forces")
q("when did ISIS kill the mukhtar of Albu Dour?", "fact", C,
  place="Albu Dour", perp="ISIS", tgt="civilians")
q("overview pls - Anbar, all of 2022", "briefing", D,
  prov="Anbar", d=Y(2022))
q("any kidnappings in Baghdad province between 10 and 20 Nov 2020?", "listing", A,
  prov="Baghdad", d=DR(2020, 11, 10, 2020, 11, 20), type="kidnapping")
q("How many police officers died in attacks in Basra province since last October?", "count", C,
  prov="Basra", d=FROM(2021, 10), tgt="police")
q("turkish airstrikes duhok 2020 list", "listing", B,
  prov="Dohuk", d=Y(2020), type="airstrike_operation", perp="Turkey")
q("Give me a list of incidents where Peshmerga were killed near Makhmur since 2019", "listing", A,
  place="Makhmour", near=True, d=FROM(2019), tgt="Peshmerga")
q("how many car bombs in Baghdad in 2019", "count", A,
  prov="Baghdad", d=Y(2019), type="ied")
q("brief me on Turkish attacks in Sinjar during 2021", "briefing", C,
  place="Sinjar", d=Y(2021), perp="Turkey")
q("where did the US drone strike that killed Kataib Hezbollah fighters on 29 December 2019 take place?", "fact", B,
  d=DAY(2019, 12, 29), type="airstrike_operation", perp="US forces", tgt="PMU")
q("rockets on BIAP since Jan 2020 - how many?", "count", C,
  place="Baghdad International Airport", d=FROM(2020), type="mortar_rocket")
q("attacks 20km south of Samarra in 2019", "listing", A,
  place="Samarra", near=True, d=Y(2019))
q("leave out undated reports. ISIS attacks on the army in Salahuddin, last year", "listing", B,
  prov="Salahuddin", d=Y(2020), perp="ISIS", tgt="Iraqi forces", dated=True)
q("i need the number of IED blasts in Tikreet for 2021", "count", C,
  place="Tikrit", d=Y(2021), type="ied")
q("prepare a short briefing on attacks against Yazidi civilians in Shingal since August 2019", "briefing", A,
  place="Sinjar", d=FROM(2019, 8), tgt="civilians")
q("What type of attack killed the two soldiers in Daquq on 3 May 2020?", "fact", A,
  place="Daquq", d=DAY(2020, 5, 3), tgt="Iraqi forces")
q("show attacks by unidentified gunmen in Baghdad during the protests of Oct 2019", "listing", A,
  prov="Baghdad", d=M(2019, 10), perp="unknown")
q("how many mortar attacks in Baquba in Q4 2020", "count", B,
  place="Baquba", d=QT(2020, 4), type="mortar_rocket")
q("Are there reports of ISIS abducting truffle hunters in the Anbar desert this spring?", "listing", C,
  prov="Anbar", d=S(2022, "spring"), type="kidnapping", perp="ISIS", tgt="civilians")
q("sitrep: Tal Afar, last quarter", "briefing", C,
  place="Tal Afar", d=QT(2021, 4))
q("attacks on Iraqi security forces in Qayara from March 2021 to February 2022", "listing", C,
  place="Qayyarah", d=MR(2021, 3, 2022, 2), tgt="security forces")
q("How many suicide attacks has Daesh mounted since 2019?", "count", D,
  d=FROM(2019), type="suicide", perp="ISIS")
q("list ambushes on Hashd convoys near Tarmiyah in 2020 and 2021", "listing", C,
  place="Tarmiyah", near=True, d=YR(2020, 2021), type="ambush", tgt="PMU")
q("Who fired the Katyushas at the Green Zone on 5 January 2020?", "fact", B,
  place="Green Zone", d=DAY(2020, 1, 5), type="mortar_rocket")
q("give me everything from Karbala before 2021", "listing", D,
  prov="Karbala", d=TO(2020))
q("all attacks in Erbil prior to March 2021", "listing", B,
  prov="Erbil", d=TO(2021, 2))
q("number of ISIS attacks on the Peshmerga up to and including June 2022", "count", D,
  d=TO(2022, 6), perp="ISIS", tgt="Peshmerga")
q("Give me a write-up on attacks against electricity towers in Kirkuk since 10 Oct 2021", "briefing", C,
  prov="Kirkuk", d=FROM(2021, 10, 10))
q("what happened in Hit on March 14th, 2021", "listing", B,
  place="Hit", d=DAY(2021, 3, 14))
q("how many rocket and mortar attacks on coalition bases in 2021", "count", C,
  d=Y(2021), type="mortar_rocket", tgt="US forces")
q("who attacked the checkpoint outside Muqdadiya on the 14th of last month?", "fact", B,
  place="Muqdadiyah", near=True, d=DAY(2021, 8, 14))
q("brief me on kidnappings across Iraq this year", "briefing", A,
  d=Y(2020), type="kidnapping")
q("Peshmerga casualties in Makhmour district between June and September 2020", "listing", A,
  place="Makhmour", d=MR(2020, 6, 2020, 9), tgt="Peshmerga")
q("I'd like a list of every sticky-bomb attack in Baghdad since the start of 2020, dated ones only", "listing", B,
  prov="Baghdad", d=FROM(2020), type="ied", dated=True)
q("What was the toll of the Abu Ghuraib market bombing on 2020-06-11?", "count", B,
  place="Abu Ghraib", d=DAY(2020, 6, 11), type="ied")
q("what has ISIS been doing in Wasit? overview since 2019", "briefing", E,
  prov="Wasit", d=FROM(2019), perp="ISIS")
q("how many attacks on farmers in Diala province in 2021", "count", C,
  prov="Diyala", d=Y(2021), tgt="civilians")
q("drone strikes on the PKK around Mount Gara in autumn 2021", "listing", C,
  place="Mount Gara", near=True, d=S(2021, "autumn"), type="airstrike_operation", tgt="PKK")
q("shooting attacks on the police in Khalis, 2019-2021", "listing", C,
  place="Khalis", d=YR(2019, 2021), type="shooting", tgt="police")
q("when did the roadside bomb go off in Zubair?", "fact", B,
  place="Zubair", type="ied")
q("list attacks on civilians by the PMU in Jurf al-Sakhar since 2019", "listing", B,
  place="Jurf al-Sakhar", d=FROM(2019), perp="PMU", tgt="civilians")
q("how many IED attacks were there in Iraq in 2020 in total?", "count", B,
  d=Y(2020), type="ied")
q("sum up all incidents in Basra in 2023", "briefing", E,
  prov="Basra", d=Y(2023))
q("how many attacks hit the Allas oil field in 2020", "count", B,
  place="Allas oil field", d=Y(2020))
q("brief me on attacks on US forces last year", "briefing", C,
  d=Y(2021), tgt="US forces")
q("Did Turkey shell anything near Amadiya last summer?", "listing", C,
  place="Amedi", near=True, d=S(2021, "summer"), type="mortar_rocket", perp="Turkey")
q("who killed the shepherds near Ain al-Asad on 6 Jan 2022?", "fact", C,
  place="Ain al-Asad", near=True, d=DAY(2022, 1, 6), tgt="civilians")
q("kidnappings of civilians in Nineveh in 2019 - how many?", "count", A,
  prov="Nineveh", d=Y(2019), type="kidnapping", tgt="civilians")
q("PMF rocket attacks in 2020", "listing", B,
  d=Y(2020), type="mortar_rocket", perp="PMU")
q("In the second half of 2022, how many ISIS attacks in Kirkuk hit the army?", "count", D,
  prov="Kirkuk", d=H(2022, 2), perp="ISIS", tgt="Iraqi forces")
q("anything in Dhi Qar between Jan 5 and Jan 20, 2020?", "listing", A,
  prov="Dhi Qar", d=DR(2020, 1, 5, 2020, 1, 20))
q("where did the IED strike on the coalition convoy on 26 May 2021 take place?", "fact", B,
  d=DAY(2021, 5, 26), type="ied", tgt="US forces")
q("short briefing: attacks on the federal police in Salahuddin this quarter", "briefing", D,
  prov="Salahuddin", d=QT(2023, 2), tgt="police")
q("Show me attacks in Muqdadiyah district, 14.03.2021 to 14.04.2021", "listing", B,
  place="Muqdadiyah", d=DR(2021, 3, 14, 2021, 4, 14))
q("How many PKK attacks were there in 2022?", "count", D,
  d=Y(2022), perp="PKK")
q("all the assassinations by gunfire in Basra city in 2020", "listing", C,
  place="Basra", d=Y(2020), type="shooting")
q("on which date did ISIS ambush the Peshmerga near Kifri?", "fact", C,
  place="Kifri", near=True, type="ambush", perp="ISIS", tgt="Peshmerga")
q("list all Turkish attacks around Batifa from 1 May 2022 onwards", "listing", D,
  place="Batifa", near=True, d=FROM(2022, 5, 1), perp="Turkey")
q("I need an overview of attacks on the army on the outskirts of Mosul in the first quarter of 2020", "briefing", A,
  place="Mosul", near=True, d=QT(2020, 1), tgt="Iraqi forces")
q("how many kidnappings near Kirkuk between 3/15/2021 and 6/15/2021?", "count", B,
  place="Kirkuk", near=True, d=DR(2021, 3, 15, 2021, 6, 15), type="kidnapping")
q("list ISIS suicide attacks in Anbar before 2020", "listing", B,
  prov="Anbar", d=TO(2019), type="suicide", perp="ISIS")
q("what happened in Sulaymaniyah province last month?", "listing", E,
  prov="Sulaymaniyah", d=M(2024, 1))
q("how many attacks on soldiers by ISIS in Diyala this year, dated only", "count", B,
  prov="Diyala", d=Y(2021), perp="ISIS", tgt="Iraqi forces", dated=True)
q("who was responsible for the grenade attack on the party office in Kirkuk city on 12 Feb 2020?", "fact", A,
  place="Kirkuk", d=DAY(2020, 2, 12), type="other")
q("brief me on the Iraqi air force strikes on ISIS in the Hamrin mountains, winter 2020-21", "briefing", B,
  place="Hamrin mountains", d=S(2020, "winter"), type="airstrike_operation",
  perp="Iraqi forces", tgt="ISIS")
q("give me the incidents in Dohuk with a known date, 2023", "listing", E,
  prov="Dohuk", d=Y(2023), dated=True)
q("any kidnappings of aid workers in Nineveh in the last 3 months?", "listing", E,
  prov="Nineveh", d=MR(2023, 11, 2024, 1), type="kidnapping", tgt="civilians")
q("Number of people killed in the Tuz suicide bombing on 3 March 2021", "count", B,
  place="Tuz Khurmatu", d=DAY(2021, 3, 3), type="suicide")
q("roadside bomb attacks on US-contracted logistics convoys near Diwaniya in 2021", "listing", C,
  place="Diwaniyah", near=True, d=Y(2021), type="ied", tgt="US forces")
q("quick summary of all attacks carried out by Kataib Hezbollah in 2023", "briefing", E,
  d=Y(2023), perp="PMU")
q("how many ambushes did ISIS stage against the army in 2021?", "count", C,
  d=Y(2021), type="ambush", perp="ISIS", tgt="Iraqi forces")
q("attacks on protesters by security forces in Baghdad's Tahrir Square, Nov 2019", "listing", A,
  place="Tahrir Square", d=M(2019, 11), perp="security forces", tgt="civilians")
q("what happened on 3 March in Khanaqin?", "listing", F,
  place="Khanaqin", d=DAY(2021, 3, 3))
q("list mortar and rocket attacks on Peshmerga positions in Garmiyan, autumn 2020", "listing", A,
  place="Garmiyan", d=S(2020, "autumn"), type="mortar_rocket", tgt="Peshmerga")
q("How many police were killed by snipers in Tarmiyah in 2020?", "count", C,
  place="Tarmiyah", d=Y(2020), type="shooting", tgt="police")
q("overview of Turkish operations against the PKK in Zakho district since 2020", "briefing", C,
  place="Zakho", d=FROM(2020), perp="Turkey", tgt="PKK")
q("who ambushed the Hashd near Baiji on 1 July 2021?", "fact", B,
  place="Baiji", near=True, d=DAY(2021, 7, 1), type="ambush", tgt="PMU")
q("Give me attacks on shepherds and farmers in Kirkuk province in 2022, only dated incidents", "listing", D,
  prov="Kirkuk", d=Y(2022), tgt="civilians", dated=True)
q("how many incidents in Diyala this month so far?", "count", E,
  prov="Diyala", d=M(2024, 2))
q("brief me on the security situation in Kirkuk for the whole of 2021", "briefing", C,
  prov="Kirkuk", d=Y(2021))
q("IS sleeper cells: attacks on the Asayish in Erbil province in Q4 2022", "listing", D,
  prov="Erbil", d=QT(2022, 4), perp="ISIS", tgt="security forces")
q("rockets fired at Erbil last winter - list", "listing", E,
  prov="Erbil", d=S(2022, "winter"), type="mortar_rocket")
q("how many civilians died in IED blasts in Salahuddin in Sept 2021?", "count", C,
  prov="Salahuddin", d=M(2021, 9), type="ied", tgt="civilians")
q("when did the suicide bomber hit the wedding in Qaim?", "fact", B,
  place="Al-Qaim", type="suicide")


# ---------------------------------------------------------------------------
# conversations
# ---------------------------------------------------------------------------
CS = []


def c(today, q1, i1, f1, q2, i2, f2):
    CS.append({"turns": [{"question": q1, "filters": f1, "intent": i1},
                         {"question": q2, "filters": f2, "intent": i2}],
               "today": today})


f = filters
c(B, "roadside bombs in Diyala, 2020", "listing",
  f(prov="Diyala", d=Y(2020), type="ied"),
  "and before that?", "listing",
  f(prov="Diyala", d=Y(2019), type="ied"))
c(C, "ISIS attacks on the Peshmerga near Makhmour in 2021", "listing",
  f(place="Makhmour", near=True, d=Y(2021), perp="ISIS", tgt="Peshmerga"),
  "how many is that?", "count",
  f(place="Makhmour", near=True, d=Y(2021), perp="ISIS", tgt="Peshmerga"))
c(D, "Turkish drone strikes in Sinjar, 2022", "listing",
  f(place="Sinjar", d=Y(2022), type="airstrike_operation", perp="Turkey"),
  "what about Qandil?", "listing",
  f(place="Qandil", d=Y(2022), type="airstrike_operation", perp="Turkey"))
c(A, "kidnappings in Salahuddin this year", "listing",
  f(prov="Salahuddin", d=Y(2020), type="kidnapping"),
  "only the dated ones", "listing",
  f(prov="Salahuddin", d=Y(2020), type="kidnapping", dated=True))
c(C, "rocket attacks on US forces in 2021", "listing",
  f(d=Y(2021), type="mortar_rocket", tgt="US forces"),
  "same for 2020", "listing",
  f(d=Y(2020), type="mortar_rocket", tgt="US forces"))
c(B, "everything in Kirkuk province in Q2 2021", "listing",
  f(prov="Kirkuk", d=QT(2021, 2)),
  "just the IEDs", "listing",
  f(prov="Kirkuk", d=QT(2021, 2), type="ied"))
c(D, "ambushes by ISIS in Diyala last year", "listing",
  f(prov="Diyala", d=Y(2022), type="ambush", perp="ISIS"),
  "drop the ambush filter, show all ISIS attacks there", "listing",
  f(prov="Diyala", d=Y(2022), perp="ISIS"))
c(A, "attacks near Tuz Khurmatu in summer 2020", "listing",
  f(place="Tuz Khurmatu", near=True, d=S(2020, "summer")),
  "narrow it to ones on the police", "listing",
  f(place="Tuz Khurmatu", near=True, d=S(2020, "summer"), tgt="police"))
c(E, "brief me on Anbar in 2023", "briefing",
  f(prov="Anbar", d=Y(2023)),
  "now do Nineveh", "briefing",
  f(prov="Nineveh", d=Y(2023)))
c(C, "how many attacks on civilians in Basra in 2021?", "count",
  f(prov="Basra", d=Y(2021), tgt="civilians"),
  "list them", "listing",
  f(prov="Basra", d=Y(2021), tgt="civilians"))
c(B, "PMU attacks on coalition convoys in H1 2021", "listing",
  f(d=H(2021, 1), perp="PMU", tgt="US forces"),
  "and in the second half of 2020?", "listing",
  f(d=H(2020, 2), perp="PMU", tgt="US forces"))
c(D, "sniper attacks in Tarmiyah, 2022", "listing",
  f(place="Tarmiyah", d=Y(2022), type="shooting"),
  "what about around Taji?", "listing",
  f(place="Taji", near=True, d=Y(2022), type="shooting"))
c(A, "list attacks in Mosul in October 2020", "listing",
  f(place="Mosul", d=M(2020, 10)),
  "extend that back to the start of the year", "listing",
  f(place="Mosul", d=MR(2020, 1, 2020, 10)))
c(C, "Turkish shelling around Sidakan last summer", "listing",
  f(place="Sidakan", near=True, d=S(2021, "summer"), type="mortar_rocket", perp="Turkey"),
  "any air strikes instead?", "listing",
  f(place="Sidakan", near=True, d=S(2021, "summer"), type="airstrike_operation", perp="Turkey"))
c(E, "attacks on the Peshmerga in 2023", "listing",
  f(d=Y(2023), tgt="Peshmerga"),
  "only the ones ISIS did", "listing",
  f(d=Y(2023), perp="ISIS", tgt="Peshmerga"))
c(B, "how many IEDs in Baghdad province last month?", "count",
  f(prov="Baghdad", d=M(2021, 8), type="ied"),
  "and the month before?", "count",
  f(prov="Baghdad", d=M(2021, 7), type="ied"))
c(D, "attacks on farmers in Diyala, spring 2023", "listing",
  f(prov="Diyala", d=S(2023, "spring"), tgt="civilians"),
  "same but in Kirkuk", "listing",
  f(prov="Kirkuk", d=S(2023, "spring"), tgt="civilians"))
c(C, "what happened in Samarra in January 2022?", "listing",
  f(place="Samarra", d=M(2022, 1)),
  "give me a briefing on that", "briefing",
  f(place="Samarra", d=M(2022, 1)))
c(A, "ISIS kidnappings in Anbar since 2019", "listing",
  f(prov="Anbar", d=FROM(2019), type="kidnapping", perp="ISIS"),
  "who were the victims - only civilians please", "listing",
  f(prov="Anbar", d=FROM(2019), type="kidnapping", perp="ISIS", tgt="civilians"))
c(B, "rocket fire on Ain al-Asad in 2021", "listing",
  f(place="Ain al-Asad", d=Y(2021), type="mortar_rocket"),
  "and on Erbil airport?", "listing",
  f(place="Erbil airport", d=Y(2021), type="mortar_rocket"))
c(D, "attacks by unknown gunmen in Maysan in Q1 2023", "listing",
  f(prov="Maysan", d=QT(2023, 1), perp="unknown"),
  "remove the gunmen filter", "listing",
  f(prov="Maysan", d=QT(2023, 1)))
c(C, "suicide bombings in Iraq in 2021", "listing",
  f(d=Y(2021), type="suicide"),
  "how many of those were in Baghdad?", "count",
  f(prov="Baghdad", d=Y(2021), type="suicide"))
c(E, "drone strikes on the PKK near Makhmour in 2023", "listing",
  f(place="Makhmour", near=True, d=Y(2023), type="airstrike_operation", tgt="PKK"),
  "limit it to the ones with a real event date", "listing",
  f(place="Makhmour", near=True, d=Y(2023), type="airstrike_operation", tgt="PKK", dated=True))
c(B, "attacks on the army in Salahuddin in 2020", "listing",
  f(prov="Salahuddin", d=Y(2020), tgt="Iraqi forces"),
  "what about the police?", "listing",
  f(prov="Salahuddin", d=Y(2020), tgt="police"))
c(A, "overview of Kirkuk in Q3 2020", "briefing",
  f(prov="Kirkuk", d=QT(2020, 3)),
  "and the quarter before?", "briefing",
  f(prov="Kirkuk", d=QT(2020, 2)))
c(C, "how many attacks in Hawija in 2021?", "count",
  f(place="Hawija", d=Y(2021)),
  "and within the wider area around Hawija?", "count",
  f(place="Hawija", near=True, d=Y(2021)))
c(D, "ISIS attacks in Nineveh in 2022", "listing",
  f(prov="Nineveh", d=Y(2022), perp="ISIS"),
  "only those in Sinjar", "listing",
  f(place="Sinjar", d=Y(2022), perp="ISIS"))
c(B, "Hashd attacks on Peshmerga since 2020", "listing",
  f(d=FROM(2020), perp="PMU", tgt="Peshmerga"),
  "the other way round: Peshmerga attacks on Hashd", "listing",
  f(d=FROM(2020), perp="Peshmerga", tgt="PMU"))
c(E, "rocket attacks on Baghdad's Green Zone in 2023", "listing",
  f(place="Green Zone", d=Y(2023), type="mortar_rocket"),
  "ok, what about the whole of Baghdad province?", "listing",
  f(prov="Baghdad", d=Y(2023), type="mortar_rocket"))
c(C, "how many abductions in Diyala in the last quarter?", "count",
  f(prov="Diyala", d=QT(2021, 4), type="kidnapping"),
  "and so far this quarter?", "count",
  f(prov="Diyala", d=QT(2022, 1), type="kidnapping"))


def balanced_order(items):
    """Order the questions so that every second one is `final` (the alternation
    rule) while each intent is split as evenly as possible between dev and final.
    Within an intent, items go dev, final, dev, ... in authoring order; for the
    odd-sized intents `count` and `fact` the extra item goes to final so that the
    totals come out 80 / 80. The two pools are then interleaved."""
    pools = {"dev": [], "final": []}
    for intent in ("listing", "count", "briefing", "fact"):
        group = [x for x in items if x["intent"] == intent]
        first = "final" if (intent in ("count", "fact") and len(group) % 2) else "dev"
        other = "dev" if first == "final" else "final"
        for j, x in enumerate(group):
            pools[first if j % 2 == 0 else other].append(x)
    order = {id(x): k for k, x in enumerate(items)}
    for k in pools:
        pools[k].sort(key=lambda x: order[id(x)])
    assert len(pools["dev"]) == len(pools["final"]), {k: len(v) for k, v in pools.items()}
    out = []
    for a, b in zip(pools["dev"], pools["final"]):
        out += [a, b]
    return out


def main():
    global QS
    QS = balanced_order(QS)
    for i, x in enumerate(QS):
        x["id"] = "q%d" % (3001 + i)
        x["split"] = "final" if i % 2 == 1 else "dev"
    for i, x in enumerate(CS):
        x["id"] = "c%d" % (301 + i)
        x["split"] = "final" if i % 2 == 1 else "dev"
    keys = ["id", "question", "intent", "filters", "today", "split"]
    with open(os.path.join(HERE, "questions.jsonl"), "w") as fh:
        for x in QS:
            fh.write(json.dumps({k: x[k] for k in keys}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "conversations.jsonl"), "w") as fh:
        for x in CS:
            fh.write(json.dumps({k: x[k] for k in ["id", "turns", "today", "split"]},
                                ensure_ascii=False) + "\n")
    print(len(QS), "questions,", len(CS), "conversations")


if __name__ == "__main__":
    main()
