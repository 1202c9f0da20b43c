"""Questions and conversations of realworld14. Gold filters hold exactly what the
question's words state (filter convention of realworld8/10-13)."""
from lib import Q, C, f, month, year, span


def M(ym):
    a, b = month(ym)
    return dict(dfrom=a, dto=b)


def Y(y):
    a, b = year(y)
    return dict(dfrom=a, dto=b)


def DY(x):
    return dict(dfrom=x, dto=x)


def SP(a, b):
    x, y = span(a, b)
    return dict(dfrom=x, dto=y)


# ------------------------------------------------------------------ listings, counts, briefings (part 1)
Q("anything in diyala may 2021?", "listing", f(prov="Diyala", **M("2021-05")))
Q("Diyala, May 2021 - just the ones IS is blamed for", "listing", f(prov="Diyala", perp="ISIS", **M("2021-05")))
Q("How many attacks were logged in Diyala governorate during May 2021?", "count", f(prov="Diyala", **M("2021-05")))
Q("kirkuk province incidents december 2023", "listing", f(prov="Kirkuk", **M("2023-12")))
Q("Kirkuk gov. Dec 2023, shootings only", "listing", f(prov="Kirkuk", type="shooting", **M("2023-12")))
Q("Write me a short briefing on Kirkuk province in December 2023, the month of the provincial elections.", "briefing",
  f(prov="Kirkuk", **M("2023-12")))
Q("dohuk aug 2022 turkish strikes", "listing", f(prov="Dohuk", perp="Turkey", **M("2022-08")))
Q("How many attacks by the PKK in Dohuk province in Aug 2022?", "count", f(prov="Dohuk", perp="PKK", **M("2022-08")))
Q("nineveh nov 2025", "listing", f(prov="Nineveh", **M("2025-11")))
Q("ninawa november 2025 bombs", "listing", f(prov="Nineveh", type="ied", **M("2025-11")))
Q("Give me a briefing on Nineveh province for November 2025, the election month.", "briefing",
  f(prov="Nineveh", **M("2025-11")))
Q("baghdad province sept 2021", "listing", f(prov="Baghdad", **M("2021-09")))
Q("Baghdad province Sep 2021 - attacks on civilians", "listing", f(prov="Baghdad", target="civilians", **M("2021-09")))
Q("number of IED attacks in Baghdad governorate during September 2021", "count",
  f(prov="Baghdad", type="ied", **M("2021-09")))
Q("salah al-din feb 2020", "listing", f(prov="Salahuddin", **M("2020-02")))
Q("Saladin, February 2020: attacks on the Hashd", "listing", f(prov="Salahuddin", target="PMU", **M("2020-02")))
Q("salahuddin february 2020 - IS-blamed, count please", "count", f(prov="Salahuddin", perp="ISIS", **M("2020-02")))
Q("Turkish drone strikes in Dohuk province since 2022", "listing",
  f(prov="Dohuk", type="airstrike_operation", perp="Turkey", dfrom="2022-01-01"))
Q("attacks on US forces in 2021", "listing", f(target="US forces", **Y(2021)))
Q("coalition convoy bombings 2019-2025", "listing", f(target="US forces", type="ied", **SP("2019-01", "2025-12")))
Q("rocket attacks in Baghdad province, any year", "listing", f(prov="Baghdad", type="mortar_rocket"))
Q("list every kidnapping you have", "listing", f(type="kidnapping"))
Q("list the ambushes since 2020", "listing", f(type="ambush", dfrom="2020-01-01"))
Q("attacks on police in Maysan", "listing", f(prov="Maysan", target="police"))
Q("Basra city attacks 2019-2024", "listing", f(place="Basra", **SP("2019-01", "2024-12")))
Q("what happened in Karbala province in 2024?", "listing", f(prov="Karbala", **Y(2024)))
Q("Najaf gov, all years", "listing", f(prov="Najaf"))
Q("incidents in muthana", "listing", f(prov="Muthanna"))
Q("Qadisiya province attacks pls", "listing", f(prov="Qadisiyah"))
Q("wasit 2024", "listing", f(prov="Wasit", **Y(2024)))
Q("Sulaimaniya province - Turkish strikes overall", "listing", f(prov="Sulaymaniyah", perp="Turkey"))
Q("Erbil province in 2024, what do we have?", "listing", f(prov="Erbil", **Y(2024)))
Q("anbar 2025 attacks", "listing", f(prov="Anbar", **Y(2025)))
Q("Babel province, 2019-2025", "listing", f(prov="Babil", **SP("2019-01", "2025-12")))
Q("dhiqar shootings", "listing", f(prov="Dhi Qar", type="shooting"))
Q("anything in amedi?", "listing", f(place="Amedi"))
Q("events in Zakho since 2019", "listing", f(place="Zakho", dfrom="2019-01-01"))
Q("everything around Sinjar from 2023 on", "listing", f(place="Sinjar", near=True, dfrom="2023-01-01"))
Q("attacks near Samarra", "listing", f(place="Samarra", near=True))
Q("how many shootings of activists were there in 2020?", "count", f(type="shooting", target="civilians", **Y(2020)))
Q("IS attacks on soldiers in 2023", "listing", f(perp="ISIS", target="army", **Y(2023)))
Q("attacks on farmers in Diyala", "listing", f(prov="Diyala", target="civilians"))
Q("Mosul 2025", "listing", f(place="Mosul", **Y(2025)))
Q("How many attacks in Kirkuk city in Dec 2023?", "count", f(place="Kirkuk", **M("2023-12")))
Q("tal afar attacks", "listing", f(place="Tal Afar"))
Q("jalawla, any date", "listing", f(place="Jalawla"))
Q("Briefing please: Turkish military attacks in Dohuk province, August 2022", "briefing",
  f(prov="Dohuk", perp="Turkey", **M("2022-08")))
