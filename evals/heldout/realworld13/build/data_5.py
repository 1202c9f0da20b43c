"""realworld13 data, part 5: styles M (machine-translated Sorani Kurdish with
odd glosses) and Q (mixed-language posts: English with transliterated Arabic,
or Kurmanji, words)."""
from lib import I, doc

# =====================================================================  M
# Machine translation from Sorani: literal word order ("the night of
# yesterday"), untranslated words (nahiye, gund), Kurdish spellings of places
# (Qoretû, Prdê, Remadî, Bexda, Silêman Beg, Zaxo, Raniye, Hawîce, Xaneqîn).

doc("M1", "M", "2020-08-18", """[Machine translation from Kurdish (Sorani) - original: Xaneqin News Network]
2020/08/18 - 11:40

The terrorists of ISIS again attacked the farmers of the Kurd villages of Qoretû

According to the information that reached to our network, [[a|the night of yesterday the terrorists of ISIS opened fire on two farmers of Kurd in their orchard in a gund (village) of the nahiye (sub-district) of Qoretû]], as result both farmer became martyr. The forces of security of Iraq until this moment did not say anything. The people of the area says that every year in the season of the harvest ISIS attack the farmers and burn the lands, and they request from the Government of the Region and Baghdad a joint force for protect the villages.""", [
    I("a", "2020-08-17", "the night of yesterday", "Qoretû", "Qoratu", "Diyala", "ISIS", "attributed",
      "civilians", "shooting", 2, "both farmer became martyr", None, None),
])

doc("M2", "M", "2022-01-26", """[Machine translation from Kurdish (Sorani) - Kurdistan Voice]
26/01/2022

An explosive is exploded near the house of a Ezidi citizen in Baashîqa

[[a|At the hour 7 of morning today an explosive device was exploded near the door of a house of a Ezidi citizen in the town of Baashîqa]], as result of it his son is injured, no person was dead. Until now it is not known who put the explosive. The Ezidi of Baashîqa and Behzanê say that this is the second time in this winter that they are threatened, and they request from the forces of the Iraqi security to protect the area. The son was transferred to the hospital of Duhok.""", [
    I("a", "2022-01-26", "At the hour 7 of morning today", "Baashîqa", "Bashiqa", "Nineveh", None, None,
      "civilians", "ied", 0, "no person was dead", 1, "his son is injured"),
])

doc("M3", "M", "2021-10-23", """[Sorani > English, automatic translation] Kurdistan Today | 23.10.2021

The terrorists of ISIS attacked the federal police near Prdê

[[a|The night of the day before yesterday the terrorists of ISIS attacked on a point of the federal police near Prdê with the light weapons]], as result of it one policeman became martyr and two others were injured. Prdê (Altun Kupri) is located between Kerkûk and Hewlêr and after the events of October of 2017 the federal forces are in it. The people of Prdê says that the security is bad in the villages that are around it.""", [
    I("a", "2021-10-21", "The night of the day before yesterday", "Prdê", "Altun Kupri", "Kirkuk", "ISIS",
      "attributed", "police", "shooting", 1, "one policeman became martyr", 2, "two others were injured"),
])

doc("M4", "M", "2019-07-21", """[Machine translated from Kurdish (Sorani)] Rûdaw Arabic desk re-publication | 21/07/2019

In Remadî an explosive is exploded in a market

[[a|The yesterday evening an explosive device was exploded in the market of the vegetables in the city of Remadî]], 1 person died and 4 person wounded. No side has announced responsibility of the explosion until now. The forces of security closed the roads of the market and started to investigate. It is said that the explosive was put in a cart of the vegetables. The market is in the centre of Remadî, the centre of the province of Enbar.""", [
    I("a", "2019-07-20", "The yesterday evening", "Remadî", "Ramadi", "Anbar", "unknown", "unclaimed",
      "civilians", "ied", 1, "1 person died", 4, "4 person wounded"),
])

doc("M5", "M", "2019-10-05", """[Machine translation from Kurdish (Sorani)] 05/10/2019

The number of the martyrs of the demonstrations of Bexda is increasing

[[a|The day before yesterday the forces of security shot with the live bullets on the demonstrators in the area of Bexdaya Nwê (New Baghdad)]], as result 4 demonstrator was killed and more than 50 was injured. The demonstrators demand the work and the services and the end of the corruption. The Government of Iraq cut the internet and announced the curfew (qedexey hatuçô) in Bexda. The Kurdistan Region until now is calm.""", [
    I("a", "2019-10-03", "The day before yesterday", "New Baghdad", "Baghdad", "Baghdad", "security forces",
      "attributed", "civilians", "shooting", 4, "4 demonstrator was killed", 50, "more than 50 was injured"),
])

