"""realworld17 data: styles H (NGO / UN notes) and S (Telegram posts)."""
from lib import I, doc

# ============================================================ H: NGO / UN notes
doc("H1", "H", "2020-09-30", """NRC Iraq - Area update: Diyala (Muqdadiyah and Khanaqin districts) - 30 September 2020

Context: Protection partners recorded 14 incidents affecting civilians in Muqdadiyah district in September, most of them threats and crop burnings.
Incident of note: On 22 September, [[a|armed men attacked the house of a returnee family in Al-Sudour village, Muqdadiyah district]], killing the father. His two sons were unharmed. The family had returned from Khanaqin camp in July.
Response: NRC's legal team is assisting the family with the compensation file.""",
    [I("a", "2020-09-22", "On 22 September", "Al-Sudour", "Muqdadiyah", "Diyala", "unknown", None, "civilians", "shooting", 1, "killing the father", 0, "His two sons were unharmed")])

doc("H2", "H", "2023-05-02", """UNAMI Human Rights Office - civilian casualty note, Salahuddin, April 2023 (issued 2 May 2023)

On 21 April, [[a|an improvised explosive device detonated as farmers drove to their fields near Al-Alam]], killing one farmer and injuring two others. No party claimed responsibility.
[[b|Earlier in April, unidentified armed men abducted a shepherd near Tuz Khurmatu]]; he was released after his family paid a ransom.
UNAMI reminds all parties of their obligation to protect civilians and calls for prompt investigations.""",
    [I("a", "2023-04-21", "On 21 April", "Al-Alam", "Alam", "Salahuddin", "unknown", "unclaimed", "civilians", "ied", 1, "killing one farmer", 2, "injuring two others"),
     I("b", "2023-04", "Earlier in April", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "unknown", None, "civilians", "kidnapping", None, None, None, None, prec="month")])

doc("H3", "H", "2021-12-13", """Surveillance System for Attacks on Health Care - Iraq - incident summary

On 11 December 2021, [[a|an ambulance of the Hawija general hospital was struck by an IED on the road near Al-Rashad]] while transferring a patient. Two health workers were injured and there were no deaths. The vehicle was badly damaged. WHO condemns all attacks on health care and calls for the protection of health workers.

Report date: 13 December 2021""",
    [I("a", "2021-12-11", "On 11 December 2021", "Al-Rashad", "Rashad", "Kirkuk", None, None, "civilians", "ied", 0, "there were no deaths", 2, "Two health workers were injured")],
    ext="html", title="Ambulance struck by IED near Al-Rashad, Kirkuk", outlet="WHO Iraq - attacks on health care")

doc("H4", "H", "2019-06-03", """UNHCR Iraq - Protection update: Anbar governorate - May 2019 (published 3 June 2019)

Returns to Fallujah and Al-Saqlawiya districts continued at a slow pace. Protection monitors reported the following incident: on 28 May, [[a|unknown persons threw a hand grenade at the house of a returnee family in Al-Saqlawiya]], injuring a woman. Families in the area told monitors they feared further attacks on households perceived as having relatives affiliated with ISIL.""",
    [I("a", "2019-05-28", "on 28 May", "Al-Saqlawiya", "Saqlawiyah", "Anbar", "unknown", None, "civilians", "other", None, None, 1, "injuring a woman")])

doc("H5", "H", "2022-10-28", """NGO safety platform - KRI weekly advisory - 28 October 2022

Incidents: On 24 October, [[a|an air strike attributed to Turkey hit a car near Choman]], killing a civilian driver and injuring a passenger. NGOs should avoid movements along the Choman-Haj Omaran road until further notice.
Outlook: Further cross-border strikes are likely in Soran and Choman districts. Humanitarian movements to Sidakan remain suspended.""",
    [I("a", "2022-10-24", "On 24 October", "Choman", "Choman", "Erbil", "Turkey", "attributed", "civilians", "airstrike_operation", 1, "killing a civilian driver", 1, "injuring a passenger")])

