"""realworld11 data, part 1: B (blogger-analyst weekly round-ups), S (think-tank
situation-report bullets).  Gold first (I(...)), text around it."""
from lib import I, doc

# ============================================================ B: weekly round-ups
# positions 1-7 = clusters (Diyala 05/2022, Nineveh 11/2020, Kirkuk 08/2023,
# Anbar 02/2021, Baghdad 06/2024, Salahuddin 04/2020, Dohuk 07/2022)

doc("B1", "B", "2022-05-16", """# Security In Iraq, May 8-14, 2022

Monday, May 16, 2022 | Iraq Security Notes | posted by D. Harlan

There were 13 incidents reported in Iraq during the second week of May. That was up from 9 the previous week. Diyala was the most violent province again with 6 incidents, ahead of Kirkuk and Salahuddin with 3 each.

On May 9, [[a|an IED wounded two Hashd members in Abu Saida]]. The next day, [[b|two farmers were shot dead in the Imam Wais area of Muqdadiya]]. The Islamic State was blamed for both. On the 12th, [[c|a mortar round hit a village outside of Khanaqin, wounding a child]]. Police also found a bomb on a road near Balad Ruz that was safely defused.

Elsewhere, an IS suspect was arrested in Tarmiya, and in Riyadh in Kirkuk a man was killed in a tribal dispute that police said had no link to the insurgency.

The insurgency remains concentrated in the Muqdadiya-Khanaqin corridor, where the militants have been hitting farmers to push them off their land. Diyala has now led the country in incidents for five straight weeks.

Labels: Diyala, Islamic State, Security
""", [
    I("a", "2022-05-09", "On May 9", "Abu Saida", "Abu Saida", "Diyala", "ISIS", "attributed",
      "PMU", "ied", None, None, 2, "wounded two Hashd members"),
    I("b", "2022-05-10", "The next day", "Muqdadiya", "Muqdadiyah", "Diyala", "ISIS", "attributed",
      "civilians", "shooting", 2, "two farmers were shot dead", None, None),
    I("c", "2022-05-12", "On the 12th", "Khanaqin", "Khanaqin", "Diyala", None, None,
      "civilians", "mortar_rocket", None, None, 1, "wounding a child"),
], ext="md")

doc("B2", "B", "2020-11-09", """# Security In Iraq, Nov 1-7, 2020

Monday, November 9, 2020 | Iraq Security Notes | posted by D. Harlan

Violence was down for the third week in a row with just 11 incidents, but Nineveh bucked that trend with 4, its highest total since the summer.

On November 2, [[a|IS fighters attacked a Hashd checkpoint near the Badush dam, killing one fighter and wounding two]]. On the 4th, [[b|a roadside bomb hit an army vehicle near Hatra killing two soldiers]]. No group claimed it. Finally, [[c|on November 6 gunmen killed a mukhtar in Qayyarah]], the third local leader assassinated in the district this year.

Also in Nineveh, security forces uncovered a mass grave with 15 bodies west of Sinjar, and three wanted men were picked up in Mosul's left bank.

The pattern in Nineveh is the same as in Kirkuk and Salahuddin. The insurgents are working out of the desert and the rural areas, picking off the Hashd and army and going after anyone who cooperates with the government.

Labels: Nineveh, Islamic State
""", [
    I("a", "2020-11-02", "On November 2", "Badush", "Badush", "Nineveh", "ISIS", "attributed",
      "PMU", "shooting", 1, "killing one fighter", 2, "wounding two"),
    I("b", "2020-11-04", "On the 4th", "Hatra", "Hatra", "Nineveh", "unknown", "unclaimed",
      "army", "ied", 2, "killing two soldiers", None, None),
    I("c", "2020-11-06", "on November 6", "Qayyarah", "Qayyarah", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "gunmen killed a mukhtar", None, None),
], ext="md")

