"""Styles R (RSS / JSON news-feed dumps with several items, each with its own
pubDate; 4 as .jsonl) and S (military SPOT / SALUTE reports with date-time
groups)."""
from lib import I, doc


def rss(chan, build, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
           "<title>%s</title>" % chan, "<lastBuildDate>%s</lastBuildDate>" % build]
    for t, p, dsc in items:
        out += ["<item>", "<title>%s</title>" % t, "<pubDate>%s</pubDate>" % p,
                "<description>%s</description>" % dsc, "</item>"]
    return "\n".join(out + ["</channel></rss>"]) + "\n"


def jl(items):
    return "\n".join('{"date_published": "%s", "title": "%s", "summary": "%s"}' % it for it in items) + "\n"


# ------------------------------------------------------------------ R: news-feed dumps
doc("R1", "R", "2021-05-18", rss("Diyala Today - Security (RSS)", "Tue, 18 May 2021 21:40:05 +0300", [
    ("Two policemen wounded in Muqdadiyah blast", "Sat, 15 May 2021 09:12:00 +0300",
     "[[a|An explosive device went off on Friday evening near a police patrol in Muqdadiyah]], wounding two policemen, a security source said."),
    ("PMF fighter killed in Daesh attack near Mandali", "Mon, 17 May 2021 08:30:00 +0300",
     "[[b|A Popular Mobilisation fighter was killed on Sunday when Daesh militants attacked a PMF post near Mandali]], the PMF media office said."),
    ("Governor opens new bridge in Baquba", "Tue, 18 May 2021 14:00:00 +0300",
     "The Diyala governor opened the new Khraisan bridge, which was built at a cost of 9 billion dinars."),
]), [I("a", "2021-05-14", "on Friday evening", "Muqdadiyah", "Muqdadiyah", "Diyala", None, None, "police", "ied",
       None, None, 2, "wounding two policemen"),
     I("b", "2021-05-16", "on Sunday", "Mandali", "Mandali", "Diyala", "ISIS", "attributed", "PMU", "other",
       1, "A Popular Mobilisation fighter was killed", None, None)])

doc("R2", "R", "2023-12-22", "feed export kirkuk-security.jsonl | fetched 2023-12-22 10:00\n" + jl([
    ("2023-12-20T08:10:00+03:00", "Election worker shot dead in Kirkuk",
     "[[a|Gunmen shot dead a Turkmen election worker in Kirkuk's Tisin neighbourhood on Tuesday night]], police said, two days after the provincial vote."),
    ("2023-12-21T19:45:00+03:00", "Counting: final results expected next week",
     "The electoral commission said manual recounts in 11 stations in Kirkuk would finish on Sunday."),
    ("2023-12-22T07:20:00+03:00", "Rockets fall near Kirkuk airport",
     "[[b|Two rockets fell in an empty area near Kirkuk airport this morning]], causing no casualties, the security media cell said."),
]), [I("a", "2023-12-19", "on Tuesday night", "Tisin", "Kirkuk", "Kirkuk", "unknown", None, "civilians", "shooting",
       1, "shot dead a Turkmen election worker", None, None),
     I("b", "2023-12-22", "this morning", "Kirkuk airport", "Kirkuk", "Kirkuk", None, None, "", "mortar_rocket",
       0, "causing no casualties", 0, "causing no casualties")], ext="jsonl")

doc("R3", "R", "2022-08-13", rss("Duhok Post - Latest (RSS)", "Sat, 13 Aug 2022 08:02:44 +0300", [
    ("Drone strike on car near Sheladze", "Thu, 11 Aug 2022 10:05:00 +0300",
     "[[a|A Turkish drone struck a car near Sheladze on Wednesday]], killing one man whom local sources identified as a PKK member."),
    ("Turkish shelling sets orchards ablaze near Kani Masi", "Fri, 12 Aug 2022 16:30:00 +0300",
     "[[b|Turkish artillery shelled orchards near Kani Masi on Friday morning]]; there were no casualties, but fires burned for hours."),
    ("Tourist season: record visitors at Sarsing", "Fri, 12 Aug 2022 18:00:00 +0300",
     "Hotels in Sarsing and Amedi are full, the tourism board said."),
]), [I("a", "2022-08-10", "on Wednesday", "Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed", "PKK",
       "airstrike_operation", 1, "killing one man", None, None),
     I("b", "2022-08-12", "on Friday morning", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed", "",
       "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties")])

