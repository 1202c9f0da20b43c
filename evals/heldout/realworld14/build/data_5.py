"""Styles I (Iranian state-media English: Press TV, Tasnim, Mehr, IRNA manner, with
Persian digits in datelines; 4 as .json page exports) and K (Google Alerts
e-mail digests)."""
from lib import I, doc


# ------------------------------------------------------------------ I: Iranian state-media English
doc("I1", "I", "2021-05-25", """Tasnim News Agency - International
۱۴۰۰/۰۳/۰۴ - 16:22 (May 25, 2021)

Two PMU Fighters Martyred in Daesh Attack in Iraq's Diyala

TEHRAN (Tasnim) - [[a|Daesh Takfiri terrorists attacked positions of Iraq's Popular Mobilisation Units (PMU) near Al-Azim in Diyala province on Monday night]], martyring two fighters and injuring another, Iraqi media reported.

The PMU, known in Arabic as Hashd al-Shaabi, played a major role in the defeat of the terrorist group in 2017. Remnants of Daesh are still active in the Hamrin mountains, which the US occupation forces have failed to secure, analysts say.
""", [I("a", "2021-05-24", "on Monday night", "Al-Azim", "Udhaim", "Diyala", "ISIS", "attributed", "PMU", "other",
        2, "martyring two fighters", 1, "injuring another")])

doc("I2", "I", "2023-12-25", """Press TV - West Asia
Monday, 25 December 2023 (۱۴۰۲/۱۰/۰۴)

Daesh terrorists kill two Iraqi soldiers in Kirkuk

[[a|Daesh terrorists opened fire on an Iraqi army post in the Al-Zab area of Kirkuk province on Saturday]], killing two soldiers, Iraq's Security Media Cell said. The attackers escaped under cover of darkness.

The attack comes as the US military maintains its illegal presence in Iraq despite a parliamentary vote demanding its withdrawal.
""", [I("a", "2023-12-23", "on Saturday", "Al-Zab", "Zab", "Kirkuk", "ISIS", "attributed", "army", "shooting",
        2, "killing two soldiers", None, None)])

doc("I3", "I", "2021-07-21", """Mehr News Agency - World
۱۴۰۰/۰۴/۳۰ (July 21, 2021)

Explosion targets US-led coalition convoy in southern Iraq

BAGHDAD, Jul. 21 (MNA) - [[a|An explosive device targeted a convoy carrying logistic supplies of the US-led coalition near Safwan on Tuesday]], causing no casualties, Iraqi sources said. Similar attacks on US supply convoys have increased as resistance groups demand the departure of foreign forces.
""", [I("a", "2021-07-20", "on Tuesday", "Safwan", "Safwan", "Basra", None, None, "US forces", "ied",
        0, "causing no casualties", 0, "causing no casualties")])

doc("I4", "I", "2025-11-29", """Press TV - Iraq
Saturday, 29 November 2025

Two Hashd al-Shaabi fighters martyred in Daesh bombing in Nineveh

[[a|Two fighters of the Popular Mobilisation Units were martyred on Thursday when an explosive device planted by Daesh remnants hit their vehicle near Tal Abta]], south of Tal Afar, the PMU said in a statement. Iraq's new parliament is due to meet in the coming weeks to choose a speaker.
""", [I("a", "2025-11-27", "on Thursday", "Tal Abta", "Tal Abta", "Nineveh", "ISIS", "attributed", "PMU", "ied",
        2, "Two fighters of the Popular Mobilisation Units were martyred", None, None)])

doc("I5", "I", "2021-09-30", """IRNA - Islamic Republic News Agency (English)
Thursday ۸ Mehr ۱۴۰۰ - September 30, 2021

Bus carrying Iranian Arbaeen pilgrims hit by explosion in Baghdad

Baghdad, IRNA - [[a|A bomb exploded next to a bus carrying Iranian pilgrims returning from Karbala near Kadhimiya in Baghdad on Wednesday]], injuring three pilgrims, IRNA's correspondent reported. The injured were taken to hospital and are in good condition, the Iranian embassy said.
""", [I("a", "2021-09-29", "on Wednesday", "Kadhimiya", "Baghdad", "Baghdad", None, None, "civilians", "ied",
        None, None, 3, "injuring three pilgrims")])

