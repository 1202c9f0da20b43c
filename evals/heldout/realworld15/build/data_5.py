"""realworld15 data 5: style M (condemnation statements of foreign ministries and
international organisations: press releases, spokesperson statements)."""
from lib import I, doc

# =====================================================================  M

doc("M1", "M", "2021-03-30", """State of Kuwait - Ministry of Foreign Affairs
Press release - 30 March 2021

The Ministry of Foreign Affairs expresses the State of Kuwait's strong condemnation and denunciation of [[a|the terrorist bombing that targeted a popular market in Al-Fallujah on Monday]], killing three citizens and injuring others.

The Ministry affirms the State of Kuwait's firm position rejecting all forms of violence and terrorism, whatever their motives, and its solidarity with the brotherly Republic of Iraq and its support for all measures it takes to preserve its security and stability.

The Ministry extends its sincere condolences to the families of the victims and to the government and people of brotherly Iraq, and wishes the injured a speedy recovery.""", [
    I("a", "2021-03-29", "on Monday", "Al-Fallujah", "Fallujah", "Anbar", None, None,
      "civilians", "ied", 3, "killing three citizens", None, None),
])

doc("M2", "M", "2020-07-30", """Republic of Türkiye - Ministry of Foreign Affairs
No: 178, 30 July 2020, Press Release Regarding the Attack on the Iraqi Turkmen Front Office in Kirkuk

We strongly condemn [[a|the attack carried out last night with a hand grenade against the office of the Iraqi Turkmen Front in Kirkuk]]. We are relieved that no one was hurt.

We expect the perpetrators of this heinous attack, which targets the peace and stability of Kirkuk and the unity of Iraq, to be identified and brought to justice as soon as possible.

Türkiye will continue to stand by the Iraqi Turkmens, who are an integral part of Iraq.""", [
    I("a", "2020-07-29", "last night", "Kirkuk", "Kirkuk", "Kirkuk", None, None,
      "", "other", 0, "no one was hurt", 0, "no one was hurt"),
])

doc("M3", "M", "2024-01-15", """League of Arab States - General Secretariat
Statement by the Spokesperson for the Secretary-General - 15 January 2024

The Secretary-General of the League of Arab States strongly condemns [[a|the terrorist attack carried out by ISIS terrorists against a Popular Mobilisation post near Al-Adhaim, north of Baquba, on Sunday]], killing three of its members.

The Secretary-General affirms the League's full solidarity with Iraq in confronting terrorism and its remnants, and its support for the efforts of the Iraqi security forces to eradicate this scourge.

He extends his condolences to the families of the victims and to the Iraqi government and people.""", [
    I("a", "2024-01-14", "on Sunday", "Al-Adhaim", "Udhaim", "Diyala", "ISIS", "attributed",
      "PMU", "other", 3, "killing three of its members", None, None),
])

doc("M4", "M", "2019-05-20", """Hungary - Ministry of Foreign Affairs and Trade
Statement, 20 May 2019

The Ministry of Foreign Affairs and Trade condemns [[a|the bomb attack in Bashiqa on Saturday]], which wounded four Yazidi civilians, among them two children.

Hungary has supported the return of persecuted religious communities to the Nineveh Plains since 2017, including the reconstruction of homes and schools in Bashiqa and Bartella. Attacks such as this aim to prevent these communities from returning to their homeland.

Hungary calls on the Iraqi authorities to bring those responsible to justice and to guarantee the security of the returnees.""", [
    I("a", "2019-05-18", "on Saturday", "Bashiqa", "Bashiqa", "Nineveh", None, None,
      "civilians", "ied", None, None, 4, "wounded four Yazidi civilians"),
])

doc("M5", "M", "2020-01-31", """The Hashemite Kingdom of Jordan - Ministry of Foreign Affairs and Expatriates
Official spokesperson - 31 January 2020

The Ministry of Foreign Affairs and Expatriates condemned [[a|the terrorist attack that targeted an Iraqi army headquarters in Al-Tarmiyah, north of Baghdad, on Thursday]], killing an officer and two soldiers.

The official spokesperson of the Ministry affirmed the Kingdom's condemnation of all forms of terrorism and its full solidarity with brotherly Iraq in facing terrorism, which targets its security and stability.

He extended the Kingdom's condolences to the families of the martyrs and to the brotherly Iraqi government and people.""", [
    I("a", "2020-01-30", "on Thursday", "Al-Tarmiyah", "Tarmiyah", "Baghdad", None, None,
      "army", "other", 3, "killing an officer and two soldiers", None, None),
])

doc("M6", "M", "2023-11-10", """Federal Foreign Office - Regular government press conference
Statement by the Foreign Office spokesperson, 10 November 2023 (English translation)

Question on Iraq: We condemn [[a|last night's drone attacks on the airport in Erbil]], where Bundeswehr soldiers are also stationed as part of the international coalition against ISIS. Nobody was hurt.

Such attacks endanger not only the soldiers of the coalition but the stability of the Kurdistan Region and of Iraq as a whole. We call on the Iraqi government to do everything to prevent further attacks and to hold those responsible accountable. We are in close contact with our partners.""", [
    I("a", "2023-11-09", "last night's", "Erbil", "Erbil", "Erbil", None, None,
      "US forces", "other", 0, "Nobody was hurt", 0, "Nobody was hurt"),
])

