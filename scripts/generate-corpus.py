#!/usr/bin/env python3
"""Writes a synthetic content folder for benchmarks: N leaflets in Dutch and English.

    scripts/generate-corpus.py --leaflets 2000 --out build/corpus

Every leaflet is valid: front matter, sections, lists, a table now and then, call-outs, links and cards
to other leaflets, related leaflets and preparation days for exams. The text is generated from a small
word list (it reads like nonsense, but has the length and shape of real leaflets: 2-4 printed pages).
Deterministic: the same arguments give the same files.
"""
import argparse
import os
import random

WORDS_NL = ("de het een onderzoek patiënt afdeling verpleegkundige behandeling medicijnen uitslag "
            "contrastvloeistof voorbereiding wachtkamer bloedonderzoek ziekenhuis arts lever operatie "
            "herstel pijn klachten afspraak controle nazorg bestraling ontslag wond thuis vragen uitleg "
            "ongeveer meestal soms daarna eerst goed snel rustig belangrijk mogelijk").split()
WORDS_EN = ("the a an examination patient department nurse treatment medicines result contrast "
            "preparation waiting room blood test hospital doctor liver operation recovery pain "
            "symptoms appointment check aftercare radiotherapy discharge wound home questions "
            "explanation about usually sometimes afterwards first well quickly calmly important possible").split()
TYPES = ["condition", "exam", "treatment", "aftercare", "general"]
DEPARTMENTS = ["radiology", "surgery", "oncology"]


def sentence(rnd, words, lo=6, hi=18):
    s = " ".join(rnd.choice(words) for _ in range(rnd.randint(lo, hi)))
    return s[0].upper() + s[1:] + "."


def paragraph(rnd, words):
    return " ".join(sentence(rnd, words) for _ in range(rnd.randint(2, 5)))


def body(rnd, words, ids, own, heading_words):
    out = [paragraph(rnd, words), ""]
    for section in range(rnd.randint(4, 7)):
        out += ["## " + " ".join(rnd.choice(heading_words) for _ in range(rnd.randint(1, 3))).capitalize(), ""]
        for _ in range(rnd.randint(1, 3)):
            out += [paragraph(rnd, words), ""]
        if rnd.random() < 0.5:
            out += ["- " + sentence(rnd, words, 4, 10) for _ in range(rnd.randint(3, 6))] + [""]
        if rnd.random() < 0.15:
            out += ["| " + rnd.choice(words) + " | " + rnd.choice(words) + " |", "|---|---|"]
            out += ["| " + sentence(rnd, words, 1, 3) + " | " + sentence(rnd, words, 3, 8) + " |" for _ in range(rnd.randint(2, 5))]
            out += [""]
        if rnd.random() < 0.2:
            out += ["> [!" + rnd.choice(["NOTE", "WARNING", "TIP"]) + "]", "> " + sentence(rnd, words), ""]
        if rnd.random() < 0.3:
            other = rnd.choice([i for i in ids if i != own])
            out += [sentence(rnd, words, 3, 8)[:-1] + " [" + other + "](" + other + ").", ""]
    if rnd.random() < 0.4:
        out += ["[[" + rnd.choice([i for i in ids if i != own]) + "]]", ""]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaflets", type=int, default=2000)
    parser.add_argument("--out", default="build/corpus")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("name: {nl: Corpusziekenhuis, en: Corpus Hospital}\n"
                "base-url: https://folders.corpus.example/\n"
                "languages: [nl, en]\n"
                "contact: {phone: \"+31 40 555 00 00\", emergency: \"112\"}\n"
                "departments:\n"
                "  radiology: {name: {nl: Radiologie, en: Radiology}, phone: \"+31 40 555 01 20\"}\n"
                "  surgery: {name: {nl: Chirurgie, en: Surgery}, phone: \"+31 40 555 02 10\"}\n"
                "  oncology: {name: {nl: Oncologie, en: Oncology}, phone: \"+31 40 555 03 30\"}\n")
    ids = ["leaflet-%04d" % i for i in range(args.leaflets)]
    for n, leaflet in enumerate(ids):
        kind = TYPES[n % len(TYPES)]
        related = rnd.sample([i for i in ids if i != leaflet], min(2, len(ids) - 1))
        folder = os.path.join(args.out, leaflet)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "nl.md"), "w", encoding="utf-8") as f:
            f.write("---\ntype: %s\ntitle: %s\nsummary: %s\ncode: C-%04d\ndepartment: %s\n"
                    "reviewed: 2026-01-%02d\nreview-due: 2028-01-%02d\nauthors: [Afdeling %s]\n"
                    "related: [%s]\n%s---\n" % (
                        kind, sentence(rnd, WORDS_NL, 2, 4)[:-1], sentence(rnd, WORDS_NL, 10, 20), n,
                        DEPARTMENTS[n % 3], n % 28 + 1, n % 28 + 1, DEPARTMENTS[n % 3], ", ".join(related),
                        "prepare-days: %d\n" % (n % 4) if kind == "exam" else ""))
            f.write(body(rnd, WORDS_NL, ids, leaflet, WORDS_NL))
        with open(os.path.join(folder, "en.md"), "w", encoding="utf-8") as f:
            f.write("---\ntype: %s\ntitle: %s\nsummary: %s\n---\n" % (
                kind, sentence(rnd, WORDS_EN, 2, 4)[:-1], sentence(rnd, WORDS_EN, 10, 20)))
            f.write(body(rnd, WORDS_EN, ids, leaflet, WORDS_EN))


if __name__ == "__main__":
    main()