Q("sticky bombs 2021", "listing", f(type="ied", **Y(2021)))
Q("grenade attacks in 2023", "listing", f(type="other", **Y(2023)))
Q("what happened last month in nineveh?", "listing", f(prov="Nineveh", **M("2025-11")), today="2025-12-15")
Q("anbar so far this year", "listing", f(prov="Anbar", dfrom="2025-01-01"), today="2025-06-01")
Q("wasit last year", "listing", f(prov="Wasit", **Y(2024)), today="2025-02-01")
Q("Diyala last quarter", "listing", f(prov="Diyala", **SP("2021-04", "2021-06")), today="2021-07-10")
Q("kirkuk prov, previous month", "listing", f(prov="Kirkuk", **M("2023-12")), today="2024-01-03")
Q("count of suicide attacks 2019-2025", "count", f(type="suicide", **SP("2019-01", "2025-12")))
Q("Diyala, first half of May 2021", "listing", f(prov="Diyala", dfrom="2021-05-01", dto="2021-05-15"))
Q("ninewa second half of Nov 2025", "listing", f(prov="Nineveh", dfrom="2025-11-16", dto="2025-11-30"))
Q("Q1 2020 Salahuddin", "listing", f(prov="Salahuddin", **SP("2020-01", "2020-03")))
Q("Can you pull together everything on attacks against the PKK in Sulaymaniyah and Erbil provinces? Start with Sulaymaniyah province, all years.",
  "listing", f(prov="Sulaymaniyah", target="PKK"))
Q("how many mortar or rocket attacks on Dohuk province in 2022", "count",
  f(prov="Dohuk", type="mortar_rocket", **Y(2022)))
Q("attacks on protesters since 2019", "listing", f(target="civilians", dfrom="2019-01-01"))
Q("briefing on attacks on the Hashd in 2025", "briefing", f(target="PMU", **Y(2025)))
Q("shelling in dohuk, all dates", "listing", f(prov="Dohuk", type="mortar_rocket"))
Q("total number of incidents in Anbar in 2022?", "count", f(prov="Anbar", **Y(2022)))

# ------------------------------------------------------------------ single-event questions
Q("how many farmers died when the tractor bomb went off in abu saida, may 2021?", "fact",
  f(place="Abu Saida", type="ied", target="civilians", **M("2021-05")), ev=("V1", "a"), field="killed")
Q("Kirkuk election day, 18 Dec 2023 - the shooting at the polling centre in Huriya, how many wounded?", "fact",
  f(place="Huriya", type="shooting", **DY("2023-12-18")), ev=("V2", "a"), field="wounded")
Q("kani masi drone strike 7 aug 2022 - death toll?", "fact",
  f(place="Kani Masi", type="airstrike_operation", **DY("2022-08-07")), ev=("V3", "a"), field="killed")
Q("how many hurt by the sticky bomb under the candidate's car in mosul on 10/11/2025", "fact",
  f(place="Mosul", type="ied", **DY("2025-11-10")), ev=("V4", "a"), field="wounded")
Q("Green Zone katyusha on 24 Sept 2021: any deaths?", "fact",
  f(place="Green Zone", type="mortar_rocket", **DY("2021-09-24")), ev=("V5", "a"), field="killed")
Q("What was the final death toll of the attack on the army post in Mutaibijah on 10 Feb 2020?", "fact",
  f(place="Mutaibijah", target="army", **DY("2020-02-10")), ev=("V6", "a"), field="killed")
Q("Rawa road bomb 21 March 2019 - how many tribal fighters killed?", "fact",
  f(place="Rawa", type="ied", target="PMU", **DY("2019-03-21")), ev=("V7", "a"), field="killed")
Q("who shot the lawyer in basra city on 3 march 2024?", "fact",
  f(place="Basra", type="shooting", **DY("2024-03-03")), ev=("V8", "a"), field="perpetrator")
Q("injuries from the grenade thrown at the sheikh's house in Majar al-Kabir (Nov 2022)?", "fact",
  f(place="Majar al-Kabir", type="other", **M("2022-11")), ev=("V10", "a"), field="wounded")
Q("how many wounded by the blast outside the liquor shop in kut, june 2023", "fact",
  f(place="Kut", **M("2023-06")), ev=("V11", "a"), field="wounded")
Q("Diwaniyah sound bomb 17 Feb 2025 - casualties?", "fact",
  f(place="Diwaniyah", type="ied", **DY("2025-02-17")), ev=("V12", "a"), field="killed")
Q("When was the Diyala reporter shot in Baquba?", "fact",
  f(place="Baquba", type="shooting"), ev=("J1", "a"), field="event_date")
Q("how many crew members were injured in the grenade attack in Daquq in December 2023?", "fact",
  f(place="Daquq", type="other", **M("2023-12")), ev=("J2", "a"), field="wounded")
Q("journalists killed by the Turkish drone strike near Zakho on 23 Aug 2022?", "fact",
  f(place="Zakho", type="airstrike_operation", perp="Turkey", **DY("2022-08-23")), ev=("J3", "a"), field="killed")
Q("Tal Afar - explosive outside a journalist's home, 6 nov 2025: anyone hurt?", "fact",
  f(place="Tal Afar", **DY("2025-11-06")), ev=("J4", "a"), field="wounded")
Q("who abducted the photographer in Al-Amiriya in Sept 2021?", "fact",
  f(place="Al-Amiriya", type="kidnapping", **M("2021-09")), ev=("J5", "a"), field="perpetrator")
