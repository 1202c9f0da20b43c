"""Patterns shared by the incident extractors: casualty figures, attack type, target, claims, villages."""

from __future__ import annotations

import re

from assistant.language.sieve import Sieve, sieve, sieved
from assistant.language.text import DATE_FIRST_DATELINE, FULL_DATE_DATELINE, WIRE_DATELINE
from assistant.language.vocab import (
    ACTORS,
    COMPOUND_NUMBER,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    TARGET_WORDS,
    actor_mentions,
    attack_type_in,
    compound_value,
    could_be_place,
)
from assistant.schemas import Count

_WORD_NUM = {k: v for k, v in NUMBER_WORDS.items() if k not in ("zero", "dozen", "hundred")}
_ORDINAL = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
_ORDINALS = "|".join(_ORDINAL)
# Reported, but with no number to add: a total never counts them ('dozens' is not 'at least 24'), the ledger says
# how many there were. Every blind set's analysts coded them as no figure.
_VAGUE = {
    "several": (None, None),
    "dozens": (None, None),
    "dozens of": (None, None),
    "scores": (None, None),
    "a large number": (None, None),
    "large number": (None, None),
    "many": (None, None),
    "hundreds": (None, None),
}
# 'Twenty-five people killed': a compound is one number, never its last word ('five').
_NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{COMPOUND_NUMBER}|"
    + "|".join(sorted((k for k in _WORD_NUM if len(k) > 2), key=len, reverse=True))
    + ")"
)
_VAGUE_RE = "|".join(sorted(map(re.escape, _VAGUE), key=len, reverse=True))
_QUAL = r"(?P<q>at least |more than |over |nearly |about |around |some |up to |an additional |another )?"
# A year is no figure after a month, a day-and-comma or a word of time: '15 February 2021, which killed a
# contractor', 'on March 3, 2020', 'during 2019'
_NOT_AFTER_YEAR = (
    "".join(
        f"(?<!{re.escape(w)} )"
        for w in (*MONTHS, *MONTH_ABBREVIATIONS, "Sept", "Sept.", "during", "until", "till", "after", "before", "from")
    )
    + r"(?<!\d, )(?<!mid-)(?<!\d\.)(?<!\d/)"  # the year of '17.03.2022' or '17/03/2022': a date, no figure
)
# A day of a month is no figure: 'On March 16 IS fighters shot dead a mukhtar', 'On Jul 12 a bomb killed a civilian'
# (but 'In March 16 people were killed' counts them); nor an outlet named by a number it was told to: 'a local
# source told 964 that the employee was wounded'
_DAY_MONTHS = (*MONTHS, *MONTH_ABBREVIATIONS, "Sept", "Sept.")
_NOT_A_DAY = (
    r"(?<!\btold )(?:"
    + "".join(f"(?<!{re.escape(w)} )" for w in _DAY_MONTHS)
    + "|"
    + "|".join(f"(?<=\\b[Ii]n {re.escape(w)} )" for w in _DAY_MONTHS)
    + r"|(?!(?:[12][0-9]|3[01]|0?[1-9])(?![0-9])))"
)
# "a 10-year-old boy" is one victim, not ten; "three days later" is no figure at all
_FIG = (
    # never a year ('the 2019 protests')
    # never the second half of a date ('12/09 KALAR IED struck a patrol, soldier killed': no 9 dead)
    # never the 'one' of 'No one claimed the attack'; never an entry's number ('#2 A roadside bomb wounded a farmer')
    rf"{_QUAL}(?P<n>(?<![0-9]/)(?<![0-9]\.)(?<!#)(?<!\bno )(?<!\bNo )(?<!\bNO ){_NOT_A_DAY}"
    rf"(?:(?<!\bthe )(?<!\bin )(?<!\bsince )(?<!\bof )(?<!\bby ){_NOT_AFTER_YEAR}|"
    rf"(?!(?:19[5-9]|20[0-4])\d(?![\d,])))"
    # never a log's time ('At 0930 two soldiers were hospitalised'); a log's zero-padded figure is one ('02 KIA')
    # ([0-9], not \d: _RANGE_END below cuts _FIG at its first '(?!\d)')
    rf"(?!0\d{{3}}(?![0-9]))(?:{_NUM}|{_VAGUE_RE}))(?!\d)(?!-year|\s+years?\s+old)"
    # the attackers, not their victims: 'two unknown gunmen on a motorcycle killed an activist'
    r"(?!\s+(?:(?:unknown|unidentified|armed|masked|hooded|suspected|other|more)\s+)?(?:gunm[ae]n|attackers|"
    r"assailants|kidnappers|abductors|hitmen|bombers|suicide\s+bombers)\b)"
    # 'killing dozens of sheep': livestock, not victims
    r"(?!\s+(?:of\s+)?(?:their\s+)?(?:sheep|cattle|cows|goats|camels|livestock|animals|buffalo(?:es)?|birds|poultry|"
    r"chickens|horses|donkeys|head of)\b"
    r"(?!\s+(?:traders?|merchants?|dealers?|herders?|herdsmen|farmers?|owners?|breeders?|shepherds?)\b))"
    r"(?!\s+(?:days?|nights?|weeks?|months?|hours?|minutes?)\s+(?:later|earlier|after|before|ago|on)\b)"
    # what hit them, not who was hit: 'the employee was hit by two bullets', 'struck by three rounds'
    r"(?!\s+(?:(?:stray|live|sniper|mortar|artillery|Katyusha|explosive|armed|suicide)\s+)?(?:bullets|rounds|shots|"
    r"shells|rockets|missiles|mortars|grenades|bombs|drones|projectiles|fragments)\b)"
    # a time of day: 'at around 10 pm killed a waiter'
    r"(?!\s*(?:[ap]\.?m\b\.?|o['’]clock\b|hrs\b|[:.]\d\d\b))"
    # '... on 11 December, an IED killed a shepherd': a day of a month, no figure
    rf"(?!(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:{'|'.join(MONTHS)}|Sept|{'|'.join(MONTH_ABBREVIATIONS)})\b)"
    # ... nor the first day of a span of days: 'killed 1-6 Oct', 'wounded 3 to 5 March'
    rf"(?!\s*(?:[-\u2013]|\s+to\s+)\s*(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?-i:{'|'.join(MONTHS)}|Sept|{'|'.join(MONTH_ABBREVIATIONS)})\b)"
)
# A victim's noun ('a shepherd', 'the driver', 'his son'): victims written as words, and the subject of a death or
# an injury told in other words
_VICTIM = (
    r"(?:soldier|trooper|policeman|police officer|officer|guard|civilian|child|boy|girl|man|woman|fighter|member|"
    r"worshipper|farmer|shepherd|journalist|driver|engineer|contractor|mukhtar|activist|judge|passenger|owner|"
    r"shopkeeper|keeper|trader|merchant|(?:school)?teacher|schoolmaster|head\s+of\s+(?:a|the)\s+village|village\s+(?:head|chief)|"
    r"doctor|nurse|student|cleric|sheikh|imam|employee|worker|official|"
    r"lawyer|hunter|herder|commander|leader|elder|businessman|pilgrim|resident|villager|youth|person|candidate|"
    r"deminer|protester|demonstrator|bystander|passer-by|passerby|relative|colleague|conscript|recruit|labou?rer|"
    r"journalist|photographer|cameraman|reporter|peshmerga|policewoman|patient|guest|mourner|tribesman|owner|"
    r"mother|father|husband|wife|son|daughter|brother|sister|friend|neighbou?r|companion|bodyguard|beekeeper|"
    r"fisherman|herdsman|watchman|gatekeeper|vendor|barber|baker|butcher|mechanic|tailor|taxi driver|citizen|"
    r"co-driver|customer|goldsmith|waiter|cook|headman|pharmacist|chemist|mujahid|volunteer|technician|"
    r"electrician|dentist|surgeon|paramedic|medic|lecturer|professor|academic|poet|singer|blogger|"
    r"prosecutor|councillor|councilor|lawmaker|mayor|agent|interpreter|translator|"
    r"grandson|granddaughter|grandfather|grandmother|grandchild|comrade|cadre|guerrilla|"
    r"sergeant|lieutenant|captain|corporal|colonel|private|lineman|pupil|vendor|cadet|"
    # more of the people news reports name as victims: roles, faiths, trades, ages, travellers
    r"returnee|refugee|migrant|preacher|muezzin|priest|monk|nun|bishop|pastor|cleric|scholar|teenager|toddler|"
    r"infant|baby|pensioner|retiree|veteran|widow|orphan|groom|bride|tourist|visitor|trucker|porter|cleaner|janitor|"
    r"sweeper|gardener|builder|carpenter|plumber|blacksmith|jeweller|jeweler|money changer|moneychanger|broker|"
    r"dealer|seller|salesman|storekeeper|grocer|greengrocer|hawker|peddler|miller|miner|sentry|informant|hostage|"
    r"captive|abductee|athlete|footballer|player|coach|referee|artist|painter|writer|author|novelist|intellectual|"
    r"researcher|scientist|dean|headmaster|headteacher|tutor|instructor|trainee|apprentice|civil servant|clerk|"
    r"secretary|accountant|inspector|investigator|detective|magistrate|attorney|advocate|politician|MP|deputy|"
    r"minister|governor|councilman|organi[sz]er|campaigner|unionist|dissident|influencer|broadcaster|presenter|"
    r"correspondent|editor|publisher|producer|filmmaker|manager|executive|investor|subcontractor|surveyor|"
    r"architect|geologist|pilot|sailor|seaman|serviceman|airman|commando|paratrooper|militiaman|clansman|chieftain|"
    r"grower|peasant|landowner|landlord|tenant|homeowner|householder|occupant|commuter|traveller|traveler|"
    r"pedestrian|cyclist|motorist|motorcyclist|rider|shopper|diner|attendee|spectator|onlooker|witness|youngster|"
    r"adolescent|minor|schoolboy|schoolgirl|kid|physician|midwife|veterinarian|aid worker|relief worker|"
    r"humanitarian|staffer|staff member|firefighter|fireman|rescuer|sapper|trucker|cabbie|cab driver|"
    r"fruit seller|oil worker|health worker|security guard|assistant|aide|helper)"
)
_KIN = (
    r"(?:brother|son|father|wife|daughter|mother|cousin|nephew|niece|uncle|husband|companion|driver|bodyguard|"
    r"grandson|granddaughter|grandfather|grandmother|grandchild|comrade|colleague|escort|assistant|aide|helper|"
    r"partner|associate)s?"
)
# People as the subject of a death or an injury, one or many ('two villagers', 'no occupant', 'three policemen'),
# never the attackers ('gunmen', 'hitmen')
_PERSON = rf"(?:{_VICTIM}|{_KIN.removesuffix('s?')}|occupant|inmate|pedestrian|motorist|tenant|shopper|individual|soul)"
_PEOPLE = (
    rf"(?:{_PERSON}s?|passers-?by|\w*(?<!gun)(?<!hit)(?<!bogey)m[ae]n|people|persons|children|crew|staff|personnel|"
    r"family|household|residents|mujahideen)(?![\w-])"
)
# A death told by a verb that only takes people, after 'was' / 'were' / 'have been': 'were gunned down', 'was
# murdered', 'were stabbed to death', 'was pronounced dead' (never a judicial execution: 'executed at Nasiriyah
# prison after being convicted')
_EXECUTED = (
    r"executed(?![^.;]{0,80}?\b(?:convicted|sentenced|condemned|death[\s-]+row|prisons?|gallows|inmates|prisoners|"
    r"hang(?:ed|ing)|terrorism\s+charges|courts?)\b)"
)
_PUT_TO_DEATH = (
    r"(?:murdered|assassinated|slaughtered|massacred|beheaded|decapitated|lynched|(?:gunned|mown|mowed)\sdown|"
    r"(?:stabbed|beaten|burned|burnt|hacked|clubbed|tortured|crushed|stoned|bludgeoned|strangled|shot)\sto\sdeath|"
    r"pronounced\sdead)"
)
_PASSIVE_DEATH = (
    rf"(?:killed|slain|martyred|shot\sdead|(?:found|discovered)\s(?:shot\s|stabbed\s|strangled\s|beheaded\s)?dead|"
    rf"{_PUT_TO_DEATH}|{_EXECUTED}|(?:torn|blown)\s(?:apart|to\spieces)|"
    r"fatally\s(?:hit|wounded|injured|shot|struck|stabbed|hurt))"
)
# A death told with no agent: 'died', 'succumbed to his wounds', 'did not survive', 'met their deaths'
_DIE_VP = (
    r"(?:died|perished|passed\saway|bled\sto\sdeath|"
    r"succumbed(?!\s+to\s+(?!(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns)))|"
    r"(?:did\snot|didn['’]t|failed\sto|could\snot|would\snot)\ssurvive|met\s(?:his|her|their)\s(?:[\w-]+\s)?deaths?|"
    r"lost\s(?:his|her|their)\sli(?:fe|ves)|breathed\s(?:his|her|their)\slast)"
)
# 'fell' of people: 'three soldiers fell and a lieutenant was hurt', 'a guard fell in the clash' (never 'fell ill',
# 'fell from the roof', 'fell near the base')
_FELL = (
    # (never one who fell over: 'A woman fell, breaking her leg', 'two pupils fell while running away')
    r"fell(?=\s*(?:[.;]|$)|\s*,(?!\s*(?:breaking|injuring|hurting|spraining|fracturing|twisting|bruising|cutting))|"
    r"\s+(?:and(?!\s+(?:broke|was|were|hurt|injured|fractured|twisted|sprained))|"
    # 'fell when the gunmen stormed the gate', 'fell as a mortar round hit the post': an attack's, never a run's
    r"(?:when|while|as)\s+(?:the\s+|an?\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:gunm[ae]n|attackers|assailants|"
    r"militants|insurgents|fighters|bomb|blast|explosion|shells?|rockets?|mortars?|drones?|IED|grenade|sniper)\b|"
    r"as\s+(?:a\s+)?martyrs?|defending|in\s+(?:the\s+)?(?:line\s+of\s+duty|clash(?:es)?|attack|ambush|fighting|battle|"
    r"raid|assault|explosion|blast|bombing|shelling|strike)|on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)|"
    # 'Nine demonstrators fell to security forces' bullets', 'fell under sniper fire' (never 'fell to the ground under
    # gunfire', nor those rescued or hurt: 'fell under heavy fire but were rescued', '... and were taken to hospital')
    r"(?:to|under|by)\s+(?!the\s+ground\b)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:bullets|gunfire|fire)"
    r"(?![^.;]{0,60}\b(?:but|rescued|survived)\b|[^.;,]{0,40}\band\s+(?:were|was)\s+(?:taken|rushed|wounded|injured|"
    r"hospitali[sz]ed)\b))\b)"
)
# The injuries a wounded victim suffered, survived or escaped with ('cuts to the face', 'a broken arm', 'shrapnel in
# his leg'; never 'power cuts', 'heavy losses', 'shock')
_BODY_PART = (
    r"(?:arms?|legs?|ribs?|bones?|hands?|jaw|nose|skull|wrists?|ankles?|fingers?|collarbone|hip|pelvis|back|neck|"
    r"shoulders?|foot|feet|knees?|elbows?|spine)"
)
_INJURY = (
    r"(?:wounds?|injur(?:y|ies)|burns|bruis(?:es|ing)|fractures?|lacerations?|concussions?|shrapnel|gunshots?|"
    r"(?<!power\s)(?<!budget\s)(?<!pay\s)(?<!salary\s)(?<!funding\s)(?<!water\s)(?<!electricity\s)(?<!job\s)"
    r"(?<!service\s)(?<!spending\s)(?<!price\s)(?<!aid\s)cuts|"
    rf"(?:broken|fractured|shattered|dislocated)\s{_BODY_PART})"
)
_KILL_V = (
    r"(?:killed|dead|died|slain|(?:found\s)?shot\sdead|lost (?:their|his|her) li(?:ves|fe)|perished|martyred|"
    r"fatalities|deaths|KIA|"
    # Arabic press: 'three heroes ascended as martyrs', 'two fighters rose to martyrdom'
    r"(?:ascended|rose|ascending|rising)\s(?:as\smartyrs?|to\s(?:martyrdom|the\s(?:ranks\sof\s)?martyrs))|"
    r"(?:ascended|rose)\sto\sheaven\sas\smartyrs?|"
    # 'two mujahideen of the Hashd achieved martyrdom', 'three bled to death'
    r"(?:achieved|attained|gained|earned|won|obtained)\smartyrdom|bled\sto\sdeath|"
    # a guerrilla statement: '2 of our comrades fell martyr', 'three fighters fell as martyrs'
    r"fell\s(?:as\s)?(?:an?\s)?martyrs?|"
    # 'one fighter was torn apart by the blast', 'a farmer was fatally hit'
    r"(?:torn|blown)\s(?:apart|to\spieces)|fatally\s(?:hit|wounded|injured|shot|struck|stabbed|hurt)|"
    # 'two were gunned down', 'three have been brutally murdered' (after 'were': 'two men murdered a guard' is one)
    rf"(?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=are\s))(?:\w+ly\s)?{_PUT_TO_DEATH}|"
    r"succumbed(?!\s+to\s+(?!(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns)))|"
    r"met\s(?:his|her|their)\s(?:[\w-]+\s)?deaths?|passed\saway)"
)
_WOUND_V = (
    r"(?<!\bfatally )(?:wounded|injured|hurt|WIA|sustained (?:\w+ )?(?:injuries|wounds)|"
    r"suffered (?:\w+ )?(?:injuries|wounds)|"
    # a hospital's register: 'three villagers arrived with shrapnel injuries', 'were admitted with burns'
    r"(?:arrived|were admitted|was admitted|were brought in|was brought in) with (?:\w+ )?(?:injuries|wounds|burns)|"
    r"(?:were |was )?treated for (?:\w+ )?(?:injuries|wounds|burns))"
)
# How badly, or 'also': 'was lightly wounded', 'was also hurt', 'critically injuring'
_ADV = r"(?:(?:also|lightly|slightly|seriously|critically|badly|severely|gravely|moderately|mildly)\s)?"
_STOP_GAP = (
    rf"(?!(?:{_NUM}|killed|dead|died|wounded|injured|hurt|killing|injuring|wounding|while|fell|martyrs?|"
    rf"perished|martyred|slain|succumbed|and\s+{_NUM}|an?\s+(?:{_ORDINALS})|"
    # (a crowd's own verb: 'Hundreds of mourners attended the funeral of a police officer shot dead' counts no dead;
    # 'two men who attended the funeral were killed' still does)
    r"(?<!who\s)(?<!that\s)(?:attended|gathered|marched|mourned|rallied|protested|demonstrated|flocked|chanted|"
    r"joined\s+(?:the\s+)?(?:funeral|procession|protest|march)|took\s+part|turned\s+out))\b)"
)
# What a blast or a bullet hits besides people: 'two vehicles were hit by shrapnel', 'a second car was hit' (no wounded)
_THINGS = (
    r"(?:vehicles?|cars?|trucks?|lorries|lorry|buses|bus|tankers?|houses?|homes?|buildings?|shops?|stores?|windows?|"
    r"walls?|tents?|towers?|generators?|aircraft|planes?|helicopters?)"
)
# Wounded told as what happened to the wounded: 'suffered gunshot wounds', 'escaped with light injuries', 'was taken
# to hospital with wounds', 'were transferred to hospital for treatment', 'were admitted to Al-Hussein hospital',
# 'remain under treatment', 'hospitalised' (never 'suffered no injuries')
_HURT_VP = (
    # (translated copy: '2 soldiers get injuries')
    rf"(?:(?:suffered|sustained|received|got|gets|get)\s(?!no\b|any\b|none\b)(?:[\w-]+\s){{0,3}}?{_INJURY}\b|"
    rf"(?:escaped|survived|got\saway|came\saway)\swith\s(?!no\b)(?:[\w-]+\s){{0,3}}?{_INJURY}\b|"
    # 'six remain hurt', 'two remained injured'
    r"remain(?:s|ed)?\s(?:\w+ly\s)?(?:hurt|injured|wounded)\b|"
    r"(?:was|were|have\sbeen|had\sbeen)\s(?:(?:later|also|then|all)\s)?"
    r"(?:taken|rushed|transferred|evacuated|moved|brought|admitted|flown|carried)\s"
    r"(?:to\s(?:(?:the|a|an)\s)?(?:[\w'’-]+\s){0,3}?(?:hospitals?|clinics?|medical\scent(?:re|er)s?)\b|"
    r"(?:[\w'’-]+\s){0,4}?with\s(?:[\w-]+\s){0,3}?(?:wounds?|injur(?:y|ies)|burns)\b)|"
    # ('two others are still in hospital', 'three were still under treatment')
    # ('five others are still being treated', 'two were receiving treatment')
    # (never 'were being treated for shock', nor 'victims were being treated' in a hospital's words)
    r"(?:are|is|were|was)\s(?:still\sbeing\streated|(?:still\s)?receiving\s(?:medical\s)?treatment)\b"
    r"(?!\s+for\s+(?:shock|panic|anxiety))|"
    # ('so 3 martyrs now and 1 still in hospital', 'with one still under treatment': no verb)
    r"(?:remain(?:s|ed)?|(?:are|is|were|was)\sstill|still\sremain(?:s|ed)?|still)\s"
    r"(?:under\s(?:medical\s)?treatment|in\s(?:hospital|intensive\scare|an?\s(?:critical|serious|"
    r"stable)\scondition))\b|"
    r"(?:(?:were|was|are|is)\s)?hospitali[sz]ed\b(?!,?\s(?:(?:later|subsequently|then)\s)?(?:succumbed|died))|"
    # 'a second was hit by shrapnel', 'two of his companions are recovering from their wounds'
    r"(?:was|were)\s(?:\w+\s)?(?:hit|struck)\sby\s(?:(?:a|an|one|two|three|four|several|\d+)\s)?(?:stray\s)?"
    # (never one hit and killed: 'a policeman was hit by three bullets and killed')
    r"(?:shrapnel|fragments|splinters|bullets?|rounds?)\b(?![^.;]{0,20}?\b(?:killed|died|dead|fatally)\b)|"
    r"(?:is|are|was|were)\s(?:still\s)?recovering\sfrom\s(?:his|her|their)\s(?:[\w-]+\s)?(?:wounds|injuries)\b|"
    # 'his brother took a bullet in the arm', 'a sergeant was grazed by fragments', 'the son needed stitches', 'a
    # third lost a leg', 'was left in critical condition'
    r"(?:took|caught|stopped)\s(?:a\s)?(?:bullet|round|shrapnel|fragments?|splinters?)\b|"
    r"(?:was|were)\s(?:\w+\s)?grazed\b|needed\s(?:stitches|surgery|(?:hospital\s)?treatment)\b|"
    r"lost\s(?:an?\s|both\s)?(?:legs?|arms?|eyes?|hands?|feet|foot|limbs?)\b|"
    r"(?:was|were)\s(?:left\s)?in\s(?:a\s)?(?:critical|serious)\scondition\b)"
)
# Words between a figure and its verb ("11 fighters from ... were killed"), never crossing another figure or verb,
# nor opening on a dash before a new sentence: a list's number is no figure ('2 - Gunmen killed a shepherd', 'Item 4 -
# A bomb killed'; a table's 'Soldiers 2 - killed' is its toll).
_GAP = rf"(?!-+\s+(?-i:[A-Z]))(?:{_STOP_GAP}[\w’'()\-]+,?\s){{0,14}}?"

