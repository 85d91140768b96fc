#!/usr/bin/env python3
"""Builds data/actors/actors.tsv (format: data/actors/README.md) from ../shared and the
hand-written data/actors/news-ar.txt.

Usage: python3 tools/build_actors.py [--shared ../shared] [--out data/actors/actors.tsv]

Sources in priority order (a form already defined by an earlier source is not taken again):
  1. data/actors/news-ar.txt                        hand-written forms for Arabic news
  2. ../shared/data/gazetteer/countries-ar.tsv      ISO country names (short and official)
  (../shared/data/ner/anercorp/train.conll only says which one-word names are plain words)
  3. ../shared/data/cameo/arabic/actor_dict_ar_v4.txt   UniversalPetrarch actors (cleaned)
  4. ../shared/data/cameo/arabic/agents.all.ar*.txt     UniversalPetrarch role words
Codes are checked against the CAMEO roots seen in the Phoenix English dictionaries; the
cleaning statistics go to stderr and into the file's header comments. Deterministic: the
same inputs give the same bytes.
"""
import argparse
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# CAMEO role (agent) codes: a code made only of these is a role word, not an actor.
ROLES = {"GOV", "MIL", "COP", "OPP", "REB", "CVL", "JUD", "LEG", "MED", "BUS", "REF", "SPY",
         "ELI", "EDU", "HLH", "LAB", "AGR", "CRM", "DEV", "ENV", "HRI", "IRC", "MOD", "RAD",
         "UAF", "INS", "SEP", "PTY", "REL", "SET", "UNK", "IMG", "MUS", "CHR", "JEW", "IGO",
         "NGO", "NGM", "MNC", "INT", "AMN", "FRM", "LLY", "CON", "HRW", "SHI", "SUN", "EUR",
         "SPT"}  # SPT: marsad's own role code for sports clubs and federations
# Country names in the gazetteer that are also common words in news text.
GAZETTEER_STOP = {"مالي", "بنين", "جيرسي", "توغو", "تشاد"}
# One-word UniversalPetrarch or gazetteer names that collide with common words, found by
# ranking the resolver's matches over 3,000 corpus articles (ACCURACY.md, issue 14): the form
# (as the source writes it) and why it is dropped.
COLLISIONS = {
    "بنين": "Benin; mostly 'boys' (للبنين، مدارس البنين)",
    "فاس": "Fez; الفأس/بالفأس 'the axe' reads as فاس after clitic stripping",
    "سيول": "Seoul; السيول 'the floods' (سيئول is kept)",
    "البندقية": "Venice; 'the rifle'",
    "نيل": "the Nile (a river, not an actor); نيل 'obtaining'",
    "خليل": "Hebron; the given name خليل and the surname الخليل",
    "لرياض": "'for gardens'",
    "إمارة": "a Saudi regional governorate (إمارة منطقة مكة), not the UAE",
    "عيبان": "the Saudi surname العيبان (مساعد العيبان), not a Yemeni place",
    "كردستاني": "the PKK's nisba (العمال الكردستاني), coded as Kyrgyzstan",
    "الظهران": "Dhahran, coded as Iran (the hand-written list gives it SAU)",
}
# UniversalPetrarch role words that mostly mean something else in news text.
ROLE_COLLISIONS = {
    "مصدر": "EXPORTER (مُصدِّر); in news almost always مَصدَر 'a source' (المصدر لوكالة الأنباء)",
}
# Words of currencies: a phrase with one (دولار أمريكي → USA) names money, not an actor.
CURRENCY_WORDS = {"دولار", "ريال", "يورو", "جنيه", "دينار", "درهم", "ليرة", "روبية", "ين", "فرنك", "روبل", "يوان"}
# Words that begin an office or institution: a UniversalPetrarch phrase made of such a word
# and common words only (وزارة عمل → LBNGOVMED, وزير مدني → SAUGOV) names no one in particular.
INSTITUTION_WORDS = {"وزاره", "وزير", "وزيره", "مجلس", "هيئه", "رئيس", "رئيسه", "مدير",
                     "مديريه", "محافظ", "نائب", "سفير", "سفاره", "قائد", "مكتب", "لجنه", "امين",
                     "مفوض", "مفوضيه", "جهاز", "اداره", "دائره", "مؤسسه", "شرطه", "جيش", "قوات",
                     "محكمه", "مصلحه", "اتحاد", "نادي", "منتخب", "بنك", "شركه", "وكاله",
                     "متحدث", "ناطق", "مسؤول", "حاكم", "والي"}
