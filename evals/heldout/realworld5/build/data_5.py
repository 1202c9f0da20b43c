"""Invented styles Q (parliamentary written questions and ministerial replies) and
L (insurance loss notifications / adjuster notes)."""
from lib import F, W, add, I, doc, NR


def PQ(key, no, tabled, mp, minister, question, reply_by, r, reply, incs):
    text = f"""COUNCIL OF REPRESENTATIVES - WRITTEN QUESTION No. {no}
Tabled {F(tabled, '{D} {Month} {YYYY}')} by {mp}, to {minister}.
Question: {question}
Reply of {reply_by}, dated {F(r, '{D} {Month} {YYYY}')}: {reply}"""
    doc(key, "Q", r, text, incs)


# ===================================================================== Q
e = "2020-04-11"; dp = "the attack of 11 April 2020"
PQ("Q1", "212/2020", "2020-04-20", "the MP for Anbar, Mr. K. al-Dulaimi", "the Minister of Defence",
   f"[[a|Will the Minister explain how Daesh terrorist gangs were able to carry out {dp} on an army post near the Al-Walid border crossing, Rutba district]], in which, according to my information, four soldiers were martyred?",
   "the Ministry of Defence", "2020-05-04",
   "The Ministry's records show that the attack resulted in three martyrs and five wounded. The post has been reinforced and thermal cameras installed.",
   [I(e, dp, "an army post near the Al-Walid border crossing, Rutba district", "Rutba", "Anbar", "ISIS",
      "attributed", ["army"], ["shooting"], 3, "the attack resulted in three martyrs", 5, "five wounded")])

e = "2024-07-19"; dp = "on 19 July 2024"
PQ("Q2", "87/2024", "2024-07-28", "the MP for Nineveh, Ms. N. Hanna", "the Minister of Interior",
   f"[[a|What measures has the Ministry taken after the bombing that, {dp}, struck a bus of cement-factory workers near the village of Bazwaya, in Al-Hamdaniya district]]?",
   "the Ministry of Interior", "2024-08-20",
   "The explosion killed two workers and injured nine, one of whom later died in hospital, bringing the dead to three. The perpetrators have not yet been identified; the investigation continues.",
   [I(e, dp, "the village of Bazwaya, in Al-Hamdaniya district", "Hamdaniya", "Nineveh", "unknown", None,
      ["civilians"], ["ied"], 3, "bringing the dead to three", 9, "injured nine")])

e = "2024-09-03"; dp = "on 3 September 2024"
PQ("Q3", "101/2024", "2024-09-09", "the MP for Duhok, Mr. S. Barwari", "the Minister of Foreign Affairs",
   f"[[a|Turkish shelling {dp} of a picnic area near Zawita injured four tourists, none of them fatally.]] What diplomatic steps has the Ministry taken?",
   "the Ministry of Foreign Affairs", "2024-09-24",
   "The Ministry summoned the Turkish chargé d'affaires and delivered a note of protest, the eleventh this year.",
   [I(e, dp, "a picnic area near Zawita", "Zawita", "Dohuk", "Turkey", "attributed",
      ["civilians"], ["mortar_rocket"], 0, "none of them fatally", 4, "injured four tourists")])

e = "2019-10-04"; dp = "on 4 October 2019"
PQ("Q4", "33/2019", "2019-10-15", "the MP for Baghdad, Mr. H. al-Saadi", "the Minister of Interior",
   f"[[a|Who gave the order to open live fire on demonstrators in the Al-Kamaliya area of Baghdad {dp}]], killing, as residents say, six young men?",
   "the Ministry of Interior", "2019-10-30",
   "The Ministry's records show five deaths and 47 injuries in Al-Kamaliya that day. Members of a security unit have been referred to the judiciary.",
   [I(e, dp, "the Al-Kamaliya area of Baghdad", "Baghdad", "Baghdad", "security forces", "attributed",
      ["civilians"], ["shooting"], 5, "five deaths", 47, "47 injuries")])

e = "2021-11-16"; dp = "on 16 November 2021"
PQ("Q5", "140/2021", "2021-11-22", "the MP for Kirkuk, Mr. A. Bayatli", "the Minister of Interior",
   f"[[a|Gunmen {dp} fired on the car of a Turkmen member of the local council in Al-Bashir village, Taza subdistrict, an attack which he survived with a shoulder wound; no one else was harmed.]] Why has no one been arrested?",
   "the Ministry of Interior", "2021-12-06",
   "Two suspects have been identified and arrest warrants issued under Article 4 of the anti-terrorism law.",
   [I(e, dp, "Al-Bashir village, Taza subdistrict", "Taza Khurmatu", "Kirkuk", "unknown", None,
      ["civilians"], ["shooting"], 0, "no one else was harmed", 1, "survived with a shoulder wound")])