# A toll that rose: 'the toll had climbed to 30', 'the number of martyrs had risen to five', 'the number of fallen
# fighters had gone up to four'.
_RISEN_TO = (
    # ('the dead rose to five', 'the dead now numbered 12': the dead counted again)
    r"(?:(?:death )?toll|number of (?:\w+ ){0,2}?(?:dead|deaths|killed|martyrs|fighters|fatalities)|(?<=the )dead)\s"
    # 'the toll from the bombing of a market in Jalawla on Monday has climbed to seven'
    # (a place told with its locator: 'the toll from the bombing in Rashad, south-west of Kirkuk, rose to three')
    r"(?:(?:from|of)\s[^.;]{3,130}?,?\s)?(?:has\s|had\s)?"
    r"(?:(?:rose|risen|climbed|increased|jumped|mounted|grew|gone up|went up|reached)"
    # ('The toll rose on Thursday to five dead', 'rose overnight to', 'climbed by Monday evening to')
    r"(?:\s(?:on|by|late|early|overnight|later|again|further|yesterday|today)(?:\s(?:on\s)?[A-Z]?[a-z]+){0,2}?)?\sto|"
    r"reached|stood at|(?:now\s)?number(?:ed)?|now\sstood\sat)"
)
# Verb-then-figure first ("killed 32 people"): figure-then-verb spans more words and can pick up
# an unrelated number ("two days after ... killed 32").
# Words before a figure's 'since' that tell a record, not a tally over the period: 'the deadliest attack since 2017',
# 'the worst since May', 'the first such attack since March'
_BEST_SINCE = r"\b(?:\w+iest|worst|highest|largest|biggest|heaviest|greatest|lowest|first|most|such|only)\b"
# Text up to a tally's 'since' ('documented 424 deaths ... since 1 October'), never across such a word
_TO_SINCE = rf"(?:(?!{_BEST_SINCE})[^.;])"
_KILLED = [
    re.compile(
        rf"\b(?:killing|killed|kills|kill|martyring|gunned down|gunning down|"
        rf"(?:claim(?:ed|ing)|t(?:ook|aking)|cost(?:ing)?) the li(?:ves|fe) of|shot dead)\s(?:the\s|a\s)?"
        rf"[\u201c\"]?{_FIG}(?!\s+(?:(?!and\b|or\b)[\w-]+\s+)?(?:wounded|injured|hurt|WIA)\b)"
        r"(?!\s*(?:km|kilometers|miles|rockets|airstrikes))",
        re.I,
    ),
    re.compile(rf"\btoll (?:was|rose to|reached|stood at) {_FIG}", re.I),
    # 'gave the death toll as five', 'listed the number of dead as three'
    re.compile(
        rf"\b(?:gave|giv(?:es|ing)|put(?:s|ting)?|listed|listing|reported|set)\s(?:the\s)?(?:death\stoll|toll|"
        rf"(?:number|count|tally)\sof\s(?:the\s)?(?:dead|deaths|killed|fatalities))\sas\s{_FIG}",
        re.I,
    ),
    # 'the dead are three, the injured nine', 'the dead were four'
    re.compile(rf"\bthe\s(?:dead|killed)\s(?:are|were|is|was)\s(?:now\s)?{_FIG}(?=\s*[,;.]|\s*$|\s+and\b)", re.I),
    # a hospital's register: 'deceased on arrival, one male adult', 'Outcome: deaths 2 (both on arrival)'
    re.compile(rf"(?:^|[:;(]\s*)(?:deceased|dead|died)\son\sarrival[,:]?\s{_FIG}", re.I),
    re.compile(rf"(?:^|[;:(]\s*)(?:deaths|dead|fatalities|killed)\s{_FIG}(?=\s*[;,.(]|\s*$)", re.I),
    # 'left four people dead', 'leaving one farmer dead'; never 'leaving some 40,000 people without water'
    re.compile(rf"\b(?:left|leaving)\s(?:the\s|a\s)?{_FIG}\s(?:[\w'-]+\s){{0,3}}?(?:dead|martyrs?)\b", re.I),
    # Revised tolls: "the toll had climbed to 30", "raising the toll to four", "put the death toll at 12".
    re.compile(rf"\b{_RISEN_TO} {_FIG}", re.I),
    re.compile(
        rf"\b(?:raising|raised|revised|bringing|brought|taking|took|pushing) the (?:[\w-]+ )?(?:death )?toll "
        rf"(?:upward )?to {_FIG}",
        re.I,
    ),
    re.compile(
        rf"\bput(?:ting|s)? the (?:death toll|toll|dead|killed|number of (?:dead|deaths|killed)) at {_FIG}", re.I
    ),
    # 'The toll climbed through the night. The ministry put it at 30': the toll just told
    re.compile(rf"\bput(?:ting|s)?\sit\sat\s{_FIG}(?!\s+(?:[\w-]+\s+)?(?:wounded|injured|hurt))", re.I),
    # 'revised the dead down to five', 'the dead now number four'
    re.compile(
        rf"\b(?:revis|lower|rais|adjust|correct)(?:ed|ing)\sthe\s(?:dead|killed|death toll)\s(?:(?:up|down)\s)?"
        rf"to\s{_FIG}",
        re.I,
    ),
    re.compile(rf"\bthe\s(?:dead|killed)\s(?:\w+\s)?now\snumber\s{_FIG}", re.I),
    # 'raised the count of the dead to twelve', 'bringing the dead to three', 'the dead numbered seven'
    re.compile(
        rf"\b(?:rais(?:ed|ing)|br(?:ought|inging)|t(?:ook|aking)|push(?:ed|ing))\sthe\s(?:(?:count|number|tally)\sof\s"
        rf"(?:the\s)?)?(?:dead|killed|fatalities)\sto\s{_FIG}",
        re.I,
    ),
    re.compile(rf"\bthe (?:dead|death toll|fatalities) (?:numbered|totall?ed|stood at|came to) {_FIG}", re.I),
    # 'cost five Peshmerga their lives', 'costing two fighters their lives'
    re.compile(rf"\bcost(?:ing|s)?\s{_FIG}\s(?:[\w-]+\s){{0,2}}?(?:their|his|her)\s+li(?:ves|fe)\b", re.I),
    # 'the fall of two martyrs', 'two martyrs fell', 'Two of the hunters were found shot dead'
    re.compile(rf"\bfall of {_FIG}\s(?:\w+\s)?martyrs\b", re.I),
    re.compile(rf"\b{_FIG}\s(?:\w+\s)?martyrs\s(?:fell|were\s+killed)\b", re.I),
    re.compile(
        rf"\b{_FIG}\s(?:of\s+the\s+)?(?:[\w-]+\s){{0,2}}?(?:were|was)\s+(?:later\s+)?found\s+(?:shot\s+)?dead\b", re.I
    ),
    re.compile(rf"\b(?:death|deaths|martyrdom|killing) of {_FIG}", re.I),
    re.compile(rf"\b(?:resulting in|resulted in|left|leaving|causing|caused) {_FIG}\s(?:\w+\s)?martyrs\b", re.I),
    # 'lost one martyr', 'two members of the Hashd rising as martyrs', 'three soldiers fell as martyrs'
    re.compile(rf"\blost {_FIG}\s(?:\w+\s)?martyrs?\b", re.I),
    re.compile(rf"\b{_FIG}\s{_GAP}(?:ris(?:ing|en)|rose|f[ae]ll(?:en)?|falling)\s+(?:as\s+)?martyrs\b", re.I),
    # machine-translated Kurdish: 'one person became martyr', '2 soldier became martyr'
    re.compile(rf"\b{_FIG}\s{_GAP}became\s+(?:a\s+)?martyrs?\b", re.I),
    # a toll written as martyrs, in English or transliterated ('2 ARMY MARTYRS AND 3 WOUNDED', '3 shuhada min
    # el-Hashd', '1 shaheed', '1 şehîd'); never a place or unit named for them ('the 2 Martyrs Brigade')
    # (English 'martyrs' only after a numeral: 'the PMU spoke of two martyrs' is one side's claim, told in words)
    re.compile(
        # (never a number in a name or a memorial: 'the 1,700 Speicher martyrs', '30 Martyrs neighbourhood')
        r"(?<![\d,.])(?<!\bthe )\b(?P<q>)(?P<n>\d{1,3})(?![\d,])\s(?:[\w-]+\s){0,2}?martyrs?\b"
        r"(?!\s+(?:square|street|bridge|brigades?|battalions?|cemetery|day|monument|memorial|hospital|foundation|"
        r"district|camp|mosque|neighbou?rhood|quarter|school|hall|park|division|regiment|of\s+the)\b)",
        re.I,
    ),
    re.compile(rf"\b{_FIG}\s(?:[\w-]+\s){{0,2}}?(?:shuhada'?a?|shaheeds?|shahids?|şehîds?|sehids?)\b", re.I),
    # a record's field: 'Killed: 1', 'Fatalities: 0', 'KIA: 2'
    re.compile(rf"\b(?:killed|fatalities|deaths|dead|KIA)\s*:\s*{_FIG}\b", re.I),
    # ... as a terrorism database names it: 'nkill 1', 'nkill: 3', 'nkillus 0' is not it
    re.compile(rf"\bnkill\s*[:=]?\s*{_FIG}\b", re.I),
    # a security message's multiplier: '1x KIA', '2 x KIA', 'KIA x3'
    re.compile(r"\b(?P<q>)(?P<n>\d{1,3})\s?[x×]\s?(?:KIA|killed|dead)\b", re.I),
    re.compile(r"\b(?:KIA|killed|dead)\s?[x×]\s?(?P<q>)(?P<n>\d{1,3})\b", re.I),
    # a correction of the toll, up or down ('later corrected the figure to four'); a wounded one is read below
    re.compile(
        rf"\b(?:corrected|revised|lowered|adjusted|updated|amended) (?:the |their |its |that )?(?:death )?"
        rf"(?:figure|toll|number|count|it)? ?(?:down(?:ward)?s? |up(?:ward)?s? )?to {_FIG}\b(?![\d,])"
        r"(?!\s+(?:wounded|injured|hurt))",
        re.I,
    ),
    # ('one of the dead', 'two of the injured' single out victims already counted: no figure of their own)
    re.compile(
        rf"\b{_FIG}\s{_GAP}(?:were |was |have been |had been |are |been )?(?<!of the )(?<!of those ){_KILL_V}\b", re.I
    ),
]
# A number of people + any death predicate: 'three soldiers fell', 'two brothers were executed', 'three villagers did
# not survive the blast' (people named: 'two towers fell', 'two plans were executed' are no deaths)
_KILLED.append(
    re.compile(
        rf"\b{_FIG}\s(?:[\w'’-]+\s){{0,2}}?{_PEOPLE}(?:\s(?:of|from|in|at|on)\s[^,.;]{{1,40}}?)?(?:,[^,.;]{{1,40}},)?\s"
        r"(?:(?:later|also|then|subsequently|all)\s)?"
        rf"(?:(?:were|was|have\sbeen|had\sbeen|are)\s(?:\w+ly\s)?{_PASSIVE_DEATH}|{_DIE_VP}|{_FELL})",
        re.I,
    )
)
# 'the directorate recorded one death and 192 injuries' (never 'sentenced two men to death', nor 'death' naming
# something else: '11 death sentences', 'two death squads', 'three death threats')
_KILLED.append(
    re.compile(
        rf"(?<!\bto )\b{_FIG}\s(?:(?:confirmed|recorded|reported|further)\s)?death\b"
        r"(?![\s-]+(?:sentences?|squads?|threats?|penalt(?:y|ies)|row|warrants?|certificates?|notices?|lists?|"
        r"camps?|marche?s?|cults?|tolls?|rattles?|traps?|wish(?:es)?)\b)"
        rf"(?!{_TO_SINCE}{{0,60}}\bsince\b)",
        re.I,
    )
)
# Last, when nothing else told the dead: a hospital register's '3 bodies received' (never 'revised to five after two
# bodies were found', where the toll is told)
_KILLED.append(
    re.compile(
        rf"\b{_FIG}\s(?:[\w-]+\s)?(?:bodies|corpses)\s(?:\([^)]{{0,40}}\)\s)?(?:(?:were|have\s+been)\s)?"
        r"(?:received|recovered|retrieved|brought\s+in|arrived|pulled\s+from)\b",
        re.I,
    )
)
# 'the morgue received four bodies', 'rescuers recovered two bodies', 'found the bodies of three shepherds' (never
# 'car bodies', 'the remains of two houses')
_KILLED.append(
    re.compile(
        r"\b(?:received|recovered|retrieved|found|pulled\s+out|collected|took\s+in|brought\s+in|discovered|"
        rf"counted|handed\s+over)\s{_FIG}\s(?:[\w-]+\s)?(?<!car\s)(?<!vehicle\s)(?<!truck\s)(?:bodies|corpses)\b"
        # (never a grave's dead, long buried: 'exhumed 50 bodies from a mass grave')
        r"(?![^.;]{0,40}\b(?:mass\s+graves?|graves?|cemetery|burial)\b)",
        re.I,
    )
)
# (found, recovered or received: 'the bodies of two soldiers were taken to hospital' counts no new dead)
_BODY_WHEN = r"(?:(?:on|during|overnight|late|early|at|in)\b[^.;,]{0,50}?\s)?"
_FOUND_BODY = r"(?:found|recovered|retrieved|received|discovered|pulled\s(?:out|from)|located|collected)"
_KILLED.append(
    re.compile(
        # (a time between: 'received during the night the bodies of three fighters', 'received on Wednesday the
        # body of a guard')
        rf"\b{_FOUND_BODY}\s{_BODY_WHEN}(?:the\s)?(?:(?:bodies|corpses|remains)\sof\s(?P<q>)(?P<n>{_NUM})|"
        rf"(?:body|corpse)\sof\s(?P<n1>an?|one))\s(?:[\w'’-]+\s){{0,2}}?{_PEOPLE}",
        re.I,
    )
)
_KILLED.append(
    re.compile(
        rf"\b(?:bodies|corpses|remains)\sof\s(?P<q>)(?P<n>{_NUM})\s(?:[\w'’-]+\s){{0,2}}?{_PEOPLE}"
        rf"(?:\s[^,.;]{{0,40}}?)?\s(?:were|have\sbeen|had\sbeen)\s(?:later\s|then\s|eventually\s)?{_FOUND_BODY}\b",
        re.I,
    )
)
_WOUNDED = [
    # 'gave the number of injured as 14', 'listed the wounded as nine'
    re.compile(
        rf"\b(?:gave|giv(?:es|ing)|put(?:s|ting)?|listed|listing|reported|set)\s(?:the\s)?(?:(?:number|count|tally)\s"
        rf"of\s(?:the\s)?)?(?:wounded|injured|injuries)\sas\s{_FIG}",
        re.I,
    ),
    re.compile(rf"\bthe\s(?:wounded|injured)\s(?:are|were|is|was)\s(?:now\s)?{_FIG}(?=\s*[,;.]|\s*$)", re.I),
    # 'the injured nine' after 'the dead are three,'
    re.compile(rf"\bthe\s(?:dead|killed)\s(?:are|were)\s{_NUM},\sthe\s(?:wounded|injured)\s{_FIG}\b", re.I),
    re.compile(rf"\bput the (?:number of )?(?:the )?(?:wounded|injured) at {_FIG}", re.I),
    re.compile(
        rf"\bput the\b[^.;]{{0,40}}?\bthe (?:wounded|injured) at {_FIG}", re.I
    ),  # 'put the dead at 4, the wounded at 9'
    re.compile(
        rf"\b(?:rais(?:ed|ing)|br(?:ought|inging)|t(?:ook|aking)|push(?:ed|ing))\sthe\s(?:count|number|tally)\sof\s"
        rf"(?:the\s)?(?:wounded|injured)\sto\s{_FIG}",
        re.I,
    ),
    # 'bringing the wounded to two', 'raising the number of injured to 14': a revised count, the latest wins
    re.compile(
        rf"\b(?:raising|raised|bringing|brought|taking|took|pushing) the (?:number of )?(?:the )?(?:wounded|injured)"
        rf"(?: (?:toll|count|figure))? to {_FIG}",
        re.I,
    ),
    re.compile(rf"\bthe\s(?:wounded|injured)\s(?:\w+\s)?now\snumber\s{_FIG}", re.I),
    # a hospital's register: 'one dead on arrival, one with burns and fractures'
    re.compile(
        rf"(?:^|[:;,]\s*){_FIG}\swith\s(?:\w+\s)?(?:burns|injuries|fractures|shrapnel)\b(?!\s+to\s+the\s+head)", re.I
    ),
    # a hospital's register: 'injured received, two (a woman and a boy)'
    re.compile(
        rf"\b(?:injured|wounded)\s(?:received|admitted|treated)[,:]?\s{_FIG}", re.I
    ),  # 'the wounded now number ten'
    re.compile(
        rf"\b(?:revis|lower|rais|adjust|correct)(?:ed|ing)\sthe\s(?:wounded|injured)\s(?:(?:up|down)\s)?to\s{_FIG}",
        re.I,
    ),
    re.compile(rf"\b(?:wounded|injured|injuries|WIA)\s*:\s*{_FIG}\b", re.I),  # a record's field: 'Wounded: 0'
    re.compile(rf"\bnwound\s*[:=]?\s*{_FIG}\b", re.I),  # a terrorism database's field: 'nwound 0'
    # a terse alert's toll with no comma or 'and' between: '1 policeman killed 1 injured', '2 dead 3 wounded'
    re.compile(
        r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s(?:[a-z]+\s)?(?:killed|dead)\s(?P<q>)"
        r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s(?:[a-z]+\s){0,2}?(?:injured|wounded|hurt)\b"
    ),
    # a security message's multiplier: '2x WIA', '3 x injured', 'WIA x2'
    re.compile(r"\b(?P<q>)(?P<n>\d{1,3})\s?[x×]\s?(?:WIA|wounded|injured)\b", re.I),
    re.compile(r"\b(?:WIA|wounded|injured)\s?[x×]\s?(?P<q>)(?P<n>\d{1,3})\b", re.I),
    re.compile(
        rf"\bnumber of (?:the )?(?:wounded|injured)\s(?:has\s|had\s)?(?:rose|risen|climbed|increased|jumped|mounted|"
        rf"grew|gone up|went up|reached)\sto {_FIG}",
        re.I,
    ),
    re.compile(rf"\b(?:the )?(?:injur(?:y|ies)|wounding) (?:of|to) {_FIG}", re.I),
    # 'the martyrdom of two members of the army and the wounding of another'
    re.compile(
        r"\b(?:the )?(?:injur(?:y|ies)|wounding) (?:of|to) (?P<q>)"
        r"(?P<n>another|one other|a (?:second|third|fourth|fifth))\b",
        re.I,
    ),
    # 'medics treated 24 others for gunshot and gas injuries' (never 'treated 24 patients last month')
    re.compile(
        rf"\btreat(?:ed|ing)\s{_FIG}\s(?:[\w-]+\s){{0,2}}?for\s(?:[\w-]+\s){{0,4}}?(?:injuries|wounds|burns|fractures)\b",
        re.I,
    ),
    # 'killing two and leaving 15 with bullet and tear-gas injuries'
    re.compile(
        rf"\b(?:leaving|left)\s{_FIG}\s(?:[\w-]+\s){{0,2}}?with\s(?:[\w-]+\s){{0,4}}?(?:injuries|wounds|burns|fractures)\b",
        re.I,
    ),  # 'resulting in the injury of three soldiers'
    # 'five others were being treated in Kalar hospital' (not 'treated for shock', not '200 beds ... treated')
    re.compile(
        rf"\b{_FIG}\s(?:[\w-]+\s){{0,2}}?(?:were|are|was)\s(?:being\s|still\s)?(?:treated|hospitali[sz]ed)\b"
        r"(?!\s+for\s+(?:shock|trauma|panic|smoke|suffocation))",
        re.I,
    ),
    # 'two were martyred and a third was injured': one more, not the two
    re.compile(
        rf"\b(?P<q>)(?P<n>a (?:second|third|fourth|fifth))\s(?!{_THINGS}\b)(?:[\w-]+\s)?(?:(?:was|were)\s{_ADV}"
        rf"(?:wounded|injured|hurt)\b|{_HURT_VP})",
        re.I,
    ),
    re.compile(
        rf"\b(?:wounding|injuring|wounded|injured)\s(?P<q>)(?P<n>another|one other|a (?:second|third|fourth|fifth))\b"
        rf"(?!\s+{_NUM}\b)",
        re.I,
    ),
    # transliterated Arabic or Kurdish: '7 jarha (wounded)', '2 brindâr'
    re.compile(rf"\b{_FIG}\s(?:[\w-]+\s){{0,2}}?(?:jarha|jarhaa|jarih|jareeh|jarhi|birindar|brindar|birîndar)\b", re.I),
    # 'injuring three soldiers', 'injuring her two grandchildren'
    re.compile(
        # (a headline's 'Gunmen kill two soldiers and wound three', 'kill one, wound four')
        rf"\b(?:wounding|injuring|hurting|wounds|wounded|injured|injures|(?<=and\s)(?:wound|injure)|(?<=,\s)(?:wound|injure))"
        rf"\s(?:(?:his|her|their|its)\s)?{_FIG}",
        re.I,
    ),
    re.compile(
        # (never the object of a killing: 'killed two soldiers and wounded a policeman' wounded one, not two; 'two
        # policemen were shot and wounded' still two)
        rf"(?<!\bkilled )(?<!\bkilling )(?<!\bkills )(?<!\bdead )\b{_FIG}\s{_GAP}"
        rf"(?:were |was |have been |had been |are |others )?(?<!of the )(?<!of those ){_WOUND_V}\b",
        re.I,
    ),
    # 'Two other fighters in the vehicle escaped with light injuries', '19 were admitted to Al-Hussein hospital',
    # 'five hospitalised' (never the dead's bodies: 'the bodies of two soldiers were taken to hospital')
    re.compile(
        rf"(?<!bodies of )(?<!corpses of )(?<!remains of )\b{_FIG}\s"
        # ('one other remains under treatment': the verb, not the dead's remains)
        rf"(?!(?:[\w-]+\s)?(?:bodies|corpses|remains(?!\s+(?:under|in|still)\b)|dead|{_THINGS})\b){_GAP}(?:others\s)?"
        rf"{_HURT_VP}",
        re.I,
    ),
    # 'three others were hit', 'two more people were hit' (people, never 'two vehicles were hit')
    re.compile(
        rf"\b{_FIG}\s(?:others?|more|other\s(?:people|civilians)|people|civilians|of\s(?:them|the\s\w+))\s"
        r"(?:were|was)\s(?:also\s)?hit\b(?!\s+(?:the|a|an|by\s+(?:the\s+)?(?:news|decision|ban|cuts?))\b)",
        re.I,
    ),
    # 'one death and 192 injuries' (a count of injuries, never 'died of his injuries')
    # (never a running tally: 'documented 424 deaths and more than 8,700 injuries since 1 October')
    re.compile(
        rf"(?<!\bof )(?<!\bhis )(?<!\bher )\b{_FIG}\s(?:(?:other|more|further|recorded|reported)\s)?injur(?:y|ies)\b"
        rf"(?!{_TO_SINCE}{{0,60}}\bsince\b)",
        re.I,
    ),
]
WEAPONS = sieve(
    rf"\b(?:fired|launched|carried out|conducted)\s(?:{_NUM}\s)?(?:[\w-]+\s)?"
    r"(?:rockets?|mortars?|missiles?|shells|air ?strikes)\b"
    rf"|\b{_NUM}\s(?:air ?strikes|rockets|mortar rounds)\b",
    re.I,
)
# A wire dateline, and the ones Kurdish and Gulf outlets write: 'ERBIL, Kurdistan Region - ...', 'SULAIMANI, Kurdistan
# Region – ...', 'BAGHDAD: A roadside bomb ...' (where the report was filed, not where the attack was)
DATELINE = re.compile(
    rf"{WIRE_DATELINE.pattern}|^[A-Z][A-Z .'/-]{{1,30}},\s*(?:Kurdistan\s+Region|Iraq)\s*[\u2013\u2014-]\s+|"
    r"^[A-Z]{3,}(?:[ -][A-Z]{3,})?:\s+(?=[A-Z])"
    # the agency first, as Italian and Spanish wires write it: '(ANSA) - ROME, AUG 24 - ', '(EFE) - BAGHDAD, 3 MAY - '
    r"|^\([A-Za-z .&/-]{2,20}\)\s*[\u2013\u2014-]\s*[A-Z][A-Za-z .'-]{1,30},\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|"
    r"\d{1,2}\s+[A-Za-z]{3,9}\.?)(?:,?\s+(?:19|20)\d\d)?\s*[\u2013\u2014-]\s+"
    # an Arabic outlet's town in title case and a long dash: 'Ramadi — Katyusha rockets fell ...'
    r"|^(?!(?:The|A|An|In|On|At)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+[\u2013\u2014]\s+(?=[A-Z])"
    # a city and its full date, either way round ('NAJAF 12 August 2004 (Al-Furat Radio) - ', '29 December 2009,
    # Ramadi - '): where and when it was filed
    rf"|{FULL_DATE_DATELINE.pattern.replace('(?P<date>', '(?:')}"
    rf"|{DATE_FIRST_DATELINE.pattern.replace('(?P<date>', '(?:')}"
    # an alert's opening stamp, its kind in capitals and its day written solid: 'SECALERT 21JUN14 1940L ' (never a
    # log's or a chat's entry, '10/06/2023 0940 - ...', '[12/01/15 18:02] ...', whose stamp is the event's own time)
    r"|^[A-Z][A-Z0-9-]{1,14}\s+[0-3]?\d(?:[0-2]\d[0-5]\d[A-Z]?)?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d\d"
    r"\s+(?:[01]\d|2[0-3]):?[0-5]\d\s*(?:[A-Z]{1,4}\b)?\s*[-\u2013\u2014|]?\s*"
)
_NONE = r"(?:none|nil|zero|0|no(?=\s*[.;,]|\s*$))\b(?!\s*(?:\.\d|,\d)|\s+reported)"
# A negated victim: 'no driver', 'not a single guard', 'no passengers or crew', 'none of the workers', 'nobody
# inside' (never 'no one else', 'no other': those rule out only more victims)
_NO_PERSON = (
    r"(?:no\s+one|no-one|nobody|not\s+(?:a\s+(?:single\s+)?|one\s+)(?:[\w-]+\s+)?(?:person|soul|one|"
    rf"{_PERSON})|none\s+of\s+(?:the|them|those|its|his|her|their)\b(?:\s[\w'’-]+){{0,3}}?|(?:no|zero)\s+"
    rf"(?!one\b|other\b|further\b|more\b|else\b)(?:[\w'’-]+\s+){{0,2}}?{_PEOPLE}(?:\s+(?:or|and|nor)\s+(?:[\w-]+\s+)?"
    rf"{_PEOPLE})?)(?:\s+(?:inside|aboard|there|present|nearby|on\s+board|at\s+the\s+scene))?"
)
_NO_CASUALTIES = sieve(
    # 'no occupant was killed or hurt', 'no person came to harm', 'not one person was harmed', 'no guard suffered
    # injuries'
    rf"\b{_NO_PERSON}\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:reported\s+)?(?:seriously\s+)?"
    r"(?:(?:killed|hurt|harmed|injured|wounded)\s+(?:or|and|nor)\s+)?(?:killed\s+or\s+)?(?:hurt|harmed|injured|wounded)|"
    r"c[ao]me\s+to\s+(?:any\s+)?harm|(?:suffered|sustained|received)\s+(?:any\s+)?(?:injur(?:y|ies)|harm|wounds?))\b|"
    # 'Zero casualties', 'the attack did not cause any injuries', 'didn't result in any harm'
    r"\bzero\s+(?:casualties|injuries|victims)\b|"
    # a security message's 'damage only', 'material damage only' (nobody hurt)
    r"(?<!\bthe )(?<!extent of )\b(?:(?:material|property|structural)\s+)?damage\s+only\b"
    r"(?!\s+(?:to|in|on|became|was))|"
    # 'There were no reported casualties', 'adding that there were no losses' (never 'no material losses', 'no
    # losses of equipment')
    r"\b(?:there\s+(?:were|was)|with|causing|caused|suffered|reporting)\s+no\s+(?:reported\s+|human\s+)?"
    r"(?:casualties|losses)\b(?!\s+(?:of|in|to)\s+(?:equipment|property|material|vehicles|the\s+(?:building|"
    r"network)))|"
    r"\b(?:did\s+not|didn['’]t|failed\s+to)\s+(?:result\s+in|cause|lead\s+to|leave|inflict)\s+(?:any\s+)?"
    r"(?:injur(?:y|ies)|harm|human\s+(?:losses|casualties))\b(?!\s+(?:or|and|nor)\b)|"
    # 'the blast injured no one', 'not a soul was hurt', 'the family came to no harm', 'no toll in lives or injuries'
    r"\b(?:injured|hurt|harmed|wounded)\s+(?:no one|nobody|no-one)\b|"
    r"\bnot\s+a\s+(?:single\s+)?(?:soul|person|one)\s+(?:was|were)\s+(?:hurt|harmed|injured|wounded)\b|"
    r"\bc(?:a|o)me\s+to\s+no\s+harm\b|"
    r"\bno\s+(?:toll|loss(?:es)?)\s+(?:in|of)\s+(?:human\s+)?li(?:ves|fe)\s+(?:or|and|nor)\s+(?:injur(?:y|ies)|limbs?)\b|"
    # 'with nobody hurt', 'no driver was harmed', 'none of the family members was hurt', 'it killed or injured
    # nobody', 'without any harm to the household', 'leaving no dead or wounded' (never 'no one else', 'no other':
    # those rule out only more wounded, _NO_WOUNDED)
    r"\bwith\s+(?:no one|nobody|no-one)\s+(?:hurt|harmed|injured|wounded)\b|"
    # 'the incident was casualty-free', 'nobody needed treatment', 'it did not result in any injury or death', 'no
    # one was near it', 'without loss of life or limb'
    r"\bcasualty-free\b|\b(?:no one|nobody|no-one)\s+(?:needed|required|received)\s+(?:any\s+)?(?:medical\s+)?"
    r"(?:treatment|care|attention)\b|"
    r"\bdid\s+not\s+(?:result\s+in|cause|lead\s+to|leave)\s+(?:any\s+)?(?:injur(?:y|ies)|casualt(?:y|ies)|victims|"
    r"deaths?)\s+(?:or|and|nor)\s+(?:injur(?:y|ies)|deaths?|casualt(?:y|ies))\b|"
    r"\bdid\s+not\s+(?:result\s+in|cause|lead\s+to|leave)\s+(?:any\s+)?(?:casualt(?:y|ies)|victims)\b|"
    r"\b(?:no one|nobody|no-one)\s+was\s+(?:near|close\s+to|next\s+to)\s+(?:it|them|the\s+[\w-]+)\b|"
    r"\b(?:without|no)\s+(?:any\s+)?loss\s+of\s+life\s+(?:or|and|nor)\s+(?:limb|injur(?:y|ies))\b|"
    # 'two Katyusha rockets fell near the base, without losses' (never 'without material losses', 'without losses
    # of equipment')
    # ('without causing any losses among our heroes', as operations commands write it)
    r"\bwithout\s+(?:(?:causing|leaving|resulting\s+in)\s+)?(?:any\s+)?(?:human\s+)?(?:losses|casualties)\b"
    r"(?!\s+(?:of|in|to)\s+(?:equipment|property|"
    r"material|vehicles))|"
    # 'no staff or patients were harmed'
    r"\bno\s+(?!one\b|other\b|further\b|more\b|else\b)[\w-]+(?:\s[\w-]+)?(?:\s(?:or|and|nor)\s[\w-]+)?\s+"
    r"(?:was|were)\s+(?:reported\s+)?"
    r"(?:hurt|harmed|injured|wounded)\b|"
    r"\bnone\s+of\s+(?:the|them|those|its|his|her|their)\b(?:\s[\w-]+){0,3}?\s+(?:was|were)\s+(?:reported\s+)?"
    r"(?:hurt|harmed|injured|wounded|touched)\b|"
    r"\b(?:killed|killing|kills)\s+or\s+(?:injured|injuring|wounded|wounding|hurt|hurting)\s+(?:no one|nobody|"
    r"no-one)\b|"
    r"\bwithout\s+(?:any\s+)?(?:harm|injury|injuries)\s+to\s+(?:the\s+|its\s+)?(?:household|family|residents|"
    r"occupants|inhabitants|people|anyone|civilians|passengers|crew|staff|workers|owners?|guards?)\b|"
    r"\bno\s+(?:dead|deaths|fatalities)\s+(?:or|and|nor)\s+(?:wounded|injured|injuries|casualties)\b|"
    # ('no injuries' too: four of the five blind sets code it as no dead either; the fifth, killed not reported)
    r"\bno (?:(?:damage|material damage) (?:or|and) )?(?:casualties|injuries|victims)\b|"
    # a security message's shorthand: 'No cas', 'nil cas'
    r"\b(?:no|nil)\s+cas\b(?!-)|"
    # a terse note: 'no one hurt', 'nobody injured', 'no-one harmed.'
    rf"\b{_NO_PERSON}\s(?:(?:was|were)\s)?(?:hurt|injured|harmed|wounded)\b|"
    r"\b(?:no one|nobody|no-one) (?:(?:inside|there|present|aboard|on board)\s)?was (?:reported )?"
    r"(?:hurt|injured|harmed)\b|"
    # a record's or a note's field: 'Casualties: none', 'Human losses: none', 'Bodily injury: nil'
    rf"\b(?:casualties|human losses|losses|bodily injur(?:y|ies)|victims)\s*:\s*{_NONE}|"
    # a military report's line: 'CAS: NIL', 'CAS: none' (never 'CAS: 0x KIA, 3x WIA')
    r"\bCAS\s*:\s*(?:nil|none|no)\b(?![^\S\n]*[\w(])|"
    # 'harming no one', 'injuring nobody', 'without any person being hurt', 'leaving no victims', 'with zero
    # casualties', 'it caused no loss of life or injury', 'No material or human damage', 'No bodily injury'
    r"\b(?:harming|hurting|injuring|wounding|killing or injuring|injuring or killing)\s+(?:no one|nobody|no-one|"
    r"no\s+(?:person|people|civilians?|residents?|passers-by))\b|"
    r"\bwithout\s+(?:harming|hurting|injuring)\s+(?:anyone|anybody|any(?:one|body) else)\b|"
    r"\bwithout\s+(?:anyone|anybody|any\s+(?:person|one))\s+being\s+(?:killed|hurt|injured|harmed|wounded)"
    r"(?:\s+or\s+(?:killed|hurt|injured|harmed|wounded))?\b|"
    r"\bwithout\s+(?:any\s+)?(?:one|person|people|anyone|anybody)\s+being\s+(?:hurt|harmed|injured|wounded)\b|"
    r"\b(?:leaving|left|with|caus(?:ing|ed)|there (?:were|was))\s+(?:no|zero)\s+(?:victims|casualties|injuries)\b|"
    r"\bno\s+loss\s+of\s+life\s+or\s+(?:injury|injuries|limb)\b|"
    r"\bno\s+(?:material\s+or\s+)?human\s+(?:or\s+material\s+)?(?:damage|harm)\b|"
    r"\bno\s+bodily\s+(?:injury|injuries|harm)\b|"
    r"\bno\s+one\s+was\s+(?:inside|present|around|nearby|there|in\s+the\s+(?:building|house|car|vehicle|office|shop))\b|"
    r"\bwithout (?:causing |leaving |resulting in |any )?(?:any )?"
    r"(?:casualties|human (?:losses|casualties)|injuries)\b|"
    r"\b(?:no|zero) human (?:losses|casualties)\b|"
    r"\b(?:caus(?:ing|ed)|result(?:ing|ed) in|leaving|left) (?:no (?:casualties|injuries)|only material damage|"
    r"material damage only)\b|"
    # 'no one was killed or injured', 'No persons were harmed', 'there were no human injuries', 'neither he nor his
    # guards were hurt', 'causing neither casualties nor damage', 'released unharmed', 'escaped without injury'
    r"\b(?:no one|nobody|no-one)\s+(?:else\s+)?(?:was\s+)?(?:killed|hurt|injured|wounded|harmed)\s+or\s+"
    r"(?:killed|hurt|injured|wounded|harmed)\b|"
    r"\bno (?:persons?|people|civilians|one|villagers?|residents?|workers?)\s+(?:were|was)\s+"
    r"(?:hurt|harmed|injured|wounded)\b|"
    r"\bno human (?:injuries|casualties|losses)\b|"
    r"\bneither\s+(?:casualt(?:y|ies)|injur(?:y|ies)|deaths?|fatalit(?:y|ies)|loss\s+of\s+life|dead)\s+nor\b|"
    # 'no one was hit', 'No person was affected', 'Nobody suffered so much as a scratch', 'the losses were limited
    # to property', 'damage was material only'
    r"\b(?:no\s+one|nobody|no-one|no\s+(?:persons?|people|civilians?|residents?))\s+(?:was|were)\s+(?:hit|affected)\b|"
    r"\b(?:no\s+one|nobody|no-one)\s+(?:\w+\s+)?(?:suffered|sustained|received|got)\s+(?:(?:so\s+much\s+as|even)\s+)?"
    r"(?:a\s+(?:single\s+)?scratch|any\s+(?:injur(?:y|ies)|harm|wounds?))\b|"
    r"\b(?:the\s+)?(?:losses|damages?)\s+(?:was|were)\s+(?:limited|confined|restricted)\s+to\s+(?:(?:the\s+)?material|property|"
    r"the\s+(?:building|vehicle|car|house|premises))\b|\b(?:losses|damage)\s+(?:was|were)\s+material\s+only\b|\bneither\s+[\w\s]{1,30}?\bnor\b[\w\s]{1,30}?\b(?:were|was)\s+"
    r"(?:hurt|harmed|injured|wounded)\b",
    re.I,
)
# Someone came out of it unhurt ('the activist escaped unharmed', 'released unharmed', 'escaped without injury'):
# no casualties, unless the sentence counts others ('killed two guards, but the governor escaped unharmed')
_UNHARMED = sieve(
    r"\b(?:escaped|released|emerged|survived|walked away|got out|came out|was pulled out|were pulled out|"
    r"turned up|returned)\b[^.;]{0,30}?\b(?:unharmed|unhurt|unscathed|uninjured|without\s+"
    r"(?:any\s+)?(?:injury|injuries|a scratch))\b|"
    # 'the family inside was unhurt', 'the drivers were unharmed', 'the family was not harmed'
    r"\b(?:was|were)\s+(?:all\s+)?(?:unhurt|unharmed|uninjured|unscathed|not\s+(?:harmed|hurt|injured))\b|"
    # 'shaken but physically unhurt', 'his cousin was spared'
    r"\b(?:but|yet)\s+(?:physically\s+)?(?:unhurt|unharmed|uninjured|unscathed)\b|"
    r"\b(?:was|were)\s+(?:all\s+)?spared\b(?!\s+(?:the|a|an|from\s+(?:execution|prison|jail|the\s+death)))",
    re.I,
)
# Deaths ruled out, the wounded still counted: 'there were no deaths', 'no one was killed'.
_NO_DEATHS = sieve(
    # 'no driver died', 'not a single guard was killed', 'Zero dead', 'which did not cause any loss of life'
    rf"\b{_NO_PERSON}\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:reported\s+)?{_PASSIVE_DEATH}|"
    rf"{_DIE_VP}|{_FELL})|"
    r"\bzero\s+(?:dead|deaths|fatalit(?:y|ies)|killed|martyrs)\b|"
    # told tersely after a count of the wounded: 'two people were wounded and no one killed'
    r"\b(?:and|but)\s+(?:no\s+one|nobody|none)\s+killed\b|"
    r"\b(?:did\s+not|didn['’]t|failed\s+to|does\s+not|would\s+not)\s+(?:cause|result\s+in|lead\s+to|leave|claim|"
    r"inflict)\s+(?:any\s+)?(?:loss(?:es)?\s+of\s+(?:human\s+)?li(?:fe|ves)|deaths?|fatalit(?:y|ies)|dead|lives)\b"
    r"(?!\s+(?:or|and|nor)\b)|"
    r"\bno (?:deaths?|fatalit(?:y|ies)|one was killed|one died|lives were lost)\b|\bnobody (?:was killed|died)\b|"
    # 'There were no reported fatalities', 'with no confirmed deaths'
    r"\bno\s+(?:reported|confirmed|known)\s+(?:deaths?|fatalit(?:y|ies))\b|"
    # 'no one was martyred', 'Nobody inside died', 'Nobody lost their life', 'it killed nobody', 'there was no loss of
    # life' (never 'no loss of life or limb': no wounded either, above)
    r"\b(?:no one|nobody|no-one|none)\s(?:(?:inside|there|aboard|else)\s)?"
    r"(?:(?:was|were)\s(?:killed|martyred|slain)|died|"
    r"lost\s(?:his|her|their)\sli(?:fe|ves))\b|\bkill(?:ed|ing|s)\s(?:no one|nobody|no-one)\b|"
    # a terse note's own clause: '...; no one killed, 2 PMF injured' (never 'no one killed him', nor a clause of a
    # sentence 'police said two were wounded and no one killed')
    r"(?:(?<=^)|(?<=[;:.(|]\s)|(?<=,\s))(?:no one|nobody|no-one)\s(?:killed|dead)\b"
    r"(?!\s+(?:him|her|them|it|the|an?|his|their)\b)|"
    r"\bno\sloss\sof\slife\b(?!\s+(?:or|and|nor)\b)|"
    r"\bwithout (?:any )?(?:deaths|fatalities|loss of life)\b|\bkilling only (?:himself|themselves)\b|"
    # a record's field: 'Fatalities: none', 'Killed: nil', 'Death claims: none', 'Fatal injuries: none'
    rf"\b(?:fatalities|killed|deaths|dead|KIA|death claims|fatal injuries)\s*:\s*{_NONE}|"
    r"\bno\s+(?:martyrs|dead|KIA)\b|\bnone\s+(?:of\s+them\s+)?fatally\b|"
    # 'none of the children died', 'none of them was killed'
    r"\bnone\s+(?:of\s+(?:the|them|those|its|his|her|their)\b(?:\s[\w-]+){0,3}?\s+)?(?:died|(?:was|were)\s+"
    r"killed|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b|"
    # 'two soldiers wounded, none killed', 'neither had been killed', 'neither of them died'
    r"\bnone\s+(?:were\s+|was\s+)?(?:killed|dead|died)\b|"
    r"\bneither\s+(?:of\s+(?:them|the\s+[\w-]+)\s+)?(?:(?:had|has)\s+been\s+|was\s+|were\s+)?(?:killed|died|dead)\b",
    re.I,
)
# Wounded ruled out, the dead still counted: 'Wounded: none', 'Injuries: nil', 'nobody was reported wounded'.
_NO_WOUNDED = sieve(
    # 'no one else was hurt', 'no other villager was hurt', 'there were no reports of other casualties'
    r"\b(?:no one|nobody|no-one)\s+else\s+(?:was\s+|were\s+)?(?:reported\s+)?(?:hurt|harmed|injured|wounded)\b|"
    r"\bno\s+(?:other|further|more(?!\s+than))\s+(?:[\w-]+\s){0,2}?(?:was|were)\s+(?:reported\s+)?"
    r"(?:hurt|harmed|injured|wounded)\b|"
    r"\bno\s+reports?\s+of\s+(?:any\s+)?(?:other|further|more)\s+(?:casualties|injuries|victims|wounded)\b|"
    rf"\b(?:wounded|injured|injuries|WIA)\s*:\s*{_NONE}|\b(?:no one|nobody) (?:else )?was (?:reported )?wounded\b|"
    r"\bzero\s+(?:wounded|injured)\b|"
    # 'killing one; there were no other casualties': the others, so the wounded, are none
    r"\bno (?:other|further|more|additional) (?:(?:bodily|human|personal) )?(?:casualties|injuries|injury|victims|"
    r"wounded)\b|"
    # translated Arabic: 'which led to the martyrdom of a soldier, without other losses among the force'
    r",\s*without (?:any )?(?:other|further|more|additional) (?:(?:human|personal) )?(?:losses|casualties|injuries)\b|"
    # a note's shorthand: 'No other cas.', 'no further cas reported'
    r"\bno (?:other|further|more|additional) cas\b\.?|"
    # a table's cell: '2 fighters killed, none wounded', '1 BG killed, no wounded'
    r"\b(?:none|no)\s+(?:wounded|injured)(?=\s*(?:[.,;)]|$|\d|(?:were|was)\s+(?:reported|recorded)\b))|"
    # the one left of a group spared: 'A third shepherd got away without injury', 'the fourth man escaped unhurt'
    r"\b(?:an?|the)\s(?:second|third|fourth|fifth|other|remaining)\s(?:[\w-]+\s)?(?:got\saway|escaped|survived|was)\s"
    r"(?:without\s(?:any\s)?(?:injury|injuries|a\sscratch|harm)|unhurt|unharmed|uninjured|unscathed)\b",
    re.I,
)
# Victims written as words, not figures, tried when no figure is given: (pattern, how many).
# one person named by a possessive: 'wounding its owner', 'injuring his father', 'killing their driver'
_ONE_OF = rf"(?:its|his|her|their|our)\s(?:[\w-]+\s)?(?:{_VICTIM}|{_KIN.removesuffix('s?')})(?![\w-])"
_KILLED_IN_WORDS: list[tuple[re.Pattern[str], int | None]] = [
    (re.compile(r"\bfatalities:\s*(?P<n>\d+)", re.I), None),
    # a record's field naming one victim: 'Killed: the lawyer', 'Dead: a shepherd'
    (re.compile(rf"\b(?:killed|dead|KIA)\s*:\s*(?:the|an?|one)\s(?:[\w'-]+\s){{0,2}}?{_VICTIM}\b(?!s)", re.I), 1),
    (
        re.compile(
            rf"\b(?:killing|killed|shot dead|shot|execut(?:ed|ing))\s(?:him|her)(?:\sdead)?\sand\s(?:his|her)\s"
            rf"{_KIN}\b",
            re.I,
        ),
        2,
    ),
    # 'the teacher, who was killed with his son', 'was martyred along with his brother': the one named and his kin
    (
        re.compile(
            rf"\b(?:was|has\sbeen)\s(?:killed|martyred|shot\sdead)\s(?:[\w-]+\s)?(?:(?:along|together)\s+with|with|"
            rf"alongside)\s(?:his|her)\s(?:[\w-]+\s)?{_KIN.removesuffix('s?')}\b(?!['’]s)(?!\s+(?:and|,))",
            re.I,
        ),
        2,
    ),
    # 'executed a father and his son', 'shot dead a man and his adult son'
    (
        re.compile(
            rf"\b(?:killing|killed|execut(?:ed|ing)|shot\sdead|shooting\sdead|gunned\sdown|gunning\sdown)\s(?:an?|one)\s"
            rf"(?:[\w-]+\s){{0,2}}?{_VICTIM}\sand\s(?:his|her)\s(?:[\w-]+\s)?{_KIN.removesuffix('s?')}\b",
            re.I,
        ),
        2,
    ),
    # One victim named by an article: "killed a police officer", "a sniper killed a soldier".
    (
        re.compile(
            rf"\b(?:killing|killed|kills|kill|shot dead|shooting dead|shoots? dead|martyring|gunned down|gunning down|"
            rf"(?:t(?:ook|aking)|claim(?:ed|ing)|cost(?:ing)?) the life of)\s(?P<q>)"
            rf"(?P<n>an?|one|the)\s(?:[\w'-]+\s){{0,2}}?"
            rf"{_VICTIM}\b(?!\s(?:and|or)\s(?:his|her)\b)",
            re.I,
        ),
        1,
    ),
    (re.compile(r"\b(?:killing|killed|shot)\s(?:him|her)(?:\sdead)?\b", re.I), 1),
    # 'an IS sniper shot a PMF fighter dead', 'gunmen shot the mukhtar dead' (never the forces shooting an attacker:
    # 'Troops shot a man dead as he tried to plant a bomb')
    (
        re.compile(
            r"(?<!troops )(?<!police )(?<!policemen )(?<!soldiers )(?<!forces )(?<!guards )(?<!officers )"
            rf"\bshot\s(?:an?|one|the)\s(?:[\w'-]+\s){{0,2}}?{_VICTIM}\sdead\b",
            re.I,
        ),
        1,
    ),
    (
        re.compile(
            rf"\b(?:killing|killed|shot dead|martyring|martyred)\s{_ONE_OF}"
            r"(?!\s(?:and|or)\s(?!killing|wounding|injuring|damaging))",
            re.I,
        ),
        1,
    ),
    # Arabic press: 'resulting in the martyrdom of an officer', 'the killing of a shepherd'
    (re.compile(rf"\b(?:martyrdom|killing|death)\sof\s(?:an?|one)\s(?:[\w-]+\s){{0,2}}?{_VICTIM}\b", re.I), 1),
    # a statement's 'the martyrdom of engineer Firas Younis': one person named by role and name (never a holy day's
    # 'the martyrdom of Imam Hussein', nor a verdict's 'sentenced for the killing of activist ...')
    (
        re.compile(
            rf"(?<!anniversary of )(?<!anniversary of the )(?<!since the )(?<!for the )(?<!over the )\bmartyrdom\sof\s"
            r"(?:the\s|our\s)?"
            rf"(?:(?:late|martyr|dear)\s)?(?!imam\b|prophet\b){_VICTIM}\s(?:Dr\.?\s|Mr\.?\s)?"
            r"(?-i:[A-Z][a-z'’-]+\s(?:al-|Al-|bin\s|Abu\s)?[A-Z][a-z'’-]+)\b(?!\s(?:and|&)\s)",
            re.I,
        ),
        1,
    ),
    # machine-translated Arabic: 'the martyrdom of an element of the Crowd', 'the killing of one element of the army'
    (re.compile(r"\b(?:martyrdom|killing|death)\sof\s(?:an?|one)\selement\s(?:of|from|in)\s", re.I), 1),
    (
        re.compile(
            r"\b(?:an?|one)\s(?:[\w'-]+\s){0,7}?(?:(?:was|has been)\s(?:shot\s)?(?:killed|shot dead|slain|martyred|"
            r"fatally\s(?:hit|wounded|injured|shot|struck|stabbed)|(?:torn|blown)\s(?:apart|to\spieces))|"
            r"lost\s(?:his|her)\slife|perished)\b",
            re.I,
        ),
        1,
    ),
    # one victim named with an aside before the verb: 'A commander of the Sinjar Resistance Units (YBS), a group
    # Ankara considers a PKK affiliate, was killed'
    (
        re.compile(
            rf"\b(?:an?|one)\s(?:[\w'-]+\s){{0,2}}?{_VICTIM}\s(?:of|from)\s[^.;]{{1,90}}?,\s(?:was|has\sbeen)\s"
            r"(?:shot\s)?(?:killed|shot\sdead|slain|martyred)\b",
            re.I,
        ),
        1,
    ),
    # 'assassinated a lawyer', 'assassinated, this evening, a lawyer', 'the assassination of a civil activist'
    (re.compile(r"\bassassinated(?:,[^,]{1,30},)?\s(?:an?|the)\s", re.I), 1),
    (
        re.compile(
            r"(?<!\battempted )(?<!anniversary of )(?<!anniversary of the )\bassassination of (?:an?|the)\s"
            r"(?!\w+ attempt)",
            re.I,
        ),
        1,
    ),
    (
        re.compile(
            rf"\b(?:the|his|her)\s(?:[\w-]+\s){{0,2}}?(?!(?:leader|commander|official|elder)\b)(?:{_VICTIM}|{_KIN}|assistant)"
            r"\s(?:was|has been)\s(?:shot\s)?(?:killed|shot dead|slain|martyred)\b",
            re.I,
        ),
        1,
    ),
]
# one victim told by name: 'Mustafa H. was shot dead by gunmen', 'Sheikh Ahmed al-Jubouri was assassinated' (two to
# four capitalised words, an initial or an 'al-' among them, opening a clause)
_KILLED_IN_WORDS.append(
    (
        re.compile(
            r"(?:^|(?<=[.;:,(] )|(?<=\n)|\b(?:since|after|when|as|that)\s)(?:[A-Z][a-z]+\s){0,2}?[A-Z][a-z]{2,}"
            r"(?:\s(?:[A-Z]\.|[A-Z][a-z]+|(?:al|el|bin|ibn|abu)-[A-Z][a-z]+)){1,3}(?:,\s\d{1,2},)?\s(?:was|has\sbeen)\s"
            # (never one of several: 'was killed along with two of his guards')
            r"(?:shot\s)?(?:killed|shot\sdead|slain|assassinated|gunned\sdown|martyred)\b(?!,?\s+(?:along|together)\s+with\b)"
        ),
        1,
    )
)
# one victim hit and then dead: 'a policeman was hit by three bullets and killed', 'a soldier was struck by two
# bullets and died'
_KILLED_IN_WORDS.append(
    (
        re.compile(
            rf"\b(?:an?|one|the|his|her)\s(?:[\w'’-]+\s){{0,2}}?(?:{_VICTIM}|{_KIN})\s(?:was\s)(?:hit|struck)\sby\s"
            r"[^.;,]{1,30}?\sand\s(?:was\s)?(?:killed|died|fatally\s\w+)\b",
            re.I,
        ),
        1,
    )
)
_KILLED_IN_WORDS.append(
    (
        # 'the mukhtar died on the spot', 'a passer-by later died of his wounds'
        re.compile(
            rf"\b(?:the|his|her|an?|one)\s(?:[\w'-]+\s){{0,2}}?(?:{_VICTIM}|{_KIN}|mukhtar)\s(?:later\s)?died\b", re.I
        ),
        1,
    )
)
_KILLED_IN_WORDS.append(
    (
        # a log's terse entry, only at a clause's end: 'The sheikh killed; his nephew wounded.'
        re.compile(
            rf"\b(?:the|his|her)\s(?:[\w’'-]+\s)?(?!(?:leader|commander|official|elder)\b)(?:{_VICTIM}|{_KIN})"
            r"\s(?:killed|dead)(?=\s*[.;]|\s*$)",
            re.I,
        ),
        1,
    )
)
# a post's terse line, a bare noun at its sentence's or clause's start with an aside: 'driver (a school teacher)
# dead.', 'Shop owner, a father of four, killed.', '..., the driver, a port worker, killed.' (never 'the soldier
# killed a gunman', nor plural nouns: those are figures)
_KILLED_IN_WORDS.append(
    (
        re.compile(
            rf"(?:^|[.;:!?,]\s+)(?:(?:the|his|her|a|an|one)\s)?(?:[\w’'-]+\s)?(?:{_VICTIM}|{_KIN.removesuffix('s?')})"
            r"(?![\w-])\s?(?:\([^()]{1,40}\)|,[^,.;()]{1,40},)?\s(?:killed|dead)(?=\s*[.;,!]|\s*$)",
            re.I,
        ),
        1,
    )
)
# One death told of 'he', 'she' or 'who' (the victim named before: 'he died of his wounds in hospital', 'who rose to
# his Lord on Friday'); 'who' only with a singular verb ('the soldiers who died' says not how many). Never a death of
# long ago ('he died in 2014', 'who was killed years ago').
# (told anywhere in the rest of the clause: 'who was killed by ISIS militants in 2016')
_LONG_AGO = (
    r"(?![^.;,]{0,60}?\b(?:in\s+(?:an?\s+|the\s+)?(?:19|20)\d\d|(?:\w+\s+)?years?\s+(?:ago|earlier|before)|"
    r"last\s+year)\b)"
)
_ONE_DEATH = (
    r"(?:(?:rose|returned|went)\sto\s(?:meet\s)?(?:his|her)\s(?:Lord|Creator|Maker)|"
    r"passed\s(?:in)?to\s(?:God|Allah)['’]s\smercy|passed\sto\s(?:the\s)?mercy\sof\s(?:God|Allah)|"
    r"lost\s(?:his|her)\slife|breathed\s(?:his|her)\slast|fell\sas\sa\smartyr|"
    # 'who fell on Sunday 5 September', 'who fell in the line of duty'
    r"fell\s(?=on\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)|in\sthe\sline\sof\sduty|defending)|"
    r"(?:was|has\sbeen)\s(?:killed|martyred|assassinated|shot\sdead|slain|murdered|gunned\sdown|taken\sfrom\sus)|"
    # 'she did not survive', 'he was stabbed to death', 'who met his death'
    rf"(?:was|has\sbeen)\s(?:\w+ly\s)?{_PASSIVE_DEATH}|"
    r"(?:did\snot|didn['’]t|failed\sto|could\snot)\ssurvive|met\s(?:his|her)\s(?:[\w-]+\s)?death)"
)
_KILLED_IN_WORDS.append(
    (
        re.compile(
            rf"\b(?:(?:he|she)\s(?:later\s|subsequently\s|then\s|also\s)?(?:{_ONE_DEATH}|died|bled\sto\sdeath|"
            # (succumbed to wounds, never 'to pressure')
            r"succumbed(?!\s+to\s+(?!(?:his|her)\s+(?:[\w-]+\s+)?(?:wounds|injuries)))|passed\saway)|who\s(?:later\s)?"
            rf"{_ONE_DEATH})\b{_LONG_AGO}",
            re.I,
        ),
        1,
    )
)
# One victim named by an article or a possessive + any death predicate: 'the farmer did not survive', 'a taxi driver
# was gunned down', 'the guard later succumbed to his wounds', 'a policeman fell in the clash' (never 'the ISIS leader
# was killed': a background figure)
_KILLED_IN_WORDS.append(
    (
        re.compile(
            r"\b(?:(?:an?|one)\s(?:[\w'’-]+\s){0,2}?|(?:the|his|her|its|their)\s(?:[\w'’-]+\s){0,2}?"
            rf"(?!(?:leader|commander|official|elder)\b))(?:{_VICTIM}|{_KIN.removesuffix('s?')})(?![\w-])"
            r"(?:,[^,.;]{1,40},)?\s(?:(?:later|also|then|subsequently|reportedly)\s)?"
            rf"(?:(?:was|has\sbeen|had\sbeen)\s(?:\w+ly\s)?{_PASSIVE_DEATH}|{_DIE_VP}|{_FELL}){_LONG_AGO}",
            re.I,
        ),
        1,
    )
)
# One body found: 'his body was found two days later', 'the body of a kidnapped engineer was recovered', 'a body was
# pulled from the river' (never 'the body of the car', 'the governing body')
_KILLED_IN_WORDS.append(
    (
        re.compile(
            r"\b(?:(?:his|her)\s(?:[\w-]+\s)?body|(?:the|a)\sbody\sof\s(?:an?|one|the|his|her)\s(?:[\w'’-]+\s){0,3}?"
            rf"(?:{_VICTIM}|{_KIN.removesuffix('s?')}|mukhtar)(?![\w-])[^,.;]{{0,40}}?|an?\s(?:[\w-]+\s)?"
            r"(?<!governing\s)(?<!advisory\s)(?<!car\s)body)\s(?:(?:was|has\sbeen|had\sbeen)\s)(?:later\s|then\s|"
            r"eventually\s|finally\s)?(?:found|recovered|retrieved|discovered|pulled|dumped|received|handed|returned|"
            r"located|identified)\b",
            re.I,
        ),
        1,
    )
)
# A hospital or morgue received one body: 'the hospital received, on Tuesday evening, the body of a citizen', 'the
# morgue took in the body of a young farmer' (never the body of a car, nor a governing body)
_KILLED_IN_WORDS.append(
    (
        re.compile(
            rf"\b(?:{_FOUND_BODY}|took\sin|brought\sin)(?:,[^,.;]{{1,50}},)?\s(?:the\s)?body\sof\s(?:an?|one)\s"
            rf"(?:[\w'’-]+\s){{0,3}}?(?:{_VICTIM}|{_KIN.removesuffix('s?')}|mukhtar)(?![\w-])",
            re.I,
        ),
        1,
    )
)
# One victim told again, then dead: 'A Peshmerga officer whose car was hit by a bomb on Sunday has died of his
# injuries', 'the farmer who was shot at his gate on Friday has since died'
_KILLED_IN_WORDS.append(
    (
        re.compile(
            # ('a farmer whose son had died fighting ISIS': the son's death, never the victim's)
            rf"\b(?:an?|one|the)\s(?:[\w'’-]+\s){{0,2}}?(?:{_VICTIM}|{_KIN.removesuffix('s?')})\s(?:who\s|whose\s"
            r"(?!(?:[\w'’-]+\s){1,2}(?:has|had)\s(?:since\s|now\s|later\s|also\s)?(?:died|succumbed|passed\saway)))"
            r"[^.;]{1,100}?\s(?:has|had)\s(?:since\s|now\s|later\s|also\s)?(?:died|succumbed|passed\saway)\b"
            rf"{_LONG_AGO}",
            re.I,
        ),
        1,
    )
)
# 'both occupants died', 'both of them were killed': two
_KILLED_IN_WORDS.append(
    (
        re.compile(
            # (never the attackers: 'both suicide bombers died', 'both of the gunmen were killed')
            r"\bboth\s(?!(?:of\s(?:the\s)?)?(?:[\w-]+\s)?(?:gunm[ae]n|attackers|assailants|kidnappers|abductors|hitmen|"
            r"bombers)\b)"
            # ('both men in the car are now dead': a few words may say which two)
            r"(?:of\s(?:them|the\s[\w-]+)\s|(?:[\w-]+\s){0,4}?)(?:(?:were|had\sbeen)\s(?:killed|martyred|shot\sdead|"
            r"slain)|died|perished|lost\stheir\slives|were\sfound\sdead|(?:are|were)\s(?:now\s)?dead|became\s(?:a\s)?"
            r"martyrs?)\b",
            re.I,
        ),
        2,
    )
)
# 'ambushed a car carrying two officers, killing both', 'shot both dead' (never 'killing both gunmen'); 'which
# resulted in the death of his son': one
_KILLED_IN_WORDS.append(
    (
        re.compile(
            r"\b(?:killing|killed|slaying|slew)\sboth\b(?!\s(?:of\s(?:the\s)?)?(?:[\w-]+\s)?(?:gunm[ae]n|attackers|"
            r"assailants|kidnappers|abductors|hitmen|bombers|sides)\b)|\bshot\sboth\s(?:of\sthem\s|men\s)?dead\b",
            re.I,
        ),
        2,
    )
)
_KILLED_IN_WORDS.append(
    (
        # ('... led to the death of the farmer, Hamid S.', 'resulted in the martyrdom of the soldier': one, named by
        # its noun in the singular)
        re.compile(
            r"\b(?:result(?:ed|ing)\sin|led\sto|leading\sto|caus(?:ed|ing))\sthe\s(?:death|martyrdom|killing)\sof\s"
            rf"(?:{_ONE_OF}|the\s(?!(?:militant|terrorist|insurgent|gunm[ae]n|attacker|bomber|suspect|IS|ISIS|Daesh)\b)"
            rf"(?:[\w-]+\s)?{_VICTIM}\b(?!s))",
            re.I,
        ),
        1,
    )
)
# A condolence notice's subject, mourned and then told dead with no subject word: 'the clan mourns its son, the
# soldier Ahmed Khalaf, martyred on Monday while on duty', '... mourns the young man Omar Faisal, taken from us on
# Saturday' (one mourned: never 'mourns its two sons')
_KILLED_IN_WORDS.append(
    (
        re.compile(
            r"\b(?:mourns?|mourned|mourning|eulogi[sz]e[sd]?|funeral\s(?:of|for))\s"
            r"(?!(?:its|their|his|her|the|our)\s(?:[\w-]+\s)?(?:sons|martyrs|children|daughters|brothers|men|members|"
            r"victims)\b)[^.;]{0,120}?,\s(?:who\s(?:was\s)?)?(?:killed|martyred|assassinated|shot\sdead|slain|murdered|"
            rf"gunned\sdown|taken\sfrom\sus|struck\sdown)\b{_LONG_AGO}",
            re.I,
        ),
        1,
    )
)
# One victim mourned or buried and told killed: 'Ana mourned on Thursday a Tribal Hashd commander killed on Tuesday',
# 'the funeral of a police officer shot dead by gunmen'. At least one died: a report may tell the rest of the toll
# beside it ('the funeral of a shepherd killed ... Two shepherds were killed'), never fewer.
_MOURNED_ONE = sieve(
    # ('the funeral in Erbil on Sunday of a Peshmerga officer killed ...': where and when it was held between)
    r"\b(?:mourn(?:s|ed|ing)?|buried|funerals?\s(?:(?:in\s[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?|on\s[A-Z][a-z]+day|"
    r"yesterday|today)\s){0,2}(?:of|for)|burial\sof|laid\sto\srest|bid\sfarewell\sto)\s"
    r"(?:(?:on\s)?(?:[A-Z][a-z]+day|yesterday|today)\s)?(?:a|an|the|one|its|their|his|her|our)\s"
    rf"(?:[\w'’-]+\s){{0,3}}?{_VICTIM}(?![\w-])(?:,[^,.;]{{1,40}},)?\s(?:who\s(?:was\s|had\sbeen\s)?)?"
    # (never one told before, 'a soldier killed in the blast', nor a death by accident or long ago: 'a fisherman
    # killed by a stray bullet at a wedding', 'a protester killed in October 2019')
    rf"(?:killed|martyred|assassinated|shot\sdead|slain|murdered|gunned\sdown)\b{_LONG_AGO}"
    r"(?![^.;]{0,30}?\bin\s+the\s+(?:[\w-]+\s+)?(?:attack|blast|bombing|explosion|ambush|shooting|strike)\b)"
    r"(?![^.;]{0,160}?\b(?:accident\w*|stampede|stray|celebrat\w*|wedding|traffic|drown\w*|crash\w*|collapse\w*|"
    r"illness|disease|ago|decades?|(?:in|of|since)\s+(?:\w+\s+)?(?:19|20)\d\d)\b)",
    re.I,
)
_WOUNDED_IN_WORDS: list[tuple[re.Pattern[str], int | None]] = [
    # translated Arabic's one victim: 'which led to his injury with moderate wounds', 'led to a slight injury to the
    # judge' (never 'led to the injury of three': a figure of its own)
    (
        re.compile(
            r"\b(?:led|leading|resulted|resulting)\s(?:to|in)\s(?:(?:his|her)\s(?:[\w-]+\s)?(?:injury|wounding)|"
            r"an?\s(?:[\w-]+\s)?(?:injury|wound)\s(?:to|for)\s(?:the|a|an|his|her)\s(?:[\w-]+\s)?"
            rf"(?:{_VICTIM}|{_KIN.removesuffix('s?')}))\b(?!\s+(?:and|along|together|as\s+well)\b|,\s+(?:and|along))",
            re.I,
        ),
        1,
    ),
    # one victim told by what happened to the body: 'the shopkeeper's son needed stitches', 'a sergeant was grazed by
    # fragments', 'the cadre escaped with burns to his hands', 'a child survived with burns'
    (
        re.compile(
            rf"(?<!body of )(?<!bodies of )(?<!remains of )\b(?:an?|one|the|his|her|its|their)\s(?:[\w'’-]+\s){{0,2}}?"
            rf"(?:{_VICTIM}|{_KIN.removesuffix('s?')})(?![\w-])(?:,[^,.;]{{1,25}},)?\s(?:[^,.;]{{0,40}}?\s)?"
            # (never 'the shepherd was taken to hospital': the victim already counted, taken on)
            r"(?!(?:was|were|have\sbeen|had\sbeen)\s(?:(?:later|also|then|all)\s)?(?:taken|rushed|transferred|"
            r"evacuated|moved|brought|admitted|flown|carried)\b|(?:(?:were|was|are|is)\s)?hospitali|remain)"
            rf"{_HURT_VP}",
            re.I,
        ),
        1,
    ),
    # 'a guard at the nearby pumping station was injured by fragments'
    (
        re.compile(
            rf"\b(?:an?|one)\s(?:[\w'’-]+\s){{0,2}}?{_VICTIM}\s(?:at|in|of|from|on|inside|near)\s[^,.;]{{1,40}}?\s"
            rf"(?:was|has\sbeen)\s{_ADV}(?:wounded|injured|hurt)\b",
            re.I,
        ),
        1,
    ),
    # a terse note with a bare noun: 'Officer injured.', '..., shop worker injured', 'Driver hurt; car burnt.',
    # '... near Al-Diwaniyah - driver injured.'
    (
        re.compile(
            rf"(?:^|(?<=[.;,:]\s)|(?<=[.;:])|(?<=\s[-\u2013\u2014]\s))\s*(?!(?:no|none|not|neither|nobody)\s)(?:[\w'’-]+\s)?"
            rf"{_VICTIM}\s(?:wounded|injured|hurt)"
            # ('sticky bomb under the car of a police officer went off, officer wounded in legs, stable.')
            r"(?=\s*[.;,]|\s*$|\s+in\s+(?:the\s+|his\s+|her\s+|both\s+)?(?:legs?|arms?|hands?|head|chest|back|"
            r"shoulders?|feet|foot|abdomen|stomach|neck|face|eyes?)\b"
            # (never long ago: 'Officer wounded in legs last year returned to duty')
            r"(?![^.;]{0,60}\b(?:(?:19|20)\d\d|last\s+year|years?\s+ago|ago)\b))",
            re.I,
        ),
        1,
    ),
    # one told wounded in an aside: 'His driver, who was wounded, attended the funeral in a wheelchair'
    (
        re.compile(
            rf"\b(?:his|her|their|its|the|an?)\s(?:[\w'’-]+\s)?(?:{_VICTIM}|{_KIN.removesuffix('s?')}),\swho\s"
            rf"(?:was|had\sbeen)\s(?:also\s)?{_ADV}(?:wounded|injured|hurt)\b"
            # (never long ago: 'His aide, who was wounded in the 2007 bombing of parliament, now heads ...')
            r"(?![^.;,]{0,40}\b(?:(?:19|20)\d\d|last\s+year|years?\s+ago|ago)\b)",
            re.I,
        ),
        1,
    ),
    # a terse note, only at a clause's end: 'Killed: the lawyer; a bystander injured.'
    (re.compile(rf"\b(?:an?|one)\s(?:[\w'’-]+\s)?{_VICTIM}\s(?:wounded|injured|hurt)(?=\s*[.;]|\s*$)", re.I), 1),
    # two people named one by one: 'the shop owner and a customer were injured'
    (
        re.compile(
            rf"\b(?:the|an?|his|her|its|their)\s(?:[\w-]+\s)?(?:{_VICTIM}|{_KIN.removesuffix('s?')})\sand\s"
            rf"(?:the|an?|his|her|its|their)\s(?:[\w-]+\s)?(?:{_VICTIM}|{_KIN.removesuffix('s?')})\s"
            rf"(?:were|have been)\s{_ADV}(?:wounded|injured|hurt)\b",
            re.I,
        ),
        2,
    ),
    (
        re.compile(
            rf"\b(?:wounding|injuring|wounded|injured)\s(?:another|him|her|a\s(?:second|third|fourth|fifth)|"
            rf"{_ONE_OF}|the\s(?:[\w'’-]+\s)?{_VICTIM}|an?\s(?:[\w'’-]+\s){{0,2}}?{_VICTIM})\b"
            r"(?!\s(?:and|or)\s(?!killing|wounding|injuring|damaging|destroying))",
            re.I,
        ),
        1,
    ),
    (
        re.compile(
            rf"\b(?:another|a\s(?:second|third|fourth|fifth))\s(?:[\w-]+\s)?(?:was\s)?{_ADV}(?:wounded|injured|hurt)\b",
            re.I,
        ),
        1,
    ),
    # 'a daughter, aged nine, survived with wounds', 'a third soldier was evacuated ... with a leg wound'
    (
        re.compile(
            rf"\b(?:an?|one|the|his|her|a\s(?:second|third|fourth|fifth))\s(?:[\w-]+\s)?(?:{_VICTIM}|{_KIN})"
            r"(?:,[^,.;]{1,25},)?\s(?:[^,.;]{0,60}?\s)?(?:survived|escaped|was\s+\w+)\s(?:[^,.;]{0,40}?\s)?with\s"
            r"(?:an?\s)?(?:\w+\s)?(?:wounds?|injur(?:y|ies))\b",
            re.I,
        ),
        1,
    ),
    (re.compile(r"\b(?:wounding|injuring|wounded|injured)\sthe\sother\b(?!\s+\w+s\b)", re.I), 1),
    # 'leaving one dead and the other seriously wounded': the second of two
    (re.compile(rf"\bthe other(?:\sone)?\s(?:was\s)?{_ADV}(?:wounded|injured|hurt)\b", re.I), 1),
    (re.compile(rf"\bshot and wounded\s(?:an?\s(?:[\w-]+\s){{0,2}}?|the\s){_VICTIM}\b", re.I), 1),
    # 'shot a journalist in the leg', 'shot him in the shoulder': a wound, not a death
    (
        re.compile(
            rf"\bshot\s(?:him|her|{_ONE_OF}|(?:an?|the)\s(?:[\w-]+\s){{0,2}}?{_VICTIM})\sin\s(?:the|his|her)\s"
            r"(?:legs?|arms?|shoulder|foot|feet|hands?|thigh|knee|ankle|buttocks?)\b",
            re.I,
        ),
        1,
    ),
    # 'An activist who took part in the protests was shot and wounded'
    (
        re.compile(
            rf"\b(?:an?|one)\s(?:[\w'-]+\s){{0,9}}?(?:was|has been)\s(?:shot\s(?:and\s)?)?{_ADV}wounded\b", re.I
        ),
        1,
    ),
    # 'his brother sustained a gunshot injury', 'her son was hit by shrapnel'
    (re.compile(rf"\b{_ONE_OF}\s(?:[^,.;]{{0,30}}?\s)?{_HURT_VP}", re.I), 1),
    # 'the injury of a third', 'the injury of a soldier'
    (re.compile(rf"\binjury\sof\s(?:an?\s(?:second|third|fourth|fifth|(?:[\w-]+\s){{0,2}}?{_VICTIM})\b)", re.I), 1),
    # 'which resulted in the injury of his wife', 'causing the wounding of their driver'
    (re.compile(rf"\b(?:injury|wounding)\sof\s{_ONE_OF}", re.I), 1),
    # 'wounding both', 'both were injured' (never the attackers: 'wounding both gunmen')
    (
        re.compile(
            r"\b(?:wounding|injuring|wounded|injured)\sboth\b(?!\s(?:of\s(?:the\s)?)?(?:[\w-]+\s)?(?:gunm[ae]n|"
            r"attackers|assailants|kidnappers|bombers|sides)\b)",
            re.I,
        ),
        2,
    ),
    # a possessive victim before the verb: 'her younger brother injured', 'the driver wounded' (a log's terse entry)
    (
        re.compile(
            rf"\b(?:the|his|her|its|their)\s(?:[\w’'-]+\s)?(?:{_VICTIM}|{_KIN.removesuffix('s?')})"
            # 'the driver, a Hashd member, injured'
            r"(?:,\s(?:an?|the)\s[^,.;]{1,30},)?\s"
            # 'the driver was wounded'; terse only at a clause's end: 'The driver wounded.', 'her brother injured when'
            rf"(?:was\s(?:left\s)?{_ADV}(?:wounded|injured|hurt)\b|(?:wounded|injured|hurt)(?=\s*[.,;]|\s*$|\s+(?:and|when|as|after)\b))",
            re.I,
        ),
        1,
    ),
    (
        re.compile(
            # 'the driver was wounded', 'his assistant sustained injuries'; never the reduced 'an official injured in
            # a previous attack said ...' (no 'was': background, not this attack's victim)
            # 'a friend standing with him was wounded', 'an activist was shot and wounded', 'his guard was also hurt'
            rf"\b(?:an?|one|the|his|her)\s(?:[\w-]+\s){{0,2}}?(?:{_VICTIM}|{_KIN}|assistant)\s"
            r"(?:(?:standing|sitting|walking|travelling|traveling|riding|working)\s(?:[\w-]+\s){0,3}?)?"
            rf"(?:was\s(?:left\s)?{_ADV}(?:shot and\s)?(?:wounded|injured|hurt)|sustained (?:\w+ )?injuries|"
            r"suffered (?:\w+ )?(?:injuries|wounds))\b",
            re.I,
        ),
        1,
    ),
]
# One wounded told of 'he' or 'she': 'he survived with a leg wound', 'she was lightly hurt' (never taken on to
# hospital, a victim already counted; never a wound of long ago)
_WOUNDED_IN_WORDS.append(
    (
        re.compile(
            r"\b(?:he|she)\s(?:(?:later|also|then)\s)?"
            r"(?!(?:was|were|have\sbeen|had\sbeen)\s(?:(?:later|also|then|all)\s)?(?:taken|rushed|transferred|"
            r"evacuated|moved|brought|admitted|flown|carried)\b|(?:(?:were|was|are|is)\s)?hospitali|remain)"
            # ('He is injured and in hospital', 'she has been wounded': the victim told just before)
            rf"(?:(?:was|has\sbeen)\s(?:left\s)?{_ADV}(?:shot\sand\s)?(?:wounded|injured|hurt)\b|"
            # ('he is hurt by the silence' is no wound)
            rf"is\s{_ADV}(?:wounded|injured)\b|{_HURT_VP}){_LONG_AGO}",
            re.I,
        ),
        1,
    )
)
# One more victim told by being in hospital beside a death, the companion of the one named: 'his son, who was with
# him, remains in hospital', '... died of his injuries; his driver is still in intensive care' (never the one already
# counted: 'the shepherd remains in hospital', nor 'five were wounded; a child remains in hospital')
_STILL_IN_HOSPITAL = (
    r"(?:still\s)?(?:remains|remained|is\sstill|was\sstill|stays|is\sbeing\streated|was\sbeing\streated|lies|lay)\s"
    r"(?:still\s)?(?:in\s(?:a\s|the\s)?hospital|in\sintensive\scare|in\s(?:a\s)?(?:critical|serious|stable)\s"
    r"condition)\b"
)
_COMPANION = rf"(?:his|her|their)\s(?:[\w'’-]+\s)?(?:{_VICTIM}|{_KIN.removesuffix('s?')})(?![\w-])"
_WOUNDED_IN_WORDS.append(
    (
        re.compile(
            rf"\b{_COMPANION},\s(?:who\s(?:was|had\sbeen)\s(?:[\w-]+\s)?with\s(?:him|her|them)|also\s[^,.;]{{1,30}}),\s"
            rf"{_STILL_IN_HOSPITAL}|\b(?:died|killed|dead)\b[^.]{{0,150}}?[;,]\s(?:and\s|while\s)?{_COMPANION}"
            rf"(?:,[^,.;]{{1,40}},)?\s{_STILL_IN_HOSPITAL}",
            re.I,
        ),
        1,
    )
)
# one victim told by a participle after its noun, in a sentence that tells no other harm: 'the family of a police
# officer shot dead at a checkpoint' (never the shooter: 'a policeman shot dead two gunmen'; never a past killing told
# beside this attack: 'a bomb wounded two soldiers; the brother of a journalist shot dead last year was among them')
_SHOT_DEAD_PARTICIPLE = re.compile(
    rf"\b(?:an?|one)\s(?:[\w'-]+\s){{0,2}}?{_VICTIM}\s(?:who\swas\s)?(?:shot|gunned\sdown|stabbed)\s"
    r"(?:dead|to\sdeath)\b(?!\s(?:an?|one|two|three|four|five|\d+|the|his|her|their)\s)",
    re.I,
)
_OTHER_HARM = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|hurt|dead|died|martyr\w*|shot)\b", re.I)
# every victim lived: 'both survived', 'all three survived', 'they all survived' (never 'he survived', which may leave
# others dead, nor 'survived an earlier attempt')
_ALL_SURVIVED = re.compile(
    r"\b(?:both(?:\s+(?:men|of\s+them))?|all\s+(?:of\s+them|three|four|five|six)|they\s+(?:both|all))\s+"
    r"(?:have\s+|had\s+)?survived\b(?!\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:earlier|previous|prior|first|last|attempt|"
    r"assassination|plot)\b)|"
    r"\bneither\s+(?:man\s+|of\s+them\s+)?died\b",
    re.I,
)
_SUM = sieve(
    rf"\bkilled {_NUM} [\w\s]{{2,40}}? and {_NUM} (?:policemen|police|soldiers|civilians|members|fighters|people)\b",
    re.I,
)
_ATTACKER = sieve(
    r"\b(?:an |one |the )?(?:attacker|assailant|militant|gunman|bomber)s? "
    rf"(?:(?:was|were) (?:killed|{_PASSIVE_DEATH})|died|perished)\b|"
    # the attacked side killing some of its attackers: 'the patrol killed two of the attackers', 'killing one of them'
    r"\b(?:killed|killing|shot dead|shooting dead)\s(?:\w+\s)?of\s(?:the\s)?(?:attackers|assailants|militants|gunmen|"
    r"terrorists|insurgents)\b(?!['’])",
    re.I,
)
# A concrete attack told as an event in the past ("gunmen abducted a young man", "an IED exploded against a Humvee"),
# with or without casualty figures; "has continued to launch attacks" (perfect tense) is background, not an event.
# Whom a gunman shot ('a civil-society activist', 'two policemen outside the court'), never a camera's shot ('a video
# of the children', 'footage of the men')
_WHOM_SHOT = (
    r"(?:an? |the |two |three |four |\d+ )"
    r"(?!(?:video|film|footage|photo|picture|documentary|clip|scene|movie|selfie)s?\b)"
    rf"(?:(?!of\b)[\w-]+ ){{0,3}}?(?:{_VICTIM}s?|(?:police|wo)?men|children)\b"
)
ATTACK_EVENT = sieve(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bbeen )"
    r"\b(?:attacked|ambushed|kidnapped|abducted|assassinated|exploded|detonated|"
    # (never a hazard's: 'lightning struck a tank', 'an earthquake struck the border area')
    r"(?<!lightning )(?<!storm )(?<!\bearthquake )(?<!quake )(?<!floods )(?<!flood )(?<!tremor )struck|"
    r"shelled|bombed|blew up|toppled|set fire to|torched|opened (?:[\w-]+ )?fire|shot (?:and|dead)|"
    # a knife's attack ('a security guard was stabbed', 'stabbed a guard'), never a figure of speech ('stabbed in the
    # back'); an explosion that wrecked what it hit ('An explosion destroyed a shop', never a gas cylinder's); a fire
    # set on purpose ('a fire ... was started deliberately', 'an arson attack')
    r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))stabbed"
    r"(?![^.;]{0,30}\b(?:in\s+the\s+back|with\s+a\s+needle|by\s+mistake)\b)|"
    rf"stabbed (?:an? |the |two |three |his |her |their )(?:[\w-]+ )?{_VICTIM}s?\b(?![^.;]{{0,30}}\bin\s+the\s+back\b)|"
    r"(?:^|(?<=\ban )|(?<=\bthe )|(?<=\bhuge )|(?<=\blarge )|(?<=\bmassive )|(?<=\bpowerful )|(?<=\bloud )|"
    r"(?<=\bstrong ))(?:explosions?|blasts?) (?:destroyed|damaged|wrecked|gutted|ripped through|tore through|rocked|"
    r"targeted)\b"
    r"(?![^.]{0,120}\b(?:gas|cylinder|boiler|accident\w*|fault\w*|short[- ]circuit|leak\w*|mine|miners|methane|"
    r"transformer|collid\w*|crash\w*|heat|reaction|overload\w*|refinery|factory|depot|shares|stock|surge)\b)|"
    r"(?<!\bnot )(?<!n't )(?<!\bnever )(?:started|set|lit) deliberately|(?<!\bnot )deliberately (?:started|set|lit)\b|"
    r"(?<!ruled out an )(?<!ruled out )(?<!no evidence of an )(?<!denied an )arson attack|"
    r"(?<!no evidence of an )act of arson|"
    # a security message's shorthand: '2x mortar rds on PMF post nr Multaqa', '3 rockets impacted on the base'
    # (never a find: 'found 30 mortar rounds at a farm', 'seized 200 rocket rounds on a truck')
    r"(?:^|(?<=[-:;]\s)|(?<=IDF\s))(?:\d+\s?x\s?)?(?:mortar|rocket|RPG)\s+(?:rds|rounds|shells|bombs)\s+(?:on|into|"
    r"against|hit|impacted|landed|fell)\b|"
    # a statement's 'the attack carried out last night with a hand grenade against the office of ...'
    r"\battack\s+(?:that\s+was\s+|which\s+was\s+|was\s+)?carried\s+out\b[^.;]{0,60}?\b(?:against|on|targeting)\s|"
    # arson of what attacks burn: 'harvest fields set alight near Al-Shura', 'gunmen set the tents ablaze' (never 'the
    # sky was set alight by fireworks')
    # (never one's own: 'farmers set their fields ablaze to clear stubble'; nor a fault's: 'a fault set a generator
    # ablaze')
    r"(?:fields?|crops?|harvest|wheat|barley|orchards?|farms?|tents?|houses?|homes?|cars?|vehicles?|trucks?|tankers?|"
    r"shops?|stores?|offices?|towers?|caravans?|mawkib) (?:(?:was|were|had been) )?set (?:alight|ablaze)"
    r"(?![^.;]{0,80}\b(?:spark|fault|short[- ]circuit|accident|heat|cigarette|stubble)\b)|"
    r"(?<!\bfault )(?<!\bcircuit )(?<!\bspark )set (?:the |a |an |two |three |several )?(?:[\w'-]+ ){0,2}?"
    r"(?:fields?|crops?|harvest|wheat|barley|orchards?|farms?|tents?|houses?|homes?|cars?|vehicles?|trucks?|tankers?|shops?|stores?|offices?|"
    r"towers?|caravans?) (?:alight|ablaze)(?![^.;]{0,80}\b(?:spark|fault|short[- ]circuit|accident|stubble)\b)|"
    r"set (?:the |a |an |his |her |their |its )?(?:[\w'-]+ ){0,3}?on fire|gunned down|"
    # armed men who burned what attacks burn: 'IS militants burned two harvesters', 'gunmen torched a truck' (never
    # farmers burning their own stubble)
    r"(?:gunm[ae]n|militants|insurgents|terrorists|armed\s+men|masked\s+men|assailants|attackers)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:burned|burnt|torched)\s+(?!(?:their|its|his|no)\b)"
    r"(?:the |a |an |two |three |four |several |\d+ )?(?!(?:own|no)\b)(?:[\w'-]+ ){0,2}?"
    r"(?:harvesters?|fields?|crops?|harvest|wheat|barley|orchards?|farms?|tents?|houses?|homes?|cars?|vehicles?|"
    r"trucks?|tankers?|shops?|stores?|offices?|towers?|caravans?|generators?|tractors?)\b|"
    # (a time told between the verb and its object: 'threw, on Tuesday night, a hand grenade')
    r"(?:threw|hurled|lobbed|tossed)(?:,\s[^,.;]{1,40},)? (?:an? |two |three )?"
    r"(?:hand |home-made |homemade |improvised )?"
    r"(?:grenades?|(?:explosive|incendiary) (?:charges?|devices?)|(?:incendiary |fire ?)?bombs?|IEDs?|sound bombs?|"
    r"Molotov cocktails?|petrol bombs?)|"
    r"fired (?:\w+ )?(?:rockets?|mortars?|shells|missiles?)|"
    # a security message's shorthand: 'IED strike on IA patrol', 'SAF attack on oil police post', 'UAV strike on a
    # vehicle', 'IDF on the base'
    # (never a find: 'found an IED on a road')
    # ('SAF vs border guard post', 'IED vs PMF vehicle', 'UAS strike on 1x civ vehicle', 'ambush on PMF patrol')
    r"(?:\b(?:IED|VBIED|SVBIED|UAV|UAS|drone|RPG|sniper|mortar|rocket)s?\s+(?:strike|attack|hit|fire)|\b(?:SAF|IDF)"
    r"(?:\s+(?:attack|fire))?|\b(?:IED|VBIED|SVBIED|UAV|UAS|RPG|SAF|IDF|sniper)s?(?=\s+vs\.?\s(?!(?:IED|VBIED|UAV|UAS|RPG|drone)s?\b))|"
    r"(?<!foiled\san\s)(?<!foiled\sthe\s)(?<!thwarted\san\s)(?<!prevent\san\s)(?<!averted\san\s)(?<!\d\d\s)"
    r"\bambush(?:es)?(?=\s+(?:on|against)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:patrol|convoy|post|checkpoint|"
    r"vehicle|position|unit)s?\b))\s+(?:on|against|targeting|vs\.?)\s+(?:an?\s+|the\s+|\d+x\s+)?"
    r"(?-i:[A-Z]{2,}|[a-z][\w-]*|(?<=vs\s)[A-Z][a-z][\w-]*|(?<=vs\.\s)[A-Z][a-z][\w-]*)|"
    # armed men who stormed a place ('Masked gunmen 5 Oct stormed office of private TV channel'): never a crowd's
    r"(?:gunm[ae]n|militants|armed\s+men|masked\s+men|assailants|attackers|fighters)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:stormed|raided)\b|"
    # translated copy's present tense: 'Terrorist explosive device target an army patrol in Al-Latifiyah', 'a sticky
    # bomb explode under the car of ...'
    r"(?:explosive\s+devices?|IEDs?|sticky\s+bombs?|roadside\s+bombs?)\s+(?:target|targets|hit|hits|strike|strikes|"
    r"explode|explodes)\s+(?:on\s+|under\s+|near\s+)?(?:an?|the|two|three)\s|"
    # a suicide bomber's run, told before its toll: 'A suicide bomber drove at a checkpoint ...'
    r"suicide (?:car |truck )?bombers? (?:drove|rammed|charged|rushed|ran|walked|approached|tried|attempted)\b|"
    # 'gunmen shot a civil-society activist', 'shot two policemen outside the court'
    # (never a camera's shot: 'shot a video of the children', 'shot footage of the men')
    rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bshot {_WHOM_SHOT}|"
    # the victim as the subject: 'a polling agent was shot at his home', and without its verb where a headline or a
    # log's cell opens with it ('Polling agent shot at his home in Ranya'); never 'shot down', nor a picture's 'the
    # film was shot in Erbil', nor 'Hunters shot at a flock of birds' (the verbless form needs the victim's own place
    # or a town after it: 'shot at his home', 'shot in Basra')
    rf"\b{_VICTIM}s?\s+(?:was|were|had\s+been)\s+shot\s+(?:at|in|outside|near|on|while|as|by)\b"
    r"(?![^.;]{0,80}\b(?:video|clip|film|footage|scene|photos?|music|album|series)\b)|"
    rf"(?:(?<=\|\s)|(?<![\w\W]))(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_VICTIM}s?\s+shot\s+"
    r"(?:(?:at|outside|near|in|on)\s+(?:his|her|their)\b|in\s+(?-i:[A-Z]))|"
    # (never a sentence carried out: 'Iraq executed 21 men convicted of terrorism at Nasiriyah prison')
    rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bexecuted {_WHOM_SHOT}(?![^.;]{{0,80}}\b(?:convicted|sentenced|condemned|"
    r"death[\s-]+row|prisons?|gallows|inmates|prisoners|hang(?:ed|ing)|terrorism\s+charges|courts?)\b)|"
    # 'a hand grenade was thrown at the gate', 'a petrol bomb was hurled into the office'
    # (and in a headline's or a log's words: 'Grenade thrown at a campaign office in Penjwen')
    r"(?:grenades?|bombs?|explosive (?:charges?|devices?)|IEDs?|Molotov cocktails?) (?:(?:was|were) )?"
    r"(?:thrown|hurled|lobbed|tossed) (?:at|into|over|onto|towards?)\b|"
    r"(?:hurled|lobbed|tossed) (?:an? )?(?:hand )?(?:grenades?|bombs?|"
    r"explosive charges?|Molotov cocktails?)|"
    # force on a crowd: 'cleared the sit-in with live fire', 'dispersed protesters using live ammunition'
    # (a force's verb before it: never a drill 'using live ammunition' or a wedding 'celebrated with gunfire')
    r"\b(?:dispers\w*|clear(?:ed|ing|s)?|confront\w*|suppress\w*|crush\w*|quell\w*|broke\s+up|break(?:s|ing)?\s+up|"
    r"storm\w*|attack\w*|met|meet(?:s|ing)?|respond\w*|react\w*|target\w*|scatter\w*|drove\s+back|push\w*\s+back|"
    r"repel\w*|end(?:ed|ing)?)\b[^.;]{0,80}?"
    r"\b(?:with|using) (?:live (?:fire|ammunition|rounds|bullets)|gunfire|machine-gun fire)\b|"
    # a verdict's charge: 'convicted of abducting two lorry drivers', 'sentenced for killing a policeman'
    r"\b(?:convicted|found\sguilty|sentenced|charged|accused)\s(?:of|for)\s(?:[\w-]+\s){0,3}?(?:abducting|kidnapping|"
    r"killing|murdering|assassinating|bombing|attacking|planting)\b|"
    # a statement's reaction to the attack it names: 'UN Women is alarmed by the grenade attack on the house of a
    # candidate', 'The ministry condemned Tuesday's bombing of a market' (the place and day it gives make it a record:
    # _attack_event)
    r"\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|(?:alarmed|shocked|outraged|saddened|appalled)"
    r"\s+(?:by|at)|(?:deeply\s+)?concerned\s+(?:by|about|over))\s+(?!(?:the\s+)?(?:verbal|media|cyber|political)\s)"
    r"(?:the\s+|an?\s+|(?:yesterday|last\s+night|"
    r"\w+day)['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|shootings?|assassination|ambush|explosions?|blasts?|"
    r"killings?)\s+"
    r"(?:on|of|against|targeting|that\s+targeted|which\s+targeted)\s"
    # (never an idea or a foreign country: 'the attack on the freedom of the press', 'the attacks on Gaza', 'the
    # attack on its sovereignty')
    r"(?!(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:freedoms?|press|judiciary|"
    r"sovereignty|rights|democracy|constitution|independence|dignity|reputation|honou?r|values|principles|"
    r"Gaza|Israel|Lebanon|Syria|Yemen|Iran|Palestin\w*|Ukraine|Russia)\b)"
    r"(?![^.;]{0,120}?\b(?:in\s+(?:19|20)\d\d|years?\s+ago|anniversary)\b)|"  # (never one years back)
    # a condolence notice's words for a killing: 'by the treacherous bullets of Daesh', 'the criminal hand of terror'
    r"\bby (?:the )?(?:treacherous|criminal|cowardly|terrorist|traitorous|sinful|blind) (?:hands?|bullets|gunfire|"
    r"bombs?|shells?|explosions?) of\b|"
    # 'gunmen fired at the house', 'fired live ammunition at demonstrators', 'an attack that targeted a farm',
    # 'targeted the base with two drones', 'a post was hit by mortar fire', 'came under rocket fire'
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )fired (?:(?:live |rubber |tear[- ]gas |warning )?"
    r"(?:ammunition|rounds|bullets|shots|canisters|small[- ]arms(?: fire)?|automatic weapons|machine[- ]guns?) )?"
    r"(?:at|on|into) (?!the air\b)"
    r"(?!least\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)|"
    r"(?<!\bbe )(?<!\bbeen )targeted(?:,\s[^,.;]{1,40},)? (?:an? |the |two |three |four |\d+ )|"
    # 'two gunmen shot at the car of an activist' (never 'was shot at his gate', 'shot at close range')
    # (an armed subject before it: never 'photos shot at a wedding', 'hunters shot at a flock of birds')
    r"\b(?:gunm[ae]n|militants|assailants|attackers|insurgents|terrorists|snipers?|fighters|elements|members|"
    r"ISIS|IS|Daesh|men)\b[^.;]{0,40}?(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"
    r"\bshot at (?:the|an?|his|her|their|two|"
    r"three|four|\d+) (?!close\b|point\b|scene\b|location\b|studio\b|site\b)|"
    r"(?:was|were) (?:hit|targeted|struck|attacked|shelled|bombed) by (?:an? |the )?(?:[\w-]+ ){0,2}?"
    r"(?:rockets?|mortars?|shells?|bombs?|IEDs?|explosives?|drones?|missiles?|gunfire|(?:[\w-]+ )?fire|snipers?|"
    r"grenades?|gunmen|militants|attackers|assailants|(?:air ?)?strikes?)\b|"
    r"came under (?:heavy|sniper|rocket|mortar|machine-gun|small-arms|artillery|RPG|gun|enemy|intense|direct) fire|"
    # (bare, never words: 'the minister came under fire from lawmakers', 'came under fire over the budget')
    r"came under fire(?!\s+(?:over|for)\b)(?!\s+from\s+(?!(?:the\s+)?(?:\w+\s+)?(?:gunm[ae]n|militants|attackers|"
    r"assailants|insurgents|snipers?|IS|ISIS|Daesh|fighters|terrorists|drones?|rockets?)\b))|"
    r"came under (?:an? )?(?:[\w-]+ )?attack\b|"
    r"(?:survived|escaped) an? (?!heart\b)(?:[\w-]+ )?(?:assassination attempt|attempt on (?:his|her) life|attack|"
    r"bombing)|(?:attempted|tried) to assassinate|(?<!anniversary of )(?<!anniversary of the )assassination of|"
    r"(?:conducted|carried out|launched) an? (?:[\w-]+ ){0,2}?(?:strike|raid|attack|sabotage action)s? "
    r"(?:on|against|targeting)|"
    # a defence ministry's passive: '4 PKK terrorists who were detected by our intelligence were neutralised'
    # (the people counted are its subject: never 'an IED planted by terrorists was neutralised by the bomb squad')
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:terrorists?|militants?|guerrillas?|insurgents?)\b(?:\s+(?:who|that)\b[^.;]{0,80}?)?\s+(?:was|were)\s+"
    r"neutrali[sz]ed\b|"
    # a weapon as the subject: 'a roadside bomb hit a convoy', 'an explosive device damaged a pipeline',
    # 'a mortar round landed near a PMU headquarters'; 'launched a drone at', 'repelled an attack', 'burned crops'
    r"(?:IED|explosive device|explosive charge|bomb|mortar round|mortar shell|rocket|shell|drone|UAV|grenade|missile|"
    r"air ?strike|artillery|shelling|bombardment|Katyusha|projectile|sticky bomb|car bomb|IDF|indirect fire|VBIED)s?\b"
    r"[^.;]{0,80}?\b"
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )(?<!\bwould )(?<!\bcould )(?<!\bto )"
    r"(?:hit|hits|targeted|targets|damaged|landed|went off|struck|strikes|rocks|rocked|slammed into|crashed into|"
    r"impacted|"
    r"fell (?:on|near|inside|outside|into|onto|close to|short|(?:in|at|behind|beside|around)\s+(?:the|an?|[A-Z]))|"
    r"came down (?:on|near|inside|outside|in|at|close to)|"
    r"rained down on|"
    r"exploded|crashed (?:inside|near|on|onto)|"
    # an attack stopped on its way: 'an explosive drone heading for Harir base was shot down'
    r"(?:was|were) (?:shot down|intercepted|downed))|"
    # 'an explosive charge destroyed a telecom tower', 'a bomb blew the front gate off the house': the weapon itself
    # as the subject, close before its verb (never 'a bomb squad destroyed it')
    r"(?:IED|explosive device|explosive charge|bomb|rocket|shell|drone|grenade|missile|car bomb|sticky bomb)s?\b"
    r"(?!\s+(?:disposal|squad|technicians?|experts?|teams?|units?|makers?))"
    r"(?:\s+(?!(?:and|but|while|after|squad|team|disposal|experts?|forces|troops|police|engineers|technicians)\b)"
    r"[\w'-]+,?){0,12}?\s+"
    r"(?:destroyed|wrecked|tore\s+through|ripped\s+through|brought\s+down|blew\s+(?!up\b))|"
    # reported speech in the past perfect: 'the PKK said on Tuesday that its fighters had attacked a base on Monday'
    r"\bsaid\b[^.;]{0,60}?\bthat\b[^.;]{0,60}?\bhad (?:attacked|ambushed|killed|kidnapped|abducted|shelled|bombed|"
    r"shot)|"
    # ... with no 'that', of a blast: 'Residents of Mandali said a bomb had exploded in mid-May near the station'
    r"\bsaid\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:bomb|device|IED|car\s+bomb|grenade|rocket|mortar(?:\s+round)?|shell)"
    r"\s+had\s+(?:exploded|gone\s+off|detonated|hit|struck|landed|fallen)|"
    # an incident log's or a database's entry: '21:40 - Armed attack by terrorist elements on a police checkpoint'
    r"^\W*(?:[0-2]?\d[:.][0-5]\d\s*[-–—:]\s*)?(?:an?\s+)?(?:armed\s+|terrorist\s+|rocket\s+|mortar\s+|IED\s+|"
    r"drone\s+)?attack\s+(?:by|on|against)|"
    # headlines: 'Peshmerga killed in Kirkuk suicide blast'
    r"killed in (?:an? |the )?(?:[\w-]+ ){0,3}(?:blast|bombing|attack|explosion|ambush|air ?strike|drone strike|"
    r"clashes|shelling)|"
    r"launched (?:an? )?(?:[\w-]+ )?(?:drones?|rockets?|missiles?) (?:at|on|against)|"
    # the weapon as the passive subject: 'two explosive-laden drones were launched at the airfield'
    r"(?:drones?|rockets?|missiles?|shells|mortars?|rounds|projectiles?|Katyushas?)\b[^.;]{0,40}?\b(?:was|were) "
    r"(?:launched|fired) (?:at|on|against|towards?)\b|"
    r"blew (?:himself|herself|themselves) up|"
    # an attack named as a noun: 'the shooting of a police officer at a checkpoint', 'the abduction of two shepherds'
    # (never a verdict's or a commemoration's: 'sentenced for the killing of', 'the anniversary of the bombing of')
    r"(?<!\bfor )(?<!\bover )(?<!anniversary of )(?<!commemorat\w{3} )\bthe\s(?:(?:fatal|deadly|attempted)\s)?"
    r"(?:shooting|killing|stabbing|bombing|kidnapping|abduction|murder|shelling)\sof\s(?:an?|one|two|three|four|five|"
    r"six|\d+|the|his|her|their)\s(?!(?:year|years|day|days|month|months)\b)|"
    # ... or a report's activity line opening on it: 'A: KIDNAPPING of 2x LN contractor employees vic. Al-Mahawil'
    r"(?:^|[:\u2013\u2014]\s*)(?:kidnapping|abduction|assassination|shooting)\sof\s(?:an?|one|two|three|four|\d+x?)\s|"
    # a military report's indirect fire: 'IDF impacts vic. Baghdad International Airport', 'IDF 2x rounds vic. Daquq'
    r"\bIDF\b(?:\s+\(\d+x?\s[^()]{1,30}\)|\s+\d+x?\s+(?:[\w-]+\s+)?rounds?)?\s+(?:impacts?|vic)|"
    # people taken by force: 'Gunmen seized three shepherds', 'IS fighters raided a farmhouse, kidnapping a member'
    r"(?:gunm[ae]n|militants|armed\s+men|masked\s+men|attackers|fighters|kidnappers|abductors)\s(?:[\w-]+\s){0,3}?"
    rf"(?:seized|snatched|grabbed|took\saway|carried\soff|dragged\saway)\s(?:an?\s|the\s|two\s|three\s|four\s|\d+\s)"
    rf"(?:[\w-]+\s){{0,2}}?(?:{_VICTIM}s?|(?:police|wo)?men|children|herders|shepherds)\b|"
    # ... or took them from where they were: 'Armed men took a farmer from his orchard', 'took the two men away'
    r"(?:gunm[ae]n|militants|armed\s+men|masked\s+men|attackers|fighters|kidnappers|abductors)\s(?:[\w-]+\s){0,3}?"
    rf"(?:took|led)\s(?:an?\s|the\s|two\s|three\s|four\s|\d+\s)(?:[\w-]+\s){{0,2}}?"
    rf"(?:{_VICTIM}s?|(?:police|wo)?men|children|herders|shepherds)\s(?:away\b|from\s(?:his|her|their|the|a)\s)|"
    # (never a charge: 'arrested a gang charged with kidnapping a businessman', 'involved in kidnapping the son')
    r"(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bin )\b(?:kidnapping|abducting)\s(?:an?|the|two|three|four|\d+|his|her)\s|"
    r"repelled an? (?:\w+ )?attack|burn(?:ed|t) (?:the )?(?:crops|houses|homes|fields|farms|orchards)|"
    # a defence ministry's word for its strike: 'forces "neutralized" four PKK terrorists in the Metina region'
    # (never a running tally, 'it has "neutralised" 120 militants since April', nor a claim retold in the past perfect,
    # 'the ministry said its forces had "neutralised" two': the strike is told elsewhere, dated by when it was said)
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!has [\"'\u201c\u2018])(?<!have [\"'\u201c\u2018])(?<!had [\"'\u201c\u2018])"
    r"neutrali[sz]ed[\"'\u201d\u2019]? "
    r"(?:an? |one |two |three |four |five |six |seven |eight |nine |ten |\d+ |several )"
    r"(?:[\w-]+ ){0,2}?(?:terrorists?|militants?|fighters?|guerrillas?|members?|insurgents?)|"
    # arson: 'Fires set by suspected ISIS militants destroyed wheat fields', 'set fire to crops'
    r"fires? (?:were |was )?(?:set|started|lit) by|"
    # an attack stopped on its way: 'air defences shot down an explosive-laden drone approaching the airport'
    r"(?:shot down|intercepted|downed) (?:an? |one |two |three |\d+ )?(?:explosive-laden |bomb-laden |armed |"
    r"booby-trapped |hostile |incoming )?(?:drones?|rockets?|missiles?))\b|"
    # a post's headline without a verb: 'BREAKING: #ISIS attack on #PMF post in X tonight.', '1/3 Turkish drone attack
    # on a car near Y' (the attacker named before 'attack': never 'The attack on the base was the third')
    r"^\W*(?:(?:breaking|just\s+in|urgent|update|developing|alert|flash)\b[^\w]*)?(?:\d{1,2}/\d{1,2}\W+)?"
    r"(?:(?:an?|another|new|fresh|deadly|overnight)\s+)?(?:suspected\s+)?(?:ISIS|ISIL|IS|Daesh|PKK|Turkish|Iranian|"
    r"militia|militant|insurgent|terrorist|gunmen)\s+(?:(?:drone|rocket|mortar|IED|sniper|grenade|armed|air)\s+)?"
    r"attack\s+(?:on|against)\b"
    # (a headline of a fresh attack: never one with a verb of its own or a year, 'ISIS attack on Sinjar in 2014 still
    # haunts families', 'PKK attack on the base was repelled')
    r"(?![^.;!?]*\b(?:(?:19|20)\d\d|is|are|was|were|has|have|had|still|will|would|could|remains?|continues?|"
    r"anniversary|remembered|feared)\b)",
    re.I,
)
# A death among the wounded already counted: 'one of the wounded died in hospital', 'two of the wounded soldiers have
# since died', 'one of the two injured policemen succumbed', 'one of the wounded, a 12-year-old boy, had died'
_AMONG_WOUNDED = (
    rf"\b(?P<n>{_NUM})\sof\s(?:the|those)\s(?:(?:{_NUM}\s)?(?:wounded|injured)(?:\s[\w-]+){{0,2}}?"
    r"(?:,[^,.;]{1,40},)?\s(?:has\s|had\s|have\s)?(?:(?:later|since|then|also|subsequently)\s)?"
    r"(?:died|succumbed|passed\saway)|"
    # ... or of those counted, by the wounds: 'one of the three had died of his wounds' (a bare count: never 'one of
    # the victims', 'two of the militants')
    rf"{_NUM}\s(?:has\s|had\s|have\s)?(?:(?:later|since|then|also|subsequently)\s)?"
    r"died\sof\s(?:his|her|their)\s(?:wounds|injuries))\b|"
    # ... or some of them, named by what they were, as the reason a toll rose: 'rose to three after a wounded soldier
    # died in hospital', '... after a man wounded in the blast died', 'when two critically injured policemen died'
    # (never 'a soldier died', never an attacker; a sentence of its own, 'A fighter who was wounded in the attack
    # died', may explain a toll already risen)
    rf"(?:(?<=\bafter\s)|(?<=\bwhen\s))(?P<one>an?|another|{_NUM})\s+"
    r"(?!(?:[\w-]+\s+)?(?:gunm[ae]n|militants?|attackers?|bombers?|assailants?|insurgents?)\b)"
    r"(?:(?:(?:critically|seriously|badly|gravely|severely|lightly)\s+)?(?:wounded|injured)\s+(?:[\w-]+\s+){1,2}?|"
    r"(?:[\w-]+\s+){1,2}?(?:who\s+(?:was|were|had\s+been)\s+)?(?:wounded|injured)\s+in\s+"
    r"(?:the|that|this|yesterday's|[A-Z][a-z]+day's|the\s+earlier)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:blast|attack|explosion|bombing|shooting|ambush)\s+(?:on\s+(?:the\s+)?[\w-]+\s+)?)"
    r"(?:has\s+|had\s+|have\s+)?(?:(?:later|since|then|also|subsequently)\s+)?(?:died|succumbed|passed\s+away)\b"
)
WOUNDED_DIED = sieve(_AMONG_WOUNDED, re.I)
# A later, revised toll of the attack just told ("the toll rose to 11", "a hospital source put the number of wounded
# at 55"): it updates that incident, and the latest figure wins.
REVISION = sieve(
    rf"{_AMONG_WOUNDED}|"
    rf"\b{_RISEN_TO}\b|\b(?:toll|number of (?:wounded|injured))\s(?:has\s|had\s)?"
    r"(?:(?:later|since|then|subsequently|now)\s)?(?:rose|risen|climbed|increased|jumped|mounted|grew)\sto\b|"
    r"\b(?:raising|raised|revised|bringing|brought|taking|took|pushing)\sthe\s(?:[\w-]+\s)?(?:death\s)?toll\b|"
    r"\b(?:raising|raised|bringing|brought|taking|took|pushing)\sthe\s(?:number\sof\s)?(?:wounded|injured)\sto\b|"
    # 'Latest from Jalawla hospital: 2 killed, 3 injured', 'Latest figures: ...'
    r"\blatest\s+(?:from|figures?|tolls?|counts?|info(?:rmation)?|update|numbers?)\b|"
    # 'With the passenger's death, both men in the car are now dead', 'three of the wounded have since died'
    r"\b(?:are|is)\s+now\s+dead\b|\b(?:have|has)\s+since\s+died\b|"
    # 'An eighth victim, a teenage boy, died of his wounds': the toll is now eight
    rf"\b(?:an?|the)\s(?:{_ORDINALS})\s(?:victim|person|casualty|man|woman|child|soldier|policeman|fighter)\b|"
    r"\b(?:corrected|revised|lowered|adjusted|amended) (?:the |their |its |that )?(?:death )?"
    r"(?:figure|toll|number|count)\b|"
    # 'In a corrected statement it said two were killed', 'an updated bulletin put ...', 'its revised figures', 'a
    # follow-up statement'
    r"\b(?:an?|its|their|the|his|her)\s(?:(?:later|second|new|subsequent)\s)?(?:corrected|revised|updated|amended|"
    r"follow-up|subsequent)\s(?:press\s)?(?:statements?|figures?|counts?|tolls?|tall(?:y|ies)|reports?|bulletins?|"
    r"casualty\slists?|lists?|releases?)\b|"
    # 'The first toll spoke of six killed. The directorate corrected it: ...'
    r"\b(?:corrected|revised|amended|updated)\s(?:it|this|that)\s*[:;,]|"
    r"\bput the (?:death toll|toll|dead|killed|wounded|injured|number of (?:dead|deaths|killed|wounded|injured|"
    r"casualties)) at\b|"
    # 'the dead numbered seven', 'raised the count of the dead to twelve', 'bringing the dead to three'
    r"\bthe (?:dead|death toll|fatalities) (?:numbered|totall?ed|stood at|came to)\b|"
    r"\b(?:rais(?:ed|ing)|br(?:ought|inging)|t(?:ook|aking)|push(?:ed|ing))\sthe\s(?:(?:count|number|tally)\sof\s"
    r"(?:the\s)?)?(?:dead|killed|fatalities|wounded|injured)\sto\b|"
    # 'The health directorate later confirmed six killed': a later, firmer count of the attack just told
    r"\blater\s+(?:confirmed|put|gave|updated|revised|raised|lowered|corrected|said|reported|announced|stated)\b|"
    # 'By morning the health directorate confirmed nine dead'
    r"\bconfirmed\s+(?:\S+\s+){1,2}?(?:dead|killed|deaths|fatalities|martyrs)\b|"
    # 'the police figure had been raised to five dead', 'the count stands at five killed', 'putting the toll at two',
    # 'revised the dead down to five', 'the wounded now number ten'
    r"\b(?:figure|count|toll|tally|number)s?\s(?:of\s(?:the\s)?\w+\s)?(?:had\s|has\s|have\s|was\s|were\s)?(?:been\s)?"
    r"(?:raised|revised|lowered|increased|corrected|updated|brought|adjusted)\s(?:(?:up|down|upwards?|downwards?)\s)?"
    r"to\b|"
    r"\b(?:count|toll|tally|figures?)\s(?:of\s(?:the\s)?(?:[\w-]+\s){1,3}?)?(?:now\s|so far\s|thus(?: far)?\s|"
    r"therefore\s|currently\s)?(?:stands?|stood)\sat\b|"
    # 'so the toll is one dead and no wounded', 'the toll is now three killed', 'the final toll was two dead' (never a
    # toll told once: 'sources said the total toll was 11 dead')
    rf"(?:\bso\s+the\s+|\b(?:final|updated|new|revised|latest|corrected)\s+)(?:death\s)?toll\s(?:of\s(?:the\s)?"
    rf"(?:[\w-]+\s){{1,3}}?)?(?:is|was)\s(?:now\s)?(?:{_NUM}|an?|no)\s(?:[\w-]+\s)?(?:dead|killed|wounded|injured)\b|"
    rf"\b(?:death\s)?toll\s(?:of\s(?:the\s)?(?:[\w-]+\s){{1,3}}?)?(?:is|was)\snow\s(?:{_NUM}|an?|no)\s(?:[\w-]+\s)?"
    r"(?:dead|killed|wounded|injured)\b|"
    # a running file's later version ('v2: the farmer died of his injuries', 'v3: ... a dozen people were wounded in
    # all'), a total told as such ('were wounded in all')
    # (a later version's line that tells a toll and no attack of its own: never 'v2: Gunmen killed a farmer in
    # Amerli', nor 'V2 - armoured vehicles')
    r"(?:^|(?<=\n))\W*v(?:ersion\s?)?(?:[2-9]|1\d)\s*[:\u2013\u2014-]\s"
    r"(?=[^\n]{0,150}\b(?:toll|dead|died|killed|wounded|injured|hurt|deaths?|casualt\w+)\b)"
    r"(?![^\n]{0,200}\b(?:gunm[ae]n|attacked|ambushed|exploded|detonated|shelled|fired|struck|planted|stormed|abducted|"
    r"kidnapped|bomb|shot)\b)|"
    r"\b(?:were|was)\s(?:killed|wounded|injured|hurt)\sin\s(?:all|total)\b(?!-|\s+of\b)|"
    r"\bputting\sthe\s(?:death\s)?(?:toll|count|tally)\sat\b|\bput(?:ting|s)?\sit\sat\s(?:\d|[a-z]+\b)|"
    r"\b(?:revis|lower|rais|adjust|correct)(?:ed|ing)\sthe\s(?:dead|killed|wounded|injured|figures?|count)\s"
    r"(?:(?:up|down|upwards?|downwards?)\s)?to\b|"
    r"\bthe\s(?:dead|wounded|injured)\s(?:\w+\s)?now\snumber\b|"
    # 'By midnight the health directorate said the 11 casualties comprised four dead', 'The final figure: ...'
    r"\bby\s+(?:midnight|dawn|nightfall|noon|morning|evening|the\s+(?:next|following)\s+(?:morning|day)|"
    r"the\s+end\s+of\s+the\s+day|late\s+(?:evening|night))\b[^.;]{0,80}?\b(?:said|put|confirmed|reported|"
    r"announced|gave|counted|stood|had\s+risen|rose)\b|"
    r"\b(?:the|a|its|their)\s+(?:final|latest|updated|revised|last|definitive)\s+(?:casualty\s+|death\s+)?"
    r"(?:figure|toll|count|tally)s?\b",
    re.I,
)
# A toll the report gives as superseded, told apart from the latest one ('An earlier toll had given four dead', 'Police
# had initially said three were killed', 'First reports spoke of two dead', 'The agency had reported on Monday that two
# soldiers were killed in the attack', 'earlier figures of two injured were later updated'): a figure of the attack
# just told that never replaces its latest figure (see earlier_toll_only)
EARLIER_TOLL = sieve(
    r"\b(?:earlier|initial|first|previous|preliminary|original|provisional)\s+(?:[\w-]+\s+){0,2}?(?:tolls?|"
    r"figures?|counts?|tall(?:y|ies)|reports?|reporting|estimates?|accounts?|numbers?|statements?|bulletins?|"
    r"info(?:rmation)?)\b|"
    r"\b(?:had|have|has)\s+(?:initially|earlier|first|previously|originally|at\s+first)\s+(?:said|reported|stated|"
    r"announced|put|given|spoken|counted|claimed|listed|told)\b|"
    r"\b(?:initially|at\s+first|originally|previously)\s+(?:said|reported|stated|announced|put|gave|spoke|counted|"
    r"claimed|listed|told)\b|"
    # 'Initially, two soldiers were reported killed.', 'two were at first reported dead', 'Three were initially
    # thought to have died'
    r"^\W*(?:initially|at\s+first|originally),?\s+(?:[\w-]+\s+){1,4}?(?:were|was|had\s+been)\s+(?:reported|said|"
    r"thought|believed|listed)\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|died|wounded|injured|hurt)\b|"
    r"\b(?:were|was|had\s+been)\s+(?:initially|at\s+first|originally|first)\s+(?:reported|said|thought|believed|"
    r"listed)\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|died|wounded|injured|hurt)\b|"
    r"\bhad\s+(?:reported|said|stated|announced|spoken\s+of|given|put)\b(?:\s+[\w-]+){0,4}?\s+that\b|"
    # a past perfect report of a toll, with no later one beside it: 'police had reported one dead and six injured',
    # 'the army had reported two soldiers killed'
    r"\bhad\s+(?:reported|announced|given|counted|listed|recorded)\s+(?:(?:only|just|a\s+toll\s+of)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dead|killed|deaths?|fatalit(?:y|ies)|wounded|injured|casualties|hurt)\b",
    re.I,
)