Q("How many were killed by the IED that hit the correspondent's car near Baiji in February 2020?", "fact",
  f(place="Baiji", type="ied", **M("2020-02")), ev=("J6", "a"), field="killed")
Q("Ankawa car bomb Oct 2019, number injured?", "fact",
  f(place="Ankawa", type="ied", **M("2019-10")), ev=("J7", "a"), field="wounded")
Q("date of the shooting of the reporter at the sit-in in Karbala city?", "fact",
  f(place="Karbala", type="shooting"), ev=("J8", "a"), field="event_date")
Q("were there casualties when the TV office in Bakrajo was attacked on 2 March 2024?", "fact",
  f(place="Bakrajo", **DY("2024-03-02")), ev=("J9", "a"), field="killed")
Q("Nasiriyah journalist's house fired on, 8 June 2022 - injuries?", "fact",
  f(place="Nasiriyah", **DY("2022-06-08")), ev=("J11", "a"), field="wounded")
Q("samawah sound bomb april 2025 how many injured", "fact",
  f(place="Samawah", type="ied", **M("2025-04")), ev=("J12", "a"), field="wounded")
Q("How many Hashd were killed near Jalawla on 8 May 2021?", "fact",
  f(place="Jalawla", target="PMU", **DY("2021-05-08")), ev=("G1", "a"), field="killed")
Q("Jalawla, 8 May 2021, the IS attack on the Hashd: number of wounded?", "fact",
  f(place="Jalawla", perp="ISIS", target="PMU", **DY("2021-05-08")), ev=("G1", "a"), field="wounded")
Q("bomb at the Kurdish party office in Kirkuk city on 22 Dec 2023 - casualties?", "fact",
  f(place="Kirkuk", type="ied", **DY("2023-12-22")), ev=("G2", "a"), field="killed")
Q("Batifa shelling 17 August 2022 - how many shepherds hurt?", "fact",
  f(place="Batifa", type="mortar_rocket", target="civilians", **DY("2022-08-17")), ev=("G3", "a"), field="wounded")
Q("Badush ambush Nov 2025: soldiers dead?", "fact",
  f(place="Badush", type="ambush", target="army", **M("2025-11")), ev=("G4", "a"), field="killed")
Q("Abu Ghraib roadside bomb vs coalition convoy, 21 Sep 2021 - any injuries?", "fact",
  f(place="Abu Ghraib", type="ied", target="US forces", **DY("2021-09-21")), ev=("G5", "a"), field="wounded")
Q("who killed the two shepherd brothers near Samarra on 15 Feb 2020?", "fact",
  f(place="Samarra", target="civilians", **DY("2020-02-15")), ev=("G6", "a"), field="perpetrator")
Q("What was the final death toll of the Fallujah market bomb on 13 June 2024?", "fact",
  f(place="Fallujah", type="ied", **DY("2024-06-13")), ev=("G7", "a"), field="killed")
Q("fallujah market bombing jun 2024 - wounded in the end?", "fact",
  f(place="Fallujah", type="ied", **M("2024-06")), ev=("G7", "a"), field="wounded")
Q("basra city ports official shot dead april 2023 - who did it?", "fact",
  f(place="Basra", type="shooting", **M("2023-04")), ev=("G8", "a"), field="perpetrator")
Q("Karbala city checkpoint bomb, 7 June 2019: policemen wounded?", "fact",
  f(place="Karbala", type="ied", target="police", **DY("2019-06-07")), ev=("G10", "a"), field="wounded")
Q("Sulaymaniyah city car bomb that killed a security officer in March 2021 - what date?", "fact",
  f(place="Sulaymaniyah", type="ied", **M("2021-03")), ev=("G11", "a"), field="event_date")
Q("rocket attack near the airport in Erbil city on 9 Nov 2020 - any casualties?", "fact",
  f(place="Erbil", type="mortar_rocket", **DY("2020-11-09")), ev=("G12", "a"), field="killed")
Q("How many were killed in the HPG action in the Zap region on 18 August 2022?", "fact",
  f(place="Zap", **DY("2022-08-18")), ev=("T2", "a"), field="killed")
Q("Avashin harassment fire 27 Aug 2022, how many wounded?", "fact",
  f(place="Avashin", **DY("2022-08-27")), ev=("T3", "a"), field="wounded")
Q("how many villagers wounded in the Turkish air strikes near Sidakan on 27 june 2019", "fact",
  f(place="Sidakan", type="airstrike_operation", perp="Turkey", **DY("2019-06-27")), ev=("T4", "a"), field="wounded")
Q("penjwen drone strike oct 2021 - how many PKK fighters killed", "fact",
  f(place="Penjwen", type="airstrike_operation", target="PKK", **M("2021-10")), ev=("T5", "a"), field="killed")
Q("rocket attack on the base in the Metina region, 26 August 2022 - casualties?", "fact",
  f(place="Metina", type="mortar_rocket", **DY("2022-08-26")), ev=("T6", "a"), field="killed")
Q("Shengal drone strike 15 June 2023: dead?", "fact",
  f(place="Sinjar", type="airstrike_operation", **DY("2023-06-15")), ev=("T7", "a"), field="killed")
Q("Haftanin IED July 2020 - killed?", "fact",
  f(place="Haftanin", type="ied", **M("2020-07")), ev=("T8", "a"), field="killed")
Q("who carried out the drone strike near Sargalu on 10 Sept 2023?", "fact",
  f(place="Sargalu", type="airstrike_operation", **DY("2023-09-10")), ev=("T9", "a"), field="perpetrator")
Q("Amedi sabotage action 17 May 2024 - deaths claimed?", "fact",
  f(place="Amedi", **DY("2024-05-17")), ev=("T11", "a"), field="killed")