doc("I6", "I", "2020-02-10", """Tasnim News Agency - International
۱۳۹۸/۱۱/۲۱ (February 10, 2020)

Iraq's Turkmen Hashd Repel Daesh Attack, One Martyred

TEHRAN (Tasnim) - [[a|Daesh terrorists attacked a post of the Turkmen brigade of the Popular Mobilisation Units near Tuz Khurmatu with light and medium weapons on Saturday]], martyring one fighter and injuring two others. The PMU said the attackers were forced to withdraw towards the Hamrin heights.
""", [I("a", "2020-02-08", "on Saturday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", "PMU",
        "shooting", 1, "martyring one fighter", 2, "injuring two others")])

doc("I7", "I", "2023-11-22", """Resistance targets US base in western Iraq with drones

[[a|The Islamic Resistance in Iraq said it targeted the US occupation base at Ain al-Asad in Anbar with two drones on Tuesday]]. There was no immediate word on casualties. The group says its operations respond to the US support for the Israeli aggression on Gaza.
""", [I("a", "2023-11-21", "on Tuesday", "Ain al-Asad", "Ain al-Asad", "Anbar", "PMU", "claimed", "US forces", "other",
        None, None, None, None)],
    ext="json", title="Resistance targets US base in western Iraq with drones", outlet="Press TV",
    published="2023-11-22T14:05:00+03:30")

doc("I8", "I", "2019-10-15", """Bomb hits bus of Iranian pilgrims near Khanaqin

[[a|A roadside bomb hit a bus carrying Iranian pilgrims on the road near Khanaqin on Sunday evening]], injuring four, Iraqi police said. The pilgrims were heading to Karbala for Arbaeen. Earlier this month a separate attack on a pilgrims' rest station in the same area was reported (no details).
""", [I("a", "2019-10-13", "on Sunday evening", "Khanaqin", "Khanaqin", "Diyala", None, None, "civilians", "ied",
        None, None, 4, "injuring four")],
    ext="json", title="Bomb hits bus of Iranian pilgrims near Khanaqin", outlet="Mehr News Agency",
    published="2019-10-15T18:40:00+03:30")

doc("I9", "I", "2022-11-03", """IRNA - Islamic Republic News Agency (English)
۱۴۰۱/۰۸/۱۲ (November 3, 2022)

IRGC member martyred by terrorists in Kurdistan province

Sanandaj, IRNA - [[a|A member of the IRGC Ground Force was martyred on Tuesday night when armed terrorists opened fire on him near Marivan]], the provincial IRGC said. Security forces are pursuing the attackers, who it said were linked to counter-revolutionary groups based in northern Iraq.
""", [I("a", "2022-11-01", "on Tuesday night", "Marivan", None, None, "unknown", None, "security forces", "shooting",
        1, "was martyred", None, None, country="Iran")], country="Iran")

doc("I10", "I", "2022-03-24", """Bomb blast wounds five in Baghdad's Sadr City

[[a|An explosive device went off in a market in Baghdad's Sadr City on Wednesday evening]], wounding five people, Iraq's Security Media Cell said. No group claimed responsibility. Sadr City, a densely populated district, has been hit by several deadly bombings in past years.
""", [I("a", "2022-03-23", "on Wednesday evening", "Sadr City", "Baghdad", "Baghdad", "unknown", "unclaimed",
        "civilians", "ied", None, None, 5, "wounding five people")],
    ext="json", title="Bomb blast wounds five in Baghdad's Sadr City", outlet="Tasnim News Agency",
    published="2022-03-24T09:15:00+03:30")