doc("R4", "R", "2025-11-22", rss("Nineveh Now - Security (RSS)", "Sat, 22 Nov 2025 12:00:00 +0300", [
    ("Two soldiers killed by IED in Hadar desert", "Tue, 18 Nov 2025 11:20:00 +0300",
     "[[a|An IED exploded under an army vehicle in the Al-Hadar desert on Monday]], killing two soldiers, the Nineveh Operations Command said."),
    ("Mukhtar wounded by gunmen in Hammam al-Alil", "Fri, 21 Nov 2025 09:40:00 +0300",
     "[[b|Gunmen wounded the mukhtar of a village in Hammam al-Alil on Thursday evening]], police said; the motive is unknown."),
    ("Final election results for Nineveh announced", "Sat, 22 Nov 2025 10:00:00 +0300",
     "The commission announced the names of the 31 winners in the province."),
    ("Toll in Hadar desert bombing rises to three", "Sat, 22 Nov 2025 11:30:00 +0300",
     "A third soldier wounded in Monday's IED attack in the desert died in hospital, raising the toll to three dead."),
]), [I("a", "2025-11-17", "on Monday", "Al-Hadar", "Hadar", "Nineveh", None, None, "army", "ied",
       3, "raising the toll to three dead", None, None),
     I("b", "2025-11-20", "on Thursday evening", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "unknown", None,
       "civilians", "shooting", None, None, 1, "Gunmen wounded the mukhtar")])

doc("R5", "R", "2021-09-18", "feed export baghdad-city.jsonl | fetched 2021-09-18 23:10\n" + jl([
    ("2021-09-11T07:55:00+03:00", "Blast damages liquor shop in Karrada",
     "[[a|An explosive device went off outside a liquor shop in Karrada last night]], wounding the shop's guard."),
    ("2021-09-14T12:00:00+03:00", "Ministry: schools open on 1 October",
     "The education ministry confirmed the start of the school year despite the elections."),
    ("2021-09-18T10:30:00+03:00", "Activist shot dead in Zafaraniya",
     "[[b|Unknown gunmen shot dead an activist in Zafaraniya on Friday]], relatives said. He had joined the 2019 protests."),
]), [I("a", "2021-09-10", "last night", "Karrada", "Baghdad", "Baghdad", None, None, "civilians", "ied",
       None, None, 1, "wounding the shop's guard"),
     I("b", "2021-09-17", "on Friday", "Zafaraniya", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
       1, "shot dead an activist", None, None)], ext="jsonl")

doc("R6", "R", "2020-02-28", rss("Salahuddin News Agency (RSS)", "Fri, 28 Feb 2020 15:12:09 +0300", [
    ("Two PMF fighters killed in Daesh attack near Dujail", "Wed, 26 Feb 2020 08:00:00 +0300",
     "[[a|Two PMF fighters were killed on Tuesday night when Daesh militants attacked their post near Dujail]] with machine guns."),
    ("Farmer wounded by explosive device in Dhuluiya", "Thu, 27 Feb 2020 13:15:00 +0300",
     "[[b|A farmer was wounded when an explosive device went off in his orchard in Dhuluiya on Thursday]]. Police did not say who planted it."),
    ("Tikrit university suspends classes over coronavirus fears", "Fri, 28 Feb 2020 11:00:00 +0300",
     "Classes were suspended for ten days."),
]), [I("a", "2020-02-25", "on Tuesday night", "Dujail", "Dujail", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
       2, "Two PMF fighters were killed", None, None),
     I("b", "2020-02-27", "on Thursday", "Dhuluiya", "Dhuluiya", "Salahuddin", None, None, "civilians", "ied",
       None, None, 1, "A farmer was wounded")])