Q("baladruz humvee ied 23 may 2021 how many soldiers killed", "fact",
  f(place="Baladruz", type="ied", target="army", **DY("2021-05-23")), ev=("O1", "a"), field="killed")
Q("drone attack on K1 base 8 dec 2023 - casualties?", "fact",
  f(place="K1 base", **DY("2023-12-08")), ev=("O2", "a"), field="killed")
Q("who was behind the strike near Deraluk on 15 August 2022?", "fact",
  f(place="Deraluk", **DY("2022-08-15")), ev=("O3", "a"), field="perpetrator")
Q("Hashd fighters killed by the IED south of Baaj, 16 Nov 2025?", "fact",
  f(place="Baaj", type="ied", target="PMU", **DY("2025-11-16")), ev=("O4", "a"), field="killed")
Q("Dora rocket attack 13 Sept 2021, how many civilians injured", "fact",
  f(place="Dora", type="mortar_rocket", target="civilians", **DY("2021-09-13")), ev=("O5", "a"), field="wounded")
Q("balad air base rocket attack feb 2020 - anyone killed?", "fact",
  f(place="Balad", type="mortar_rocket", **M("2020-02")), ev=("O6", "a"), field="killed")
Q("who claimed the 5 Nov 2023 drone attack on Ain al-Asad?", "fact",
  f(place="Ain al-Asad", **DY("2023-11-05")), ev=("O7", "a"), field="perpetrator")
Q("how many fighters were killed in the strike on the PMF compound at Jurf al-Nasr in March 2024?", "fact",
  f(place="Jurf al-Nasr", target="PMU", **M("2024-03")), ev=("O8", "a"), field="killed")
Q("Halfaya field pipeline bomb April 2022: casualties?", "fact",
  f(place="Halfaya field", type="ied", **M("2022-04")), ev=("O10", "a"), field="killed")
Q("convoy IED near Batha in June 2021 - how many wounded", "fact",
  f(place="Batha", type="ied", **M("2021-06")), ev=("O11", "a"), field="wounded")
Q("Ain al-Tamr checkpoint blast 7 July 2024 - policemen wounded?", "fact",
  f(place="Ain al-Tamr", target="police", **DY("2024-07-07")), ev=("O12", "a"), field="wounded")
Q("when was the would-be candidate shot in Khalis?", "fact",
  f(place="Khalis", type="shooting"), ev=("E1", "a"), field="event_date")
Q("Dibis campaign office explosion, Dec 2023 - any casualties?", "fact",
  f(place="Dibis", **M("2023-12")), ev=("E2", "a"), field="killed")
Q("how many hurt when gunmen fired at a candidate's car in Rahimawa?", "fact",
  f(place="Rahimawa"), ev=("E2", "b"), field="wounded")
Q("koya campaign vehicle shooting oct 2024 injured?", "fact",
  f(place="Koya", type="shooting", **M("2024-10")), ev=("E3", "a"), field="wounded")
Q("qayyarah polling centre ied 7 nov 2025, policemen wounded?", "fact",
  f(place="Qayyarah", type="ied", target="police", **DY("2025-11-07")), ev=("E4", "a"), field="wounded")
Q("grenade at the candidate's office in Al-Shu'la, 20 Sep 2021 - injuries?", "fact",
  f(place="Al-Shu'la", type="other", **DY("2021-09-20")), ev=("E5", "a"), field="wounded")
Q("Zubair candidate house bomb Dec 2023 casualties", "fact",
  f(place="Zubair", type="ied", **M("2023-12")), ev=("E7", "a"), field="killed")
Q("ranya polling agent shot oct 2024 - killed?", "fact",
  f(place="Ranya", type="shooting", **M("2024-10")), ev=("E8", "a"), field="killed")
Q("Who killed the campaign manager in Rifai on 5 October 2021?", "fact",
  f(place="Rifai", **DY("2021-10-05")), ev=("E10", "a"), field="perpetrator")
Q("ramadi billboard bomb nov 2025: was anyone hurt", "fact",
  f(place="Ramadi", type="ied", **M("2025-11")), ev=("E11", "a"), field="wounded")
Q("How many guards were wounded when the candidate's convoy was fired on near Ali al-Gharbi (8 Nov 2025)?", "fact",
  f(place="Ali al-Gharbi", **DY("2025-11-08")), ev=("E12", "a"), field="wounded")
Q("Tribal Mobilisation fighters killed by the IED in Abu Saida subdistrict in May 2021?", "fact",
  f(place="Abu Saida", type="ied", target="PMU", **M("2021-05")), ev=("B1", "a"), field="killed")
Q("When was the shepherd killed by IS in Wadi al-Shay, south of Daquq?", "fact",
  f(place="Daquq", perp="ISIS", target="civilians"), ev=("B2", "a"), field="event_date")
Q("farmer killed by a Turkish drone near Bamerni, Aug 2022 - on what date?", "fact",
  f(place="Bamerni", perp="Turkey", target="civilians", **M("2022-08")), ev=("B3", "a"), field="event_date")
Q("rabia shooting 23 nov 2025 how many dead", "fact",
  f(place="Rabia", type="shooting", **DY("2025-11-23")), ev=("B4", "a"), field="killed")
Q("Tarmiyah farms attack Sept 2021 - how many killed?", "fact",
  f(place="Tarmiyah", **M("2021-09")), ev=("B5", "a"), field="killed")
Q("how many wounded in the IS attack on the police officer's house in Sharqat, Feb 2020?", "fact",
  f(place="Sharqat", perp="ISIS", target="police", **M("2020-02")), ev=("B6", "a"), field="wounded")