# The earliest and latest dates a range may hold; anything outside is a typo in the source.
MIN_DATE, MAX_DATE = 18000102, 21000101

TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")


def norm_token(t):
    """Mirror of the C++ key normalisation, used only to de-duplicate forms."""
    t = TASHKEEL.sub("", t)
    t = re.sub("[أإآٱ]", "ا", t).replace("ى", "ي").replace("ة", "ه")
    if t.startswith("ال") and len(t) >= 4:
        t = t[2:]
    return t


def lemma(word):
    """A word key without ة/ين/ون, as the matcher also reads inner words (see actor_words.h)."""
    if len(word) >= 4 and word.endswith("ه"):
        return word[:-1]
    if len(word) >= 5 and word.endswith(("ين", "ون")):
        return word[:-2]
    return word


def form_key(form):
    return " ".join(norm_token(t) for t in form.lstrip("=").split())


def iso(d):
    """YYYYMMDD int → YYYY-MM-DD (or '-' for open)."""
    if d is None:
        return "-"
    s = str(d)
    return f"{s[:4]}-{s[4:6]}-{s[6:]}"


class Builder:
    def __init__(self):
        self.rows = []          # (kind, form, code, type, from, to, source)
        self.keys = {}          # form key → source that defined it
        self.stats = Counter()
        self.seen = set()
        self.hand_roles, self.hand_countries = set(), set()

    def composed(self, form):
        """Whether form is a hand-written role followed by a hand-written nisba or country:
        the matcher builds those itself, with the role's code (رئيس يمني → YEMGOV, not YEM)."""
        words = [lemma(w) for w in form_key(form).split()]
        for i in range(1, len(words)):
            if " ".join(words[:i]) in self.hand_roles and " ".join(words[i:]) in self.hand_countries:
                return True
        return False

    def generic_office(self, form, common):
        """Whether form is an office or institution word followed by common words only, with no
        country, nisba or name among them (وزارة عمل, وزير ثقافة والاعلام, وزير خارجية عربي)."""
        words = form_key(form).split()
        if words[0] not in INSTITUTION_WORDS:
            return False
        for w in words[1:]:
            w = w[1:] if w.startswith("و") and len(w) > 3 else w
            if lemma(w) in self.hand_countries or w in self.hand_countries:
                return False
            if not (common.get(w) or w in INSTITUTION_WORDS or len(w) <= 2):
                return False
        return True

    def take(self, source, kind, form, ranges, typ):
        """ranges: list of (code, from int|None, to int|None). Returns False if shadowed."""
        form = " ".join(form.split())
        if not form:
            return False
        # A one-word name written with ال keeps it in the text (الرقة, الجيزة, التبت): read
        # without it, it is a common word after clitic stripping (ورقة, فرقة, وجيزة, كتبت).
        if kind == "A" and " " not in form and TASHKEEL.sub("", form).startswith("ال") and len(form) > 4:
            form = "=" + form
        key = form_key(form)
        if not key.strip():
            return False
        owner = self.keys.get(key)
        if owner is not None and owner != source:
            self.stats[f"{source}: forms already defined by {owner}"] += 1
            return False
        # Within one source a form is defined once; the hand-written list may give one form
        # two kinds (سورية: the country and the nisba), the other sources may not.
        seen = (key, kind) if source == "hand" else key
        if seen in self.seen:
            self.stats[f"{source}: repeated forms dropped (first kept)"] += 1
            return False
        self.seen.add(seen)
        self.keys[key] = source
        lemma_key = " ".join(lemma(w) for w in key.split())
        if source == "hand" and kind == "R":
            self.hand_roles.add(lemma_key)
        if source == "hand" and (kind == "N" or (typ == "LOC" and len(ranges[0][0]) == 3)):
            self.hand_countries.add(lemma_key)
        for code, start, end in ranges:
            self.rows.append((kind, form, code, typ, iso(start), iso(end), source))
        return True


# ---- 1. hand-written ----------------------------------------------------------------------

def parse_date(s):
    return int(s.replace("-", "")) if s else None