doc("R7", "R", "2025-03-12", rss("Anbar Gate (RSS)", "Wed, 12 Mar 2025 19:00:00 +0300", [
    ("Gunmen kill three truffle hunters near Rutba", "Sun, 09 Mar 2025 10:00:00 +0300",
     "[[a|Gunmen killed three truffle hunters in the desert near Rutba on Saturday]], local officials said, blaming IS remnants."),
    ("Old landmine kills shepherd near Nukhaib", "Mon, 10 Mar 2025 09:00:00 +0300",
     "A shepherd was killed by a landmine left from past wars near Nukhaib; civil defence said it was an old device."),
    ("Soldier wounded by IED near Al-Qaim", "Tue, 11 Mar 2025 12:30:00 +0300",
     "[[b|A soldier was wounded when an IED exploded near his patrol near Al-Qaim on Monday]]."),
]), [I("a", "2025-03-08", "on Saturday", "Rutba", "Rutba", "Anbar", "ISIS", "attributed", "civilians", "shooting",
       3, "killed three truffle hunters", None, None),
     I("b", "2025-03-10", "on Monday", "Al-Qaim", "Qaim", "Anbar", None, None, "army", "ied",
       None, None, 1, "A soldier was wounded")])

doc("R8", "R", "2019-12-12", "feed export basra-news.jsonl | fetched 2019-12-12 22:00\n" + jl([
    ("2019-12-10T09:00:00+03:00", "Protest organiser wounded in Al-Tuwaisa",
     "[[a|Gunmen on a motorbike shot and wounded a protest organiser in Basra's Al-Tuwaisa on Monday night]]; he is in hospital."),
    ("2019-12-11T18:00:00+03:00", "Sit-in continues in front of the provincial council",
     "Hundreds of demonstrators stayed in the square overnight."),
    ("2019-12-12T08:40:00+03:00", "Sound bomb at MP's office in Abu al-Khasib",
     "[[b|A sound bomb exploded outside an MP's office in Abu al-Khasib on Wednesday night]], causing no casualties."),
]), [I("a", "2019-12-09", "on Monday night", "Al-Tuwaisa", "Basra", "Basra", "unknown", None, "civilians", "shooting",
       None, None, 1, "shot and wounded a protest organiser"),
     I("b", "2019-12-11", "on Wednesday night", "Abu al-Khasib", "Abu al-Khasib", "Basra", None, None, "", "ied",
       0, "causing no casualties", 0, "causing no casualties")], ext="jsonl")

doc("R9", "R", "2022-04-20", rss("Slemani Times (RSS)", "Wed, 20 Apr 2022 20:00:00 +0300", [
    ("Floods close Sulaymaniyah-Penjwen road", "Mon, 18 Apr 2022 10:00:00 +0300",
     "Heavy rain closed the road for six hours; no one was hurt."),
    ("Asayish arrest four in drug case", "Tue, 19 Apr 2022 12:00:00 +0300",
     "The Asayish said they seized 3 kg of crystal meth in a raid in Bakrajo."),
    ("Salaries for March to be paid next week", "Wed, 20 Apr 2022 09:00:00 +0300",
     "The KRG finance ministry said the salaries of public employees would be paid on Sunday."),
]), noise=True)

doc("R10", "R", "2021-04-20", rss("Kurdistan Wire (RSS)", "Tue, 20 Apr 2021 17:00:00 +0300", [
    ("Turkish drone kills two near Mergasur", "Mon, 19 Apr 2021 09:00:00 +0300",
     "[[a|A Turkish drone strike killed two men near Mergasur on Sunday]]; local officials described them as PKK members."),
    ("Erbil: new ring road section opened", "Tue, 20 Apr 2021 11:00:00 +0300",
     "The 150-metre road section near Ankawa opened to traffic."),
]), [I("a", "2021-04-18", "on Sunday", "Mergasur", "Mergasur", "Erbil", "Turkey", "attributed", "PKK",
       "airstrike_operation", 2, "killed two men", None, None)])