Q("Kubaisa IED on the tribal hashd patrol 19/4/2022 - wounded?", "fact",
  f(place="Kubaisa", type="ied", target="PMU", **DY("2022-04-19")), ev=("B7", "a"), field="wounded")
Q("Rumaitha grenade at the sheikh's guesthouse, August 2019: injuries?", "fact",
  f(place="Rumaitha", type="other", **M("2019-08")), ev=("B8", "a"), field="wounded")
Q("date of the activist's assassination in Hilla", "fact",
  f(place="Hilla", target="civilians"), ev=("B10", "a"), field="event_date")
Q("Suwaira: explosive thrown at a police officer's house feb 2021 - anyone injured", "fact",
  f(place="Suwaira", target="police", **M("2021-02")), ev=("B11", "a"), field="wounded")
Q("Who shot the anti-narcotics captain in Al-Manathira in January 2024?", "fact",
  f(place="Manathira", type="shooting", **M("2024-01")), ev=("B12", "a"), field="perpetrator")
Q("Buhriz minibus bomb May 2021, how many wounded", "fact",
  f(place="Buhriz", type="ied", **M("2021-05")), ev=("A1", "a"), field="wounded")
Q("Taza mortar near the Fatimiyya procession, 16 Dec 2023 - casualties?", "fact",
  f(place="Taza", type="mortar_rocket", **DY("2023-12-16")), ev=("A2", "a"), field="killed")
Q("musayyib sound bomb near a mawkib sept 2022 injured?", "fact",
  f(place="Musayyib", type="ied", **M("2022-09")), ev=("A3", "a"), field="wounded")
Q("Samarra mortar rounds near the visitors' car park, 18 February 2020: wounded?", "fact",
  f(place="Samarra", type="mortar_rocket", **DY("2020-02-18")), ev=("A4", "a"), field="wounded")
Q("pilgrims shot near Yusufiya on 24 Sept 2021 - final death toll?", "fact",
  f(place="Yusufiya", type="shooting", **DY("2021-09-24")), ev=("A5", "b"), field="killed")
Q("Al-Bayaa grenade on a mawkib, Sep 2021: number hurt", "fact",
  f(place="Al-Bayaa", type="other", **M("2021-09")), ev=("A5", "a"), field="wounded")
Q("policeman wounded at the Al-Hur checkpoint in Aug 2024 - who fired?", "fact",
  f(place="Al-Hur", target="police", **M("2024-08")), ev=("A6", "a"), field="perpetrator")
Q("Badra pilgrim bus bomb Oct 2019: wounded?", "fact",
  f(place="Badra", type="ied", **M("2019-10")), ev=("A7", "a"), field="wounded")
Q("Hartha sound bomb, 4 September 2022 - injuries?", "fact",
  f(place="Hartha", type="ied", **DY("2022-09-04")), ev=("A10", "a"), field="wounded")
Q("grenade on the mawkib in Shamiya, 12/10/2019, how many wounded", "fact",
  f(place="Shamiya", type="other", **DY("2019-10-12")), ev=("A11", "a"), field="wounded")
Q("Khidhir pilgrim minibus bomb aug 2024 killed?", "fact",
  f(place="Khidhir", type="ied", **M("2024-08")), ev=("A12", "a"), field="killed")
Q("who attacked the village near Qara Tapa on 27 May 2021?", "fact",
  f(place="Qara Tapa", **DY("2021-05-27")), ev=("D1", "a"), field="perpetrator")
Q("Rashad IED on the army patrol, dec 2023, final toll", "fact",
  f(place="Rashad", type="ied", target="army", **M("2023-12")), ev=("D2", "a"), field="killed")
Q("Barwari Bala drone strike 23 Aug 2022 - killed?", "fact",
  f(place="Barwari Bala", type="airstrike_operation", **DY("2022-08-23")), ev=("D3", "a"), field="killed")
Q("Sinune grenade attack Nov 2025 - how many hurt", "fact",
  f(place="Sinune", type="other", **M("2025-11")), ev=("D4", "a"), field="wounded")
Q("Mansour sticky bomb 6 Sep 2021 dead?", "fact",
  f(place="Mansour", type="ied", **DY("2021-09-06")), ev=("D5", "a"), field="killed")
Q("Al-Alam truck IED Feb 2020 - injured?", "fact",
  f(place="Al-Alam", type="ied", **M("2020-02")), ev=("D6", "a"), field="wounded")
Q("Akashat post attack 2 Sept 2019, soldiers killed?", "fact",
  f(place="Akashat", target="army", **DY("2019-09-02")), ev=("D7", "a"), field="killed")
Q("drone attack near Harir base, 8 December 2023 - anybody hurt?", "fact",
  f(place="Harir", **DY("2023-12-08")), ev=("D8", "a"), field="wounded")
Q("Suq al-Shuyukh: explosive thrown at the official's house, April 2024 - hurt?", "fact",
  f(place="Suq al-Shuyukh", **M("2024-04")), ev=("D10", "a"), field="wounded")
Q("when was the activist shot dead near the Amarah sit-in?", "fact",
  f(place="Amarah", type="shooting", target="civilians"), ev=("D11", "a"), field="event_date")
Q("Iskandariya IED on a Hashd vehicle march 2023 wounded", "fact",
  f(place="Iskandariya", type="ied", target="PMU", **M("2023-03")), ev=("D12", "a"), field="wounded")
Q("muqdadiyah patrol blast 14 may 2021, policemen wounded?", "fact",
  f(place="Muqdadiyah", target="police", **DY("2021-05-14")), ev=("R1", "a"), field="wounded")