doc("H6", "H", "2020-01-22", """# Iraq: end the abductions of protest volunteers

Statement - 22 January 2020 - human rights NGO

On 17 January 2020, [[a|masked gunmen abducted a volunteer medic near Tahrir Square in Baghdad]] as she left a first-aid tent. She was released two days later. Since October, hundreds of protesters have been killed and dozens abducted. We call on the authorities to identify and prosecute those responsible.""",
    [I("a", "2020-01-17", "On 17 January 2020", "Tahrir Square", "Baghdad", "Baghdad", "unknown", None, "civilians", "kidnapping", None, None, None, None)],
    ext="md")

doc("H7", "H", "2025-02-11", """UNICEF Iraq - statement - 11 February 2025

UNICEF is deeply concerned by reports that two children were injured on 9 February when [[a|a drone strike hit near their home in a village outside Mawat]], Sulaymaniyah governorate. The children were taken to hospital in Sulaymaniyah city. UNICEF calls on all parties to protect children from harm at all times.""",
    [I("a", "2025-02-09", "on 9 February", "Mawat", "Mawat", "Sulaymaniyah", None, None, "civilians", "airstrike_operation", None, None, 2, "two children were injured")])

doc("H8", "H", "2024-07-25", """IOM Iraq DTM - Emergency tracking: climate-induced displacement, Dhi Qar and Maysan - 25 July 2024

Since 1 July, 310 families have left villages in Al-Chibayish and Al-Maimouna because of water scarcity and the salinity of marsh water. Most moved to Al-Nasiriyah and Al-Amarah city centres. No security incidents were reported in the assessed locations. Priority needs: drinking water, livelihoods, and fodder for buffalo.""",
    noise=True)

doc("H9", "H", "2024-08-20", """UNAMI - press statement - 20 August 2024

The United Nations Assistance Mission for Iraq condemns the attack on 18 August in which [[a|gunmen opened fire on a pilgrims' service tent near Ain al-Tamr]], Karbala governorate, killing one volunteer and wounding two. UNAMI calls for the perpetrators to be brought to justice and commends the security measures for the Arbaeen pilgrimage.""",
    [I("a", "2024-08-18", "on 18 August", "Ain al-Tamr", "Ain al-Tamr", "Karbala", "unknown", None, "civilians", "shooting", 1, "killing one volunteer", 2, "wounding two")])

# ============================================================ S: Telegram posts
doc("S1", "S", "2020-09-18", """Telegram | Diyala Alert 24 (channel) | 18.09.2020

[21:10] 🔴 #Khanaqin | [[a|Explosive device targets a Hashd vehicle on the Khanaqin-Jalawla road]] tonight. 1 martyr, 2 injured.
[21:32] Ambulances heading to Khanaqin hospital. Road closed.
[23:55] Update: injured are stable. No claim so far. #Diyala #Hashd""",
    [I("a", "2020-09-18", "tonight", "Khanaqin", "Khanaqin", "Diyala", None, None, "PMU", "ied", 1, "1 martyr", 2, "2 injured")])

doc("S2", "S", "2023-04-29", """t.me/salahuddin_pulse · 29.04.2023

🔴 #Baiji | [[a|Daesh sniper fired from the Makhoul heights at an army post north of Baiji]] at 05:20 this morning. 1 soldier killed. No other cas.
⚠️ #Tikrit | Power cut in Al-Qadisiya district until 6 pm.
#Salahuddin #security""",
    [I("a", "2023-04-29", "at 05:20 this morning", "Baiji", "Baiji", "Salahuddin", "ISIS", "attributed", "army", "shooting", 1, "1 soldier killed", 0, "No other cas")])

doc("S3", "S", "2021-12-19", """Kirkuk Eye (Telegram channel) · 19.12.2021

⚡️ #Kirkuk | [[a|Sticky bomb under a taxi in the Al-Wasiti neighbourhood of Kirkuk city]] at 16:40 today. Driver wounded, taken to Azadi hospital.
⚡️ #Kirkuk | Police close the Baghdad road exit for a search.
🌧 Rain expected tonight across the province. #Kirkuk_now""",
    [I("a", "2021-12-19", "at 16:40 today", "Al-Wasiti", "Kirkuk", "Kirkuk", None, None, "civilians", "ied", None, None, 1, "Driver wounded")])

