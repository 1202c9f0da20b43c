"""Set-19 helpers (new code only; the gold helpers come from realworld16/build/lib.py
and the relative periods from realworld17/build/s17.py, loaded by path in questions.py).

season(name, year) -> (date_from, date_to) for the calendar words this set's questions use:
  spring = 1 March - 31 May, summer = 1 June - 31 August, autumn / fall = 1 September -
  30 November, winter of Y = 1 December Y-1 - end of February Y (as set 17's "winter of 2020").
Qs(...) registers a single-event question (intent fact) that must select exactly one incident."""
import lib


def season(name, year):
    if name == "spring":
        return lib.span("%d-03" % year, "%d-05" % year)
    if name == "summer":
        return lib.span("%d-06" % year, "%d-08" % year)
    if name in ("autumn", "fall"):
        return lib.span("%d-09" % year, "%d-11" % year)
    if name == "winter":
        return lib.span("%d-12" % (year - 1), "%d-02" % year)
    raise ValueError(name)


def Qs(key, sfx, field, text, flt, today="2025-12-01"):
    """single-event question on incident (doc key, suffix); field in killed / wounded /
    event_date / place_canonical / perpetrator."""
    lib.Q(text, "fact", flt, today=today, ev=(key, sfx), field=field)