e = "2022-08-24"; dp = "on 24 August 2022"
PQ("Q6", "176/2022", "2022-08-30", "the MP for Diyala, Mr. R. al-Karkhi", "the Minister of Defence",
   f"[[a|What happened {dp} at the army post in the Al-Udhaim basin, where ISIS remnants attacked our soldiers]]?",
   "the Ministry of Defence", "2022-09-12",
   "Two soldiers were martyred and three wounded in the attack. A clearance operation has since been conducted in the basin.",
   [I(e, dp, "the army post in the Al-Udhaim basin", "Adhaim", "Diyala", "ISIS", "attributed",
      ["army"], ["shooting"], 2, "Two soldiers were martyred", 3, "three wounded")])

e = "2023-01-10"; dp = "on 10 January 2023"
PQ("Q7", "12/2023", "2023-01-18", "the MP for Salahuddin, Mr. M. al-Juburi", "the Prime Minister",
   f"[[a|What is the fate of the four hunters kidnapped by Daesh {dp} in the Al-Jazira desert west of Samarra]]?",
   "the Office of the Prime Minister", "2023-02-02",
   "Two of the hunters were found shot dead on 14 January; the other two remain missing and the search continues.",
   [I(e, dp, "the Al-Jazira desert west of Samarra", "Samarra", "Salahuddin", "ISIS", "attributed",
      ["civilians"], ["kidnapping", "shooting"], 2, "Two of the hunters were found shot dead", None, NR)])

e = "2022-02-06"; dp = "on 6 February 2022"
PQ("Q8", "51/2022", "2022-02-14", "the MP for Basra, Ms. Z. al-Asadi", "the Minister of Interior",
   f"[[a|Who fired a rocket-propelled grenade {dp} at the house of the head of the Basra oil police in the Al-Qibla district of Basra]]?",
   "the Ministry of Interior", "2022-03-01",
   "The attack damaged the house without any person being hurt. The suspects belong to an outlaw group and are being pursued.",
   [I(e, dp, "the Al-Qibla district of Basra", "Basra", "Basra", "unknown", None,
      [], ["shooting"], 0, "without any person being hurt", 0, "without any person being hurt")])

e = "2020-03-03"; dp = "on 3 March 2020"
PQ("Q9", "64/2020", "2020-03-09", "the MP for Maysan, Mr. J. al-Mohammedawi", "the Minister of Interior",
   f"[[a|An activist was killed by gunfire {dp} in Ali al-Sharqi]]. Will the Minister disclose the results of the investigation?",
   "the Ministry of Interior", "2020-04-01",
   "The investigation is continuing; the killers fled in a car without plates.",
   [I(e, dp, "Ali al-Sharqi", "Ali al-Sharqi", "Maysan", "unknown", None,
      ["civilians"], ["shooting"], 1, "An activist was killed by gunfire", None, NR)])

e = "2024-04-20"; dp = "on 20 April 2024"
PQ("Q10", "59/2024", "2024-04-29", "the MP for Babil, Mr. F. al-Janabi", "the Commander-in-Chief of the Armed Forces",
   f"[[a|What struck the Kalsu base near Al-Iskandariya, which hosts PMF brigades, {dp}, killing one PMF member and wounding eight]]?",
   "the Joint Operations Command", "2024-05-14",
   "The technical committee concluded that the explosion was caused by an aircraft of unknown identity.",
   [I(e, dp, "the Kalsu base near Al-Iskandariya", "Iskandariya", "Babil", "unknown", None,
      ["PMU"], ["airstrike_operation"], 1, "killing one PMF member", 8, "wounding eight")])

e = "2021-06-12"; dp = "on 12 June 2021"
PQ("Q11", "118/2021", "2021-06-20", "the MP for Wasit, Mr. Q. al-Lami", "the Minister of Interior",
   f"[[a|Is the Ministry aware of the bombing {dp} of a lorry carrying coalition equipment near Al-Numaniyah]]?",
   "the Ministry of Interior", "2021-07-05",
   "Yes. The device damaged the lorry with no loss of life; the driver was slightly injured.",
   [I(e, dp, "a lorry carrying coalition equipment near Al-Numaniyah", "Numaniya", "Wasit", None, None,
      ["US forces"], ["ied"], 0, "no loss of life", 1, "the driver was slightly injured")])