doc("R11", "R", "2024-07-16", "feed export wasit-local.jsonl | fetched 2024-07-16 21:00\n" + jl([
    ("2024-07-14T08:00:00+03:00", "Gunmen fire on council member's house in Kut",
     "[[a|Gunmen fired on the house of a provincial council member in Kut last night]]; no one was hurt."),
    ("2024-07-15T10:00:00+03:00", "Pylon toppled by blast near Aziziyah",
     "[[b|An explosive device toppled an electricity pylon near Al-Aziziyah on Sunday night]], cutting power to several villages; there were no casualties."),
    ("2024-07-16T12:00:00+03:00", "Heat: working hours cut",
     "Public offices in Wasit will close at noon for the rest of the week."),
]), [I("a", "2024-07-13", "last night", "Kut", "Kut", "Wasit", "unknown", None, "civilians", "shooting",
       0, "no one was hurt", 0, "no one was hurt"),
     I("b", "2024-07-14", "on Sunday night", "Al-Aziziyah", "Aziziyah", "Wasit", None, None, "", "ied",
       0, "there were no casualties", 0, "there were no casualties")], ext="jsonl")

doc("R12", "R", "2022-10-19", rss("Najaf Observer (RSS)", "Wed, 19 Oct 2022 16:00:00 +0300", [
    ("PMF commander wounded by bomb in Kufa", "Tue, 18 Oct 2022 09:00:00 +0300",
     "[[a|An explosive device planted under the car of a PMF commander exploded in Kufa on Monday night]], wounding him, a security source said."),
    ("Najaf airport: new terminal tender", "Wed, 19 Oct 2022 10:00:00 +0300",
     "The provincial government invited bids for a second terminal."),
]), [I("a", "2022-10-17", "on Monday night", "Kufa", "Kufa", "Najaf", None, None, "PMU", "ied",
       None, None, 1, "wounding him")])


# ------------------------------------------------------------------ S: SPOT / SALUTE reports
def spot(header, dtg, lines):
    return "SPOT REPORT (SALUTE) - %s\nDTG: %s\n" % (header, dtg) + "\n".join(lines) + "\n"


doc("S1", "S", "2021-05-22", spot("advise-and-assist cell, Diyala (UNCLASSIFIED / RELEASABLE)", "221945C MAY 21", [
    "S (Size): est. 4-6 pax",
    "A (Activity): [[a|SAF and IED attack on IA checkpoint vic. Shahraban at 221900C MAY 21]]",
    "L (Location): MGRS 38S NC 41 28, 3 km N of town",
    "U (Unit/Uniform): civilian clothes; assessed ISIS cell",
    "T (Time): 221900C MAY 21",
    "E (Equipment): AK-pattern rifles, 1x IED (command wire)",
    "CAS: 1x IA KIA, 2x IA WIA",
    "REMARKS: [[b|separate report of IDF (2x mortar rounds) vic. Abu Saida at 202300C MAY 21]], NO CAS, POO unk.",
]), [I("a", "2021-05-22", "221900C MAY 21", "Shahraban", "Muqdadiyah", "Diyala", "ISIS", "suspected", "army",
       "shooting+ied", 1, "1x IA KIA", 2, "2x IA WIA"),
     I("b", "2021-05-20", "202300C MAY 21", "Abu Saida", "Abu Saida", "Diyala", None, None, "", "mortar_rocket",
       0, "NO CAS", 0, "NO CAS")])

doc("S2", "S", "2023-12-27", spot("Kirkuk coordination cell", "271130C DEC 23", [
    "S: 2-3 pax on motorcycle",
    "A: [[a|SAF on IA foot patrol vic. Multaqa at 262210C DEC 23]]",
    "L: Multaqa subdistrict, E edge of village",
    "U: unk; assessed ISIS remnants (not confirmed)",
    "T: 262210C DEC 23",
    "E: small arms",
    "CAS: 1x IA KIA, 1x IA WIA",
    "ACTION TAKEN: QRF deployed, area search negative.",
    "REMARKS: [[b|separate report: IDF 2x rounds vic. Daquq at 242000C DEC 23, impacts in open field]], NIL CAS.",
]), [I("a", "2023-12-26", "262210C DEC 23", "Multaqa", "Multaqa", "Kirkuk", "ISIS", "suspected", "army", "shooting",
       1, "1x IA KIA", 1, "1x IA WIA"),
     I("b", "2023-12-24", "242000C DEC 23", "Daquq", "Daquq", "Kirkuk", None, None, "", "mortar_rocket",
       0, "NIL CAS", 0, "NIL CAS")])