# A breakdown of the victims already counted ("Two of the dead were children", "among them three policemen"): part
# of the incident just told, never a new one, and never its total.
BREAKDOWN = sieve(
    r"\b(?:of|among) (?:the|those) (?:dead|killed|wounded|injured|victims|casualties)\b|\bamong (?:them|the victims)\b",
    re.I,
)
AGGREGATE = sieve(
    r"\b(?:two|three|separate|twin) (?:separate )?attacks\b|"
    # a tally over a period or the whole country: 'Since October 1 over 260 protesters have been killed', 'More than
    # 30 activists have been assassinated across Iraq since ...', '... so far this year', 'during the same period'
    r"\b(?:have|has)\s+been\s+(?:[\w-]+\s+)?(?:killed|assassinated|murdered|wounded|injured|kidnapped|abducted|"
    r"targeted|attacked)\b[^.;]{0,80}?\b(?:since|so\s+far|to\s+date)\b|"
    r"\b(?:since|so\s+far\s+this)\b[^.;]{0,60}?\b(?:have|has)\s+been\s+(?:[\w-]+\s+)?(?:killed|assassinated|"
    r"murdered|wounded|injured|kidnapped|abducted)\b|"
    r"\b(?:across|throughout|nationwide\s+in)\s+(?:the\s+country|Iraq|the\s+nation)\b[^.;]{0,60}?\b(?:since|so\s+far|"
    r"this\s+year|in\s+recent\s+(?:weeks|months))\b|"
    r"\b(?:during|in|over|within)\s+the\s+same\s+(?:period|week|month|days|time(?:frame)?)\b|"
    # 'More than 400 people have died in protest-related violence since October', '62 IS leaders had been killed in
    # operations during the year'
    r"\b(?:have|has|had)\s+(?:[\w-]+\s+)?died\b(?!\s+(?:of|from)\s+(?:their|his|her)\s+(?:wounds|injuries))[^.;]{0,80}?\b(?:since|so\s+far|to\s+date)\b|"
    r"\b(?:have|has|had)\s+been\s+(?:[\w-]+\s+)?(?:killed|assassinated|murdered|wounded|injured|kidnapped|abducted)\b"
    r"[^.;]{0,80}?\b(?:during|over|in|throughout)\s+the\s+(?:past\s+|last\s+|whole\s+)?(?:year|month|quarter)\b|"
    # a campaign's or a record's toll over years: 'In its more than 35-year terror campaign ... the deaths of more than
    # 40,000 people', 'The observatory records the deaths of 100 media workers since 2006'
    r"\b(?:\d+|[a-z]+)[- ](?:year|decade)(?:-long)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:campaign|insurgency|conflict|war|struggle)\b|"
    r"\bdeaths\s+of\s+[^.;]{0,60}?\bsince\b|"
    # a monitor's count over a month or the country: 'UNAMI recorded 47 civilian casualties (19 killed, 28 injured)
    # across Iraq', 'documented 12 incidents nationwide'; 'more than 400 protesters were killed after October 2019'
    r"\b(?:recorded|documented|registered|counted|verified|logged)\s+(?:at\s+least\s+|some\s+|more\s+than\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+){0,2}?(?:casualties|deaths|killings|incidents|attacks|victims)\b[^.;]{0,60}?\b(?:across|throughout|"
    r"nationwide|in\s+all\s+of|compared\s+(?:with|to))\b|"
    r"\b(?:more\s+than|over|at\s+least)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+"
    r"(?:killed|assassinated|wounded|injured)\s+(?:after|since)\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|"
    r"\b(?:records?|recorded|counts?|counted|documents?|documented|registers?|registered|lists?|listed)\s+the\s+"
    r"(?:deaths|killings|murders)\s+of\b|"
    # a campaign told over months, not one attack: 'Turkiye has intensified its drone strikes on PKK targets ... over
    # the past months', 'attacks have increased in recent weeks'
    r"\b(?:has|have|had)\s+(?:[\w-]+\s+)?(?:intensified|stepped\s+up|escalated|increased|surged|grown|risen)\b"
    r"[^.;]{0,100}?\b(?:over|in|during|across)\s+(?:the\s+)?(?:past|last|recent|previous)\s+(?:few\s+|several\s+)?"
    r"(?:days|weeks|months|years)\b|"
    r"\b(?:so\s+far\s+this|since\s+the\s+(?:start|beginning)\s+of\s+the)\s+(?:year|month|week)\b|"
    # the rest of a review's items told together: 'The other incidents were harassing fire and IEDs'
    r"\bthe\s+(?:other|remaining)\s+(?:\w+\s+)?(?:incidents|attacks|events|ones)\s+(?:were|was|included|involved|"
    r"caused|consisted)\b|\bthe\s+rest\s+of\s+the\s+(?:incidents|attacks)\b|"
    # an old attack remembered: 'to mark the tenth anniversary of the killing of some 1,700 cadets'
    r"\b(?:mark(?:s|ed|ing)?|commemorat\w+|observ\w+|remember\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?anniversary\s+of\b|"
    # ... or retold by a work: 'A new Iraqi feature film recounts the massacre of cadets at Camp Speicher', 'the
    # documentary revisits the 2016 Karrada bombing'
    r"\b(?:film|movie|documentary|docudrama|book|novel|memoir|play|drama|(?:TV\s+|web\s+)?series|exhibition|podcast)s?"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:recounts?|depicts?|portrays?|retells?|revisits?|dramati[sz]es|reconstructs?|"
    r"recreates?|chronicles?|tells\s+(?:the\s+)?(?:story|stories)\s+of)\b|"
    # a tally over a period: 'Tdh counted 23 children injured ... during the third quarter'
    # (the period named with 'the' or its order: never 'the deadliest attack in years')
    r"\b(?:counted|recorded|documented|registered|verified)\s(?:at\sleast\s)?\d+\s[^.;]{0,100}?\b(?:during|in|over|"
    r"throughout|since)\s(?:the\s(?:(?:first|second|third|fourth|last|past|previous)\s)?|"
    r"(?:first|second|third|fourth|last|past|previous)\s)(?:quarter|month|year|half|period|weeks?|months|years)\b",
    re.I,
)
RELATIVE_SPLIT = sieve(
    r"\b(?:a|one|two|three|four|five|six|\d+) (?:day|days|week|weeks) (?:after|before)\b"
    # 'a day before Eid al-Adha', 'two days before the parliamentary elections': when, not another attack
    r"(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:Eid|Ramadan|Christmas|Easter|Nowruz|Newroz|Ashura|Arbaeen|Arba'een|"
    r"elections?|vote|polls|holiday|festival|anniversary|visit|ceremony|deadline|start|end|opening)\b)",
    re.I,
)