Q("Mandali PMF post attack 16 May 2021 killed?", "fact",
  f(place="Mandali", target="PMU", **DY("2021-05-16")), ev=("R1", "b"), field="killed")
Q("Tisin election worker shot dead - what date?", "fact",
  f(place="Tisin", type="shooting"), ev=("R2", "a"), field="event_date")
Q("rocket attack near Kirkuk airport 22/12/2023 any casualties", "fact",
  f(place="Kirkuk airport", type="mortar_rocket", **DY("2023-12-22")), ev=("R2", "b"), field="killed")
Q("sheladze drone strike 10 aug 2022 - dead?", "fact",
  f(place="Sheladze", type="airstrike_operation", **DY("2022-08-10")), ev=("R3", "a"), field="killed")
Q("hadar desert army ied nov 2025 - latest toll: ?", "fact",
  f(place="Hadar", type="ied", target="army", **M("2025-11")), ev=("R4", "a"), field="killed")
Q("Hammam al-Alil mukhtar shooting 20 Nov 2025 - how many wounded", "fact",
  f(place="Hammam al-Alil", type="shooting", **DY("2025-11-20")), ev=("R4", "b"), field="wounded")
Q("Karrada liquor shop blast Sep 2021, injured?", "fact",
  f(place="Karrada", **M("2021-09")), ev=("R5", "a"), field="wounded")
Q("activist shot dead in Zafaraniya on 17 September 2021 - by whom?", "fact",
  f(place="Zafaraniya", type="shooting", target="civilians", **DY("2021-09-17")), ev=("R5", "b"), field="perpetrator")
Q("Dujail PMF post attack 25 feb 2020 - Hashd killed?", "fact",
  f(place="Dujail", target="PMU", **DY("2020-02-25")), ev=("R6", "a"), field="killed")
Q("truffle hunters killed near Rutba in March 2025 - how many?", "fact",
  f(place="Rutba", **M("2025-03")), ev=("R7", "a"), field="killed")
Q("protest organiser shot in Al-Tuwaisa Dec 2019 - injured count", "fact",
  f(place="Al-Tuwaisa", type="shooting", **M("2019-12")), ev=("R8", "a"), field="wounded")
Q("mergasur turkish drone strike april 2021 how many dead", "fact",
  f(place="Mergasur", type="airstrike_operation", perp="Turkey", **M("2021-04")), ev=("R10", "a"), field="killed")
Q("Aziziyah pylon bomb July 2024 casualties?", "fact",
  f(place="Aziziyah", type="ied", **M("2024-07")), ev=("R11", "b"), field="killed")
Q("Kufa bomb under the PMF commander's car, Oct 2022: wounded?", "fact",
  f(place="Kufa", type="ied", target="PMU", **M("2022-10")), ev=("R12", "a"), field="wounded")
Q("Shahraban checkpoint attack 22 May 2021 - soldiers killed", "fact",
  f(place="Shahraban", target="army", **DY("2021-05-22")), ev=("S1", "a"), field="killed")
Q("Multaqa patrol SAF 26 Dec 2023 KIA?", "fact",
  f(place="Multaqa", **DY("2023-12-26")), ev=("S2", "a"), field="killed")
Q("chamanke uas strike 21 aug 2022 killed", "fact",
  f(place="Chamanke", **DY("2022-08-21")), ev=("S3", "a"), field="killed")
Q("Mahlabiyah convoy IED 24 nov 2025 - anyone killed?", "fact",
  f(place="Mahlabiyah", type="ied", **DY("2025-11-24")), ev=("S4", "a"), field="killed")
Q("BIAP rocket attack 19 Sep 2021 casualties", "fact",
  f(place="Baghdad International Airport", type="mortar_rocket", **DY("2021-09-19")), ev=("S5", "a"), field="killed")
Q("Sulaiman Bek ambush on the PMF, Feb 2020: killed?", "fact",
  f(place="Sulaiman Bek", type="ambush", target="PMU", **M("2020-02")), ev=("S6", "a"), field="killed")
Q("Haditha checkpoint shooting jan 2021 - wounded?", "fact",
  f(place="Haditha", type="shooting", **M("2021-01")), ev=("S7", "a"), field="wounded")
Q("Warka logistics convoy IED Aug 2021 - casualties?", "fact",
  f(place="Warka", type="ied", **M("2021-08")), ev=("S8", "a"), field="killed")
Q("were the two contractor employees abducted near Mahawil in April 2019 hurt?", "fact",
  f(place="Mahawil", type="kidnapping", **M("2019-04")), ev=("S10", "a"), field="wounded")
Q("afak ied on pmf vehicle, 2 march 2022: wounded", "fact",
  f(place="Afak", type="ied", target="PMU", **DY("2022-03-02")), ev=("S11", "a"), field="wounded")
Q("Habboubi Square shooting of protesters, January 2025 - how many dead?", "fact",
  f(place="Nasiriyah", type="shooting", target="civilians", **M("2025-01")), ev=("S12", "a"), field="killed")
Q("Al-Azim attack on the PMU 24 May 2021: martyrs?", "fact",
  f(place="Udhaim", target="PMU", **DY("2021-05-24")), ev=("I1", "a"), field="killed")
Q("Zab army post attack Dec 2023 - soldiers killed?", "fact",
  f(place="Zab", target="army", **M("2023-12")), ev=("I2", "a"), field="killed")
Q("Safwan convoy bomb July 2021 casualties", "fact",
  f(place="Safwan", type="ied", **M("2021-07")), ev=("I3", "a"), field="killed")
Q("tal abta pmu ied 27 nov 2025 dead", "fact",
  f(place="Tal Abta", type="ied", target="PMU", **DY("2025-11-27")), ev=("I4", "a"), field="killed")