doc("I11", "I", "2019-05-16", """Press TV - Iraq
Thursday, 16 May 2019 (۱۳۹۸/۰۲/۲۶)

Three Hashd fighters martyred in Daesh ambush in Kirkuk

[[a|Three members of the Popular Mobilisation Units were martyred on Tuesday when Daesh terrorists ambushed their patrol near Al-Bashir]], south of Kirkuk, the PMU said. The Turkmen village of Al-Bashir suffered greatly under Daesh rule until 2016.
""", [I("a", "2019-05-14", "on Tuesday", "Al-Bashir", "Bashir", "Kirkuk", "ISIS", "attributed", "PMU", "ambush",
        3, "Three members of the Popular Mobilisation Units were martyred", None, None)])

doc("I12", "I", "2023-06-21", """Bomb targets Badr Organisation office in Iraq's Nasiriyah

[[a|An explosive device targeted an office of the Badr Organisation in Nasiriyah on Monday night]], causing material damage only, Iraqi media reported. Badr, led by Hadi al-Ameri, is part of the Coordination Framework. The Dhi Qar police said investigations were under way.
""", [I("a", "2023-06-19", "on Monday night", "Nasiriyah", "Nasiriyah", "Dhi Qar", None, None, "", "ied",
        0, "causing material damage only", 0, "causing material damage only")],
    ext="json", title="Bomb targets Badr Organisation office in Iraq's Nasiriyah", outlet="Press TV",
    published="2023-06-21T11:00:00+03:30")


# ------------------------------------------------------------------ K: Google Alerts digests
def alert(term, day, items):
    out = ["Google Alerts", term, "Daily update \u22c5 %s" % day, "", "NEWS", ""]
    for t, src, snip in items:
        out += [t, src, snip, "Flag as irrelevant", ""]
    out += ["See more results | Edit this alert",
            "You have received this email because you have subscribed to Google Alerts."]
    return "\n".join(out) + "\n"


doc("K1", "K", "2021-05-26", alert("diyala attack", "May 26, 2021", [
    ("Army officer killed in IED blast near Jalawla", "Shafaq News",
     "... [[a|an explosive device targeted an army vehicle near Jalawla on Tuesday, killing an officer]] and damaging the vehicle ..."),
    ("Mukhtar shot dead in Kanaan subdistrict", "Kurdistan24",
     "... [[b|unknown gunmen shot dead a village mukhtar in Kanaan last night]], a local official told Kurdistan24 ..."),
    ("Diyala: water levels in Hamrin dam fall to record low", "The New Region", "... farmers in Diyala warn of a poor summer season ..."),
]), [I("a", "2021-05-25", "on Tuesday", "Jalawla", "Jalawla", "Diyala", None, None, "army", "ied",
       1, "killing an officer", None, None),
     I("b", "2021-05-25", "last night", "Kanaan", "Kanaan", "Diyala", "unknown", None, "civilians", "shooting",
       1, "shot dead a village mukhtar", None, None)])

doc("K2", "K", "2023-12-05", alert("kirkuk", "December 5, 2023", [
    ("ISIS attack on army post in Hawija district kills soldier", "Rudaw",
     "... [[a|ISIS fighters attacked an army post near Al-Abbasi, Hawija district, on Sunday night, killing a soldier]] ..."),
    ("Grenade thrown at Kurdish candidate's house in Kirkuk", "Kirkuk Now",
     "... [[b|a hand grenade was thrown at the house of a Kurdish candidate in Kirkuk's Shorja neighbourhood on Monday]]; no one was hurt ..."),
]), [I("a", "2023-12-03", "on Sunday night", "Al-Abbasi", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "other",
       1, "killing a soldier", None, None),
     I("b", "2023-12-04", "on Monday", "Shorja", "Kirkuk", "Kirkuk", None, None, "civilians", "other",
       0, "no one was hurt", 0, "no one was hurt")])