doc("S3", "S", "2022-08-21", spot("liaison cell Duhok (observed / reported)", "211600C AUG 22", [
    "S: 1x UAS (observed from OP)",
    "A: [[a|UAS strike on 1x civ pattern vehicle vic. Chamanke at 211420C AUG 22]]",
    "L: road Chamanke - Amedi, 2 km W of Chamanke",
    "U: UAS assessed TU (not confirmed)",
    "T: 211420C AUG 22",
    "E: 1x vehicle destroyed",
    "CAS: 2x KIA, reported by locals as PKK members",
    "ASSESSMENT: consistent with previous TU strikes in AOR.",
]), [I("a", "2022-08-21", "211420C AUG 22", "Chamanke", "Amedi", "Dohuk", "Turkey", "suspected", "PKK",
       "airstrike_operation", 2, "2x KIA", None, None)])

doc("S4", "S", "2025-11-25", spot("Ninewa operations liaison", "251000C NOV 25", [
    "S: unk",
    "A: [[a|IED strike on IA logistics convoy vic. Mahlabiyah at 240715C NOV 25]]",
    "L: MSR between Mahlabiyah and Tal Afar, 4 km W of Mahlabiyah",
    "U: unk",
    "T: 240715C NOV 25",
    "E: 1x pressure-plate IED",
    "CAS: 0x KIA, 3x IA WIA",
    "REMARKS: route closed 3 hrs; EOD cleared second device nearby.",
    "ADD: [[b|SAF on IA checkpoint vic. Zummar at 222300C NOV 25]], 1x IA WIA, attackers unk.",
]), [I("b", "2025-11-22", "222300C NOV 25", "Zummar", "Zummar", "Nineveh", "unknown", None, "army", "shooting",
       None, None, 1, "1x IA WIA"),
     I("a", "2025-11-24", "240715C NOV 25", "Mahlabiyah", "Mahlabiyah", "Nineveh", None, None, "army", "ied",
       0, "0x KIA", 3, "3x IA WIA")])

doc("S5", "S", "2021-09-19", spot("BDOC / force protection", "191200C SEP 21", [
    "S: 3x rockets (107mm)",
    "A: [[a|IDF impacts vic. Baghdad International Airport at 190245C SEP 21]]",
    "L: 2x impacts outside perimeter, 1x inside (open ground)",
    "U: POO unk, assessed E of Radwaniyah",
    "T: 190245C SEP 21",
    "E: 107mm rockets",
    "CAS: NO CAS, NO DAMAGE",
    "REMARKS: C-RAM engaged; facility hosts coalition advisers.",
]), [I("a", "2021-09-19", "190245C SEP 21", "Baghdad International Airport", "Baghdad", "Baghdad", None, None,
       "US forces", "mortar_rocket", 0, "NO CAS", 0, "NO CAS")])

doc("S6", "S", "2020-02-22", spot("PMF liaison / Salahuddin", "220900C FEB 20", [
    "S: est. 10 pax",
    "A: [[a|ambush on PMF patrol vic. Sulaiman Bek at 212130C FEB 20]]",
    "L: road Sulaiman Bek - Amerli, vic. orchards",
    "U: black clothing; ISIS claimed via Amaq 220400C FEB 20",
    "T: 212130C FEB 20",
    "E: PKM, RPG, small arms",
    "CAS: 3x PMF KIA, 2x PMF WIA",
    "REMARKS: [[b|IED vs IA vehicle vic. Al-Ishaqi (Balad district) at 201800C FEB 20]], 1x IA WIA (separate).",
]), [I("b", "2020-02-20", "201800C FEB 20", "Al-Ishaqi", "Balad", "Salahuddin", None, None, "army", "ied",
       None, None, 1, "1x IA WIA"),
     I("a", "2020-02-21", "212130C FEB 20", "Sulaiman Bek", "Sulaiman Bek", "Salahuddin", "ISIS", "claimed", "PMU",
       "ambush", 3, "3x PMF KIA", 2, "2x PMF WIA")])