# Not ات: the feminine plural is rare for actors and makes common words (مجري+ات = مجريات).
NISBA_SUFFIXES = ["", "ة", "ين", "ون", "ان", "تان", "تين"]


def read_hand(b, path):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        head, *forms = [p.strip() for p in line.split("|")]
        kind, *specs = head.split()
        ranges = []
        for spec in specs:
            code, _, dates = spec.partition("@")
            start, _, end = dates.partition("..")
            ranges.append((code, parse_date(start), parse_date(end)))
        if not ranges or not forms:
            sys.exit(f"{path}:{n}: expected 'KIND CODE... | form ...'")
        if kind == "N":
            for base in forms:
                # =تركي: the bare masculine form needs ال (تركي alone is the given name Turki).
                bare_needs_article = base.startswith("=")
                words = base.lstrip("=").split()
                for suffix in NISBA_SUFFIXES:
                    form = " ".join(w + suffix for w in words)
                    b.take("hand", "N", ("=" if bare_needs_article and not suffix else "") + form, ranges, "MISC")
        elif kind == "R":
            for f in forms:
                b.take("hand", "R", f, ranges, "-")
        elif kind.startswith("A-"):
            for f in forms:
                b.take("hand", "A", f, ranges, kind[2:])
        else:
            sys.exit(f"{path}:{n}: unknown kind {kind}")


# ---- 2. gazetteer -------------------------------------------------------------------------

def read_gazetteer(b, path):
    lines = open(path, encoding="utf-8").read().splitlines()[1:]
    for line in lines:
        cols = line.split("\t")
        code = cols[0]
        for name in cols[3:5]:
            for form in name.split("،"):
                form = TASHKEEL.sub("", form).strip()
                if not form:
                    continue
                if form in GAZETTEER_STOP or form in COLLISIONS:
                    b.stats["gazetteer: names dropped as common words"] += 1
                    continue
                b.take("gazetteer", "A", form, [(code, None, None)], "LOC")
        # سلوفاكيا → سلوفاكي، سلوفاكية ...: the adjectives of a one-word name in ـيا, where
        # the hand-written list has none (it comes first, so its forms stand).
        short = TASHKEEL.sub("", cols[3]).strip()
        if " " not in short and short.endswith("يا") and len(short) >= 5:
            for suffix in NISBA_SUFFIXES:
                b.take("gazetteer", "N", short[:-2] + "ي" + suffix, [(code, None, None)], "MISC")


# ---- 3. UniversalPetrarch actors ------------------------------------------------------------

CODE_RE = re.compile(r"\[([^\]]*)\]")


def parse_up_code(text, b):
    """'SYRGOV 20000717-18000101' → (code, from, to) or None (dropped, counted)."""
    text = text.strip()
    m = re.fullmatch(r"~?([A-Z]*)(\?)?\s*(?:([<>])\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))?", text)
    if not m:
        b.stats["actor_dict: ranges dropped: unreadable"] += 1
        return None
    code, uncertain, op, one, start, end = m.groups()
    if not code:
        b.stats["actor_dict: ranges dropped: no code"] += 1
        return None
    if uncertain:
        b.stats["actor_dict: ranges dropped: code marked '?'"] += 1
        return None
    lo = hi = None
    if op == ">" and int(one) == 22000101:
        b.stats["actor_dict: start >22000101 (placeholder) read as undated"] += 1
    elif op == ">":
        lo = int(one)
    elif op == "<":
        hi = int(one)
    elif start:
        lo, hi = int(start), int(end)
        if hi == 18000101:
            hi = None
            b.stats["actor_dict: end 18000101 read as open end"] += 1
    for d in (lo, hi):
        if d is not None and not (MIN_DATE <= d <= MAX_DATE):
            b.stats["actor_dict: ranges dropped: date outside 1800-2100"] += 1
            return None
    if lo is not None and hi is not None and lo > hi:
        b.stats["actor_dict: ranges dropped: start after end"] += 1
        return None
    if lo is not None and hi is not None and lo == hi:
        b.stats["actor_dict: ranges dropped: empty (start = end)"] += 1
        return None
    return code, lo, hi


def clean_up_form(raw):
    form = raw.replace("_", " ").strip()
    if re.search(r"[A-Za-z0-9(),.:;/\"]", form):
        return None
    if len(form.split()) > 6:
        return None
    return form