Q("How many Iranian pilgrims were injured in the Kadhimiya bus bombing (Sept 2021)?", "fact",
  f(place="Kadhimiya", type="ied", **M("2021-09")), ev=("I5", "a"), field="wounded")
Q("Tuz Khurmatu Turkmen Hashd post attack Feb 2020 killed?", "fact",
  f(place="Tuz Khurmatu", target="PMU", **M("2020-02")), ev=("I6", "a"), field="killed")
Q("Khanaqin pilgrim bus roadside bomb October 2019, wounded?", "fact",
  f(place="Khanaqin", type="ied", **M("2019-10")), ev=("I8", "a"), field="wounded")
Q("Sadr City market bomb March 2022: how many wounded?", "fact",
  f(place="Sadr City", type="ied", **M("2022-03")), ev=("I10", "a"), field="wounded")
Q("Bashir ambush May 2019 - Hashd killed?", "fact",
  f(place="Bashir", type="ambush", target="PMU", **M("2019-05")), ev=("I11", "a"), field="killed")
Q("Badr office bomb in Nasiriyah, June 2023 - casualties?", "fact",
  f(place="Nasiriyah", type="ied", **M("2023-06")), ev=("I12", "a"), field="killed")
Q("Jalawla army vehicle IED 25 May 2021 killed", "fact",
  f(place="Jalawla", type="ied", target="army", **DY("2021-05-25")), ev=("K1", "a"), field="killed")
Q("who shot the mukhtar in Kanaan in May 2021?", "fact",
  f(place="Kanaan", type="shooting", **M("2021-05")), ev=("K1", "b"), field="perpetrator")
Q("army post near Al-Abbasi, Hawija district, 3 Dec 2023 - who attacked?", "fact",
  f(place="Hawija", target="army", **DY("2023-12-03")), ev=("K2", "a"), field="perpetrator")
Q("Darkar drone strike Aug 2022 - killed?", "fact",
  f(place="Darkar", type="airstrike_operation", **M("2022-08")), ev=("K3", "a"), field="killed")
Q("bashiqa candidate convoy shooting nov 2025 - wounded?", "fact",
  f(place="Bashiqa", type="shooting", **M("2025-11")), ev=("K4", "a"), field="wounded")
Q("Al-Shura police vehicle roadside bomb 3 Nov 2025 - wounded", "fact",
  f(place="Shura", type="ied", target="police", **DY("2025-11-03")), ev=("K4", "b"), field="wounded")
Q("Makhoul mountains PMF post attack 6 feb 2020: dead?", "fact",
  f(place="Makhoul mountains", target="PMU", **DY("2020-02-06")), ev=("K6", "a"), field="killed")
Q("roadside bomb near tikrit 5 feb 2020, soldiers wounded", "fact",
  f(place="Tikrit", type="ied", target="army", **DY("2020-02-05")), ev=("K6", "b"), field="wounded")
Q("Hit IED 8 May 2022 - soldiers killed?", "fact",
  f(place="Hit", type="ied", target="army", **DY("2022-05-08")), ev=("K7", "a"), field="killed")
Q("Amiriyat al-Fallujah Sahwa leader shooting May 2022: what day?", "fact",
  f(place="Amiriyat al-Fallujah", type="shooting", **M("2022-05")), ev=("K7", "b"), field="event_date")
Q("kalar grenade oct 2020 casualties", "fact",
  f(place="Kalar", type="other", **M("2020-10")), ev=("K8", "a"), field="killed")
Q("police officer shot dead in Qal'at Salih, Oct 2023 - when?", "fact",
  f(place="Qalat Salih", type="shooting", target="police", **M("2023-10")), ev=("K10", "a"), field="event_date")
Q("Begova Turkish air strike Aug 2019: killed", "fact",
  f(place="Begova", type="airstrike_operation", perp="Turkey", **M("2019-08")), ev=("K11", "a"), field="killed")
Q("Kesta shelling 20 Aug 2019 - anyone hurt?", "fact",
  f(place="Kesta", type="mortar_rocket", **DY("2019-08-20")), ev=("K11", "b"), field="wounded")
Q("Mishkhab explosive at the Sadrist official's house june 2025 injuries", "fact",
  f(place="Mishkhab", **M("2025-06")), ev=("K12", "a"), field="wounded")
Q("In which town was the Turkmen election worker shot dead on 19 December 2023?", "fact",
  f(type="shooting", **DY("2023-12-19")), ev=("R2", "a"), field="place_canonical")
Q("Where did the drone strike that killed two YBS fighters on 15 June 2023 hit?", "fact",
  f(type="airstrike_operation", **DY("2023-06-15")), ev=("T7", "a"), field="place_canonical")
Q("What day did the roadside bomb hit the coalition supply convoy in Abu Ghraib?", "fact",
  f(place="Abu Ghraib", type="ied", target="US forces"), ev=("G5", "a"), field="event_date")
Q("When did the rocket attack on Balad air base take place?", "fact",
  f(place="Balad", type="mortar_rocket"), ev=("O6", "a"), field="event_date")
Q("who was blamed for the Kubaisa bomb on the Tribal Hashd in April 2022?", "fact",
  f(place="Kubaisa", type="ied", target="PMU", **M("2022-04")), ev=("B7", "a"), field="perpetrator")
Q("Who claimed the sabotage action near Amedi in May 2024?", "fact",
  f(place="Amedi", **M("2024-05")), ev=("T11", "a"), field="perpetrator")

# ------------------------------------------------------------------ no-match
Q("suicide bombing in Kadhimiya in September 2021?", "fact",
  f(place="Kadhimiya", type="suicide", **M("2021-09")), no_match=True, field="killed")
