"""Quote inventory for the held-out trust set.

Quotes are typed here with straight quotes / plain spaces / hyphens for
readability; resolve() maps each onto the exact verbatim span of the seed
file (curly quotes, en/em dashes and no-break spaces included) using a
length-preserving normalisation, so what ends up in the JSONL is a
character-for-character copy of the seed text.
"""
import os

SEEDS = "/work/shared/seeds"
DOCS = {
    "A": "000_b6ac3712ce3964f2.txt",  # Makhmour ambush on Turkmen PMU convoy (Kurdistan 24)
    "B": "001_a38569504abe2439.txt",  # Makhmour mountains airstrikes / Qayyarah rockets (2019-11-10)
    "C": "002_a9d188d1784c2b7a.txt",  # Tikrit ambush on PMU Brigade 22 (2021-01-24)
    "D": "003_27d1533106132ce4.txt",  # Dujail + Kola Jawi twin attacks
    "E": "004_4c74c92a67e39f7d.txt",  # Kirkuk Federal Police assault (2022-12-18, spun text)
}

_MAP = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
        "\u2013": "-", "\u2014": "-", "\u00a0": " "}


def norm(s):
    return "".join(_MAP.get(c, c) for c in s)


_TEXT = {}


def text(doc_key):
    if doc_key not in _TEXT:
        with open(os.path.join(SEEDS, DOCS[doc_key]), encoding="utf-8") as f:
            _TEXT[doc_key] = f.read()
    return _TEXT[doc_key]


def resolve(doc_key, approx):
    t = text(doc_key)
    i = norm(t).find(norm(approx))
    if i < 0:
        raise ValueError("quote not found in %s: %r" % (DOCS[doc_key], approx))
    return t[i:i + len(approx)]