def _to_int(token: str) -> int | None:
    token = token.lower().strip()
    if token in _WORD_NUM:
        return _WORD_NUM[token]
    if (compound := compound_value(token)) is not None:
        return compound
    if token.replace(",", "").isdigit():
        return int(token.replace(",", ""))
    return None


def wounded_who_died(text: str) -> int | None:
    """How many of the wounded already counted died ('two of the wounded died in hospital' -> 2), or None."""
    m = WOUNDED_DIED.search(text)
    if m is None:
        return None
    if m.group("one"):
        return _to_int(m.group("one")) or 1  # 'a', 'another': one
    return _to_int(m.group("n"))


def _count(m: re.Match[str]) -> Count:
    qual = (m.group("q") or "").strip().lower()
    raw = m.group("n") or m.groupdict().get("n1") or ""
    text = f"{qual} {raw}".strip()
    if raw.lower() in _VAGUE:
        low, high = _VAGUE[raw.lower()]
        return Count(low=low, high=high, text=text)
    one = raw.lower() in ("a", "an", "another", "one other", "a second", "a third", "a fourth", "a fifth")
    n = 1 if one else _to_int(raw)
    text = "1" if one else text
    if n is None:  # the pattern only matches numbers it can read; kept as an unknown figure if that ever changes
        return Count(low=None, high=None, text=text)
    if qual in ("at least", "over", "more than", "some"):  # 'more than 100': the figure reported is 100, as coded
        return Count(low=n, high=None, text=text)
    if qual == "up to":
        return Count(low=None, high=n, text=text)
    return Count(low=n, high=n, text=text)


