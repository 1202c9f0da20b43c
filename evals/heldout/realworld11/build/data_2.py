"""realworld11 data, part 2: F (live-map / feed entries), X (X/Twitter threads by
local journalists), T (translated Telegram channel posts)."""
from lib import I, doc

# ============================================================ F: live-map feed entries

doc("F1", "F", "2022-05-13", """Diyala: 2 PMF fighters wounded in IED blast near Bani Saad

13 May 2022 08:41 · Diyala Governorate
[[a|IED exploded on a vehicle of the PMF 24th Brigade near Bani Saad this morning, 2 fighters wounded]] - security source. No claim so far.
Source: Baghdad Today · Category: IED / explosion · 📍 33.56, 44.53

Related
12 May 2022 22:10 · Baquba: Diyala police arrest 3 suspects wanted under article 4 anti-terrorism law
12 May 2022 17:30 · Khalis: farmers protest water cuts, block road to Baquba""", [
    I("a", "2022-05-13", "13 May 2022 08:41", "Bani Saad", "Bani Saad", "Diyala", "unknown", "unclaimed",
      "PMU", "ied", None, None, 2, "2 fighters wounded"),
], ext="json", title="Diyala: 2 PMF fighters wounded in IED blast near Bani Saad",
    outlet="Iraq live map (feed export)", published="2022-05-13T11:02:00+03:00", section="Iraq")

doc("F2", "F", "2020-11-21", """Iraq | live feed - page captured 21 Nov 2020 16:40 (Baghdad time)

3h ago · Mosul
[[a|Sticky bomb exploded under a car in Al-Zuhur neighborhood, east Mosul; the driver, a Hashd member, injured]]. Police cordoned off the area. Perpetrators unknown.
👤 local account · 📍 Al-Zuhur

5h ago · Hamdaniya
Church bells ring again in Qaraqosh after restoration of Al-Tahira church

7h ago · Sinjar
IDP families return from Dohuk camps under Sinjar agreement, 40 families today

9h ago · Erbil
KRG announces salaries for September will be paid next week
""", [
    I("a", "2020-11-21", "3h ago", "Mosul", "Mosul", "Nineveh", "unknown", None,
      "PMU", "ied", None, None, 1, "the driver, a Hashd member, injured"),
])

doc("F3", "F", "2023-08-23", """Iraq | live feed - page captured 23 Aug 2023 09:15 (UTC+3)

22 Aug 2023 23:15 · Kirkuk
[[a|ISIS attack on army positions in Wadi al-Zghaitoun near Hawija: 1 soldier killed, 2 injured]]. Army aviation was called in to search the valley.
👤 security source via Shafaq · 📍 Hawija

22 Aug 2023 20:02 · Kirkuk
Arab and Turkmen protesters keep sit-in on Kirkuk-Erbil road for fifth day

22 Aug 2023 14:30 · Tuz Khurmatu
Turkmen Front says it rejects return of KDP to Kirkuk headquarters
""", [
    I("a", "2023-08-22", "22 Aug 2023 23:15", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed",
      "army", "shooting", 1, "1 soldier killed", 2, "2 injured"),
])