doc("M6", "M", "2022-09-28", """[Machine translation from Kurdish (Sorani) - Garmiyan Press] 28/09/2022

ISIS again attacked a Kurd village in the side of Silêman Beg

[[a|On the night of Monday the terrorists of ISIS opened fire on the village of Kurds of Zengabad in the side of Silêman Beg]], one farmer was wounded, no person was martyred. The villagers says that the terrorists came from the mountain of Hemrîn. The village is in the disputed areas (navçe cêpêkrawekan) and there is no force of Peshmerga there since 2017, and the army of Iraq is far.""", [
    I("a", "2022-09-26", "On the night of Monday", "Silêman Beg", "Sulaiman Bek", "Salahuddin", "ISIS",
      "attributed", "civilians", "shooting", 0, "no person was martyred", 1, "one farmer was wounded"),
])

doc("M7", "M", "2023-06-04", """[Machine translation from Kurdish (Sorani)] Duhok Post | 04/06/2023

A drone of the Turkish state bombed a car near Zaxo

[[a|Today at 10 of the morning a drone of the Turkish state bombed a car near the gund (village) of Bêdar in the Zaxo district]], one person became martyr. The people of the village says that he was a farmer and not have relation with the PKK and he was going to his land. The Government of Kurdistan Region until now did not make a statement. This year the bombing of the Turkish state on the villages of the district of Zaxo and Amêdî was increased.""", [
    I("a", "2023-06-04", "Today at 10 of the morning", "Bêdar", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "one person became martyr", None, None),
])

doc("M8", "M", "2022-04-11", """[Sorani > English automatic translation] Raniye News | 11/04/2022

A bomb exploded under the car of an officer of Asayish in Raniye

[[a|Yesterday at night a bomb that was put under a car of a officer of the Asayish was exploded in the city of Raniye]], the officer was injured and transferred to the hospital of the emergency. Until this moment it is not known who did it. The Asayish of Raniye said they opened investigation. This is the first explosion in the city of Raniye since two years, and the people are worried.""", [
    I("a", "2022-04-10", "Yesterday at night", "Raniye", "Ranya", "Sulaymaniyah", None, None,
      "security forces", "ied", None, None, 1, "the officer was injured"),
])

doc("M9", "M", "2024-08-14", """[Machine translation from Kurdish (Sorani)] Silêmanî 24 | 14/08/2024

An explosion in a station of the fuel in Silêmanî

Today at the hour 3 of afternoon an explosion happened in a station of the fuel in the Bekrejo road of the city of Silêmanî, 2 workers were injured. The directorate of the civil defence said the reason of the explosion is a technical fault in a tank of the gas and it is not a terrorist act. The teams of the fire extinguished the fire in one hour. The directorate asked the owners of the stations to check their tanks in the season of the heat.""", [], noise=True)

doc("M10", "M", "2025-01-18", """[Machine translation from Kurdish (Sorani)] Kerkûk Now | 2025/01/18

ISIS attacked a position of the army of Iraq near Hawîce

[[a|On the night of Friday the terrorists of ISIS attacked with the light weapons on a position of the Iraqi army in Wadî Zxêtûn near Hawîce]], 2 soldier became martyr and 1 injured. The army of Iraq said that the attackers escaped to the valleys. The Wadî Zxêtûn is a hiding place of the ISIS since years and the forces of Iraq many times made operations there but did not finish them.""", [
    I("a", "2025-01-17", "On the night of Friday", "Wadî Zxêtûn", "Hawija", "Kirkuk", "ISIS", "attributed",
      "army", "shooting", 2, "2 soldier became martyr", 1, "1 injured"),
])

doc("M11", "M", "2020-07-06", """[Machine translation from Kurdish (Sorani)] Penjwên Press | 06/07/2020

A drone of the Turkish state bombed a vehicle near Pêncwên

[[a|Today afternoon a drone of the Turkish state bombed a vehicle on the road of the mountain near Pêncwên]], as result 2 person was killed. The people of the area says they was guerrillas (gerîla) of the PKK. The Turkish state did not make a statement until now. The people of Pêncwên say they are afraid to go to their lands on the mountain because of the bombing.""", [
    I("a", "2020-07-06", "Today afternoon", "Pêncwên", "Penjwen", "Sulaymaniyah", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "2 person was killed", None, None),
])