KILLED_OR_WOUNDED = sieve(
    rf"\b{_NUM}\s(?:[\w-]+\s){{0,3}}?(?:killed|dead)\s?(?:,|/|or|and)\s?(?:injured|wounded)\b(?!\s+{_NUM})|"
    r"\b(?!)",  # (a lump without a number says nothing either way)
    re.I,
)


# Every figure pattern needs one of these stems (the victims-in-words and no-casualty ones too).
_MAYBE_FIGURE = sieve(
    r"(?i:kill|dead|death|die|slain|lives|perish|wound|injur|hurt|casualt|fatalit|shot|toll|assassinat|unharm|damage|"
    r"martyr|fallen|treat|hospitali|losses|harm|victim|nobody|no one|gunned|\blife\b|\bkia\b|\bwia\b|"
    r"\bleft\b|leaving|put(?:ting|s)?\s+it\s+at|bodies|arrival|"
    # condolence notices, hospitals, and no harm told in other words ('walked away unscathed', 'no one was hit')
    r"mourn|\blord\b|mercy|taken from us|hospital|admitted|scratch|unscathed|uninjur|unhurt|spared|affected|"
    r"\bhit\b|\bneither\b|\bnone\b|property|intensive care|"
    # 'executed a father and his son', 'was fatally hit', 'torn apart', 'grazed by fragments', 'needed stitches'
    r"execut|fatal|torn|blown|grazed|stitches|bullet|\brounds\b|struck\s+by|\btook\s+an?\s|\bburns\b|\blost\b|condition|\bnear\b|"
    # a death or an injury in other words: 'fell', 'murdered', 'did not survive', 'his body', 'cuts', 'zero'
    r"\bfell\b|\bmow|murder|slaughter|massacr|behead|decapitat|lynch|to\s+death|pronounced|succumb|surviv|passed\s+away|"
    r"\bmet\s|bod(?:y|ies)|corpses|remains|\bcuts\b|bruis|fractur|laceration|concussion|shrapnel|broken|shattered|"
    r"dislocated|\bzero\b|"
    # transliterated Arabic and Kurdish tolls: 'shuhada', 'shaheed', 'şehîd', 'jarha', 'brindâr'
    r"shuhada|shahee?d|shahid|şehîd|sehid|jarh|jarih|jaree|brind|birînd|"
    # a security message's shorthand: 'no cas', 'nil cas'
    r"\bcas\b)"
)