def read_up_actors(b, path, known_roots, common_words):
    entries = []  # (form, [codes])
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n").split("#", 1)[0]
        if not line.strip():
            continue
        codes = CODE_RE.findall(line)
        head = CODE_RE.sub("", line).strip()
        if line[0] in " \t" and not head:
            if entries:
                entries[-1][1].extend(codes)
            continue
        if head.startswith("+") and entries:  # synonym of the previous entry
            entries.append((head[1:], entries[-1][1]))
            continue
        entries.append((head, codes))
    for raw, codes in entries:
        b.stats["actor_dict: entries read"] += 1
        form = clean_up_form(raw)
        if form is None:
            b.stats["actor_dict: entries dropped: not an Arabic name (Latin, digits, prose)"] += 1
            continue
        if not codes:
            b.stats["actor_dict: entries dropped: no code"] += 1
            continue
        ranges = [r for r in (parse_up_code(c, b) for c in codes) if r]
        ranges = [r for r in ranges if r[0][:3] in known_roots]
        if not ranges:
            b.stats["actor_dict: entries dropped: no usable code left"] += 1
            continue
        if len(form_key(form).replace(" ", "")) < 3:
            b.stats["actor_dict: entries dropped: shorter than 3 letters"] += 1
            continue
        roles_only = all(is_role_code(c) for c, _, _ in ranges)
        one_word = " " not in form.strip()
        if not roles_only and one_word and up_type(ranges) != "LOC":
            # A surname or one-word organisation out of context is too often a plain word or
            # someone else (صالح, هادي, منظمة, المبارك); the hand-written list has the ones
            # that are safe alone.
            b.stats["actor_dict: entries dropped: one-word person or organisation"] += 1
            continue
        if not roles_only and re.match(r"(عبد|أبو|ابو) \S+$", form):
            b.stats["actor_dict: entries dropped: given name only (عبد العزيز)"] += 1
            continue
        if not roles_only and b.composed(form):
            b.stats["actor_dict: entries dropped: role + country, composed when matching (رئيس يمني)"] += 1
            continue
        if form in COLLISIONS or form in GAZETTEER_STOP:
            b.stats["actor_dict: entries dropped: collides with a common word (COLLISIONS)"] += 1
            continue
        if set(form_key(form).split()) & CURRENCY_WORDS:
            b.stats["actor_dict: entries dropped: a currency (دولار أمريكي)"] += 1
            continue
        # International bodies have generic-looking names (مكتب بحري دولي): keep them.
        igo = all(c.startswith("IGO") for c, _, _ in ranges)
        if not roles_only and not igo and b.generic_office(form, common_words):
            b.stats["actor_dict: entries dropped: an office with no country or name (وزارة عمل)"] += 1
            continue
        plain_word = one_word and common_words.get(form_key(form))
        if not roles_only and plain_word:
            # One-word names that newswire mostly uses as plain words (سيادة "sovereignty").
            b.stats["actor_dict: entries dropped: one word that ANERcorp tags O"] += 1
            continue
        if roles_only and any(lo or hi for _, lo, hi in ranges):
            # A role word has no term of office; these are mis-filed words (وصف, "description").
            b.stats["actor_dict: entries dropped: role word with a date range"] += 1
            continue
        if b.take("actor_dict", "R" if roles_only else "A", form, ranges, "-" if roles_only else up_type(ranges)):
            b.stats["actor_dict: entries kept"] += 1


def up_type(ranges):
    """The dictionary gives no entity type: dated entries are people in office, bare country
    codes places, the rest organisations."""
    if all(len(c) == 3 and c not in ROLES for c, _, _ in ranges):
        return "LOC"
    return "PER" if any(lo or hi for _, lo, hi in ranges) else "ORG"


def is_role_code(code):
    return len(code) % 3 == 0 and all(code[i:i + 3] in ROLES for i in range(0, len(code), 3)) \
        and code[:3] not in ("IGO", "NGO", "IMG", "MNC", "EUR")


# ---- 4. UniversalPetrarch agents ------------------------------------------------------------