doc("M12", "M", "2023-03-11", """[Machine translation from Kurdish (Sorani)] Xaneqin News Network | 11/03/2023

An explosive of ISIS exploded on a vehicle of the army of Iraq in Meydan

[[a|On the day of Thursday an explosive device of ISIS exploded on a vehicle of the Iraqi army in the area of Meydan of the Xaneqîn district]], 2 soldier martyr and 1 injured. Meydan is a Kurd area near the border of Iran and many of its villages are empty since 2014. The people of Meydan request the return of the Peshmerga to the area for protect them.""", [
    I("a", "2023-03-09", "On the day of Thursday", "Meydan", "Khanaqin", "Diyala", "ISIS", "attributed",
      "army", "ied", 2, "2 soldier martyr", 1, "1 injured"),
])


# =====================================================================  Q
# Mixed-language posts: Facebook / Instagram / Telegram posts by local pages
# and diaspora users, English with transliterated Arabic (or Kurmanji)
# words, glossed in brackets or not at all.

doc("Q1", "Q", "2020-08-23", """Hashd al-Asha'iri Diyala - supporters page
23 August 2020 at 22:14

Inna lillah wa inna ilayhi raji'un. [[a|3 shuhada min el-Hashd el-Asha'iri tonight fi Hibhib, 'ubuwa nasifa (roadside bomb) ghadr from baqaya Daesh]], w jarih wahid (one wounded) in Baquba hospital. Allah yerhamhum w yesabbir ahalihum. Ila mata? (Until when?) The road from Hibhib to the Hamrin is not safe since months and nobody listens.

👍 1.2K   💬 214 comments   ↪ 96 shares""", [
    I("a", "2020-08-23", "tonight", "Hibhib", "Hibhib", "Diyala", "ISIS", "attributed",
      "PMU", "ied", 3, "3 shuhada", 1, "jarih wahid (one wounded)"),
])

doc("Q2", "Q", "2022-01-29", """Mosul el-Hadba News
29/01/2022 · 10:05

[[a|'Ubuwa lasiqa (sticky bomb) under the car of a mohami (lawyer) fi Hay al-Muhandiseen this morning]] - el-hamdulillah huwa salim (he is unharmed), only the car is damaged. Ma aku isabat (no injuries). Police said el-tahqiq mustamir (investigation ongoing) and did not say who they suspect. Mosul needs aman (security) for everyone, not only for the big streets.

👍 860   💬 97 comments""", [
    I("a", "2022-01-29", "this morning", "Hay al-Muhandiseen", "Mosul", "Nineveh", None, None,
      "civilians", "ied", 0, "Ma aku isabat (no injuries)", 0, "Ma aku isabat (no injuries)"),
])

doc("Q3", "Q", "2021-10-16", """Taza & Bashir Turkmen Community
16 October 2021 at 09:31

[[a|Daesh hajamaw (attacked) the Hashd post near Al-Bashir village south of Kirkuk yesterday]], ishtibak (firefight) for one hour, 2 shaheed from our Turkmen Hashd. Allah yerhamhum. Our villages ask the government: where is the army? Ba'ad el-intikhabat (after the elections) everyone forgot us.

👍 540   💬 61 comments   ↪ 40 shares""", [
    I("a", "2021-10-15", "yesterday", "Al-Bashir", "Bashir", "Kirkuk", "ISIS", "attributed",
      "PMU", "shooting", 2, "2 shaheed", None, None),
])

doc("Q4", "Q", "2019-07-20", """Abtal el-Jaish el-Iraqi (Heroes of the Iraqi Army) - Instagram
20 July 2019

Allah yerhamak ya batal (hero) 🇮🇶 [[a|jundi (soldier) from the 10th Division istashhad by 'ubuwa nasifa on the Khalidiya-Habbaniyah road the day before yesterday]]. 1 shaheed, his friends say he was getting married next month. El-majd lil-shuhada (glory to the martyrs). #Anbar #Khalidiya #shuhada

♥ 3,412 likes""", [
    I("a", "2019-07-18", "the day before yesterday", "Khalidiya", "Khalidiya", "Anbar", None, None,
      "army", "ied", 1, "1 shaheed", None, None),
])

doc("Q5", "Q", "2019-10-27", """#Thawrat_Tishreen #نازل_آخذ_حقي
27 Oct 2019 · 23:48

Ya jama'a (people), [[a|mulathameen (masked men) shot at the tents in Sahat al-Tayaran tonight]], 1 shaheed w 7 jarha (wounded). Nobody knows min hum (who they are), the police stood far away. Baqeen (we are staying), we will not leave el-sahat (the squares). Share please, el-internet is slow.

♥ 5.1K   🔁 2.3K""", [
    I("a", "2019-10-27", "tonight", "Sahat al-Tayaran", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "shooting", 1, "1 shaheed", 7, "7 jarha (wounded)"),
])

