"""Sanity checks for the audit set (no dependency on the assistant or tests)."""
import json, sys, collections, pathlib
p = pathlib.Path(__file__).with_name("sentences.jsonl")
rows = [json.loads(l) for l in p.read_text().splitlines() if l.strip()]
err = []
RESP = {"claimed", "suspected", "attributed", "not claimed", "not stated"}
PERP = {"ISIS", "PKK", "PMU", "unknown", None}
ids = [r["id"] for r in rows]
if ids != [f"a{i:03d}" for i in range(1, len(rows) + 1)]: err.append("ids not sequential")
if len(rows) != 120: err.append(f"{len(rows)} rows")
for i, r in enumerate(rows, 1):
    s = r["sentence"]
    for a in r["attributions"]:
        if a not in s: err.append(f"{r['id']}: not a substring: {a!r}")
        elif s.count(a) > 1: err.append(f"{r['id']}: ambiguous (occurs {s.count(a)}x): {a!r}")
    if r["responsibility"] not in RESP: err.append(f"{r['id']}: bad responsibility")
    if r["perpetrator"] not in PERP: err.append(f"{r['id']}: bad perpetrator")
    if r["responsibility"] == "not stated" and r["perpetrator"] is not None: err.append(f"{r['id']}: not stated needs null")
    if r["responsibility"] == "not claimed" and r["perpetrator"] != "unknown": err.append(f"{r['id']}: not claimed needs unknown")
    if r["responsibility"] in {"suspected", "attributed"} and r["perpetrator"] in {None, "unknown"}: err.append(f"{r['id']}: needs named perp")
    if r["split"] != ("dev" if i <= 60 else "final"): err.append(f"{r['id']}: bad split")
resp = collections.Counter(r["responsibility"] for r in rows)
nattr = collections.Counter(len(r["attributions"]) for r in rows)
need = {"claimed": 20, "suspected": 20, "attributed": 20, "not claimed": 12, "not stated": 12}
for k, v in need.items():
    if resp[k] < v: err.append(f"{k}: {resp[k]} < {v}")
if nattr[0] < 25: err.append("fewer than 25 with no attribution")
if sum(v for k, v in nattr.items() if k >= 2) < 10: err.append("fewer than 10 with two attributions")
print("rows:", len(rows))
print("responsibility:", dict(resp))
for sp in ("dev", "final"):
    print(f"  {sp}:", dict(collections.Counter(r["responsibility"] for r in rows if r["split"] == sp)))
print("perpetrator:", dict(collections.Counter(str(r["perpetrator"]) for r in rows)))
print("attributions per sentence:", dict(sorted(nattr.items())))
print("style (all / dev / final):")
for st, n in sorted(collections.Counter(r["style"] for r in rows).items()):
    d = sum(1 for r in rows if r["style"] == st and r["split"] == "dev")
    print(f"  {st}: {n} / {d} / {n - d}")
print("ERRORS:" if err else "OK: all checks pass", *err, sep="\n  ")
sys.exit(1 if err else 0)