def read_up_agents(b, path):
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        m = re.search(r"\[~?([A-Z]+)\]", line)
        if not m:
            continue
        before, after = line[:m.start()].strip(), line[m.end():].strip()
        form = after if after else before  # agents.all.ar.txt: ENGLISH [~CODE]arabic
        form = clean_up_form(form)
        b.stats[f"{os.path.basename(path)}: role words read"] += 1
        if not form or len(form_key(form).replace(" ", "")) < 3:
            b.stats[f"{os.path.basename(path)}: dropped: not Arabic or too short"] += 1
            continue
        if form in ROLE_COLLISIONS:
            b.stats[f"{os.path.basename(path)}: dropped: collides with a common word"] += 1
            continue
        if b.take("agents", "R", form, [(m.group(1), None, None)], "-"):
            b.stats[f"{os.path.basename(path)}: role words kept"] += 1


# ---- ANERcorp: which words are plain words ---------------------------------------------------

def common_words(conll):
    """Word keys that ANERcorp's training split tags O at least twice and in at least 60% of
    their occurrences: one-word dictionary names equal to them are more often not names."""
    outside, named = Counter(), Counter()
    for line in open(conll, encoding="utf-8"):
        parts = line.split()
        if len(parts) != 2:
            continue
        key = norm_token(parts[0])
        (outside if parts[1] == "O" else named)[key] += 1
    return {k: True for k, o in outside.items() if o >= 2 and o >= 0.6 * (o + named[k])}


# ---- Phoenix: which code roots exist ----------------------------------------------------------

def phoenix_roots(english_dir, gazetteer):
    roots = set(ROLES)
    for name in sorted(os.listdir(english_dir)):
        if name.startswith("Phoenix.") and name.endswith(".txt"):
            text = open(os.path.join(english_dir, name), encoding="utf-8", errors="replace").read()
            for code in re.findall(r"\[~?([A-Z]{3,})[\] <>0-9-]", text):
                roots.add(code[:3])
    for line in open(gazetteer, encoding="utf-8").read().splitlines()[1:]:
        roots.add(line.split("\t")[0])
    return roots


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "actors", "actors.tsv"))
    args = ap.parse_args()
    data = os.path.join(args.shared, "data")
    gazetteer = os.path.join(data, "gazetteer", "countries-ar.tsv")
    arabic = os.path.join(data, "cameo", "arabic")
    roots = phoenix_roots(os.path.join(data, "cameo", "english"), gazetteer)
    # Short IGO codes marsad uses as roots (brief style: UNO, ARL ...), and ethnic roots.
    roots |= {"UNO", "ARL", "GCC", "EUR", "NAT", "AFR", "OIC", "OPC", "WTO", "IMF", "WBK",
              "ICC", "IAE", "KUR", "MEA", "IGO"}

    b = Builder()
    read_hand(b, os.path.join(ROOT, "data", "actors", "news-ar.txt"))
    unknown = sorted({r[2] for r in b.rows if r[2][:3] not in roots})
    if unknown:
        sys.exit(f"hand-written codes with unknown roots: {unknown}")
    read_gazetteer(b, gazetteer)
    common = common_words(os.path.join(data, "ner", "anercorp", "train.conll"))
    read_up_actors(b, os.path.join(arabic, "actor_dict_ar_v4.txt"), roots, common)
    read_up_agents(b, os.path.join(arabic, "agents.all.ar_v3.txt"))
    read_up_agents(b, os.path.join(arabic, "agents.all.ar.txt"))

    forms = Counter(source for _, source in {(r[1], r[6]) for r in b.rows})
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# marsad-actors 1\n")
        out.write("# Built by tools/build_actors.py; format in data/actors/README.md. Do not edit:\n")
        out.write("# change data/actors/news-ar.txt or the tool and rebuild.\n")
        out.write(f"# rows {len(b.rows)}; distinct forms by source: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())) + "\n")
        for k, v in sorted(b.stats.items()):
            out.write(f"# {k}: {v}\n")
        out.write("# kind\tform\tcode\ttype\tfrom\tto\tsource\n")
        for r in b.rows:
            out.write("\t".join(r) + "\n")
    print(f"wrote {args.out}: {len(b.rows)} rows", file=sys.stderr)
    for k, v in sorted(b.stats.items()):
        print(f"  {k}: {v}", file=sys.stderr)


if __name__ == "__main__":
    main()