# ===================================================================== L
def CLAIM(key, ref, insured, r, dol_line, loc, body, incs):
    text = f"""LOSS NOTIFICATION - ADJUSTER NOTE
Claim ref: {ref}
Insured: {insured}
Cover: political violence and terrorism (PVT)
{dol_line}
Location: {loc}
Note date: {F(r, '{D} {Month} {YYYY}')}
{body}"""
    doc(key, "L", r, text, incs)


e = "2024-07-14"; dp = F(e, "{DD}/{MM}/{YYYY}")
CLAIM("L1", "IQ-PVT-24-0713", "Nineveh Cement Haulage Co.", "2024-07-22", f"Date of loss: {dp} (dd/mm)",
      "Mosul-Dohuk road near Wana",
      "[[a|Circumstances: gunmen stopped the insured's cement truck on the Mosul-Dohuk road near Wana, ordered the driver out and set the vehicle on fire.]] Bodily injury: driver treated for bruises (1). Fatalities: nil.\nAdjuster view: act of malicious persons; falls under the policy. Reserve: USD 38,000.",
      [I(e, dp, "the Mosul-Dohuk road near Wana", "Wana", "Nineveh", "unknown", None,
         ["civilians"], ["other"], 0, "Fatalities: nil", 1, "Bodily injury: driver treated for bruises (1)")])

e = "2024-09-09"; dp = F(e, "{YYYY}-{MM}-{DD}")
CLAIM("L2", "KR-PVT-24-0288", "Ashawa Mountain Resort", "2024-09-16", f"DoL {dp}",
      "Ashawa resort, Amedi district",
      "[[a|Circumstances: an artillery shell, attributed by the Amedi district administration to the Turkish military, struck the resort's restaurant building at the Ashawa resort, Amedi district, during the night. No bodily injury.]]\nProperty: roof and kitchen destroyed. Adjuster view: war exclusion to be reviewed against the PVT wording.",
      [I(e, dp, "the Ashawa resort, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed",
         [], ["mortar_rocket"], 0, "No bodily injury", 0, "No bodily injury")])

e = "2019-10-28"; dp = F(e, "{D} {Month} {YYYY}")
CLAIM("L3", "BG-PVT-19-1104", "Al-Warka Electrical Trading", "2019-11-04", f"Loss date: {dp}",
      "Bab al-Sharqi, Baghdad",
      "[[a|Circumstances: unknown persons broke into and set fire to the insured's warehouse in Bab al-Sharqi, Baghdad, during the night, amid the protests nearby. No fatalities or injuries to staff.]]\nAdjuster view: riot, strikes and civil commotion extension applies. Stock loss estimated at USD 120,000.",
      [I(e, dp, "the insured's warehouse in Bab al-Sharqi, Baghdad", "Baghdad", "Baghdad", "unknown", None,
         [], ["other"], 0, "No fatalities or injuries to staff", 0, "No fatalities or injuries to staff")])

e = "2021-11-27"; dp = F(e, "{DD}.{MM}.{YYYY}")
CLAIM("L4", "KK-PVT-21-0561", "Northern Grid Contractors Ltd", "2021-12-03", f"DOL: {dp}",
      "Shwan subdistrict, Kirkuk",
      "[[a|Circumstances: an IED exploded beside the insured's mobile crane while it worked on a power line in Shwan subdistrict; the operator was injured. Fatal injuries: none.]] Police suspect ISIS cells active in the area.\nAdjuster view: terrorism peril; covered subject to deductible.",
      [I(e, dp, "Shwan subdistrict", "Shwan", "Kirkuk", "ISIS", "suspected",
         ["civilians"], ["ied"], 0, "Fatal injuries: none", 1, "the operator was injured")])

e = "2022-08-29"; dp = F(e, "{th} {Month} {YYYY}")
CLAIM("L5", "DY-PVT-22-0390", "Al-Khalis Poultry Farms", "2022-09-06", f"Loss occurred {dp}",
      "poultry farm outside Al-Khalis",
      "[[a|Circumstances: armed men shot the night guard and set fire to two sheds of the insured's poultry farm outside Al-Khalis. Fatalities: 1 (night guard). No other bodily injury.]]\nAdjuster view: the police report classifies the act as terrorism; proceed.",
      [I(e, dp, "the insured's poultry farm outside Al-Khalis", "Khalis", "Diyala", "unknown", None,
         ["civilians"], ["shooting", "other"], 1, "Fatalities: 1 (night guard)", 0, "No other bodily injury")])

