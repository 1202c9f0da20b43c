"""Helpers for authoring the held-out set. Docs are written with evidence
markers [[x|...]] around the sentence that is the evidence for incident x;
the markers are stripped when files are written."""
import re

DOCS = []
MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)


def D(num, style, ext, report_date, country, text, incs=(), title=None,
      outlet=None):
    DOCS.append(dict(num=num, style=style, ext=ext, report_date=report_date,
                     country=country, text=text, incs=list(incs), title=title,
                     outlet=outlet))


def I(sfx, date, prec, phrase, place, canon, prov, perp, claimed, target,
      atype, k, w, kt, wt, country="Iraq"):
    return dict(sfx=sfx, event_date=date, date_precision=prec,
                date_phrase=phrase, place=place, place_canonical=canon,
                province=prov, country=country, perpetrator=perp,
                claimed=claimed, target=list(target), attack_type=list(atype),
                killed=k, wounded=w, killed_text=kt, wounded_text=wt)


def strip_marks(text):
    return MARK.sub(lambda m: m.group(2), text)


def evidence(text):
    return {m.group(1): m.group(2) for m in MARK.finditer(text)}
