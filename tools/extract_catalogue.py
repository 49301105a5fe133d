"""Build server/data/catalogue.json from the 2011 list of e-service types.

Why this exists: the service catalogue comes from appendix 2 ("Elektron xidmət
növlərinin SİYAHISI") of Cabinet of Ministers decision no. 191 of 24 November
2011, which we only have as text extracted from a PDF.  This script was run
once to turn that text into data; the server loads the generated JSON, never
the seed.  Re-run it only if the seed, the translations or the extras change:

    python3 tools/extract_catalogue.py [path/to/seed.txt]

Translations (unofficial) live in tools/catalogue_translations.json.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = ROOT / "../shared/seeds/001_765c8f59eb7ab80d.txt"
TRANSLATIONS = ROOT / "tools/catalogue_translations.json"
OUT = ROOT / "server/data/catalogue.json"
SOURCE = ("Cabinet of Ministers decision no. 191 of 24 November 2011, appendix 2 "
          "(list of e-service types); translations are unofficial")

# The list never says whether a service is interactive or informative, so we
# derive it from the title (folded: lower case, no diacritics).  First match wins.
KIND_RULES = [
    # a request by or for an identified person, even if information is its subject
    (r"e-muraciet|muracietler|e-erize|e-qeydiyyat|vesatet|suret|senedlerin elde", "interactive"),
    # getting information, look-ups, registers, calculators
    (r"elde edilmesi\b|melumatlandirilmasi|kalkulyator|soraqca|oyrenilmesi|izlenilmesi"
     r"|yoxlanilmasi|axtarisi|teqvim", "informative"),
    # asking the state to do something: issue, register, accept, submit, pay, sell ...
    (r"verilmesi|teqdim|qeydiyyat|qebul|odenil|odenis|satis|beyanname|e-|qosulma|abune"
     r"|deyisdirilmesi|cekilis|cixarilmasi|deyisiklik|xitam|kecirilmesi|testlesdirilmesi"
     r"|teyin edilmesi|gonderilmesi|cavablandirilmasi|acilmasi|hazirlanmasi|tertib|isleri", "interactive"),
]

# Services added by us, not in the 2011 list.
EXTRA_AGENCIES = {42: '"Azərişıq" Açıq Səhmdar Cəmiyyəti'}
EXTRA_SERVICES = {
    "7.8": "Rəsmiləşdirmə üçün tələb olunan sənədlərin surətləri",
    "33.11": "Olduğu yer üzrə qeydiyyata alınma",
    "42.1": "Borcun araşdırılması və borcun olmaması (və ya olması) barədə sənədin verilməsi",
}

AGENCY_RE = re.compile(r"^\s+(\d+)\.\s*(\S.*)$")        # "  33. Dövlət Miqrasiya Xidməti"
SERVICE_RE = re.compile(r"^(\d+)\.(\d+)\.\s*(.*)$")     # "33.1. Azərbaycan ..."


def check(ok, message):
    if not ok:
        raise SystemExit(f"catalogue check failed: {message}")


def fold(s):
    s = s.lower().replace("ə", "e").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def kind_of(title):
    for pattern, kind in KIND_RULES:
        if re.search(pattern, fold(title)):
            return kind
    raise SystemExit(f"no kind rule matches: {title!r}")


def join_wrapped(lines):
    """Join PDF-wrapped lines: 'e-' + 'müraciət' -> 'e-müraciət', collapse spaces."""
    text = ""
    for line in lines:
        line = line.strip()
        text += line if text.endswith("-") or not text else " " + line
    return re.sub(r"\s+", " ", text).strip()


def parse(seed_text):
    lines = seed_text.splitlines()
    start = next(i for i, l in enumerate(lines) if l.strip() == "SİYAHISI")
    agencies, current = [], None  # current: the list of raw lines being gathered
    for line in lines[start + 1:]:
        if not line.strip():
            continue  # blank lines are page breaks or layout, never content
        if m := AGENCY_RE.match(line):
            number = int(m[1])
            check(number == len(agencies) + 1, f"agency {number} out of order")
            agencies.append({"number": number, "name": [m[2]], "services": []})
            current = agencies[-1]["name"]
        elif m := SERVICE_RE.match(line):
            agency = agencies[-1]
            major, minor = int(m[1]), int(m[2])
            check(major == agency["number"] and minor == len(agency["services"]) + 1,
                  f"service {major}.{minor} out of order")
            agency["services"].append({"number": f"{major}.{minor}", "title": [m[3]]})
            current = agency["services"][-1]["title"]
        elif current is not None:
            current.append(line)  # continuation of a wrapped name or title
    for agency in agencies:
        agency["name"] = join_wrapped(agency["name"])
        for service in agency["services"]:
            service["title"] = join_wrapped(service["title"])
    return agencies


# The list's "E-müraciət" services (rules 11.6-11.7 of the decision): applying to them writes an
# official letter to the agency. The registry operator can mark others later.
CORRESPONDENCE = {"34.1", "35.1", "36.1", "38.1"}


def main():
    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SEED
    agencies = parse(seed.read_text(encoding="utf-8"))
    n_services = sum(len(a["services"]) for a in agencies)
    if len(agencies) != 41 or n_services != 285:
        raise SystemExit(f"expected 41 agencies / 285 services, got {len(agencies)} / {n_services}")

    tr = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))
    out = []
    for a in agencies:
        out.append({"number": a["number"], "name": a["name"], "services": [
            {"number": s["number"], "title": s["title"], "kind": kind_of(s["title"]),
             "kind_derived": True, "in_2011_list": True} for s in a["services"]]})
    for number, name in EXTRA_AGENCIES.items():
        out.append({"number": number, "name": name, "services": []})
    for number, title in EXTRA_SERVICES.items():
        agency = out[int(number.split(".")[0]) - 1]
        check(number == f"{agency['number']}.{len(agency['services']) + 1}", f"extra {number}")
        agency["services"].append({"number": number, "title": title, "kind": "interactive",
                                   "kind_derived": False, "in_2011_list": False})

    for a in out:
        for s in a["services"]:
            if s["number"] in CORRESPONDENCE:
                s["correspondence"] = True

    agency_keys = {str(a["number"]) for a in out}
    service_keys = {s["number"] for a in out for s in a["services"]}
    if set(tr["agencies"]) != agency_keys or set(tr["services"]) != service_keys:
        raise SystemExit("translations do not match the list: "
                         f"agencies missing {sorted(agency_keys - set(tr['agencies']))}, "
                         f"extra {sorted(set(tr['agencies']) - agency_keys)}; "
                         f"services missing {sorted(service_keys - set(tr['services']))}, "
                         f"extra {sorted(set(tr['services']) - service_keys)}")
    for a in out:
        a["name"] = {"az": a["name"], **tr["agencies"][str(a["number"])]}
        for s in a["services"]:
            s["title"] = {"az": s["title"], **tr["services"][s["number"]]}
            check(set(s["title"]) == {"az", "en", "ru"} and all(s["title"].values()), s["number"])

    OUT.write_text(json.dumps({"source": SOURCE, "agencies": out}, ensure_ascii=False, indent=1)
                   + "\n", encoding="utf-8")
    kinds = [s["kind"] for a in out for s in a["services"]]
    print(f"{len(out)} agencies, {len(kinds)} services "
          f"({kinds.count('interactive')} interactive, {kinds.count('informative')} informative)")
    print(" ".join(f"{a['number']}:{len(a['services'])}" for a in out))


if __name__ == "__main__":
    main()
