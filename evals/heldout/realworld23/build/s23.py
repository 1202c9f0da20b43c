"""Set-23 authoring helpers (set-23 code; the registries and I() come from realworld16/build/lib.py).

R(...) writes one gold record through lib.I with a shorter argument list; D(...) registers one
report through lib.doc with an automatic key (style letter + position in the style)."""
from collections import Counter

import lib

_POS = Counter()


def R(s, date, phrase, place, prov, by, on, t, k=None, kt=None, w=None, wt=None, prec="day",
      canon=None, country="Iraq"):
    """by: '' (no actor named), 'ISIS' (attributed), 'ISIS:claimed', 'unknown', 'unknown:unclaimed', ...
    on / t: '+'-separated targets / attack types."""
    perp, _, cl = by.partition(":")
    perp = perp or None
    claimed = cl or ("attributed" if perp not in (None, "unknown") else None)
    return lib.I(s, date, phrase, place, canon or place, prov if country == "Iraq" else None, perp, claimed,
                 on, t, k, kt, w, wt, prec=prec, country=country)


def D(style, rd, text, *incs, ext="txt", country="Iraq", **meta):
    _POS[style] += 1
    lib.doc("%s%d" % (style, _POS[style]), style, rd, text, incs, ext=ext, country=country, **meta)