doc("B3", "B", "2023-08-21", """Security In Iraq, Aug 14-20, 2023

Monday, August 21, 2023 | Iraq Security Notes

Only 8 incidents were reported this week, the lowest number since June. Kirkuk had half of them.

On August 15, [[a|an IED wounded three Federal Police in the Wadi al-Shay area south of Daquq]]. There was no claim. Two days later, [[b|Islamic State militants killed a shepherd in the Riyadh area]] west of Kirkuk and drove off his sheep. In Salahuddin, [[c|a sniper killed a soldier near Tuz Khurmatu on the 19th]]; that was blamed on IS as well.

Kirkuk police also said they had closed 40 unlicensed weapons shops, and a man was arrested in Hawija for financing the insurgents.

Attacks are clearly down compared to previous years, when Kirkuk would regularly see a dozen incidents a week. What remains is small cells in Wadi al-Shay and the Hamrin mountains that can still carry out a couple operations every seven days.
""", [
    I("a", "2023-08-15", "On August 15", "Daquq", "Daquq", "Kirkuk", "unknown", "unclaimed",
      "police", "ied", None, None, 3, "wounded three Federal Police"),
    I("b", "2023-08-17", "Two days later", "Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed",
      "civilians", "shooting", 1, "killed a shepherd", None, None),
    I("c", "2023-08-19", "on the 19th", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed",
      "army", "shooting", 1, "a sniper killed a soldier", None, None),
])

doc("B4", "B", "2021-02-15", """# Security In Iraq, Feb 7-13, 2021

Monday, February 15, 2021 | Iraq Security Notes | posted by D. Harlan

There were 12 incidents this week, roughly the same as the week before.

Anbar has seen a steady increase in activity since the start of the year. On February 8, [[a|a bomb targeted a truck carrying supplies for the Coalition on the highway near Rutba. There were no casualties]]. On the 11th, [[b|the Islamic State fired on a border guard post in Qaim killing one guard]].

The attacks on Coalition logistics were not limited to Anbar. On February 12, [[c|another supply convoy was bombed near Diwaniya]]. No casualties were mentioned. These incidents have been going on since last year and are carried out by Iran-backed groups, although nobody has claimed these two.

Nineveh had two incidents, Diyala and Kirkuk one each.
""", [
    I("a", "2021-02-08", "On February 8", "Rutba", "Rutba", "Anbar", "unknown", "unclaimed",
      "US forces", "ied", 0, "There were no casualties", 0, "There were no casualties"),
    I("b", "2021-02-11", "On the 11th", "Qaim", "Qaim", "Anbar", "ISIS", "attributed",
      "security forces", "shooting", 1, "killing one guard", None, None),
    I("c", "2021-02-12", "On February 12", "Diwaniya", "Diwaniyah", "Qadisiyah", "unknown", "unclaimed",
      "US forces", "ied", None, None, None, None),
], ext="md")

doc("B5", "B", "2024-06-10", """Security In Iraq, June 2-8, 2024

Monday, June 10, 2024 | Iraq Security Notes

Baghdad saw a rare cluster of incidents this week, three in total, which tied it with Diyala for the most in the country. Overall there were 7 incidents.

On June 3, [[a|a sound bomb went off outside a fast food restaurant on Palestine Street in Baghdad causing damage but no injuries]]. No group claimed it, but it followed calls on social media to boycott American brands over Gaza. On June 5, [[b|IS gunmen attacked an army post in the Tarmiya orchards killing a soldier]]. Then on the 7th, [[c|an IED in Abu Ghraib wounded two civilians]].

Diyala had two incidents, neither of which caused casualties. Iraqi forces also carried out air strikes in the Hamrin mountains.

The Islamic State is at its lowest point in years. Attacks like the one in Tarmiya show it can still strike around the capital, but such incidents are now measured in a handful each month.
""", [
    I("a", "2024-06-03", "On June 3", "Palestine Street in Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed",
      "", "ied", 0, "no injuries", 0, "no injuries"),
    I("b", "2024-06-05", "On June 5", "Tarmiya", "Tarmiyah", "Baghdad", "ISIS", "attributed",
      "army", "shooting", 1, "killing a soldier", None, None),
    I("c", "2024-06-07", "on the 7th", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None,
      "civilians", "ied", None, None, 2, "wounded two civilians"),
])