doc("S4", "S", "2019-05-06", """Anbar Pulse (Telegram) · 06.05.2019

🔴 #Haqlaniya | [[a|2 IS mortar shells hit near a Hashd post in Haqlaniya, Haditha district]], at dawn today. 2 fighters wounded. No martyrs.
📌 The Hashd sent reinforcements to the Haqlaniya bridge.
🌙 Ramadan Kareem to all our followers.
#Anbar #Haditha""",
    [I("a", "2019-05-06", "at dawn today", "Haqlaniya", "Haditha", "Anbar", "ISIS", "attributed", "PMU", "mortar_rocket", 0, "No martyrs", 2, "2 fighters wounded")])

doc("S5", "S", "2022-10-20", """Erbil Breaking (Telegram channel) · 20.10.2022

🔴 #Shaqlawa | [[a|A bomb went off under the car of a Peshmerga officer near Shaqlawa bazaar]] an hour ago. He is injured and in hospital.
🔴 #Erbil | Heavy traffic on the 100 Meter Road after a truck breakdown.
#KRI #Peshmerga""",
    [I("a", "2022-10-20", "an hour ago", "Shaqlawa", "Shaqlawa", "Erbil", None, None, "Peshmerga", "ied", None, None, 1, "He is injured")])

doc("S6", "S", "2020-01-08", """Baghdad Now 🔴 (Telegram channel) · 08.01.2020

[01:35] #Baghdad 🔴 [[a|2 Katyusha rockets fell in the Green Zone]] at 01:30 this morning. Sirens at the embassy. No cas.
[09:10] #Taji 🔴 [[b|IED on a coalition supply convoy near Taji]] this morning. Driver injured, no deaths.
[09:40] Airport road open. #Iraq""",
    [I("a", "2020-01-08", "at 01:30 this morning", "Green Zone", "Baghdad", "Baghdad", None, None, "", "mortar_rocket", 0, "No cas", 0, "No cas"),
     I("b", "2020-01-08", "this morning", "Taji", "Taji", "Baghdad", None, None, "US forces", "ied", 0, "no deaths", 1, "Driver injured")])

doc("S7", "S", "2025-06-14", """Babylon 24 (Telegram) · 14.06.2025

🔴 #Hillah | [[a|Gunmen on a motorbike shot a pharmacist in his shop in the Nadir neighbourhood of Hillah]] yesterday evening. He died on the way to hospital.
📌 Police: investigation opened, cameras in the street being checked.
#Babil #Hilla""",
    [I("a", "2025-06-13", "yesterday evening", "Nadir", "Hillah", "Babil", "unknown", None, "civilians", "shooting", 1, "He died on the way to hospital", None, None)])

doc("S8", "S", "2024-03-02", """Deir ez-Zor 24 (Telegram channel) · 02.03.2024

🔴 #Deir_ez_Zor | [[a|Daesh cell ambushed a regime army patrol near Al-Shoula]] in the Syrian desert this morning. 4 soldiers killed.
📌 Russian aircraft struck the Bishri mountain in response, local sources say.
#Syria #Badia""",
    [I("a", "2024-03-02", "this morning", "Al-Shoula", "Al-Shoula", None, "ISIS", "attributed", "army", "ambush", 4, "4 soldiers killed", None, None, country="Syria")],
    country="Syria")

doc("S9", "S", "2024-10-21", """Diwaniyah Today (channel) · 21.10.2024

🔴 #Afak | [[a|Grenade thrown by unknown persons at the house of a tribal sheikh in Afak]] at 01:30 this morning. 2 injured.
📌 Police have cordoned off the street and are questioning neighbours.
🔴 #Diwaniyah | Traffic police campaign on unlicensed tuk-tuks.
#Qadisiyah""",
    [I("a", "2024-10-21", "at 01:30 this morning", "Afak", "Afak", "Qadisiyah", "unknown", None, "civilians", "other", None, None, 2, "2 injured")])