_WITH_THE_BOMBERS = sieve(
    rf"(?<!\bnot )(?<!\bwithout )\b(?:including|among them|counting)\s(?:the\s)?(?:({_NUM})\s)?(?:suicide\s)?"
    r"(?:bombers?|attackers?|assailants?)\b",
    re.I,
)
_LATER_SAID = sieve(
    # 'A toll given on the night, one dead, was revised the next morning: three dead and 12 injured'
    r"\b(?:was|were|has\sbeen|had\sbeen)\s(?:later\s|then\s|subsequently\s)?(?:revised|corrected|updated|amended)\b"
    r"[^.;:]{0,40}?:|"
    r"\b(?:initially|at first|first)\s(?:[\w-]+\s){0,4}?(?:said|reported|put|gave|announced|counted)\b[^.;]{3,100}?"
    r"\b(?:but|however)\b(?:[^.;]{0,60}?\blater\b)?|"
    # a correction: 'this article originally said three drivers were wounded; the clinic says two drivers ...'
    r"\b(?:originally|initially|at first|wrongly|mistakenly|erroneously|incorrectly)\s(?:[\w-]+\s){0,3}?"
    r"(?:said|reported|stated|gave|put|spoke of)\b[^.;]{3,100}?(?:;|\b(?:but|however)\b)|"
    # 'The ministry first reported one person killed; a spokesman later said three ...' (never 'the first reported')
    r"(?<!\bthe )(?<!\ba )(?<!\bits )\bfirst\s(?:said|reported|stated|gave|put|spoke of|announced)\b[^.;]{3,100}?"
    r"(?:;|\b(?:but|however|then|later)\b)|"
    # the toll the sentence ends on: 'five people were wounded, one of whom died; the toll thus stands at one dead and
    # four wounded'
    r"\b(?:wounded|injured|killed|dead)\b[^.]{0,200}?[;,]\s*(?:so\s+|and\s+)?(?=the\s+(?:death\s+)?(?:toll|count|tally)\s+"
    r"(?:now\s+|thus\s+(?:far\s+)?|therefore\s+|currently\s+)?(?:stands?|stood)\s+at\b)",
    re.I,
)
# A figure a later one replaced, told beside it: 'nine were hurt, correcting a first figure of eight injured'
_SUPERSEDED = sieve(
    r",?\s*\b(?:correcting|revising|replacing|amending|updating|superseding)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:first|earlier|initial|previous|original|preliminary)\s+(?:figure|count|toll|tally|report|estimate)s?\s+"
    # 'of two dead', 'from security sources that three fighters had been killed'
    r"(?:of|(?:from\s+[^,.;]{1,40}?\s+)?that)\s+[^,.;]{1,60}|"
    # '..., after earlier reports had spoken of two dead', '..., while initial figures put the dead at four'
    r",?\s*\b(?:after|while|whereas|although|though|but|as)\s+(?:some\s+)?(?:earlier|initial|first|previous|"
    r"preliminary|early|original)\s+(?:[\w-]+\s+)?(?:reports?|figures?|counts?|tolls?|tall(?:y|ies)|estimates?|"
    r"accounts?)\s+(?:had\s+|have\s+)?(?:spoken\s+of|said|put|given|gave|reported|mentioned|cited|indicated|"
    r"suggested|claimed)\b[^.;]{1,60}",
    re.I,
)
# 'nine people were lightly hurt and two seriously': both counted
_HOW_BADLY = r"(?:lightly|slightly|moderately|mildly|seriously|critically|badly|severely|gravely)"
_WOUNDED_TWO_WAYS = sieve(
    rf"\b(?P<a>{_NUM})\s(?:[\w-]+\s){{0,2}}?(?:were|was)\s{_HOW_BADLY}\s(?:hurt|wounded|injured)\s(?:and|while)\s"
    rf"(?P<b>{_NUM})\s(?:others?\s)?(?:(?:were|was)\s)?{_HOW_BADLY}(?:\s(?:hurt|wounded|injured))?\b"
    r"(?!\s+(?:killed|dead|died))",
    re.I,
)
_NTH_VICTIM = sieve(
    rf"\b(?:an?|the)\s({_ORDINALS})\s(?:victim|person|casualty|man|woman|child|soldier|policeman|fighter)\b"
    r"(?:,[^,.;]{1,40},)?\s(?:also\s|later\s|has\s|had\s)?(?:died|succumbed|passed away|was pronounced dead)\b",
    re.I,
)