doc("Q6", "Q", "2022-09-09", """Salah el-Din el-Yawm
09/09/2022 · 08:20

[[a|Daesh zara'aw 'ubuwa (planted a bomb) in a bustan (orchard) near Al-Dhuluiya ams (yesterday)]], 2 fallahin (farmers) jarha, ma aku shuhada alhamdulillah. The fallahin were picking grapes. Dhuluiya people say Daesh wants to scare them before the harvest. El-jihat el-amniya (security agencies) opened investigation.

👍 312   💬 45 comments""", [
    I("a", "2022-09-08", "ams (yesterday)", "Al-Dhuluiya", "Dhuluiya", "Salahuddin", "ISIS", "attributed",
      "civilians", "ied", 0, "ma aku shuhada", 2, "2 fallahin (farmers) jarha"),
])

doc("Q7", "Q", "2023-06-19", """Zakho Diaspora Network - Facebook group
19 June 2023 at 18:02

Xwedê rehma wî bike 🤲 (God rest his soul). [[a|Turkish drone hit a farmer's car near Begova in Zakho district îro (today)]], 1 şehîd. He was a cotkar (farmer), not PKK, everybody in Begova knows him. How long will our gund (villages) pay for this war? Please share so the world sees.

👍 1.9K   💬 322 comments   ↪ 410 shares""", [
    I("a", "2023-06-19", "îro (today)", "Begova", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "1 şehîd", None, None),
])

doc("Q8", "Q", "2022-08-11", """Najaf el-Ashraf News
11/08/2022 · 07:15

[[a|'Ubuwa sawtiya (sound bomb) on the maqar (office) of a party in Hay al-Jami'a, Najaf, el-fajr (at dawn)]] - ma aku isabat, only the door and windows damaged. Hadhi thalith marra (this is the third time) this year. El-shurta (police) did not name anyone. Allah yehfadh Najaf.

👍 270   💬 38 comments""", [
    I("a", "2022-08-11", "el-fajr (at dawn)", "Hay al-Jami'a", "Najaf", "Najaf", None, None,
      "", "ied", 0, "ma aku isabat", 0, "ma aku isabat"),
])

doc("Q9", "Q", "2021-07-02", """Maysan el-Yawm
02/07/2021 · 12:40

Haram wallah! Rasasa taysha (stray bullet) from 'iyarat nariya (celebratory gunfire) in a wedding in Al-Kahla killed a shab (young man) who was a guest, ams bil-leil (yesterday night). El-shurta arrested the man who shot. This is not an attack, it is jahl (ignorance). Stop the shooting in the weddings ya nas!

👍 2.2K   💬 540 comments""", [], noise=True)

doc("Q10", "Q", "2020-06-21", """Basra Activists Network
21 June 2020 · 09:30

[[a|Ightiyal (assassination) of the nashit (activist) in Al-Tannuma, Basra, after maghrib yesterday]] - he was shot dead by majhooleen (unknown men) on a motorbike near his house. Allah yerhamah. He was in the sahat since Tishreen. Who is next? El-hukuma (the government) promised protection, wein el-himaya (where is the protection)?

👍 4.4K   💬 870 comments   ↪ 1.1K shares""", [
    I("a", "2020-06-20", "after maghrib yesterday", "Al-Tannuma", "Tannuma", "Basra", "unknown", None,
      "civilians", "shooting", 1, "he was shot dead", None, None),
])

doc("Q11", "Q", "2025-05-13", """Ali al-Gharbi News
13/05/2025 · 07:55

[[a|'Ubuwa 'ala bayt (on the house of) a dhabit (police officer) in Ali al-Gharbi fajr el-yom (at dawn today)]], his wife injured, el-dhabit salim (the officer unharmed). Police did not say who they suspect. Allah yeshfiha (God heal her). Enough fawda (chaos) in our qadha'!

👍 410   💬 66 comments""", [
    I("a", "2025-05-13", "fajr el-yom (at dawn today)", "Ali al-Gharbi", "Ali al-Gharbi", "Maysan", None, None,
      "police+civilians", "ied", None, None, 1, "his wife injured"),
])

doc("Q12", "Q", "2024-04-28", """Hashd Baiji - Telegram channel
28.04.2024 · 06:50

🔴 [[a|Daesh hajamaw (attacked) a Hashd nuqta (post) near Baiji fajran (at dawn)]], ishtibak (firefight) for 40 minutes, 1 shaheed w 2 jarha. Our abtal (heroes) pushed them back to the Makhoul. Allah yerham el-shaheed.

👁 14.2K""", [
    I("a", "2024-04-28", "fajran (at dawn)", "Baiji", "Baiji", "Salahuddin", "ISIS", "attributed",
      "PMU", "shooting", 1, "1 shaheed", 2, "2 jarha"),
])