Q = {
    # ---- 000 Makhmour ambush
    "A0": ("A", "WATCH: Deadly ISIS ambush in Makhmour kills 6 Shia militia members, wounds 31"),
    "A1": ("A", "Islamic State militants late Wednesday ambushed an Iraqi Shia militia convoy in a disputed area southwest of Erbil Province, killing several unarmed men and injuring dozens more, the Iraqi Interior Ministry has confirmed."),
    "A2": ("A", 'The attack "targeted an off duty Hashd al-Shaabi division," traveling on a road in the disputed district of Makhmour, a statement from the official Security Media Cell read.'),
    "A3": ("A", "Makhmour is administratively run by the Nineveh Provincial Government, and although the exact location of the incident is unclear, media reports suggest that it occurred in an area between Makhmour and the Dibs District of Kirkuk Province."),
    "A4": ("A", 'Six militia members were killed while 31 others were injured, all of whom were "unarmed," according to the official statement, one of the deadliest such attacks in recent months.'),
    "A5": ("A", "The wounded men were transported to the nearest healthcare facility in the nearby town of Qayyarah, in Nineveh Province."),
    "A6": ("A", "A security source stationed near the area told Kurdistan 24 that most of the victims were Shia Turkmen, who have their own brigade under the umbrella of the Iran-backed Hashd al-Shaabi organization."),
    "A7": ("A", 'On his Twitter account, Turkish ambassador to Baghdad Fatih Yildiz described the assault as a "cowardly ambush" targeting the Turkmen Brigades on the outskirts of Makhmour.'),
    "A8": ("A", "The ministry's statement added that the military, backed by air support, launched a campaign to sweep the area and track down the attackers."),
    "A9": ("A", "The Iraqi forces and the Peshmerga have previously carried out joint anti-terror military operations near the area, a vast barren region plagued by Islamic State remnants, which use caves and tunnels as hideouts to plan and carry out attacks."),
    "A10": ("A", 'Despite Iraq declaring a "final victory" against the extremist group in December 2017, they continue to carry out sporadic attacks, including bombings, assassinations, and kidnappings in previously liberated areas like Mosul, and even in areas it never controlled like the Iraqi capital of Baghdad.'),
    "A11": ("A", "A week ago, a twin bombing in Mosul left two people dead and at least 28 wounded, with one targeting Shia militias and a second one, the deadlier of the two, detonating near Mosul University."),
    "A12": ("A", "The latest attack comes just a day after senior military personnel in Mosul held an extensive meeting to discuss the recent twin bombing."),
    # ---- 001 Makhmour airstrikes / Qayyarah rockets
    "B0": ("B", "2019-11-10 00:00:00 - Source: kurdistan 24"),
    "B1": ("B", 'Iraq\'s military on Sunday said that its forces, in coordination with the international anti-Islamic State Coalition, killed a "large number of terrorists" in areas outside of the disputed town of Makhmour, located southwest of Erbil Province.'),
    "B2": ("B", 'A counter-terrorism team, backed by coalition air support, "conducted a massive operation to pursue remnants of the Da\'esh [Islamic State] terrorist gangs in the Makhmour mountains," the military communications center known as the Security Media Cell said in a statement.'),
    "B3": ("B", 'Fourteen airstrikes "resulted in the death of a large number of terrorists and the destruction of trenches and hideouts," the statement concluded.'),
    "B4": ("B", "Makhmour is one of the territories contested by both the Kurdistan Regional Government (KRG) and the federal government of Iraq. It is currently under the control of Iraqi forces."),
    "B5": ("B", "The area, primarily its nearby rugged mountain ranges, is among the rural regions that have been a hotbed of Islamic State sleeper cells since it lost the last bit of territory it controlled in Iraq in late 2017 when Baghdad proclaimed a final victory over the terrorist organization."),
    "B6": ("B", "Since then, however, the group has continued to launch insurgency attacks, ambushes, and kidnappings in the country."),
    "B7": ("B", 'On Friday, the Iraqi military said that "terrorist elements" had fired 17 Katyusha rockets at the Qayyarah military base, which hosts US troops and is located about 43 kilometers to the west of the town of Makhmour.'),
    "B7_8": ("B", 'On Friday, the Iraqi military said that "terrorist elements" had fired 17 Katyusha rockets at the Qayyarah military base, which hosts US troops and is located about 43 kilometers to the west of the town of Makhmour. According to an announcement, the action resulted in no casualties.'),
    "B9": ("B", "No group has yet claimed responsibility for this attack."),
    "B10": ("B", "A security source told Kurdistan 24 then that Iraqi military officials had exaggerated the number of missiles, which were fewer than 17."),
    # ---- 002 Tikrit ambush
    "C0": ("C", "date 2021-01-24"),
    "C1": ("C", "At least 11 fighters from the Iranian-backed Popular Mobilization Units (PMU) militias, known as Hashd al-Shaabi, were killed in an ambush by ISIS terrorist group north of the Iraqi capital on Saturday, security sources said."),
    "C2": ("C", "The extremists used light weapons and the cover of darkness to target the PMU militias east of Tikrit, the capital of Iraq's Salahaddin province, two days after a twin suicide attack claimed by the group killed 32 people in Baghdad."),
    "C3": ("C", '"ISIS launched an attack on the Hashed\'s Brigade 22," said one of the unit\'s officers Abu Ali al-Maliki.'),
    "C4": ("C", "Al-Maliki told AFP the brigade commander was among those killed before reinforcements from the federal police came to the unit's aid."),
    "C5": ("C", "PMU security sources said the total toll was 11 dead and 10 wounded."),
    "C6": ("C", "There was no immediate claim of responsibility, but security sources interviewed by AFP blamed ISIS."),
    "C7": ("C", "Watch: A video shows the moment an explosion rocked a #Baghdad market leaving at least 13 people dead and more than 30 injured, according to security sources."),
    "C8": ("C", "Local and Western sources have expressed concern over the readiness of Iraq's security forces, who have been worn down by the spread of COVID-19, political infighting and corruption."),
    "C9": ("C", "This week's attacks may be more illustrative of those accumulated shortfalls than any significant ISIS comeback."),
    "C10": ("C", "Iraq declared the group territorially defeated in late 2017, but has continued to battle extremist sleeper cells, mostly in the country's mountainous or desert areas."),
    # ---- 003 Dujail / Kola Jawi
    "D0": ("D", "Iraq: Islamic State Militants Kill 7 Security Forces in Twin Attacks"),
    "D1": ("D", "A fighter from the Iraqi Imam Ali Brigade, take part in a training exercise in Iraq's central city of Najaf on March 7, 2015, ahead of joining the military operation in the city of Tikrit."),
    "D1b": ("D", "Some 30,000 Iraqi security forces members and allied fighters launched an operation to retake Tikrit"),
    "D2": ("D", "Militants from the Islamic State terror group killed at least seven Iraqi security forces and injured 16 more in two separate attacks late Wednesday night, Iraqi police have reported."),
    "D3": ("D", "In the first attack, ISIS fighters killed three military security personnel and two policemen in the town of Dujail in the Salahuddin district, some 30 miles north of Baghdad."),
    "D4": ("D", "The officials were members of a security force known as the popular mobilization forces (PMF), mostly composed of Iranian-backed Shiites. This group serves directly under the Iraqi Prime Minister."),
    "D5": ("D", "In a separate attack, militants fired a mortar into the village of Kola Jawi at midnight, killing two security guards of the Northern Iraqi Regional Administration and injuring an additional 14 people."),
    "D6": ("D", "The Islamic State has not yet officially claimed responsibility for the attacks."),
    "D7": ("D", "In December 2017, Iraq declared victory over the Islamic State, yet ISIS militants in the country still continue to attack the Baghdad government."),
    "D8": ("D", "Reports suggest that ISIS has begun to recover within the territory of Iraq. The Islamic State had previously declared the city of Mosul as the capital of its so-called caliphate."),
    "D9": ("D", 'The militants have regrouped in the Hamrin mountain range in the northeast, Reuters reported, an area dubbed the "triangle of death" by security officials. The range extends from the Iran border across northern Salahuddin and southern Kirkuk provinces.'),
    "D10": ("D", 'U.N. experts said this week that ISIS leaders are attempting to consolidate for an "eventual resurgence in its Iraqi and Syrian heartlands."'),
    "D11": ("D", "In a report to the Security Council this week, the analysts said that ISIS has made more headway in Iraq, where most of the Islamic State's leadership, including Abu Bakr al-Baghdadi, and are currently based."),
    "D12": ("D", "Meanwhile, in Syria, ISIS has extended its covert network while establishing sleeper cells at the provincial level, they said, similar measures to those employed in Iraq since 2017."),
    # ---- 004 Kirkuk Federal Police assault (machine-paraphrased "spun" wording kept verbatim)
    "E0": ("E", "date 2022-12-18"),
    "E1": ("E", "Islamic State militants stated Sunday they carried out an assault in northern Iraq that killed 9 cops, detonating a roadside bomb in entrance of survivors with machine gun hearth."),
    "E2": ("E", "The assault within the Kirkuk area - which police stated killed 9 federal officers - is without doubt one of the deadliest assaults in Iraq in latest months."),
    "E3": ("E", 'The group stated in a press release on the Telegram messaging app that ISIS fighters attacked "a police patrol \u2026 detonated an explosive machine, then attacked it with machine weapons and grenades."'),
    "E4": ("E", "An officer within the Federal Police, who requested to not be named, advised AFP that the explosion hit a automotive carrying members of the Iraqi Federal Police close to the village of Shalal al-Matar."),
    "E5": ("E", 'The officer added that the assault was adopted by a "direct assault with gentle weapons."'),
    "E6": ("E", '"An attacker was killed and we\'re looking for the others," the officer stated.'),
    "E7": ("E", 'Islamic State militants seized swathes of Iraqi and Syrian territory in 2014, declaring a "caliphate" as they dominated brutally earlier than being defeated in late 2017 by Iraqi forces backed by a US-led navy coalition.'),
    "E8": ("E", "ISIS misplaced its final stronghold in Syria close to the Iraqi border in 2019."),
    "E9": ("E", 'Iraqi Prime Minister Mohammed Shia al-Sudani condemned the violence, calling it a "cowardly terrorist assault".'),
    "E10": ("E", 'He pressured the necessity for the safety forces to stick to "vigilance and thorough inspection of roads, and to not present any alternative for terrorist parts."'),
    "E11": ("E", "The US-led anti-IS coalition continued its fight function in Iraq till December of final yr, however roughly 2,500 US troops remained within the nation to assist battle the jihadists."),
    "E12": ("E", "Nevertheless, ISIS cells are nonetheless energetic in a number of areas of Iraq."),
    "E13": ("E", "Three Iraqi troopers had been killed and three others wounded, Wednesday, by a bomb as their automotive patrol drove by way of farmland in Tarmiya, a rural municipality about 30 kilometers (20 miles) north of the capital Baghdad that's recognized to be a hotspot for Islamic State sleeper cells."),
    "E14": ("E", "A navy supply stated {that a} machine gun assault final month on a distant military outpost in northern Iraq killed 4 troopers close to Kirkuk. Nobody instantly claimed duty."),
    "E14a": ("E", "A navy supply stated {that a} machine gun assault final month on a distant military outpost in northern Iraq killed 4 troopers close to Kirkuk."),
    "E15": ("E", "Iraqi safety forces proceed to hold out counter-terrorism operations in opposition to the group, and the deaths of ISIS fighters in airstrikes and raids are repeatedly introduced."),
    "E17": ("E", "The United Nations estimates that the jihadist group maintains between 6,000 and 10,000 fighters inside Iraq and Syria, exploiting the porous borders between the 2 international locations and concentrating primarily in rural areas."),
}


def get(key):
    d, approx = Q[key]
    return DOCS[d], resolve(d, approx)


if __name__ == "__main__":
    for k in Q:
        get(k)
    print("all", len(Q), "quotes resolve")