# A telegraphic note drops the article: 'Roadside bomb 17 Aug killed local Popular Mobilisation Forces (PMF)
# commander', 'gunmen 14 Jan shot and wounded prominent activist in Kufa' (one victim: the noun is singular; the words
# between are a name's or an adjective's, never a clause's: 'killed when gunmen attacked a farmer' is no such victim)
_BARE_GAP = (
    r"(?:(?!(?:in|on|at|when|while|after|as|by|and|or|an?|the|near|of|with|from|to|for|during|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|dozens|scores|many|some|\d+)\b)[\w'\u2019()-]+\s){0,5}?"
)
# ... and the victim alone: never a noun of a plural group ('killed Peshmerga soldiers') nor one of several ('killed
# PKK commander and two fighters')
_ONE_ALONE = (
    r"(?!\s+(?:[\w-]+s|men|people|children|personnel)\b)"
    r"(?!\s*(?:,|and|or)\s+(?:an?\s+|one\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|other|"
    r"his|her|their|a\s+number)\b)"
)
_KILLED_IN_WORDS.append(
    (
        re.compile(
            rf"\b(?:killed|killing|shot\sdead|shooting\sdead|gunned\sdown|assassinated)\s{_BARE_GAP}{_VICTIM}\b"
            rf"(?![\w-]){_ONE_ALONE}",
            re.I,
        ),
        1,
    )
)
_WOUNDED_IN_WORDS.append(
    (
        re.compile(
            rf"\b(?:wounded|wounding|injured|injuring)\s{_BARE_GAP}{_VICTIM}\b(?![\w-]){_ONE_ALONE}",
            re.I,
        ),
        1,
    )
)


# figures() tries these on every sentence that names a casualty word, each only where its words are (see
# assistant.language.sieve: a quick test that skips only searches that would find nothing)
_KILLED_SIEVES = sieved(_KILLED)
_WOUNDED_SIEVES = sieved(_WOUNDED)
_KILLED_IN_WORDS_SIEVES = [(Sieve(p), n) for p, n in _KILLED_IN_WORDS]
_WOUNDED_IN_WORDS_SIEVES = [(Sieve(p), n) for p, n in _WOUNDED_IN_WORDS]


_TIMES = re.compile(r"\b(\d{1,3})[xX]\s")


# A zero that names only bystanders ('No civilians were harmed', 'none of the passers-by was hurt', 'no civilian
# casualties'): it says nothing of the soldiers or police an attack hit
BYSTANDERS_UNHURT = re.compile(
    r"\b(?:no|none\s+of\s+the|not\s+a\s+single)\s+(?:other\s+)?(?:civilians?|passers?-?by|passersby|bystanders?|"
    r"pedestrians?|shoppers?|worshippers?|residents?|locals?|villagers?|motorists?)\b",
    re.I,
)


# ... the whole of such a zero, to read what else a sentence says ('no civilians were harmed', 'none of the
# passers-by was hurt', 'no civilian casualties'); never one that names others beside them ('no civilians or
# soldiers were hurt')
BYSTANDER_ZERO = re.compile(
    r"\b(?:no|none\s+of\s+the|not\s+a\s+single)\s+(?:other\s+)?(?:civilians?|passers?-?by|passersby|bystanders?|"
    r"pedestrians?|shoppers?|worshippers?|residents?|locals?|villagers?|motorists?)\s+(?:(?:was|were|had\s+been|"
    r"have\s+been|has\s+been)\s+)?(?:\w+\s+)?(?:hurt|harmed|injured|wounded|killed|touched|affected)\b|"
    r"\bno\s+civilian\s+(?:casualties|deaths|injuries)\b",
    re.I,
)


def figures(text: str) -> tuple[Count | None, Count | None]:
    """(killed, wounded) stated in a clause, or None for each figure not given."""
    if text.isupper():
        # a wire's or a channel's headline in capitals ('... EXPLODES IN ABU AL-KHASIB, WOUNDING HIM AND HIS SON'):
        # read as written in lower case, as the words' patterns are
        text = text.lower()
    if not _MAYBE_FIGURE.search(text):
        return None, None  # no casualty word at all: most sentences of a long report
    if (later := _LATER_SAID.search(text)) is not None:
        # 'Police initially said nine were killed, but the governor later said six had died': the later figure
        k, w = figures(text[later.end() :])
        if k is not None or w is not None:
            k0, w0 = figures(text[: later.start()])
            return k or k0, w or w0
    text = _SUPERSEDED.sub(" ", text)
    text = _TIMES.sub(r"\1 ", text)  # a military report's count: '1x IA KIA, 2x IA WIA', '2x LN'
    text = _PLUS.sub(r"at least \1 ", text)  # '20+ WIA', '3+ killed': at least that many
    text = _PLUS_FIELD.sub(r"\1at least \2", text)  # 'Killed: 20+'
    text = _DENIED.sub(" ", text)  # 'We found no record of 20 deaths': a toll ruled out is no figure
    text = _RUNNING_TALLY.sub(" ", text)  # 'has documented 424 deaths ... since 1 October': a period's tally
    if (nth := _NTH_VICTIM.search(text)) is not None:  # 'An eighth victim died of his wounds': eight in all
        n = _ORDINAL[nth.group(1).lower()]
        k, w = figures(text[: nth.start()] + " " + text[nth.end() :])
        if k is None and w is not None and w.low == w.high == n - 1:
            # 'put the wounded at six, and said a seventh soldier had died': the ordinal counts the casualties, so
            # the dead are the one it names, not seven
            return Count(low=1, high=1, text=nth.group(0)), w
        return Count(low=n, high=n, text=nth.group(1)), w
    if none := _NO_CASUALTIES.search(text):
        # 'Gunmen killed two policemen, harming no one else': the figure told stands; the rest are none
        k, w = figures(text[: none.start()] + "; " + text[none.end() :])
        zero = Count(low=0, high=0, text="no casualties")
        return (k or zero, w or zero) if (k is not None or w is not None) else (zero, zero)
    text = KILLED_OR_WOUNDED.sub(" ", text)  # '26 killed, injured': dead and wounded together, neither figure alone
    # 'one of the two wounded soldiers died': a death among those counted (the extractor adds it), never 'two ... died'
    text = WOUNDED_DIED.sub(" ", text)
    # 'four other people, including two civilians, were wounded': the aside names part of the figure, not the figure
    text = _ASIDE.sub("", text)
    # 'the presenter, who was walking towards the car, was slightly injured': the aside is no part of the figure
    text = _WHO_ASIDE.sub("", text)
    text_wo_attacker = _ATTACKER.sub("", text)
    no_deaths = _NO_DEATHS.search(text_wo_attacker)
    if no_deaths:  # 'No one was killed': never read 'one was killed' out of it
        text_wo_attacker = text_wo_attacker[: no_deaths.start()] + " " + text_wo_attacker[no_deaths.end() :]
    if no_wounded := _NO_WOUNDED.search(text_wo_attacker):  # 'no one was reported wounded': never 'one ... wounded'
        text_wo_attacker = text_wo_attacker[: no_wounded.start()] + "; " + text_wo_attacker[no_wounded.end() :]
    killed, wounded = _listed(_KILLING, text_wo_attacker), _listed(_WOUNDING, text_wo_attacker)
    killed = killed or _listed_subject(_KILLED_AFTER_LIST, text_wo_attacker)
    wounded = wounded or _listed_subject(_WOUNDED_AFTER_LIST, text_wo_attacker)
    s = _SUM.search(text_wo_attacker)
    if s and killed is None:
        nums = [_to_int(t) for t in re.findall(_NUM, s.group(0), re.I)]
        total = sum(n for n in nums if n is not None)
        killed = Count(low=total, high=total, text=str(total))
    killed = killed or _range(_KILLED_RANGE, text_wo_attacker)
    wounded = wounded or _range(_WOUNDED_RANGE, text_wo_attacker)
    for pat in _KILLED_SIEVES:
        if killed is None and (m := pat.search(text_wo_attacker)):
            killed = _count(m)
    if wounded is None and (two := _WOUNDED_TWO_WAYS.search(text_wo_attacker)):
        a, b = _to_int(two.group("a")), _to_int(two.group("b"))
        if a is not None and b is not None:
            wounded = Count(low=a + b, high=a + b, text=str(a + b))
    for pat in _WOUNDED_SIEVES:
        if wounded is None and (m := pat.search(text_wo_attacker)):
            wounded = _count(m)
    killed = killed or _in_words(_KILLED_IN_WORDS_SIEVES, text_wo_attacker)
    if killed is None and _MOURNED_ONE.search(text_wo_attacker):
        killed = Count(low=1, high=None, text="1")  # the one mourned, and perhaps more told elsewhere
    told = killed.exact() if killed is not None else None
    if told and (bombers := _WITH_THE_BOMBERS.search(text)):
        # 'Nine people were killed, including the bomber': eight victims
        attackers = _to_int(bombers.group(1)) if bombers.group(1) else 1
        if attackers is not None and told > attackers:
            killed = Count(low=told - attackers, high=told - attackers, text=str(told - attackers))
    if killed is None and _NO_DEATHS.search(text):  # 'there were no deaths' when no death is counted elsewhere
        killed = Count(low=0, high=0, text="no deaths")
    wounded = wounded or _in_words(_WOUNDED_IN_WORDS_SIEVES, text_wo_attacker)
    if wounded is None and _NO_WOUNDED.search(text):
        wounded = Count(low=0, high=0, text="no wounded")
    if killed is None and wounded is None and _UNHARMED.search(text):
        return Count(low=0, high=0, text="unharmed"), Count(low=0, high=0, text="unharmed")
    if (
        killed is None
        and (shot := _SHOT_DEAD_PARTICIPLE.search(text))
        and not _OTHER_HARM.search(
            _NO_WOUNDED.sub(" ", _NO_DEATHS.sub(" ", text[: shot.start()] + " " + text[shot.end() :]))
        )
    ):
        killed = Count(low=1, high=1, text="1")  # 'the family of a police officer shot dead at a checkpoint'
    if killed is None and _ALL_SURVIVED.search(text):
        killed = Count(low=0, high=0, text="survived")  # 'wounding both; both survived': no one died
    if (survived := _SURVIVED.search(text)) is not None:
        # 'He survived, lightly wounded in the hand': the one attacked lived, wounded where the words say so (how many
        # died is left unsaid: 'he survived' may leave others dead)
        if wounded is None and survived.group("hurt"):
            wounded = Count(low=1, high=1, text="1")
    if killed is not None and wounded is None and _UNHARMED.search(text):
        wounded = Count(low=0, high=0, text="unharmed")  # 'killing the driver; his companion escaped unhurt'
    return killed, wounded


_PLUS = re.compile(
    r"(?<![\d.,])(\d{1,4})\+\s*(?=(?:[A-Za-z-]+\s+){0,2}?(?:WIA|KIA|killed|dead|wounded|injured|hurt)\b)"
)
# the one person attacked lived: 'He survived', 'she survived, lightly wounded in the hand', 'He survived with wounds to
# his arm' (never 'survived by his wife', nor a group's 'two survived')
_SURVIVED = re.compile(
    r"\b(?:he|she)\s+survived\b(?!\s+by\b)(?:(?:,\s*|\s+(?:with|but\s+(?:was|is))\s+)(?:\w+\s+)?"
    r"(?P<hurt>wounded|injured|wounds|injuries|hurt)\b)?",
    re.I,
)
_PLUS_FIELD = re.compile(r"\b((?:killed|dead|deaths|fatalities|wounded|injured|KIA|WIA)\s*:\s*)(\d{1,4})\+", re.I)
_WHO_ASIDE = sieve(
    r",\s(?:who|whose)\s(?![^,.;]*\b(?:killed|wounded|injured|hurt|died|dead|martyred|shot)\b)[^,.;]{1,60},"
    r"(?=\s(?:was|were|has|had|have|is|are)\b)",
    re.I,
)
_ASIDE = sieve(
    r",\s(?:including|among them|among whom)\s[^,.;]{1,60},(?=\s(?:were|was|have|had|are)\b)|"
    # the victims' ages: 'wounding his two sons, aged 12 and 15', 'a boy, aged 9,' (never more victims)
    r",\s(?:both\s|all\s)?aged\s\d{1,2}(?:(?:,\s|\s(?:and|&)\s|\sto\s)\d{1,2})*(?:,(?=\s(?:and|&)\s)|(?=[,.;)]|\s*$))",
    re.I,
)
# A range of victims, 'between 15 and 20', 'five to seven': its lower end is the figure counted, its upper end kept
# (never years, durations, days of a month or livestock: 'between 2019 and 2021', '2 or 3 hours', '10 to 15 sheep')
_RANGE_END = _FIG[_FIG.index("(?!\\d)") :]
_RANGE = (
    # 'between two and four', 'two to four', '2 or 3', and in digits with a dash: '2-3', '10–12'
    rf"(?:(?:between\s(?P<n>{_NUM})\s(?:and|to)|(?P<n2>{_NUM})\s(?:to|or))\s|(?<![\d/.:-])(?P<n3>\d{{1,3}})\s?[-\u2013]\s?)"
    rf"(?!(?:19|20)\d\d\b)(?P<h>{_NUM})"
    rf"{_RANGE_END}(?!,\d|\s+hundred|\s+thousand)"
)
# a range's victims right before its verb, never across another clause: 'Between 10 and 12 others were wounded'
_RANGE_GAP = r"(?:(?!(?:and|or|but|while|after|before|when|killed|killing|wounded|injured)\b)[\w'-]+\s){0,3}?"
_KILLED_RANGE = [
    sieve(
        rf"\b(?:killing|killed|kills|left|leaving)\s(?:the\s)?{_RANGE}\b(?!\s+(?:[\w-]+\s+)?(?:wounded|injured))", re.I
    ),
    sieve(rf"\b{_RANGE}\s{_RANGE_GAP}(?:were |was |have been |had been |are |been )?{_KILL_V}\b", re.I),
]
_WOUNDED_RANGE = [
    sieve(rf"\b(?:wounding|injuring|wounded|injured)\s(?:the\s)?{_RANGE}\b", re.I),
    sieve(rf"\b{_RANGE}\s{_RANGE_GAP}(?:were |was |have been |had been |are |others )?{_WOUND_V}\b", re.I),
]


def earlier_toll_only(text: str) -> bool:
    """A sentence that gives only a superseded toll ('An earlier toll had given four dead', 'Police had initially
    said three were killed'), not one that tells the later figure beside it ('initially said nine, but later six',
    'nine were hurt, correcting a first figure of eight') or revises it ('the toll rose to five')."""
    return (
        EARLIER_TOLL.search(text) is not None
        and _LATER_SAID.search(text) is None
        and _SUPERSEDED.search(text) is None
        and REVISION.search(_PUT_AT.sub(" ", text)) is None  # 'had put the dead at two' sets no later figure
    )


_PUT_AT = re.compile(r"\bput(?:ting|s)?\s+(?=the\b|it\b)", re.I)


def _range(patterns: list[Sieve], text: str) -> Count | None:
    for pat in patterns:
        if m := pat.search(text):
            low, high = _to_int(m.group("n") or m.group("n2") or m.group("n3")), _to_int(m.group("h"))
            if low is not None and high is not None and low < high:
                return Count(low=low, high=high, text=m.group(0))
    return None


_KILLING = re.compile(r"\b(?:killing|killed|kills|(?:martyrdom|killing|deaths?) of)\s", re.I)
_WOUNDING = re.compile(r"\b(?:wounding|wounded|injuring|injured)\s", re.I)
# One listed group of victims: 'two US service members', 'a British soldier', 'his brother', 'his three children'.
_PART = re.compile(
    rf"(?:him|her|the\s(?:[\w-]+\s)?(?P<single>[\w-]+(?<!s))|"
    rf"(?:(?:his|her|their|its)\s+)?(?:(?P<n>{_NUM})|an?|one|(?P<own>(?<=his )|(?<=her )|(?<=their )|(?<=its )))\s?"
    r"(?:[\w'.-]+\s){0,3}?(?P<noun>[\w'-]+))$",
    re.I,
)
# A listed group that is the attackers' dead, not victims ('and 11 IS militants', 'and one of the attackers').
_ATTACKERS_PART = re.compile(
    r"\b(?:militants?|attackers?|assailants?|gunm[ae]n|insurgents?|jihadists?|terrorists?|bombers?|ISIS|ISIL|IS|"
    r"Daesh|of them)\b|\ba number of\b|\bsome\b|\bseveral\b|\bdozens\b"
)


_COMMA_LIST = re.compile(
    r"[^,;:.()]{2,40}(?:,\s[^,;:.()]{2,40}){1,3},?\sand\s[^,;:.()]{2,40}?(?=[,;:.]|\s(?:in|on|at|near)\s|$)"
)


def _listed(verb: re.Pattern[str], text: str) -> Count | None:
    """Victims listed after the verb and added up: 'killing an officer and a soldier' (2), 'killing two US service
    members and a British soldier' (3); None unless two or more parts each give a number or an article."""
    for m in verb.finditer(text):  # ('who was killed on Friday when a bomb exploded, killing him and two of ...')
        if (found := _listed_after(text, m)) is not None:
            return found
    return None


# A group that names no trade or force, which the people named after it may make up ('two people, the driver and his
# son'; never 'two policemen, the mukhtar and his son': four)
_GENERIC_GROUP = re.compile(
    r"\b(?:people|persons|men|women|members|crew(?:\s+members)?|journalists|staff(?:\s+members)?|employees|workers|"
    r"civilians|relatives|family\s+members|passengers|occupants|colleagues|brothers|sons|children|"
    r"members\s+of\s+(?:his|her|their|the)\s+family)$",
    re.I,
)


# one relative named bare after another's owner: 'his wife and son', 'her husband and daughter'
_SHARED_KIN = re.compile(rf"(?:{_KIN.removesuffix('s?')}|wife|husband|mother|sister|daughter|cousin)", re.I)


def _listed_after(text: str, m: re.Match[str]) -> Count | None:
    """The victims listed after one verb, added up (see _listed)."""
    rest = re.split(
        r"[,;:(]|(?<!\b[A-Z])\.|\s(?:and|while|as|after|when|in|on|at|near|during)\s(?:wounding|injuring|killing)\b|"
        r"\s(?:in|on|at|near|during|when|after|before|while|as|from|outside|inside|by)\s",
        text[m.end() :],
    )[0]
    # 'killing a man, his wife and two of their children': a comma list closed by 'and' (cut above at its first comma)
    if (listed := _COMMA_LIST.match(text[m.end() :])) is not None:
        rest = listed.group(0)
    parts = [p.strip() for p in re.split(r"\s+and\s+|,\s*", rest) if p.strip()]
    if len(parts) < 2 or len(parts) > 4:
        return None
    total, named = 0, []
    owner = None
    for part in parts:
        pm = _PART.fullmatch(part)
        if pm is None and owner and _SHARED_KIN.fullmatch(part):
            total += 1  # 'wounding his wife and son': the son is his too, one more
            named.append(1)
            continue
        if pm is None or _ATTACKERS_PART.search(part):
            return None  # a part that names no number, or counts the attackers: the list is not read as a sum
        owner = re.match(r"(?:his|her|their)\s", part, re.I)
        if pm.group("n") is None and (pm.group("noun") or "").lower().endswith("s") and pm.group("own") is not None:
            return None  # 'their families', 'his sons': how many is not said
        n = _to_int(pm.group("n")) if pm.group("n") else 1
        if n is None:
            return None
        total += n
        named.append(n if pm.group("n") is None and re.match(r"(?:the|his|her|their|its)\s", part, re.I) else 0)
    first = _to_int(pm0.group("n")) if (pm0 := _PART.fullmatch(parts[0])) and pm0.group("n") else None
    if first and first > 1 and all(named[1:]) and sum(named[1:]) <= first and _GENERIC_GROUP.search(parts[0]):
        # 'injuring two crew members, the correspondent and the cameraman': the people named one by one after a
        # number are those it counts, not more
        return Count(low=first, high=first, text=str(first))
    return Count(low=total, high=total, text=str(total))


# Victims listed before their passive verb, the list's subject: 'Two fighters and their driver were killed', 'A
# father and his two sons were martyred', 'two policemen and a civilian driver were wounded'
_KILLED_AFTER_LIST = re.compile(
    r"\s(?:(?:were|was|have\sbeen|had\sbeen)\s(?:all\s|both\s)?(?:\w+ly\s)?(?:killed|martyred|slain|shot\sdead)|"
    # ('the toll stands at a man and his brother dead', 'leaving a soldier and a civilian dead')
    r"(?:all\s|both\s)?(?:died|perished|lost\stheir\slives)|dead(?!\s+(?:bodies|body)\b))\b",
    re.I,
)
_WOUNDED_AFTER_LIST = re.compile(
    r"\s(?:were|was|have\sbeen|had\sbeen)\s(?:all\s|both\s)?(?:\w+ly\s)?(?:wounded|injured|hurt)\b", re.I
)
# A person the list may name: a victim's trade or kin, singular or plural ('policemen', 'fighters', 'sons')
_PERSON_NOUN = re.compile(rf"(?:{_VICTIM}|{_KIN}|people|persons|children|\w*men)(?:s|es)?", re.I)
# What may come before a list that opens its clause: nothing, a reporting verb, a conjunction ('police said two
# soldiers and a civilian were killed', 'when a man and his son were wounded'); never an object ('the bomb killed a
# farmer and two of his sons were wounded': the farmer is no part of the wounded)
_LIST_OPENS = re.compile(
    r"(?:^|\b(?:said|says|say|reported|added|confirmed|stated|that|when|as|after|while|where|both|leaving|left)\s|"
    r"\b(?:stands?|stood|is|was|put|puts)\s+at\s)$",
    re.I,
)


_LIST_HEAD = re.compile(rf"(?:an?|one|the|his|her|their|its|{_NUM})\s", re.I)


def _person_part(part: str) -> int | None:
    """How many one part of a list names ('two Peshmerga fighters' 2, 'their driver' 1), None unless it names people."""
    pm = _PART.fullmatch(part)
    if pm is None or _ATTACKERS_PART.search(part):
        return None
    noun = pm.group("single") or pm.group("noun") or ""
    if not _PERSON_NOUN.fullmatch(noun):
        return None
    if pm.group("n") is None and noun.lower().endswith("s") and pm.group("own") is not None:
        return None  # 'his sons': how many is not said
    return _to_int(pm.group("n")) if pm.group("n") else 1