Q("Turkish air strike in Zakho in 2024 - how many killed?", "fact",
  f(place="Zakho", type="airstrike_operation", perp="Turkey", **Y(2024)), no_match=True, field="killed")
Q("the kidnapping in Kirkuk province in December 2023 - who did it?", "fact",
  f(prov="Kirkuk", type="kidnapping", **M("2023-12")), no_match=True, field="perpetrator")
Q("rocket attack on Erbil city airport in 2023, date?", "fact",
  f(place="Erbil", type="mortar_rocket", **Y(2023)), no_match=True, field="event_date")

# ------------------------------------------------------------------ conversations
C("diyala may 2021", "listing", f(prov="Diyala", **M("2021-05")),
  "just the bombings", "listing", f(prov="Diyala", type="ied", **M("2021-05")))
C("kirkuk province dec 2023", "listing", f(prov="Kirkuk", **M("2023-12")),
  "how many does that come to?", "count", f(prov="Kirkuk", **M("2023-12")))
C("dohuk august 2022", "listing", f(prov="Dohuk", **M("2022-08")),
  "keep only the ones Turkey carried out", "listing", f(prov="Dohuk", perp="Turkey", **M("2022-08")))
C("nineveh nov 2025", "listing", f(prov="Nineveh", **M("2025-11")),
  "make that a written summary", "briefing", f(prov="Nineveh", **M("2025-11")))
C("baghdad province september 2021", "listing", f(prov="Baghdad", **M("2021-09")),
  "stretch it to cover August through October 2021", "listing", f(prov="Baghdad", **SP("2021-08", "2021-10")))
C("salahuddin feb 2020", "listing", f(prov="Salahuddin", **M("2020-02")),
  "only those that hit the army", "listing", f(prov="Salahuddin", target="army", **M("2020-02")))
C("IS attacks in Kirkuk province, Dec 2023", "listing", f(prov="Kirkuk", perp="ISIS", **M("2023-12")),
  "same for Diyala province, any date", "listing", f(prov="Diyala", perp="ISIS"))
C("shootings in Baghdad province in September 2021", "listing", f(prov="Baghdad", type="shooting", **M("2021-09")),
  "and for the whole of 2021?", "listing", f(prov="Baghdad", type="shooting", **Y(2021)))
C("attacks in Mosul city in Nov 2025", "listing", f(place="Mosul", **M("2025-11")),
  "all of Nineveh province for that month", "listing", f(prov="Nineveh", **M("2025-11")))
C("attacks in Amedi", "listing", f(place="Amedi"),
  "include the surrounding area as well", "listing", f(place="Amedi", near=True))
C("anything close to Kirkuk city in December 2023", "listing", f(place="Kirkuk", near=True, **M("2023-12")),
  "only in the city itself", "listing", f(place="Kirkuk", **M("2023-12")))
C("IEDs in Salahuddin province, February 2020", "listing", f(prov="Salahuddin", type="ied", **M("2020-02")),
  "drop the IED filter", "listing", f(prov="Salahuddin", **M("2020-02")))
C("Diyala gov May 2021 attacks on the Hashd", "listing", f(prov="Diyala", target="PMU", **M("2021-05")),
  "tally them up", "count", f(prov="Diyala", target="PMU", **M("2021-05")))
C("ISIS attacks in Anbar", "listing", f(prov="Anbar", perp="ISIS"),
  "ignore who did it - show me the attacks on soldiers", "listing", f(prov="Anbar", target="army"))
C("last month in nineveh", "listing", f(prov="Nineveh", **M("2025-11")),
  "and the month before that?", "listing", f(prov="Nineveh", **M("2025-10")), today="2025-12-03")
C("bombings in Baghdad province, September 2021", "listing", f(prov="Baghdad", type="ied", **M("2021-09")),
  "swap to shootings", "listing", f(prov="Baghdad", type="shooting", **M("2021-09")))
C("Kirkuk province December 2023", "listing", f(prov="Kirkuk", **M("2023-12")),
  "only 16-31 December", "listing", f(prov="Kirkuk", dfrom="2023-12-16", dto="2023-12-31"))
C("Turkish strikes in Dohuk province in 2022", "listing", f(prov="Dohuk", perp="Turkey", **Y(2022)),
  "also include 2023 and 2024", "listing", f(prov="Dohuk", perp="Turkey", **SP("2022-01", "2024-12")))
C("Baghdad Sept 2021", "listing", f(prov="Baghdad", **M("2021-09")),
  "only the ones where the attacker is unknown", "listing", f(prov="Baghdad", perp="unknown", **M("2021-09")))
C("attacks on the Hashd 2019-2025", "listing", f(target="PMU", **SP("2019-01", "2025-12")),
  "cut it down to 2020-2021", "listing", f(target="PMU", **SP("2020-01", "2021-12")))
C("attacks in Basra city in 2019", "listing", f(place="Basra", **Y(2019)),
  "widen to 2019 through 2024", "listing", f(place="Basra", **SP("2019-01", "2024-12")))
C("Salahuddin February 2020, IS attacks", "listing", f(prov="Salahuddin", perp="ISIS", **M("2020-02")),
  "put that into a briefing", "briefing", f(prov="Salahuddin", perp="ISIS", **M("2020-02")))
C("bombings in Mosul 2025", "listing", f(place="Mosul", type="ied", **Y(2025)),
  "extend to the whole of Nineveh province", "listing", f(prov="Nineveh", type="ied", **Y(2025)))
C("number of attacks in Dhi Qar province", "count", f(prov="Dhi Qar"),
  "now give me the narrative briefing", "briefing", f(prov="Dhi Qar"))