doc("B6", "B", "2020-04-13", """Security In Iraq, April 5-11, 2020

Monday, April 13, 2020 | Iraq Security Notes

Despite the coronavirus curfew there were 21 incidents this week, the most since January. Salahuddin stood out with 7.

On April 6, [[a|IS attacked a Hashd position in Mutaibija killing two and wounding one]]. Two days later, [[b|an IED hit a PMU vehicle in the Jallam desert east of Samarra wounding four]]. On the 10th, [[c|gunmen kidnapped a farmer from his village near Shirqat]]. There has been no word on his fate.

In Kirkuk, three bombs were found and defused in Hawija district, and in Diyala an IS emir was arrested in Muqdadiya.

The militants appear to be taking advantage of the fact that the security forces have been redeployed to enforce the curfew. The Hashd in Mutaibija has been complaining for months that it lacks the men to cover the area.
""", [
    I("a", "2020-04-06", "On April 6", "Mutaibija", "Mutaibijah", "Salahuddin", "ISIS", "attributed",
      "PMU", "shooting", 2, "killing two", 1, "wounding one"),
    I("b", "2020-04-08", "Two days later", "Samarra", "Samarra", "Salahuddin", None, None,
      "PMU", "ied", None, None, 4, "wounding four"),
    I("c", "2020-04-10", "On the 10th", "Shirqat", "Sharqat", "Salahuddin", "unknown", None,
      "civilians", "kidnapping", None, None, None, None),
])