doc("M7", "M", "2021-11-18", """United Arab Emirates - Ministry of Foreign Affairs and International Cooperation
Press release - 18 November 2021

The UAE strongly condemns [[a|the terrorist bombing that targeted a vegetable market in Tuz Khurmatu on Wednesday]], killing two civilians and injuring five others.

The Ministry affirmed the UAE's strong condemnation of these criminal acts and its permanent rejection of all forms of violence and terrorism aimed at undermining security and stability.

The Ministry expressed its sincere condolences to the families of the victims, and to the government and people of Iraq, and its wishes for a speedy recovery of the injured.""", [
    I("a", "2021-11-17", "on Wednesday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None,
      "civilians", "ied", 2, "killing two civilians", 5, "injuring five others"),
])

doc("M8", "M", "2022-04-13", """Arab Republic of Egypt - Ministry of Foreign Affairs
Statement - 13 April 2022

The Arab Republic of Egypt expresses its strong condemnation of [[a|the terrorist bombing that struck a market in Al-Hashimiya, Babil governorate, yesterday]], killing four citizens and wounding 11 others, during the holy month of Ramadan.

Egypt affirms its solidarity with the government and people of brotherly Iraq, and its rejection of all forms of terrorism that target innocent people.

Egypt extends its condolences to the families of the victims and wishes the wounded a speedy recovery.""", [
    I("a", "2022-04-12", "yesterday", "Al-Hashimiya", "Hashimiya", "Babil", None, None,
      "civilians", "ied", 4, "killing four citizens", 11, "wounding 11 others"),
])

doc("M9", "M", "2023-08-11", """Ministry of Foreign Affairs of the Russian Federation
Comment by the Official Spokesperson on the terrorist attack in Syria
11 August 2023

We strongly condemn [[a|the terrorist attack by ISIS militants who ambushed a bus carrying Syrian army servicemen near Al-Mayadin, in Deir ez-Zor province, on Thursday]], killing 12 servicemen.

This crime shows once again that the terrorist threat in Syria has not been eliminated, in particular in the areas east of the Euphrates where the illegal presence of foreign troops continues.

We express our condolences to the families of the victims and to the leadership and people of the Syrian Arab Republic.""", [
    I("a", "2023-08-10", "on Thursday", "Al-Mayadin", "Al-Mayadin", None, "ISIS", "attributed",
      "army", "ambush", 12, "killing 12 servicemen", None, None, country="Syria"),
], country="Syria")

doc("M10", "M", "2020-10-10", """Ministry of Foreign Affairs - Government of Pakistan
Press release No. 311/2020 - 10 October 2020

Pakistan condemns [[a|the attack on a bus carrying Pakistani pilgrims on the Karbala-Najaf road on Friday]], when an explosive device went off beside the bus, injuring six Pakistani pilgrims. There were no deaths.

Our Embassy in Baghdad is in contact with the Iraqi authorities and the injured pilgrims, who are receiving treatment in Karbala.

Pakistan thanks the Government of Iraq for its cooperation and urges it to ensure the security of the pilgrims during their visits to the holy shrines.""", [
    I("a", "2020-10-09", "on Friday", "Karbala", "Karbala", "Karbala", None, None,
      "civilians", "ied", 0, "There were no deaths", 6, "injuring six Pakistani pilgrims"),
])

doc("M11", "M", "2023-12-05", """Kingdom of Saudi Arabia - Ministry of Foreign Affairs
Statement - 5 December 2023

The Ministry of Foreign Affairs expresses the Kingdom's condemnation of [[a|the terrorist attack that targeted a border guard post of the Republic of Iraq in the Al-Salman desert, Muthanna governorate, on Monday]], killing two border guards.

The Ministry affirms the Kingdom's rejection of all forms of violence, terrorism and extremism, and its support for brotherly Iraq in everything that preserves its security and stability.

The Kingdom offers its condolences to the families of the victims and to the government and people of brotherly Iraq.""", [
    I("a", "2023-12-04", "on Monday", "Al-Salman", "Salman", "Muthanna", None, None,
      "security forces", "other", 2, "killing two border guards", None, None),
])

doc("M12", "M", "2024-03-05", """France Diplomatie - Statements by the Spokesperson
Iraq - Attack on a humanitarian team (5 March 2024)

France condemns [[a|the attack on 3 March against a vehicle of a French humanitarian organisation near Majar al-Kabir, in Maysan governorate]]: gunmen fired on the vehicle, slightly injuring an Iraqi staff member.

France pays tribute to the commitment of humanitarian workers, who provide aid to the most vulnerable populations. Attacks against them are unacceptable.

France calls on the Iraqi authorities to shed light on this attack and to ensure that humanitarian workers can carry out their missions safely.""", [
    I("a", "2024-03-03", "on 3 March", "Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None,
      "civilians", "shooting", None, None, 1, "slightly injuring an Iraqi staff member"),
])