def _listed_subject(verb: re.Pattern[str], text: str) -> Count | None:
    """Victims listed as the subject of a passive verb and added up ('Two fighters and their driver were killed': 3);
    None unless two or more parts each name people with a number or an article, and the list opens its clause."""
    for m in verb.finditer(text):
        clause = re.split(r"[;:.()]\s|[;:()]|\s[-\u2013\u2014]\s", text[: m.start()])[-1]
        if clause.rstrip().endswith(","):
            continue  # 'Three civilians, among them a boy, were injured': an aside before the verb
        pieces = re.split(r"(,\s*|\s+and\s+)", clause)
        total, parts, k = 0, 0, len(pieces) - 1
        while k >= 0:
            piece = pieces[k].strip()
            n = _person_part(piece)
            if n is None:
                words = piece.split()
                for i in range(1, len(words)):  # the list's first part may follow what opens the clause
                    if not _LIST_HEAD.match(words[i] + " "):
                        continue
                    n = _person_part(" ".join(words[i:]))
                    if n is not None:
                        if not _LIST_OPENS.search(" ".join(words[:i]) + " "):
                            n = None
                        break
                if n is not None:
                    total, parts = total + n, parts + 1
                break
            total, parts = total + n, parts + 1
            k -= 2
        if parts >= 2:
            return Count(low=total, high=total, text=str(total))
    return None


def _in_words(patterns: list[tuple[Sieve, int | None]], text: str) -> Count | None:
    """A figure written as words about the victims ('killing him and his brother', 'a farmer was killed')."""
    for pattern, n in patterns:
        if m := pattern.search(text):
            value = n if n is not None else int(m.group("n"))
            return Count(low=value, high=value, text=str(value))
    return None


# ---------------------------------------------------------------- attack type, actors

_ISIS = (
    r"(?:ISIS|ISIL|IS|Islamic State of Iraq and (?:the )?(?:Levant|Syria)(?: \((?:ISIL|ISIS)\))?|Islamic State|Daesh|"
    r"Da[’']esh|ISWAP|ISKP|IS-K)"
)
_ISIS_VERBS = (
    r"ambush|attack|assault|launched|ambushed|attacked|killed|fired|carried out|stated|claimed|detonated|struck|"
    r"opened fire|shot|abducted|kidnapped|stormed|raided|targeted|planted|shelled|bombed|executed|set off|blew up|"
    r"infiltrated|burned|burnt|torched|wounded|injured|set up|set fire|toppled|destroyed|blew up|lobbed|overran|"
    r"overrun|(?:were able to |managed to )?carry out|blew (?:himself|herself|themselves) up"
)
# 'an attack by ISIS', 'planted by suspected Daesh members'; never 'a road used by IS'
_BY_ACTS = (
    r"attacks?|ambush(?:es)?|assaults?|bombings?|killed|wounded|injured|kidnapped|abducted|carried out|launched|"
    r"planted|fired|detonated|claimed|shot|executed|targeted|struck|hit|set|blown up|mounted|staged|perpetrated|left"
)
ISIS_ACTS = sieve(
    rf"(?:\b(?:{_BY_ACTS})\s(?:[\w-]+\s){{0,3}}?by (?:the )?(?:suspected |alleged )?{_ISIS}\b|"
    # 'Islamic State (IS) militants attacked'
    rf"\b{_ISIS} (?:\((?:IS|ISIS|ISIL|Daesh)\) )?(?:\w+ ){{0,3}}"
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bis )"
    rf"(?:{_ISIS_VERBS})|"
    rf"claimed by (?:the group|{_ISIS})|(?<!\bnot )(?<!n't )(?<!\bnever )blamed (?:on )?(?:the )?{_ISIS}|"
    # the blame told of the group: 'IS was blamed by the army', 'Daesh was held responsible'
    # (never the group's record: 'IS is blamed for most such attacks', 'was blamed for a similar attack last month')
    # ... or telegraphic: 'Daesh blamed by the Hashd'
    rf"\b{_ISIS} blamed by\b|"
    rf"\b{_ISIS} (?:was|were|has been) (?:widely |also |later )?(?:blamed|held responsible)\b"
    r"(?!\s+for\s+(?:an?\s+(?:similar|previous|earlier|separate|second|another)|most|many|several|similar|such|"
    r"previous|earlier|other|dozens|a\s+(?:string|series|wave|spate))\b)|"
    # the group's weapon hitting: '2 IS mortar shells hit near a Hashd post'
    rf"\b{_ISIS} (?:[\w-]+ )?(?:mortars?|rockets?|shells?|bombs?|drones?|IEDs?|snipers?)(?: rounds| shells)? hit\b|"
    # 'accused the terrorist gangs of Daesh of carrying out the attack', 'accusing IS of the bombing'
    rf"\baccus(?:ed|ing) (?:the )?(?:[\w'’-]+ ){{0,3}}?(?:of )?{_ISIS} of\b(?! (?:trying|seeking|planning|wanting|"
    r"attempting|hoping|regrouping))|"
    rf"\b(?:fire|shots|shelling|sniper fire|gunfire) from (?:the )?(?:suspected )?{_ISIS}\b|"
    # a condolence notice: 'killed by the treacherous bullets of Daesh', 'taken from us by the criminal hand of Daesh'
    rf"\bby (?:the )?(?:[\w-]+ )?(?:hands?|bullets|gunfire|bombs?|shells?|explosives?) of (?:the )?{_ISIS}\b|"
    # database summaries: 'sources attributed the attack to ISIL', 'sources suspected ISIL involvement'
    rf"attributed (?:the (?:attack|incident) |it )?to (?:the )?{_ISIS}|suspected {_ISIS} (?:involvement|militants))"
)
_ACTIVE = r"(?:struck|hit|bombed|shelled|targeted|attacked|fired|killed|raided|launched|carried out|conducted)\b"
# Other armed actors named doing the attack (ISIS has ISIS_ACTS): 'a Turkish drone struck', 'Turkish artillery
# shelled', 'Iraqi security forces shot dead four protesters', 'a drone attack blamed on Kataib Hezbollah'.
_IRAN_ALIGNED = (
    r"(?:Islamic Resistance in Iraq|Saraya Awliya'? al-Dam|Qasim al-Jabb?arin|Ashab al-Kahf|Kata'?ib Sayy?id "
    r"al-Shuhada|(?:Harakat )?(?:Hezbollah )?al-Nujaba|Rab'?allah|Saraya Thawrat al-Ishreen|Usbat al-Thaireen)"
)
# An Iran-aligned faction's claim ('The so-called Islamic Resistance in Iraq claimed both attacks', 'A group calling
# itself Saraya Awliya al-Dam claimed responsibility'): coded PMU, as the blind sets' analysts do
FACTION_CLAIM = re.compile(
    rf"\b{_IRAN_ALIGNED}\b[^.;]{{0,40}}?\bclaim(?:ed|s|ing)\b|\bclaimed by (?:the )?(?:so-called )?{_IRAN_ALIGNED}\b"
)
_ACTOR_ACTS: tuple[tuple[str, Sieve], ...] = (
    (
        "Turkey",
        sieve(
            r"\bTurkish (?:military |army )?(?:artillery|air ?strikes?|drone strikes?|strikes?|shelling|bombardment)\b"
            r"(?!\s+(?:was|were))|"
            rf"\bTurkish (?:drones?|warplanes?|jets?|aircraft|helicopters?|forces|army|troops|military) {_ACTIVE}|"
            # 'blamed on Turkey', 'attributed the shelling to Turkish forces', 'killed by a Turkish drone'
            r"\b(?:by|blamed on|attributed (?:(?:the |it |them )?(?:[\w-]+ ){0,2}?)?(?:by [^,.;]{2,60}? )?to|blaming) "
            r"(?:the |an? )?(?:suspected )?(?:Turkey|Ankara|Turkish (?:army|(?:armed )?forces|military|drones?|"
            r"warplanes?|(?:fighter )?jets?|aircraft|helicopters?|artillery|shells?|strikes?|air ?strikes?|"
            r"drone strikes?|shelling|bombardment))\b(?!['’]s)|"
            r"\bblamed (?:Turkey|Ankara|the Turkish (?:army|military|forces))\b(?!['’]s)|"
            # 'a drone believed to be Turkish', 'a strike, thought to be Turkish,'
            r"\b(?:believed|thought|suspected|presumed|said|reported) to (?:be|have been) (?:a )?Turkish\b(?![-‐‑])|"
            # 'the service said the drone was Turkish'
            # (never denied or in doubt: 'denied the drone was Turkish', 'whether the drone was Turkish or Iranian')
            r"\b(?<!\bdenied )(?<!denied that )(?<!\bdeny )(?<!\bwhether )(?<!\bif )(?<!not say )(?<!say if )"
            r"(?:the |a |an )?(?<!denied the )(?<!denied that the )(?<!deny the )(?<!whether the )(?<!if the )"
            r"(?<!say if the )(?:drones?|strikes?|aircraft|jets?|warplanes?|shells|artillery) (?:was|were) (?:a )?"
            r"Turkish\b(?![-‐‑])(?!\s+or\b)|"
            # 'a drone, reportedly Turkish, struck a car'
            r"\b(?:drones?|strikes?|aircraft|jets?|warplanes?),? (?:reportedly|allegedly|apparently|probably|likely) "
            r"Turkish\b|"
            r"\bTurkish (?:military |army )?(?:shells|rockets|missiles|mortars?|artillery fire|artillery rounds)\b|"
            # 'cross-border shelling from Turkey hit houses', 'artillery fire from Turkish positions'
            r"\b(?:[Ss]helling|[Ss]hells|[Aa]rtillery(?: fire)?|[Rr]ockets|[Ss]trikes?|[Bb]ombardment) from "
            r"(?:Turkey|Turkish (?:territory|positions|bases|side|soil))\b"
        ),
    ),
    (
        "US forces",
        sieve(
            r"\b(?:US|U\.S\.|American|US-led coalition|coalition) (?:air ?strikes?|drone strikes?|strikes?)\b"
            r"(?!\s+(?:was|were)\b)|"
            rf"\b(?:US|U\.S\.|American|US-led coalition|coalition) (?:drones?|warplanes?|jets?|aircraft|helicopters?|"
            rf"forces|troops) {_ACTIVE}"
        ),
    ),
    (
        "PMU",
        sieve(
            r"\b(?:(?:attack(?:ed)?|carried out|claimed|launched|fired|planted|struck|shelled|targeted) by|blamed on) "
            r"(?:the )?(?:suspected |Iran-backed |Iranian-backed )?"
            r"(?:Kata'?ib Hez?b[ou]llah|Kata'?ib Hizb[ou]llah|Asa'?ib Ahl al-Haq|PMU|PMF|Hashd|militia\w*)\b|"
            + FACTION_CLAIM.pattern
        ),
    ),
    (
        "security forces",
        sieve(
            r"\b(?:Iraqi )?(?:[Ss]ecurity forces|[Rr]iot police) (?!were\b|was\b)"
            # 'security forces guarding the consulate in Karbala fired on protesters'
            r"(?:(?:guarding|protecting|stationed at|deployed at|posted at|at) (?:[\w'-]+ ){1,6}?)?(?:\w+ )?"
            r"(?:shot|opened (?:live |heavy )?fire|fired\b|used (?:live|tear|rubber|excessive))|"
            r"\bfired by (?:the )?(?:Iraqi )?security forces\b"
        ),
    ),
    (
        "PKK",
        sieve(
            r"\b(?:PKK (?:fighters|militants|members|guerrillas) (?:attacked|ambushed|killed|fired)|by (?:the )?PKK|"
            r"PKK\b[^.;]{0,40}\b(?:its|their) (?:fighters|militants|members|guerrillas) (?:had )?"
            r"(?:attacked|ambushed|killed|fired|struck|targeted))\b"
        ),
    ),
)


# An event-data note's actor fields: 'Actor 1: Military Forces of Turkey (attributed by Asayish). Actor 2: PKK.'
ACTOR_FIELD = re.compile(
    r"(?:\bActor\s*(?P<n>[12])|(?:^|\|)\s*(?:(?P<by>Perpetrator(?:\s+group)?|Attacker|Responsibility)|"
    r"(?P<hit>Target(?:\s+(?:class|group|type))?|Victims?)))\s*:\s*(?P<who>[^.;|(\n]{2,60})",
    re.I,
)


# an event-data row's actors cell: 'Islamic State (Iraq) vs Border Guards' (the attacker, then the side hit)
_VERSUS_CELL = re.compile(r"(?:^|\|)\s*([^|\n]{2,60}?)\s+(?:vs\.?|versus|v\.)\s+([^|\n]{2,60}?)\s*(?=\||$)", re.M)


def actor_field(text: str, n: int) -> str | None:
    """The actor an event-data note names in its 'Actor 1:' (attacker) or 'Actor 2:' (hit) field, or a card's
    'Perpetrator group:' and 'Target class:' cells, if any."""
    for m in ACTOR_FIELD.finditer(text):
        field = int(m.group("n")) if m.group("n") else 1 if m.group("by") else 2
        if field == n:
            named = [name for name, _ in actor_mentions(m.group("who"))]
            if n == 2 and not m.group("n") and not named:
                return target(m.group("who"))  # 'Target class: Civilians (a money changer)'
            # 'Military Forces of Turkey': the country's forces are that country's, not the Iraqi army
            return next((c for c in ("Turkey", "US forces") if c in named), named[0] if named else None)
    for m in _VERSUS_CELL.finditer(text):
        who = m.group(n)
        named = [name for name, _ in actor_mentions(who)]
        if n == 1 and named:
            return next((c for c in ("Turkey", "US forces") if c in named), named[0])
        if n == 2 and (hit := target(who) or (named[0] if named else None)):
            return hit
    return None


def perpetrator_of(text: str) -> str | None:
    """The actor the text says carried out the attack, if it says so; None otherwise (never guessed). The first
    named wins: 'PKK fighters attacked a Turkish military base' is the PKK's attack. A telegraphic note's day between
    the actor and its verb ('Turkish drone 23 Jan struck vehicle', 'Security forces 1 Oct opened fire') is read past;
    a machine translation's 'a drone of the Turkish state' is a Turkish drone."""
    if _INLINE_DAY.search(text):
        text = _INLINE_DAY.sub("", text)
    if "Turkish state" in text:
        text = _TURKISH_STATE.sub(" Turkish drone", text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters):
        # a ticker in capitals ('2 ARMY MARTYRS IN DAESH ATTACK ON A MILITARY POST'): read in lower case, the names
        # of the groups and states written as names
        text = _NAMES_IN_CAPS.sub(lambda m: _CAPS_NAMES[m.group(0)], text.lower())
    found = [(m.start(), name) for name, pattern in (("ISIS", ISIS_ACTS), *_ACTOR_ACTS) if (m := pattern.search(text))]
    return min(found)[1] if found else None


_INLINE_DAY = re.compile(
    r"(?<=[A-Za-z)])\s+\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
    r"(?=\s+[a-z])"
)
_CAPS_NAMES = {
    "daesh": "Daesh",
    "isis": "ISIS",
    "isil": "ISIL",
    "turkish": "Turkish",
    "turkey": "Turkey",
    "pkk": "PKK",
    "pmf": "PMF",
    "pmu": "PMU",
    "hashd": "Hashd",
    "us": "US",
    "american": "American",
    "iraqi": "Iraqi",
}
_NAMES_IN_CAPS = re.compile(r"\b(?:" + "|".join(_CAPS_NAMES) + r")\b")
_TURKISH_STATE = re.compile(r"\s+(?:an?\s+)?drone\s+of\s+the\s+Turkish\s+state")


# An attacker the report does not name ('gunmen', 'unknown assailants', 'an unidentified drone'): the record's
# perpetrator is then 'unknown', which a question for 'attacks by unidentified gunmen' finds.
# The group named at all ('Suspected IS militants lobbed mortar rounds'): its men are not unknown attackers.
NAMES_ISIS = re.compile(rf"\b{_ISIS}\b")
UNIDENTIFIED = re.compile(
    r"\b(?:" + "|".join((*ACTORS["unknown"], r"militants", r"snipers?", r"(?:suicide )?bombers?")) + r")\b"
    # doing the attack, not suffering it: 'gunmen opened fire', 'militants attacked', 'by unknown assailants'
    r"(?=\s+(?:[\w-]+\s+){0,6}?(?:attacked|ambushed|opened|shot|killed|abducted|kidnapped|threw|fired|planted|"
    r"detonated|stormed|launched|struck|assassinated|set|blew|targeted|hit|lobbed|shelled|raided|burned|torched)\b)"
    r"|\bby\s+(?:unknown\s+|unidentified\s+|masked\s+|armed\s+)?(?:gunm[ae]n|assailants?|attackers?|militants|"
    r"persons|men)\b",
    re.I,
)


# The object of the attack ('attacked a PMU post', 'ambushed a convoy of the Popular Mobilisation Forces').
ATTACKED_OBJECT = re.compile(
    r"\b(?:attacked|ambushed|targeted|targeting|struck|hit|shelled|stormed|raided|(?:opened )?fired? (?:on|at)|"
    r"shot(?: dead)?|abducted|kidnapped|assassinated|murdered|executed|threw (?:[\w-]+ ){1,3}(?:at|into|on)|"
    r"(?:landed|fell|exploded|detonated|went off|blew up|planted|came down|blew (?:himself|herself|themselves) up) "
    r"(?:near|on|in|at|inside|against|under|underneath|beneath|beside|among|amid|amongst)|"
    # the device's object: 'a grenade was thrown at a PMU checkpoint', 'a bomb attached to the car of an officer',
    # 'bomb under a PMU pick-up'
    r"(?:thrown|hurled|lobbed|tossed) (?:at|into|on)|(?:attached|fixed|stuck|strapped|planted) (?:to|under|on|beneath)|"
    r"\bbombs? (?:under|beneath|underneath)|"
    r"(?:strikes?|attacks?|operations?|raids?) (?:against|on))\s+"
    r"((?:(?!\bsaid\b|\btold\b)[^,;.]){0,90})",
    re.I,
)
# The victims written as words ('killed a PMU fighter', 'A member of the Hashd al-Shaabi was killed').
VICTIM_WORDS = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|shot dead)\s+"
    r"((?:an?|the|one|two|three)\s[^,;.]{0,50})|"
    r"\b((?:an?|one|two|three)\s[^,;.]{0,60}?)\s(?:was|were)\s(?:shot\s)?(?:killed|wounded|injured|shot dead)\b",
    re.I,
)


# A claim of responsibility, however worded: 'claimed the rocket attack', 'claimed the killing of six police',
# 'which the group claimed in a statement', 'claimed via Amaq', 'its Amaq agency said', 'said its fighters
# launched'. Not a claim: 'police claimed the explosion was caused by a gas cylinder', 'the army said it killed 15
# militants', 'Amaq made no mention of it', 'which the government claimed was carried out by ISIS'.
_CLAIM_OBJECT = (
    r"(?:attack|bombing|ambush|assault|blast|killing|strike|operation|shelling|assassination|raid|kidnapping|"
    r"abduction|shooting)s?"
)
CLAIMED = sieve(
    rf"claimed (?:responsibility|by|via|through|in a statement)|"
    rf"claimed (?:the |that |an? |its )?(?:[\w-]+ ){{0,3}}{_CLAIM_OBJECT}\b(?! (?:was|were) (?:caused|due))|"
    rf"\bwhich (?:the |an? )?(?:[\w-]+ ){{0,4}}claimed\b(?! (?:was|were|that|to))|"
    rf"\b(?:via|through|on|by|in) (?:its |the (?:group's )?)?amaq\b|\bamaq(?: news)?(?: agency)? "
    rf"(?:said|says|reported|published|claimed|announced)|"
    rf"stated .{{0,40}}they carried out|said .{{0,40}}(?:they|its (?:fighters|members|militants)) (?:had )?"
    rf"(?:carried out|launched|targeted|detonated|attacked)",
    re.I,
)
UNCLAIMED = sieve(
    r"no (?:immediate )?claim|not (?:yet |immediately )?(?:officially )?(?:been )?claimed|"
    r"no (?:other )?(?:group|one|party|faction|organi[sz]ation)\b.{0,25}\bclaimed|nobody\b.{0,25}\bclaimed|"
    r"has yet to be claimed|unclaimed|(?:did|does|has|have) not (?:yet |immediately )?claim|"
    # 'None was claimed', 'none of the attacks has been claimed'
    r"\bnone (?:of (?:them|these|those|the \w+) )?(?:was|were|has|have|had)(?: (?:yet|so far))? (?:been )?claimed",
    re.I,
)


def attack_type(text: str) -> str:
    """The kind of attack the words name ('other' when none)."""
    return attack_type_in(text)


def target(text: str) -> str | None:
    """Who was hit, from the words of the casualty clause."""
    return next((name for name, pattern in TARGET_WORDS if re.search(pattern, text, re.I)), None)


VILLAGE = re.compile(r"\b(?:village|town|area) of ((?:[A-Z][\w’'-]+)(?:[ -](?:al|ad|as|an|el|[A-Z][\w’'-]+))*)")
# Words joined by spaces; a hyphen only inside a word ('Al-Mukhisa'), and possessive quantifiers: no backtracking
# blow-up on long hyphenated runs.
_SUB_WORD = r"[A-Z][\w’']*+(?:-[\w’']++)*+"
_SUB_NAME = rf"(?:(?:al|Al|el|El)[- ])?{_SUB_WORD}(?: (?:(?:al|ad|as|an|el)-{_SUB_WORD}|al|ad|as|an|el|{_SUB_WORD}))*+"
# A place smaller than a town, named with its kind: 'the Al-Mukhisa area', 'Abu Saida subdistrict', 'Albu Bali
# village', 'the Allas oil field', 'the neighbourhood of Zayouna'. Kind words that also name a town's surroundings
# ('outskirts of Kirkuk') give the town, which the gazetteer then resolves.
SUB_PLACE = re.compile(
    rf"\b(?:village|town|area|sub-?district|neighbou?rhood|region|outskirts|orchards|farms) of ({_SUB_NAME})|"
    rf"\b({_SUB_NAME}) (?:village|area|sub-?district|neighbou?rhood|quarter|checkpoint|oil ?field|mountains?|"
    rf"basin|valley|desert|camp|farms|orchards|region)\b"
)
_NOT_NAMES = frozenset({"the", "a", "an", "in", "near", "on", "at", "from", "police", "security", "army", "iraqi"})


def sub_places(text: str) -> list[tuple[str, int]]:
    """Names of places smaller than a town in `text`, with their offsets: ('Al-Mukhisa', 27), ..."""
    out = []
    for m in SUB_PLACE.finditer(text):
        name, start = (m.group(1), m.start(1)) if m.group(1) else (m.group(2), m.start(2))
        words = name.split()
        while words and (words[0].lower() in _NOT_NAMES or words[0].endswith(("’s", "'s"))):
            start += len(words[0]) + 1
            words = words[1:]
        if words and could_be_place(" ".join(words)):
            out.append((" ".join(words), start))
    return out


_FIG_PLAIN = _FIG.replace("?P<q>", "?:").replace("?P<n>", "?:")
# The victims' words next to a figure ("9 federal officers were killed"): the best evidence of the target.
FIG_SPAN = sieve(
    rf"(?:killing|killed|kills|kill|left|leaving|wounding|wounded|injuring|injured)\s(?:the\s|a\s)?[\u201c\"]?{_FIG_PLAIN}"
    rf"[\w\s\u201d\"-]{{0,40}}"
    rf"|{_FIG_PLAIN}\s{_GAP}(?:were |was )?(?:{_KILL_V}|{_WOUND_V})",
    re.I,
)

# A fact check ('FACT CHECK | ... / CLAIM: ... / VERDICT: FALSE / WHAT WE FOUND: ...'): the claim it checks is no
# report of an attack (its toll is the one found false), only what the checkers found is
FACT_CHECK = re.compile(r"^\s*(?:verdict|rating|our\s+ruling)\s*[:|]|\bfact[- ]?check(?:ed|ing|s)?\b", re.I | re.M)
CHECKED_CLAIM = re.compile(r"^\s*(?:the\s+)?(?:viral\s+|checked\s+)?claims?\s*[:|\u2014-]", re.I)
# A toll the checkers or the officials deny: 'We found no record of 20 deaths', 'no report of ten deaths from the
# district', 'The figure of 18 dead is not supported' (no figure of the attack)
_DENIED = re.compile(
    rf"\b(?:no|not\s+(?:a|any))\s+(?:record|report|evidence|trace|sign|confirmation)s?\s+of\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_NUM}\b[^,.;]{{0,50}}|"
    rf"\b(?:the\s+)?(?:figure|toll|claim|number|count|tally)\s+of\s+{_NUM}\s+(?:[\w-]+\s+){{0,2}}?(?:is|was|are|were)\s+"
    r"(?:not\s+(?:supported|true|accurate|correct|confirmed|borne\s+out)|false|unfounded|untrue|wrong|inaccurate|"
    r"exaggerated|unsupported|baseless|fabricated)\b",
    re.I,
)


# A running tally over a period, no attack's toll: 'UNAMI has documented 424 deaths and more than 8,700 injuries
# among protesters since 1 October'
_RUNNING_TALLY = re.compile(
    rf"\b(?:documented|recorded|counted|registered|verified|tallied)\b{_TO_SINCE}{{0,100}}?\bsince\b[^.;,]*", re.I
)


# A sentence naming another outlet's headline or title retells that report ('reported the event under the headline
# "Car bomb kills 13 in Kirkuk"', 'in a story headlined ...'): its figures are the other report's, not a new attack.
CITES_HEADLINE = sieve(
    r"\b(?:under|with) (?:the |a )?(?:head)?line\b|\bheadlined\b|\bheadline (?:read|said|was)\b|"
    r"\b(?:article|story|report|piece|item|dispatch) (?:was )?(?:titled|entitled)\b",
    re.I,
)