doc("B7", "B", "2022-07-18", """Security In Iraq, July 10-16, 2022

Monday, July 18, 2022 | Iraq Security Notes

Turkey's Claw-Lock operation in Dohuk continued this week alongside 9 IS incidents in the rest of the country.

On July 11, [[a|a Turkish drone struck a car near Sharanish in Zakho district killing two people that Kurdish media described as PKK members]]. On the 14th, [[b|Turkish shelling hit orchards near Kani Masi in Amadiya district, with no casualties]]. Villagers have been leaving the border area since April.

The IS incidents were in Diyala (4), Kirkuk (3), and Salahuddin (2). None caused more than one casualty.

Baghdad has protested several of these Turkish operations, but it has little ability to stop them. Ankara says it is targeting the PKK, while the locals say it is their farms and villages that are paying the price.
""", [
    I("a", "2022-07-11", "On July 11", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killing two people", None, None),
    I("b", "2022-07-14", "On the 14th", "Amadiya", "Amedi", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "with no casualties", 0, "with no casualties"),
])

doc("B8", "B", "2019-11-04", """Security In Iraq, Oct 27-Nov 2, 2019

Monday, November 4, 2019 | Iraq Security Notes

The protest movement dominated the week. There were only 4 insurgent incidents, but clashes between demonstrators and the authorities continued in Baghdad and the south.

On October 28, [[a|security forces fired on protesters outside the provincial council in Basra wounding 12]]. Then on the 31st, [[b|gunmen threw a grenade at the home of a protest organizer in Nasiriya. No one was hurt]].

In Karbala, a curfew was declared after demonstrators burned tires near the governorate building. In Baghdad, Tahrir Square remained full day and night.

The government keeps promising reforms but the use of force against the demonstrators has only made them more determined.
""", [
    I("a", "2019-10-28", "On October 28", "Basra", "Basra", "Basra", "security forces", "attributed",
      "civilians", "shooting", None, None, 12, "wounding 12"),
    I("b", "2019-10-31", "on the 31st", "Nasiriya", "Nasiriyah", "Dhi Qar", "unknown", None,
      "civilians", "other", 0, "No one was hurt", 0, "No one was hurt"),
])

doc("B9", "B", "2025-03-17", """Security In Iraq, March 9-15, 2025

Monday, March 17, 2025 | Iraq Security Notes

There were just 5 incidents this week. Two of them were in the Kurdistan Region.

On March 10, [[a|a Turkish drone killed a shepherd near Sidakan in Soran district]]. The PKK has announced that it will respond to Ocalan's call to lay down arms, but Turkish operations have not stopped. On the 13th, [[b|a bomb under the car of a PUK official went off in the Bakrajo district of Sulaymaniya, wounding him]]. The Asayish did not say who they suspected.

The other 3 incidents were IS attacks in Kirkuk and Salahuddin that caused no casualties.
""", [
    I("a", "2025-03-10", "On March 10", "Soran", "Soran", "Erbil", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killed a shepherd", None, None),
    I("b", "2025-03-13", "On the 13th", "Sulaymaniya", "Sulaymaniyah", "Sulaymaniyah", None, None,
      "civilians", "ied", None, None, 1, "wounding him"),
])

doc("B10", "B", "2019-06-17", """Security In Iraq, June 9-15, 2019

Monday, June 17, 2019 | Iraq Security Notes

There were 19 incidents this week, including several in the south that are normally quiet.

On June 11, [[a|a bomb on a minibus in Musayyib killed one and wounded four]]. On the 13th, [[b|an IED targeted a police patrol in Ain al-Tamr west of Karbala wounding two policemen]]. No one claimed either.

The usual IS attacks continued in Kirkuk, Diyala and Salahuddin. There were also fires set to wheat fields in several provinces, but most of those appeared to be accidents or land disputes.

Babil and Karbala rarely see this kind of violence, and the two bombs could be a sign that IS is trying to expand its operations south.
""", [
    I("a", "2019-06-11", "On June 11", "Musayyib", "Musayyib", "Babil", "unknown", "unclaimed",
      "civilians", "ied", 1, "killed one", 4, "wounded four"),
    I("b", "2019-06-13", "On the 13th", "Ain al-Tamr", "Ain al-Tamr", "Karbala", "unknown", "unclaimed",
      "police", "ied", None, None, 2, "wounding two policemen"),
])

doc("B11", "B", "2023-12-04", """Security In Iraq, Nov 26-Dec 2, 2023

Monday, December 4, 2023 | Iraq Security Notes

Ahead of the provincial elections, there were a handful of political attacks this week in the south.

On November 27, [[a|a sticky bomb wounded a Saraya al-Salam member in Kut]]. Then on the 30th, [[b|gunmen assassinated a lawyer in Amara]]. The lawyer had been representing families of protesters killed in 2019.

Attacks by the "Islamic Resistance in Iraq" on U.S. bases continued in Anbar and Erbil and across the border in Syria. Those are covered in a separate post.

The Islamic State had only 6 incidents across the country.
""", [
    I("a", "2023-11-27", "On November 27", "Kut", "Kut", "Wasit", None, None,
      "PMU", "ied", None, None, 1, "wounded a Saraya al-Salam member"),
    I("b", "2023-11-30", "on the 30th", "Amara", "Amarah", "Maysan", "unknown", None,
      "civilians", "shooting", 1, "gunmen assassinated a lawyer", None, None),
])

doc("B12", "B", "2025-09-08", """Security In Iraq, Aug 31-Sept 6, 2025

Monday, September 8, 2025 | Iraq Security Notes

This was one of the quietest weeks on record, with 4 incidents. Two of them were not related to the insurgency at all.

On September 1, [[a|a grenade was thrown at the house of a tribal sheikh in Samawa, wounding two of his sons]]. Police did not say who they suspected. On the 4th, [[b|a small bomb exploded near the house of a Sadrist cleric in Kufa, causing damage but no casualties]]. It was the second time his home had been targeted this year.

IS had one incident in Kirkuk and one in Anbar.
""", [
    I("a", "2025-09-01", "On September 1", "Samawa", "Samawa", "Muthanna", None, None,
      "civilians", "other", None, None, 2, "wounding two of his sons"),
    I("b", "2025-09-04", "On the 4th", "Kufa", "Kufa", "Najaf", None, None,
      "civilians", "ied", 0, "no casualties", 0, "no casualties"),
])

# ============================================================ S: think-tank sitrep bullets

doc("S1", "S", "2022-05-26", """ISHM: MAY 19 – 26, 2022

Key Takeaways:

- Parliament Passes Emergency Food Security Law - On May 26, the Council of Representatives passed the long-delayed emergency food security bill ...

- ISIS Attacks Continue In Diyala - [[a|On May 21, suspected ISIS militants attacked an Iraqi Army checkpoint near Jalawla, killing one soldier and wounding two others]]. Diyala Police also announced the arrest of four suspects in Muqdadiyah on May 23.

- Dust Storms Hospitalize Thousands - A fresh wave of dust storms sent more than 4,000 people to hospitals with respiratory problems across central and southern Iraq.

For more information, see the Security section below.

Iraq Security and Humanitarian Monitor (ISHM) | May 26, 2022
""", [
    I("a", "2022-05-21", "On May 21", "Jalawla", "Jalawla", "Diyala", "ISIS", "suspected",
      "army", "shooting", 1, "killing one soldier", 2, "wounding two others"),
])

doc("S2", "S", "2020-11-19", """Iraq Situation Report: November 12 - 18, 2020

Nov 19, 2020 | Iraq team

Key Takeaway: ISIS is exploiting the gaps between federal forces and the Yazidi-led units in western Nineveh.

1. [[a|Unidentified militants detonated an IED against an Iraqi Army vehicle near Sinjar on November 14, killing one soldier]]. ISIS has not claimed the attack but maintains cells in the Jazira desert to the south.

2. [[b|ISIS militants kidnapped two shepherds near Tal Afar on November 16. Security forces found one of them dead the following day]]; the other remains missing.

3. The Iraqi Federal Government and the Kurdistan Regional Government continue to discuss the implementation of the October 9 Sinjar Agreement.
""", [
    I("a", "2020-11-14", "on November 14", "Sinjar", "Sinjar", "Nineveh", "unknown", "unclaimed",
      "army", "ied", 1, "killing one soldier", None, None),
    I("b", "2020-11-16", "on November 16", "Tal Afar", "Tal Afar", "Nineveh", "ISIS", "attributed",
      "civilians", "kidnapping", 1, "Security forces found one of them dead", None, None),
])

doc("S3", "S", "2023-08-10", """ISHM: AUGUST 3 – 10, 2023

Key Takeaways:

- Kirkuk Tensions Rise Over Handover Of KDP Headquarters - Arab and Turkmen protesters set up a sit-in near the former KDP headquarters ...

- Security Incidents In Kirkuk - [[a|On August 5, ISIS militants attacked an oil police post near Yaychi, southwest of Kirkuk, killing one officer]]. [[b|On August 8, a sound bomb exploded outside a KDP office in Kirkuk city's Azadi neighborhood, causing no injuries]]. Authorities did not say who planted the device.

- Heat Wave Strains Grid - Temperatures above 50°C caused outages in at least nine provinces.

Iraq Security and Humanitarian Monitor (ISHM) | August 10, 2023
""", [
    I("a", "2023-08-05", "On August 5", "Yaychi", "Yaychi", "Kirkuk", "ISIS", "attributed",
      "police", "shooting", 1, "killing one officer", None, None),
    I("b", "2023-08-08", "On August 8", "Kirkuk city's Azadi neighborhood", "Kirkuk", "Kirkuk", None, None,
      "", "ied", 0, "causing no injuries", 0, "causing no injuries"),
])

doc("S4", "S", "2021-02-18", """Iraq Situation Report: February 11 - 17, 2021

Feb 18, 2021 | Iraq team

Key Takeaway: Iranian proxy militias struck Erbil on February 15, the most serious attack on US forces in months. ISIS meanwhile continues low-level attacks in Anbar.

1. [[a|ISIS militants ambushed a Tribal Mobilization patrol near Rawa on February 13, killing two fighters]]. Tribal Mobilization units have borne the brunt of ISIS activity in western Anbar.

2. The Iraqi Counter-Terrorism Service announced the arrest of 14 ISIS suspects in Fallujah and Amiriyat al-Fallujah between February 12 and 16.
""", [
    I("a", "2021-02-13", "on February 13", "Rawa", "Rawa", "Anbar", "ISIS", "attributed",
      "PMU", "ambush", 2, "killing two fighters", None, None),
])

doc("S5", "S", "2024-06-12", """Iran Update, June 12, 2024

Iraq

- [[a|Unidentified individuals set fire to an American-franchise restaurant in Baghdad's Jamila area on June 10. No casualties were reported]]. This is the latest in a series of attacks on US-branded businesses in Baghdad since late May.

- [[b|A small drone dropped an explosive near a logistics facility at Baghdad International Airport that hosts US personnel on June 11, causing no damage or casualties]]. No group has claimed the attack. The Islamic Resistance in Iraq has not claimed an attack on US forces in Iraq since February.

- Kataib Hezbollah Secretary General Abu Hussein al Hamidawi called on Iraqis to boycott American products.
""", [
    I("a", "2024-06-10", "on June 10", "Jamila", "Baghdad", "Baghdad", "unknown", None,
      "", "other", 0, "No casualties were reported", 0, "No casualties were reported"),
    I("b", "2024-06-11", "on June 11", "Baghdad International Airport", "Baghdad", "Baghdad", "unknown", "unclaimed",
      "US forces", "other", 0, "causing no damage or casualties", 0, "causing no damage or casualties"),
])

doc("S6", "S", "2020-04-23", """Iraq Situation Report: April 16 - 22, 2020

Apr 23, 2020 | Iraq team

Key Takeaway: ISIS attacks in Salah ad-Din are rising as Iraqi forces shift to enforcing COVID-19 curfews.

1. [[a|ISIS militants fired on a Federal Police checkpoint near Dujail on April 17, killing two policemen]].

2. [[b|An IED targeted a vehicle of the 41st PMF Brigade near Balad on April 20, wounding three members]]. No group claimed the attack.

3. The Federal Government extended the nationwide curfew until April 25.
""", [
    I("a", "2020-04-17", "on April 17", "Dujail", "Dujail", "Salahuddin", "ISIS", "attributed",
      "police", "shooting", 2, "killing two policemen", None, None),
    I("b", "2020-04-20", "on April 20", "Balad", "Balad", "Salahuddin", "unknown", "unclaimed",
      "PMU", "ied", None, None, 3, "wounding three members"),
])

doc("S7", "S", "2022-07-28", """ISHM: JULY 21 – 28, 2022

Key Takeaways:

- Sadrist Protesters Storm Parliament - On July 27, supporters of Muqtada al-Sadr stormed the parliament building ...

- Turkish Operations In Duhok - [[a|On July 23, a Turkish drone strike hit a car near Batifa, killing two people that Turkey's Defense Ministry described as PKK members]]. [[b|On July 25, Turkish artillery shells landed near Deraluk, injuring a civilian]]. Baghdad summoned the Turkish charge d'affaires for the second time this month.

Iraq Security and Humanitarian Monitor (ISHM) | July 28, 2022
""", [
    I("a", "2022-07-23", "On July 23", "Batifa", "Batifa", "Dohuk", "Turkey", "claimed",
      "PKK", "airstrike_operation", 2, "killing two people", None, None),
    I("b", "2022-07-25", "On July 25", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", None, None, 1, "injuring a civilian"),
])

doc("S8", "S", "2021-09-16", """ISHM: SEPTEMBER 9 – 16, 2021

Key Takeaways:

- [[a|Drones Target Erbil Airport - On September 11, two explosive-laden drones targeted Erbil International Airport, which hosts US-led Coalition forces. The attack caused no casualties]]. No group claimed responsibility.

- IHEC Finalizes Preparations For October 10 Elections ...

- Water Shortages Hit Diyala Farmers - ...

Iraq Security and Humanitarian Monitor (ISHM) | September 16, 2021
""", [
    I("a", "2021-09-11", "On September 11", "Erbil International Airport", "Erbil", "Erbil", "unknown", "unclaimed",
      "US forces", "other", 0, "The attack caused no casualties", 0, "The attack caused no casualties"),
])

doc("S9", "S", "2022-03-10", """ISHM: MARCH 3 – 10, 2022

Key Takeaways:

- Security Incidents In Dhi Qar - [[a|On March 6, an IED targeted a convoy carrying logistical supplies for the Coalition on the highway near Nasiriyah]]. The attack caused no casualties, and no group has claimed it. [[b|On March 8, unidentified gunmen killed an activist in Suq al-Shuyukh]]; he had taken part in the 2019 protests.

- Federal Court Rules On Presidency Quorum ...

Iraq Security and Humanitarian Monitor (ISHM) | March 10, 2022
""", [
    I("a", "2022-03-06", "On March 6", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", "unclaimed",
      "US forces", "ied", 0, "The attack caused no casualties", 0, "The attack caused no casualties"),
    I("b", "2022-03-08", "On March 8", "Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", "unknown", None,
      "civilians", "shooting", 1, "killed an activist", None, None),
])

doc("S10", "S", "2024-02-22", """Iran Update, February 22, 2024

Iraq

- [[a|Unidentified gunmen assassinated a member of the Qadisiyah provincial council in Diwaniyah on February 20]]. The councilman belonged to the Sudani-aligned Furatain movement. Iraqi media did not report any claim.

- Prime Minister Sudani met with the US ambassador to discuss the future of the international coalition ...
""", [
    I("a", "2024-02-20", "on February 20", "Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None,
      "civilians", "shooting", 1, "assassinated a member of the Qadisiyah provincial council", None, None),
])

doc("S11", "S", "2023-09-28", """ISHM: SEPTEMBER 21 – 28, 2023

Key Takeaways:

- Turkish Drone Strike In Sulaymaniyah - [[a|On September 24, a Turkish drone struck a vehicle near Said Sadiq, killing two people described by local officials as PKK members]]. It was the fourth Turkish strike in Sulaymaniyah province this year.

- KRG Salaries Dispute Continues ...

Iraq Security and Humanitarian Monitor (ISHM) | September 28, 2023
""", [
    I("a", "2023-09-24", "On September 24", "Said Sadiq", "Sayid Sadiq", "Sulaymaniyah", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killing two people", None, None),
])

doc("S12", "S", "2019-12-12", """ISHM: DECEMBER 5 – 12, 2019

Key Takeaways:

- Protesters Targeted In Najaf - [[a|On December 7, unknown gunmen fired on the protest camp in Najaf, wounding seven demonstrators]]. Local activists accused "militias" but did not name a group.

- Parliament Approves New Electoral Law Articles ...

- Abductions Of Activists Continue In Baghdad ...

Iraq Security and Humanitarian Monitor (ISHM) | December 12, 2019
""", [
    I("a", "2019-12-07", "On December 7", "Najaf", "Najaf", "Najaf", "unknown", None,
      "civilians", "shooting", None, None, 7, "wounding seven demonstrators"),
])