doc("S7", "S", "2021-01-14", spot("advise-and-assist cell, Anbar", "141500C JAN 21", [
    "S: 2 pax",
    "A: [[a|SAF on IA checkpoint vic. Haditha at 140030C JAN 21]]",
    "L: N entrance of town, bridge approach",
    "U: unk, assessed ISIS",
    "T: 140030C JAN 21",
    "E: small arms",
    "CAS: 1x IA WIA",
    "ACTION: IA returned fire; attackers withdrew W.",
]), [I("a", "2021-01-14", "140030C JAN 21", "Haditha", "Haditha", "Anbar", "ISIS", "suspected", "army", "shooting",
       None, None, 1, "1x IA WIA")])

doc("S8", "S", "2021-08-06", spot("logistics security cell (southern route)", "061200C AUG 21", [
    "S: unk",
    "A: [[a|IED strike on coalition-contracted LOGPAC vic. Al-Warka at 052240C AUG 21]]",
    "L: Highway 8, km 212",
    "U: unk",
    "T: 052240C AUG 21",
    "E: 1x IED (roadside)",
    "CAS: NO CAS; 1x truck damaged",
    "REMARKS: convoy continued to destination.",
]), [I("a", "2021-08-05", "052240C AUG 21", "Al-Warka", "Warka", "Muthanna", None, None, "US forces", "ied",
       0, "NO CAS", 0, "NO CAS")])

doc("S9", "S", "2022-06-14", spot("advise-and-assist cell, Diyala", "141000C JUN 22", [
    "S: n/a",
    "A: IED FOUND AND CLEARED vic. Jalawla at 140800C JUN 22",
    "L: culvert on road Jalawla - Saadiya",
    "U: n/a",
    "T: 140800C JUN 22",
    "E: 1x IED (approx. 10 kg HME), rendered safe by IA EOD",
    "CAS: NIL",
    "REMARKS: no attack; report for situational awareness only.",
]), noise=True)

doc("S10", "S", "2019-04-11", spot("southern liaison cell", "111200C APR 19", [
    "S: 4 pax, 1x vehicle",
    "A: [[a|KIDNAPPING of 2x LN contractor employees vic. Al-Mahawil at 101930C APR 19]]",
    "L: road Hilla - Mahawil",
    "U: civilian clothes, masked",
    "T: 101930C APR 19",
    "E: pistols",
    "CAS: both released 111000C APR 19, unharmed",
]), [I("a", "2019-04-10", "101930C APR 19", "Al-Mahawil", "Mahawil", "Babil", "unknown", None, "civilians",
       "kidnapping", 0, "unharmed", 0, "unharmed")])

doc("S11", "S", "2022-03-03", spot("southern liaison cell", "031200C MAR 22", [
    "S: unk",
    "A: [[a|IED strike on PMF vehicle vic. Afak at 022100C MAR 22]]",
    "L: road Afak - Diwaniyah",
    "U: unk",
    "T: 022100C MAR 22",
    "E: 1x IED",
    "CAS: 2x PMF WIA",
    "REMARKS: motive unclear; possibly intra-factional.",
]), [I("a", "2022-03-02", "022100C MAR 22", "Afak", "Afak", "Qadisiyah", None, None, "PMU", "ied",
       None, None, 2, "2x PMF WIA")])

doc("S12", "S", "2025-01-09", spot("southern liaison cell", "091300C JAN 25", [
    "S: 3-4 pax",
    "A: [[a|SAF on protesters vic. Habboubi Square, Nasiriyah at 082030C JAN 25]]",
    "L: Habboubi Square and side streets",
    "U: unk gunmen in civilian clothes",
    "T: 082030C JAN 25",
    "E: small arms",
    "CAS: 1x LN KIA, 4x LN WIA",
]), [I("a", "2025-01-08", "082030C JAN 25", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, "civilians",
       "shooting", 1, "1x LN KIA", 4, "4x LN WIA")])