doc("F4", "F", "2021-02-20", """Al Anbar: 2 rockets fell near the perimeter of Ain al-Asad airbase

20 Feb 2021 21:30 · Al Anbar
[[a|2 rockets fell near the perimeter of Ain al-Asad airbase, which hosts US troops; no casualties]], according to security sources. Launch site not yet located.
Category: rocket attack · 📍 Al Baghdadi

Related
20 Feb 2021 19:45 · Baghdad: PM Kadhimi meets NATO mission commander
19 Feb 2021 23:10 · Erbil: investigation into Feb 15 rocket attack continues, KRG says suspects identified""", [
    I("a", "2021-02-20", "20 Feb 2021 21:30", "Ain al-Asad", "Ain al-Asad", "Anbar", None, None,
      "US forces", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
], ext="json", title="Al Anbar: 2 rockets fell near the perimeter of Ain al-Asad airbase",
    outlet="Iraq live map (feed export)", published="2021-02-20T23:05:00+03:00", section="Iraq")

doc("F5", "F", "2024-06-14", """Iraq | live feed - page captured 14 Jun 2024 08:30 (UTC+3)

14 Jun 2024 01:20 · Baghdad
[[a|Explosive device detonated at a liquor shop in Karrada, shop worker injured]]. Third such attack in Baghdad this month.
👤 local journalist · 📍 Karrada

13 Jun 2024 21:40 · Baghdad
Protest outside US embassy over Gaza dispersed peacefully

13 Jun 2024 16:05 · Najaf
Heat: temperatures reach 49C, official working hours cut
""", [
    I("a", "2024-06-14", "14 Jun 2024 01:20", "Karrada", "Baghdad", "Baghdad", None, None,
      "civilians", "ied", None, None, 1, "shop worker injured"),
])

doc("F6", "F", "2020-04-25", """Salah ad-Din: 3 PMU killed, 1 injured in ISIS ambush near Ishaqi

25 Apr 2020 19:02 · Salah ad-Din
[[a|3 PMU killed, 1 injured in ISIS ambush near Ishaqi]]; the fighters were on their way to relieve a checkpoint, security source says.
Category: ambush · 📍 Al Ishaqi

Related
25 Apr 2020 15:20 · Samarra: curfew exemption for farmers during harvest
24 Apr 2020 22:45 · Kirkuk: IS suspect arrested in Hawija""", [
    I("a", "2020-04-25", "25 Apr 2020 19:02", "Ishaqi", "Ishaqi", "Salahuddin", "ISIS", "attributed",
      "PMU", "ambush", 3, "3 PMU killed", 1, "1 injured"),
], ext="json", title="Salah ad-Din: 3 PMU killed, 1 injured in ISIS ambush near Ishaqi",
    outlet="Iraq live map (feed export)", published="2020-04-25T21:40:00+03:00", section="Iraq")

doc("F7", "F", "2022-07-27", """Iraq | live feed - page captured 27 Jul 2022 15:10 (UTC+3)

26 Jul 2022 13:05 · Duhok
[[a|Turkish drone targeted a vehicle near Zakho, 1 killed]] - local sources say a PKK member.
👤 Kurdish journalist · 📍 Zakho

26 Jul 2022 10:40 · Baghdad
Sadr supporters continue sit-in inside parliament

25 Jul 2022 23:55 · Duhok
Turkish warplanes over Amedi district, residents report
""", [
    I("a", "2022-07-26", "26 Jul 2022 13:05", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed",
      "PKK", "airstrike_operation", 1, "1 killed", None, None),
])

doc("F8", "F", "2021-07-19", """Iraq | live feed - page captured 19 Jul 2021 07:05 (UTC+3)

18 Jul 2021 22:40 · Basra
[[a|Katyusha rocket landed near the Burjesia camp used by foreign oil companies near Zubair, no casualties]]. Police searching for launch site.
👤 Basra journalist · 📍 Zubair

18 Jul 2021 19:10 · Basra
Power cuts: protesters block road to Rumaila oil field

18 Jul 2021 12:25 · Dhi Qar
Death toll of Nasiriyah hospital fire rises, health ministry says
""", [
    I("a", "2021-07-18", "18 Jul 2021 22:40", "Zubair", "Zubair", "Basra", None, None,
      "", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
])

doc("F9", "F", "2025-02-11", """Iraq | live feed - page captured 11 Feb 2025 10:20 (UTC+3)

2h ago · Wasit
[[a|Hand grenade thrown at the house of a police officer in Al-Hay district, his wife injured]]. Police investigating.
👤 Kut local news · 📍 Al-Hay

4h ago · Baghdad
Council of Ministers session postponed to Wednesday

6h ago · Basra
Fog delays flights at Basra airport
""", [
    I("a", "2025-02-11", "2h ago", "Al-Hay", "Hay", "Wasit", None, None,
      "police+civilians", "other", None, None, 1, "his wife injured"),
])

doc("F10", "F", "2021-05-08", """Maysan: gunmen on a motorcycle shot dead a PMF member in Majar al-Kabir

8 May 2021 18:20 · Maysan
[[a|Gunmen on a motorcycle shot dead a PMF member in Majar al-Kabir]] as he left his house. Unknown assailants fled.
Category: assassination · 📍 Al Majar al Kabir

Related
8 May 2021 14:00 · Karbala: activists march after killing of Ihab al-Wazni anniversary calls
7 May 2021 20:30 · Amarah: police seize 2 kg of crystal meth""", [
    I("a", "2021-05-08", "8 May 2021 18:20", "Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None,
      "PMU", "shooting", 1, "shot dead a PMF member", None, None),
], ext="json", title="Maysan: gunmen on a motorcycle shot dead a PMF member in Majar al-Kabir",
    outlet="Iraq live map (feed export)", published="2021-05-08T19:55:00+03:00", section="Iraq")

doc("F11", "F", "2020-08-24", """Iraq | live feed - page captured 24 Aug 2020 12:00 (UTC+3)

24 Aug 2020 09:50 · Muthanna
[[a|IED targeted a convoy of trucks contracted by the US-led coalition on the highway near Samawah, no casualties]]. Trucks continued to Kuwait border.
👤 security source · 📍 Samawah

24 Aug 2020 08:15 · Basra
Activists announce strike after killings of two protesters last week

23 Aug 2020 22:00 · Baghdad
Kadhimi arrives in Washington for meeting with Trump
""", [
    I("a", "2020-08-24", "24 Aug 2020 09:50", "Samawah", "Samawa", "Muthanna", None, None,
      "US forces", "ied", 0, "no casualties", 0, "no casualties"),
])

doc("F12", "F", "2019-09-15", """Iraq | live feed - page captured 15 Sep 2019 20:30 (UTC+3)

15 Sep 2019 18:45 · Sulaymaniyah
[[a|Gunmen opened fire on a PUK official's car in Chamchamal, bodyguard wounded]]. Official unhurt; attackers fled toward Kirkuk road.
👤 Kurdish journalist · 📍 Chamchamal

15 Sep 2019 15:30 · Erbil
KDP and PUK continue talks on Kurdistan Region cabinet posts

15 Sep 2019 11:10 · Karbala
Arbaeen preparations: 14 million visitors expected
""", [
    I("a", "2019-09-15", "15 Sep 2019 18:45", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", None,
      "civilians", "shooting", None, None, 1, "bodyguard wounded"),
])

# ============================================================ X: X/Twitter threads

doc("X1", "X", "2022-05-18", """Mustafa Al-Karkhi @mkarkhi_news

BREAKING: [[a|#ISIS attack on #PMF post in Mansuriyat al-Jabal, NE #Diyala, tonight. 2 fighters killed, 1 injured]] per security source. 1/2

no official statement yet. villagers say the attackers came from the Hamrin ridge and withdrew before reinforcements arrived. third attack in the area this month. 2/2

11:48 PM · May 18, 2022 · Twitter for iPhone

87 Retweets  14 Quote Tweets  203 Likes
""", [
    I("a", "2022-05-18", "tonight", "Mansuriyat al-Jabal", "Mansuriyat al-Jabal", "Diyala", "ISIS", "attributed",
      "PMU", "shooting", 2, "2 fighters killed", 1, "1 injured"),
])

doc("X2", "X", "2020-11-24", """rasha h. @rasha_mosul

[[a|sticky bomb on a car in mosul's nabi yunus area this afternoon. driver (a school teacher) dead]]. no claim. police say investigation opened #Mosul #الموصل

neighbours say he had received threats after speaking about corruption in the education directorate. horrible.

3:27 PM · Nov 24, 2020 · Twitter for Android

41 Retweets  96 Likes
""", [
    I("a", "2020-11-24", "this afternoon", "mosul", "Mosul", "Nineveh", "unknown", "unclaimed",
      "civilians", "ied", 1, "driver (a school teacher) dead", None, None),
])

doc("X3", "X", "2023-08-27", """Kirkuk Observer @kirkuk_obs

🔴 BREAKING | [[a|IED targets federal police patrol on the Kirkuk-Baghdad road near #Taza earlier today, 2 policemen injured]], taken to Kirkuk general hospital. #Kirkuk

update: police sources say the device was planted in a culvert. no claim yet.

6:12 PM · Aug 27, 2023 · Twitter Web App

22 Retweets  3 Quote Tweets  58 Likes
""", [
    I("a", "2023-08-27", "earlier today", "Taza", "Taza", "Kirkuk", "unknown", "unclaimed",
      "police", "ied", None, None, 2, "2 policemen injured"),
])

doc("X4", "X", "2021-02-24", """Omar Al-Dulaimi @omar_anbar

1/3 Confirmed: [[a|two members of the Anbar Tribal Hashd were killed last night when militants attacked their post near Hit]], west of Ramadi.

2/3 A security source blames ISIS remnants operating from the Wadi Horan area. A third fighter was wounded and is in Hit hospital.

3/3 This is the second attack on tribal fighters around Hit in two weeks. Locals want the army back in the villages north of the Euphrates.

9:05 AM · Feb 24, 2021 · Twitter for iPhone
""", [
    I("a", "2021-02-23", "last night", "Hit", "Hit", "Anbar", "ISIS", "attributed",
      "PMU", "shooting", 2, "two members of the Anbar Tribal Hashd were killed", 1, "A third fighter was wounded"),
])

doc("X5", "X", "2024-06-20", """Zaid B. @zaid_bgd

[[a|Sticky bomb went off under a car belonging to an Interior Ministry officer in Al-Dora, Baghdad, at 7am today. Officer injured]], moderately. No claim. #Baghdad #العراق

Not the first time Dora has seen this. Feels like 2012 all over again, but much smaller.

10:16 AM · Jun 20, 2024 · Twitter for iPhone

12 Retweets  30 Likes
""", [
    I("a", "2024-06-20", "at 7am today", "Al-Dora, Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed",
      "police", "ied", None, None, 1, "Officer injured"),
])

doc("X6", "X", "2020-04-28", """Hashd watcher @hashd_watch

[[a|ISIS fighters attacked a PMU position near Baiji on Monday night: 2 PMU fighters killed and 2 wounded]], the PMU media directorate said this morning. 🧵

the 51st Brigade holds that sector. they've been asking for thermal cameras for a year. this is exactly what happens without them.

8:44 AM · Apr 28, 2020 · Twitter Web App
""", [
    I("a", "2020-04-27", "on Monday night", "Baiji", "Baiji", "Salahuddin", "ISIS", "attributed",
      "PMU", "shooting", 2, "2 PMU fighters killed", 2, "2 wounded"),
])

doc("X7", "X", "2022-07-29", """Sirwan R. @sirwan_duhok

BREAKING: [[a|Turkish drone strike on a farmhouse in Kesta village (Amedi district) this morning, 1 civilian killed, 2 injured]] per the village mukhtar. #Duhok #Kurdistan

the mukhtar says there were no PKK fighters in the village. families are leaving for Amedi town. 2/2

11:32 AM · Jul 29, 2022 · Twitter for Android
""", [
    I("a", "2022-07-29", "this morning", "Kesta village (Amedi district)", "Amedi", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "1 civilian killed", 2, "2 injured"),
])

doc("X8", "X", "2023-11-02", """Erbil news desk @erbil_desk

JUST IN: [[a|two drones targeted Harir air base north of #Erbil, which hosts US forces, tonight. No casualties]] according to Kurdistan Region CTD.

The "Islamic Resistance in Iraq" claimed the attack in a Telegram statement minutes later. Third attack on Harir since Oct 17.

10:58 PM · Nov 2, 2023 · Twitter Web App
""", [
    I("a", "2023-11-02", "tonight", "Harir air base", "Harir", "Erbil", "PMU", "claimed",
      "US forces", "other", 0, "No casualties", 0, "No casualties"),
])

doc("X9", "X", "2020-05-30", """Basra Now @basra_now

[[a|hand grenade thrown at protesters' tent in #Zubair tonight, 3 injured]], one seriously. tents set on fire after. no one arrested. #البصرة #Basra

the sit-in has been there since october. protesters blame 'parties' militias' but nobody named.

11:20 PM · May 30, 2020 · Twitter for iPhone
""", [
    I("a", "2020-05-30", "tonight", "Zubair", "Zubair", "Basra", None, None,
      "civilians", "other", None, None, 3, "3 injured"),
])

doc("X10", "X", "2023-12-10", """Haider K. @haider_krb

[[a|gunmen opened fire on the house of a provincial council candidate in Karbala city last night, no one hurt]], windows and car damaged. he's on the list of a new independent coalition. #Karbala #انتخابات_مجالس_المحافظات

elections in 8 days. third incident against candidates in the middle euphrates this week.

9:02 AM · Dec 10, 2023 · Twitter for iPhone
""", [
    I("a", "2023-12-09", "last night", "Karbala city", "Karbala", "Karbala", "unknown", None,
      "civilians", "shooting", 0, "no one hurt", 0, "no one hurt"),
])

doc("X11", "X", "2021-06-14", """Najaf Reporter @najaf_reporter

[[a|IED hit the car of a Saraya al-Salam commander in Al-Haydariya, north of #Najaf, this evening. He was wounded]], his driver unhurt. No claim. 1/2

Al-Haydariya has been tense since the tribal fight last month, but a bomb is new. 2/2

8:47 PM · Jun 14, 2021 · Twitter for Android
""", [
    I("a", "2021-06-14", "this evening", "Al-Haydariya", "Haydariya", "Najaf", "unknown", "unclaimed",
      "PMU", "ied", None, None, 1, "He was wounded"),
])

doc("X12", "X", "2025-06-02", """Diwaniyah Today @diwaniyah_today

[[a|explosive device thrown at the home of a PMF commander in Al-Shamiya at dawn, no casualties]], material damage only. police say they have the CCTV. #الديوانية #Diwaniyah

it's the second time his house was attacked since ramadan.

7:41 AM · Jun 2, 2025 · Twitter for iPhone
""", [
    I("a", "2025-06-02", "at dawn", "Al-Shamiya", "Shamiya", "Qadisiyah", None, None,
      "PMU", "other", 0, "no casualties", 0, "no casualties"),
])

# ============================================================ T: translated Telegram posts

doc("T1", "T", "2022-05-28", """Diyala Events | أحداث ديالى
(translated from Arabic)

🔴 Urgent | [[a|The martyrdom of a shepherd and the injury of his brother by the gunfire of Daesh remnants in the village of Al-Mikhaisa in Abu Saida district]] an hour ago. The security forces arrived at the place and began combing the orchards.

#Diyala #Abu_Saida

👁 9.4K   edited   21:14 · 28.05.2022
""", [
    I("a", "2022-05-28", "an hour ago", "Abu Saida", "Abu Saida", "Diyala", "ISIS", "attributed",
      "civilians", "shooting", 1, "The martyrdom of a shepherd", 1, "the injury of his brother"),
])

doc("T2", "T", "2020-11-09", """Nineveh Now | نينوى الآن
(translated from Arabic)

Urgent 🔴 [[a|A member of the army was martyred and two others were wounded as an explosive device detonated on their patrol in the desert of Al-Baaj]] this evening.
The wounded were transferred to Tal Afar hospital. No party has claimed responsibility so far.

#Nineveh #Baaj

👁 12.1K   23:10 · 09.11.2020
""", [
    I("a", "2020-11-09", "this evening", "Al-Baaj", "Baaj", "Nineveh", "unknown", "unclaimed",
      "army", "ied", 1, "A member of the army was martyred", 2, "two others were wounded"),
])

doc("T3", "T", "2023-08-28", """Kirkuk 24 | كركوك 24
(translated from Arabic)

🔴 Urgent | [[a|Three elements of the Crowd were wounded in an attack by Daesh terrorists on their point in the Zab district]], west of Kirkuk, tonight. The wounded are in a stable condition.

Reinforcements from the Hashd 52nd Brigade arrived to the area.

👁 5.7K   22:36 · 28.08.2023
""", [
    I("a", "2023-08-28", "tonight", "Zab", "Zab", "Kirkuk", "ISIS", "attributed",
      "PMU", "shooting", None, None, 3, "Three elements of the Crowd were wounded"),
])

doc("T4", "T", "2021-02-09", """Sabereen News | صابرين نيوز
(translated from Arabic)

⭕️ Urgent | [[a|An explosive device targets a logistical convoy of the American occupation in Al-Anbar near Al-Saqlawiya]] a short while ago.

No information about losses so far.

#America_out

👁 31.2K   13:55 · 09.02.2021
""", [
    I("a", "2021-02-09", "a short while ago", "Al-Saqlawiya", "Saqlawiyah", "Anbar", None, None,
      "US forces", "ied", None, None, None, None),
])

doc("T5", "T", "2024-06-22", """Baghdad Events | أحداث بغداد
(translated from Arabic)

Urgent | [[a|An explosive device exploded at a shop selling alcoholic beverages in the Zayouna area, east of Baghdad, without casualties]], and the security forces closed the street.

It is the fourth of its kind in the capital this month.

👁 18.9K   00:48 · 22.06.2024
""", [
    I("a", "2024-06-22", "00:48 · 22.06.2024", "Zayouna area, east of Baghdad", "Baghdad", "Baghdad", None, None,
      "", "ied", 0, "without casualties", 0, "without casualties"),
])

doc("T6", "T", "2020-04-15", """Salahuddin Operations Media | إعلام عمليات صلاح الدين
(translated from Arabic)

[[a|The martyrdom of two of the Crowd and the wounding of three in an attack by the terrorist Daesh gangs on a point of the Popular Mobilization in Yathrib, south of Balad]] at dawn today. Our forces repelled the attack and pursued the attackers towards the orchards.

Mercy for our martyrs and healing for our wounded.

👁 4.2K   09:20 · 15.04.2020
""", [
    I("a", "2020-04-15", "at dawn today", "Yathrib", "Yathrib", "Salahuddin", "ISIS", "attributed",
      "PMU", "shooting", 2, "The martyrdom of two of the Crowd", 3, "the wounding of three"),
])

doc("T7", "T", "2022-07-06", """Duhok News | هەواڵی دهۆک
(translated from Kurdish)

‼️ [[a|The Turkish occupation army bombed the villages of the Sheladze area with artillery; a young villager was martyred while working in his field]] this afternoon. The people of the area call on the Kurdistan Region government to protect them.

#Sheladze #Duhok

👁 7.3K   17:05 · 06.07.2022
""", [
    I("a", "2022-07-06", "this afternoon", "Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", 1, "a young villager was martyred", None, None),
])

doc("T8", "T", "2025-07-15", """Kurdistan Now | کوردستان ئێستا
(translated from Kurdish)

🔴 [[a|A drone attack targeted the Khurmala oil field west of Erbil at dawn today, without human losses]]; a fire broke out in one of the storage tanks and teams are working to put it out.

It is the third drone attack on oil fields in the Region in two days.

👁 22.8K   08:12 · 15.07.2025
""", [
    I("a", "2025-07-15", "at dawn today", "Khurmala", "Khurmala", "Erbil", None, None,
      "", "other", 0, "without human losses", 0, "without human losses"),
])

doc("T9", "T", "2022-10-18", """Babil Events | أحداث بابل
(translated from Arabic)

Urgent | [[a|An explosive device targeted the car of an employee of the Babil governorate in the Al-Bakerli neighborhood of Hilla, and he was injured]] tonight. He was taken to Marjan hospital.

👁 3.8K   21:40 · 18.10.2022
""", [
    I("a", "2022-10-18", "tonight", "Hilla", "Hilla", "Babil", None, None,
      "civilians", "ied", None, None, 1, "he was injured"),
])

doc("T10", "T", "2021-04-12", """Dhi Qar Now | ذي قار الآن
(translated from Arabic)

🔴 [[a|The killing of a police officer by gunfire of unknown persons in front of his house in Al-Shatrah]] this evening.

The police command formed an investigative committee. The officer holds the rank of first lieutenant.

👁 6.6K   20:31 · 12.04.2021
""", [
    I("a", "2021-04-12", "this evening", "Al-Shatrah", "Shatra", "Dhi Qar", "unknown", None,
      "police", "shooting", 1, "The killing of a police officer", None, None),
])

doc("T11", "T", "2019-12-22", """Maysan Events | أحداث ميسان
(translated from Arabic)

Urgent | [[a|Unknown gunmen assassinated an officer in the National Security Service in the Al-Hussein neighborhood of Amarah]] a short while ago, and fled to an unknown destination.

#Maysan

👁 2.9K   19:05 · 22.12.2019
""", [
    I("a", "2019-12-22", "a short while ago", "Amarah", "Amarah", "Maysan", "unknown", None,
      "security forces", "shooting", 1, "assassinated an officer in the National Security Service", None, None),
])

doc("T12", "T", "2023-03-04", """Muthanna Events | أحداث المثنى
(translated from Arabic)

Urgent 🔴 [[a|An explosive device targeted the car of a Saraya al-Salam member in Al-Rumaitha, injuring him]] at dawn today. The device was placed under the driver's seat.

#Muthanna #Rumaitha

👁 4.0K   07:55 · 04.03.2023
""", [
    I("a", "2023-03-04", "at dawn today", "Al-Rumaitha", "Rumaitha", "Muthanna", None, None,
      "PMU", "ied", None, None, 1, "injuring him"),
])
