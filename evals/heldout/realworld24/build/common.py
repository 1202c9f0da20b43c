import sys
sys.dont_write_bytecode = True


def I(tag, date, prec, phrase, place, canon, prov, perp, target, atype, k, w, kt, wt):
    """One gold incident. target / atype: comma-separated strings."""
    return {
        "tag": tag, "event_date": date, "date_precision": prec, "date_phrase": phrase,
        "place": place, "place_canonical": canon, "province": prov, "perpetrator": perp,
        "target": [t.strip() for t in target.split(",")] if target else [],
        "attack_type": [t.strip() for t in atype.split(",")] if atype else [],
        "killed": k, "wounded": w, "killed_text": kt, "wounded_text": wt,
    }


def D(style, ext, rdate, content, incs=(), country="Iraq"):
    return {"style": style, "ext": ext, "report_date": rdate, "content": content,
            "incs": list(incs), "country": country}