doc("K3", "K", "2022-08-30", alert("duhok OR zakho", "August 30, 2022", [
    ("Turkish drone strike kills two near Zakho", "Rudaw",
     "... [[a|a Turkish drone struck a vehicle near Darkar, Zakho district, on Sunday, killing two people]], whom the Asayish identified as PKK members ..."),
    ("Zakho: tourists return after summer of strikes", "Kurdistan24", "... hotel owners say bookings are down 40 percent ..."),
]), [I("a", "2022-08-28", "on Sunday", "Darkar", "Zakho", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two people", None, None)])

doc("K4", "K", "2025-11-04", alert("nineveh election", "November 4, 2025", [
    ("Candidate's convoy attacked in Bashiqa", "Shafaq News",
     "... [[a|gunmen fired on the convoy of a parliamentary candidate in Bashiqa on Sunday]], wounding one of his guards ..."),
    ("Police vehicle hit by roadside bomb south of Mosul", "Alsumaria News",
     "... [[b|a roadside bomb hit a police vehicle in Al-Shura last night]], wounding two policemen ..."),
    ("IHEC: 1.9 million eligible voters in Nineveh", "INA", "... distribution of biometric cards ended on Saturday ..."),
]), [I("a", "2025-11-02", "on Sunday", "Bashiqa", "Bashiqa", "Nineveh", "unknown", None, "civilians", "shooting",
       None, None, 1, "wounding one of his guards"),
     I("b", "2025-11-03", "last night", "Al-Shura", "Shura", "Nineveh", None, None, "police", "ied",
       None, None, 2, "wounding two policemen")])

doc("K5", "K", "2021-09-30", alert("baghdad explosion", "September 30, 2021", [
    ("Explosion at kiosk in Baghdad's Al-Shaab wounds two", "Shafaq News",
     "... [[a|an explosive device went off at a kiosk in Baghdad's Al-Shaab district on Wednesday]], wounding two people ..."),
    ("Baghdad: election silence begins Friday", "INA", "... campaigning must stop 24 hours before special voting ..."),
    ("Convoy carrying coalition supplies hit by IED south of Baghdad", "Xinhua",
     "... [[b|a roadside bomb struck a convoy carrying supplies for the US-led coalition in Al-Rashidiya on Tuesday]], causing no casualties ..."),
]), [I("b", "2021-09-28", "on Tuesday", "Al-Rashidiya", "Rashidiya", "Baghdad", None, None, "US forces", "ied",
       0, "causing no casualties", 0, "causing no casualties"),
     I("a", "2021-09-29", "on Wednesday", "Al-Shaab", "Baghdad", "Baghdad", None, None, "civilians", "ied",
       None, None, 2, "wounding two people")])

doc("K6", "K", "2020-02-07", alert("salahuddin OR salah al-din", "February 7, 2020", [
    ("IS attack on PMF in Makhoul mountains kills fighter", "Kurdistan24",
     "... [[a|IS militants attacked a PMF post in the Makhoul mountains north of Baiji on Thursday, killing one fighter]] ..."),
    ("Roadside bomb wounds two soldiers near Tikrit", "Xinhua",
     "... [[b|a roadside bomb struck an army vehicle near Tikrit on Wednesday]], wounding two soldiers, a provincial police source said ..."),
]), [I("a", "2020-02-06", "on Thursday", "Makhoul mountains", "Baiji", "Salahuddin", "ISIS", "attributed", "PMU", "other",
       1, "killing one fighter", None, None),
     I("b", "2020-02-05", "on Wednesday", "Tikrit", "Tikrit", "Salahuddin", None, None, "army", "ied",
       None, None, 2, "wounding two soldiers")])

doc("K7", "K", "2022-05-10", alert("anbar", "May 10, 2022", [
    ("Two soldiers killed by IED near Hit", "Shafaq News",
     "... [[a|two soldiers were killed when an IED hit their vehicle near Hit on Sunday]] ..."),
    ("Former Sahwa leader shot dead in Amiriyat al-Fallujah", "The New Arab",
     "... [[b|gunmen shot dead a former Sahwa leader in Amiriyat al-Fallujah last night]], police said ..."),
]), [I("a", "2022-05-08", "on Sunday", "Hit", "Hit", "Anbar", None, None, "army", "ied",
       2, "two soldiers were killed", None, None),
     I("b", "2022-05-09", "last night", "Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "Anbar", "unknown", None,
       "civilians", "shooting", 1, "shot dead a former Sahwa leader", None, None)])

doc("K8", "K", "2020-10-14", alert("sulaymaniyah", "October 14, 2020", [
    ("Grenade attack on PUK official's house in Kalar", "Rudaw",
     "... [[a|a hand grenade was thrown at the house of a PUK official in Kalar on Monday night]], causing damage but no casualties ..."),
    ("Sulaymaniyah teachers protest unpaid salaries", "NRT", "... hundreds gathered in front of the education directorate ..."),
]), [I("a", "2020-10-12", "on Monday night", "Kalar", "Kalar", "Sulaymaniyah", None, None, "civilians", "other",
       0, "causing damage but no casualties", 0, "causing damage but no casualties")])

doc("K9", "K", "2024-09-18", alert("basra", "September 18, 2024", [
    ("Basra oil exports steady in August", "Reuters", "... southern exports averaged 3.3 million barrels per day ..."),
    ("Court jails three over drug trafficking in Basra", "Shafaq News", "... the criminal court sentenced the three to life ..."),
    ("Protest over water shortage in Abu al-Khasib", "The New Arab", "... residents blocked a road for two hours; no violence was reported ..."),
]), noise=True)

doc("K10", "K", "2023-10-18", alert("maysan", "October 18, 2023", [
    ("Police officer killed by gunmen in Qal'at Salih", "Shafaq News",
     "... [[a|gunmen shot dead a police officer in Qal'at Salih on Monday evening]] ..."),
    ("Sticky bomb wounds oil company employee in Amarah", "Alsumaria News",
     "... [[b|a sticky bomb exploded under the car of an oil company employee in Amarah last night]], wounding him ..."),
]), [I("a", "2023-10-16", "on Monday evening", "Qal'at Salih", "Qalat Salih", "Maysan", "unknown", None, "police",
       "shooting", 1, "shot dead a police officer", None, None),
     I("b", "2023-10-17", "last night", "Amarah", "Amarah", "Maysan", None, None, "civilians", "ied",
       None, None, 1, "wounding him")])

doc("K11", "K", "2019-08-21", alert("duhok turkish", "August 21, 2019", [
    ("Turkish air strike kills two near Begova", "Kurdistan24",
     "... [[a|a Turkish air strike killed two men near Begova, Zakho district, on Monday]]; local officials described them as civilians ..."),
    ("Turkish shelling damages houses in Kesta", "Rudaw",
     "... [[b|Turkish artillery shelled Kesta village, Amedi district, on Tuesday]], damaging two houses; no one was hurt ..."),
]), [I("a", "2019-08-19", "on Monday", "Begova", "Zakho", "Dohuk", "Turkey", "attributed", "civilians",
       "airstrike_operation", 2, "killed two men", None, None),
     I("b", "2019-08-20", "on Tuesday", "Kesta", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       0, "no one was hurt", 0, "no one was hurt")])

doc("K12", "K", "2025-06-12", alert("najaf", "June 12, 2025", [
    ("Explosive device at Sadrist official's house in Al-Mishkhab", "Shafaq News",
     "... [[a|an explosive device went off at the house of a Sadrist official in Al-Mishkhab on Tuesday night]]; there were no injuries ..."),
    ("Najaf: new hospital opens in Kufa", "INA", "... the 400-bed hospital was built by a Chinese company ..."),
]), [I("a", "2025-06-10", "on Tuesday night", "Al-Mishkhab", "Mishkhab", "Najaf", None, None, "civilians", "ied",
       0, "there were no injuries", 0, "there were no injuries")])
