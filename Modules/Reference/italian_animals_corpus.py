#!/usr/bin/env python3
"""Generates the small Italian corpus about animals that TextModels ships for its embedding demo.

Every sentence comes from a template filled with facts about one animal (its sound, the verb for
that sound, where it lives, what it eats, its young, what it does), so the text is plain, true
Italian. Nothing is random: the output depends only on this file.

Writes Modules/Sources/TextModels/Corpora/ItalianAnimalCorpus.swift (the corpus as a string literal,
so the library needs no resource bundle at run time). Run from the repository root:

    python3 Modules/Reference/italian_animals_corpus.py
"""
from pathlib import Path

# name, gender, article, "di"+article, "a"+article, sound (or None), sound verb,
# homes, foods, (young, young's article), actions
ANIMALS = [
    ("gatto", "m", "il", "del", "al", "miao", "miagola",
     ["sul divano", "nella cesta"], ["il pesce", "i croccantini"], ("gattino", "il"),
     ["fa le fusa", "caccia i topi", "si arrampica sugli alberi", "si lecca il pelo"]),
    ("cane", "m", "il", "del", "al", "bau", "abbaia",
     ["nella cuccia", "in giardino"], ["l'osso", "le crocchette"], ("cagnolino", "il"),
     ["scodinzola", "riporta la palla", "fa la guardia alla casa", "annusa il prato"]),
    ("mucca", "f", "la", "della", "alla", "muu", "muggisce",
     ["nella stalla", "nel prato"], ["l'erba", "il fieno"], ("vitello", "il"),
     ["dà il latte", "pascola nel prato", "rumina tutto il giorno"]),
    ("pecora", "f", "la", "della", "alla", "bee", "bela",
     ["nell'ovile", "sulla collina"], ["l'erba", "il trifoglio"], ("agnello", "l'"),
     ["dà la lana", "segue il gregge", "pascola sulla collina"]),
    ("gallina", "f", "la", "della", "alla", "coccodè", "schiamazza",
     ["nel pollaio", "nell'aia"], ["il mais", "i semi"], ("pulcino", "il"),
     ["fa le uova", "razzola nell'aia", "cova le uova"]),
    ("gallo", "m", "il", "del", "al", "chicchirichì", "canta",
     ["nel pollaio", "sul recinto"], ["il granturco", "i vermi"], None,
     ["canta all'alba", "sveglia la fattoria"]),
    ("anatra", "f", "l'", "dell'", "all'", "qua", "starnazza",
     ["nello stagno", "vicino al fiume"], ["il pane", "le alghe"], ("anatroccolo", "l'"),
     ["nuota nello stagno", "cammina in fila"]),
    ("rana", "f", "la", "della", "alla", "cra", "gracida",
     ["nello stagno", "tra le canne"], ["le mosche", "gli insetti"], ("girino", "il"),
     ["salta sulle foglie", "nuota sott'acqua"]),
    ("maiale", "m", "il", "del", "al", "oink", "grugnisce",
     ["nel porcile", "nella fattoria"], ["le ghiande", "la frutta"], ("maialino", "il"),
     ["si rotola nel fango", "dorme al sole"]),
    ("topo", "m", "il", "del", "al", "squit", "squittisce",
     ["nella tana", "in cantina"], ["il formaggio", "le briciole"], ("topolino", "il"),
     ["scappa dal gatto", "rosicchia il formaggio"]),
    ("lupo", "m", "il", "del", "al", "auuu", "ulula",
     ["nel bosco", "in montagna"], ["la carne", "le lepri"], ("lupacchiotto", "il"),
     ["ulula alla luna", "caccia in branco"]),
    ("passero", "m", "il", "del", "al", "cip", "cinguetta",
     ["nel nido", "sul ramo"], ["i semi", "le briciole"], ("passerotto", "il"),
     ["vola nel cielo", "costruisce il nido"]),
    ("cavallo", "m", "il", "del", "al", None, "nitrisce",
     ["nella scuderia", "nel recinto"], ["il fieno", "le carote"], ("puledro", "il"),
     ["galoppa nel prato", "traina il carretto"]),
    ("leone", "m", "il", "del", "al", None, "ruggisce",
     ["nella savana", "sotto un albero"], ["la carne", "le zebre"], ("leoncino", "il"),
     ["caccia nella savana", "dorme all'ombra"]),
]

ADJECTIVES = [None, ("nero", "nera"), ("bianco", "bianca"), ("piccolo", "piccola"),
              ("grande", "grande"), ("vecchio", "vecchia"), ("giovane", "giovane")]


def join(article, word):
    return article + word if article.endswith("'") else f"{article} {word}"


def likes(food):
    """Italian agreement: "piace" for a singular food, "piacciono" for a plural one."""
    return "piacciono" if food.split()[0] in ("i", "gli", "le") else "piace"


def capitalize(sentence):
    return sentence[0].upper() + sentence[1:]


def sentences():
    out = []
    for (name, gender, art, di, al, sound, verb, homes, foods, young, actions) in ANIMALS:
        for adjective in ADJECTIVES:
            noun = name if adjective is None else f"{name} {adjective[0 if gender == 'm' else 1]}"
            subject = join(art, noun)
            if sound:
                out += [f"{subject} fa {sound}.",
                        f"{subject} dice {sound}.",
                        f"{subject} {verb}: {sound}, {sound}!",
                        f"quando ha fame {subject} fa {sound}.",
                        f"sento {subject} che fa {sound}."]
            out += [f"{subject} {verb}.", f"di notte {subject} {verb} forte."]
            for home in homes:
                out += [f"{subject} vive {home}.", f"{subject} dorme {home}."]
            for food in foods:
                out += [f"{subject} mangia {food}.", f"{join(al, noun)} {likes(food)} {food}."]
            for action in actions:
                out.append(f"{subject} {action}.")
        if sound:
            out += [f"il verso {join(di, name)} è {sound}.", f"{sound}! è {join(art, name)}."]
        if young:
            out.append(f"{join(young[1], young[0])} è il piccolo {join(di, name)}.")
    return [capitalize(s) for s in out]


def main():
    root = Path(__file__).resolve().parents[2]
    text = "\n".join(sentences()) + "\n"
    assert '"""#' not in text
    target = root / "Modules/Sources/TextModels/Corpora/ItalianAnimalCorpus.swift"
    target.write_text(
        "// Generated by Modules/Reference/italian_animals_corpus.py; do not edit by hand.\n\n"
        "/// A small Italian corpus about animals (their sounds, homes, food, young and habits),\n"
        "/// one short sentence per line, used to train the demo word embeddings.\n"
        "public enum ItalianAnimalCorpus {\n"
        "    /// The corpus text.\n"
        "    public static let text = #\"\"\"\n" + text + "\"\"\"#\n}\n",
        encoding="utf-8")
    print(f"{len(sentences())} sentences, {len(text.encode('utf-8'))} bytes -> {target}")


if __name__ == "__main__":
    main()