e = "2023-01-29"; dp = F(e, "{YYYY}-{MM}-{DD}")
CLAIM("L6", "SD-PVT-23-0049", "Tigris Fuel Transport", "2023-02-07", f"DoL {dp}",
      "Samarra-Baghdad highway near Al-Mutasim",
      "[[a|Circumstances: a roadside bomb hit one of the insured's fuel tankers on the Samarra-Baghdad highway near Al-Mutasim. Driver hospitalised (1); no deaths.]]\nProperty: tanker and cargo total loss. Adjuster view: covered.",
      [I(e, dp, "the Samarra-Baghdad highway near Al-Mutasim", "Mutasim", "Salahuddin", None, None,
         ["civilians"], ["ied"], 0, "no deaths", 1, "Driver hospitalised (1)")])

e = "2020-04-26"; dp = F(e, "{D} {Month} {YYYY}")
CLAIM("L7", "AN-PVT-20-0131", "Anbar Mobile Towers JV", "2020-05-05", f"Date of loss: {dp}",
      "Kubaisa, Hit district",
      "[[a|Circumstances: unknown persons blew up the insured's telecom mast in Kubaisa, Hit district, at night. No bodily injury.]]\nProperty: mast and generator destroyed; service to Kubaisa interrupted for 9 days.",
      [I(e, dp, "the insured's telecom mast in Kubaisa, Hit district", "Hit", "Anbar", "unknown", None,
         [], ["ied"], 0, "No bodily injury", 0, "No bodily injury")])

e = "2023-06-13"; dp = F(e, "{DD}/{MM}/{YYYY}")
CLAIM("L8", "BS-PVT-23-0712", "Gulf Oilfield Services", "2023-06-21", f"Date of loss: {dp} (dd/mm)",
      "road to West Qurna 2, near Al-Madina",
      "[[a|Circumstances: gunmen fired at the insured's bus carrying workers to the West Qurna 2 field near Al-Madina, north of Basra. Injuries: 2 (workers, minor). Deaths: 0.]]\nAdjuster view: covered; medical expenses to be reimbursed.",
      [I(e, dp, "near Al-Madina, north of Basra", "Madina", "Basra", "unknown", None,
         ["civilians"], ["shooting"], 0, "Deaths: 0", 2, "Injuries: 2 (workers, minor)")])

e = "2022-04-06"; dp = F(e, "{D} {Mon} {YYYY}")
CLAIM("L9", "ER-PVT-22-0207", "Khabat Power Holding", "2022-04-19", f"Loss date {dp}",
      "Khabat power station, Erbil",
      "[[a|Circumstances: an explosive-laden drone hit a fuel tank at the Khabat power station, causing a fire. No personnel casualties.]]\nProperty: one tank destroyed. Adjuster view: drone attacks fall under the terrorism section.",
      [I(e, dp, "the Khabat power station", "Khabat", "Erbil", None, None,
         [], ["other"], 0, "No personnel casualties", 0, "No personnel casualties")])

e = "2021-05-16"; dp = F(e, "{DD}.{MM}.{YYYY}")
CLAIM("L10", "DQ-PVT-21-0333", "Al-Nasr Motors", "2021-05-25", f"DOL: {dp}",
      "car showroom, Nasiriyah",
      "[[a|Circumstances: an IED placed at the entrance of the insured's car showroom in Nasiriyah exploded at 02:00, killing one security guard.]] Six vehicles damaged.\nAdjuster view: terrorism peril; covered.",
      [I(e, dp, "the insured's car showroom in Nasiriyah", "Nasiriyah", "Dhi Qar", None, None,
         ["civilians"], ["ied"], 1, "killing one security guard", None, NR)])

e = "2024-02-21"; dp = F(e, "{D} {Month} {YYYY}")
CLAIM("L11", "NJ-PVT-24-0098", "Al-Rawda Hotel", "2024-03-04", f"Date of loss: {dp}",
      "Al-Rawda Hotel, Najaf",
      "[[a|Circumstances: an explosive device left in the lobby of the Al-Rawda Hotel, near the old city of Najaf, exploded, injuring two guests, both pilgrims. Death claims: none.]]\nAdjuster view: terrorism peril; covered.",
      [I(e, dp, "the Al-Rawda Hotel, near the old city of Najaf", "Najaf", "Najaf", None, None,
         ["civilians"], ["ied"], 0, "Death claims: none", 2, "injuring two guests")])
