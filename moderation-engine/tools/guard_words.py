#!/usr/bin/env python3
"""Builds rules/common-words.txt, the guard list of real words that tolerant matching must never re-read.

Development-time only; the engine reads the list it writes. Inputs: the rule files and classes.txt (the
vocabulary), Debian's word lists (apt-get install wamerican wbritish wfrench: /usr/share/dict) to tell real
words from obfuscations, and the texts of the shared data sets, only to count how often words occur (no
sentence is copied). Words are written in canonical form: lower case, no accents, doubled letters squeezed.

A word is kept when it is a real word (in a dictionary) and one of:
  - a one-edit neighbour of a rule word (one letter deleted or inserted, two adjacent letters swapped, the
    first letter kept, as the engine reads them),
    the collisions tolerant matching must not make ("omen"/"women", "back"/"black");
  - a compound that splits into a rule word of 4 letters or more and another word ("therapist", "cocktail"),
    or into a two-letter rule word and another rule word ("goodie"), so it is never split;
  - frequent in the data sets (>= MIN_COUNT occurrences): the common words a glued token may be split into.
Neighbours found in the data sets but in no dictionary are printed for review (add the real ones by hand
to EXTRA below; obfuscations stay out).

usage: python3 tools/guard_words.py /work/shared/datasets > src/main/resources/.../rules/common-words.txt
"""
import csv
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "src/main/resources/org/causette/moderation/engine/rules"
MIN_COUNT = 3
MIN_DELETE_TARGET = 5
MIN_SWAP_TARGET = 4
MIN_RULE_PART = 4
ONE_LETTER_WORDS = {"a", "i", "u", "y"}
# real words seen in chat but missing from the dictionaries (reviewed by hand)
EXTRA = set("""
mins yung ling bing mths txts quan whos romo gifs lito tema sura moke chik ptit ptits iont ight cutie lowlife
vasi pero geno muzi moin cano anot burk baes stic parl gran fems scho crore fati clim roid sion bucs youn lorde
amor aram bron deus indie gana inda propo suga mongo mael deser chepa chud cept comen mond thas bres quic werd
ramen maline poid godo goodo halal hallal casher foodporn
youpi fagot cube cubes chambranle chambranles negroni negronis negrette negrettes
""".split())


# as WordForms.MEANINGFUL_DOUBLES: a "salle" (room) is not "sale"
MEANINGFUL_DOUBLES = {"salle", "salles"}


def canonical(word):
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(c for c in w if not unicodedata.combining(c))
    w = w.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    if w in MEANINGFUL_DOUBLES:
        return w
    out = []
    for c in w:
        if not out or c != out[-1] or not c.isalpha():
            out.append(c)
    if len(out) == 1 and len(w) > 1 and out[0].isalpha():
        return out[0] * 2  # as WordForms.canonical: "ss" and "xxx" are not the letter alone
    return "".join(out)


def words_of(text):
    return [canonical(w) for w in re.findall(r"[^\W\d_]+", text)]


def rule_vocabulary():
    vocab = set()
    for f in RULES.iterdir():
        if f.suffix not in (".rules", ".txt") or f.name in ("index.txt", "common-words.txt"):
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0]
            if line.startswith("[") or line.startswith("%"):
                continue
            if "=" in line and line.lstrip().startswith("@"):
                line = line.split("=", 1)[1]
            for tok in re.split(r"[\s()|?]+", line):
                if not tok or tok.startswith("@") or tok.startswith("~") or tok.endswith("*") or tok == "_":
                    continue
                if tok.isalpha():
                    vocab.add(canonical(tok))
    return vocab


def neighbours(w):
    out = set()
    if len(w) >= MIN_DELETE_TARGET:
        for i in range(1, len(w)):
            out.add(w[:i] + w[i + 1:])
    if len(w) >= MIN_SWAP_TARGET:
        for i in range(1, len(w) - 1):
            out.add(w[:i] + w[i + 1] + w[i] + w[i + 2:])
    return out


def is_insertion_of(token, w):
    return len(token) == len(w) + 1 and any(token[:i] + token[i + 1:] == w for i in range(len(token)))


def dictionary():
    words = set()
    for name in ("american-english", "british-english", "french"):
        p = Path("/usr/share/dict") / name
        if p.exists():
            for line in p.read_text(encoding="utf-8", errors="ignore").splitlines():
                if line.isalpha():
                    words.add(canonical(line))
    return words


def dataset_counts(root):
    root = Path(root)
    counts = Counter()
    csv.field_size_limit(10 ** 8)
    sources = [("hatecheck_en/test_suite_cases.csv", "test_case", ","),
               ("cyberagressionado_fr_dev/split_dev_v2convs.csv", "TEXT", ","),
               ("mlma_hate_speech/fr_dataset.csv", "tweet", ","),
               ("mlma_hate_speech/en_dataset.csv", "tweet", ","),
               ("davidson_hsol_en/labeled_data.csv", "tweet", ","),
               ("sms_spam_uci/SMSSpamCollection_with_header.tsv", "SMS", "\t")]
    for path, column, delimiter in sources:
        with open(root / path, encoding="utf-8", errors="ignore", newline="") as f:
            for row in csv.DictReader(f, delimiter=delimiter):
                counts.update(words_of(row.get(column) or ""))
    return counts


def main():
    vocab = rule_vocabulary()
    real = dictionary() | {canonical(w) for w in EXTRA}
    counts = dataset_counts(sys.argv[1])
    guard = set()
    review = Counter()
    by_delete = {}
    for w in vocab:
        for n in neighbours(w):
            if n in vocab:
                continue
            if n in real:
                guard.add(n)
            elif counts[n] >= 2:
                review[n] = counts[n]
    long_vocab = {w for w in vocab if len(w) >= MIN_DELETE_TARGET}
    for word in real:
        if word in vocab or len(word) < MIN_DELETE_TARGET + 1:
            continue
        for i in range(1, len(word)):
            if word[:i] + word[i + 1:] in long_vocab:
                guard.add(word)
                break
    partners = real | vocab
    for word in real:
        if word in vocab or len(word) < 5:
            continue
        for i in range(1, len(word) - 1):
            a, b = word[:i], word[i:]
            if i == 1 and a not in ONE_LETTER_WORDS:
                continue
            if (len(a) >= MIN_RULE_PART and a in vocab and b in partners) or (len(b) >= MIN_RULE_PART and b in vocab and a in partners) \
                    or (len(a) <= 2 and len(b) >= 3 and a in vocab and b in vocab):
                guard.add(word)
                break
    for word in real:
        if word in vocab or len(word) < MIN_SWAP_TARGET:
            continue
        for i in range(1, len(word) - 1):
            swapped = canonical(word[:i] + word[i + 1] + word[i] + word[i + 2:])
            if swapped != word and swapped in vocab:
                guard.add(word)
                break
    guard |= {w for w, c in counts.items() if c >= MIN_COUNT and w in real and len(w) >= 2}
    guard -= vocab
    print("# Real words that tolerant matching never re-reads, in canonical form (lower case, no accents,")
    print("# doubled letters squeezed). Generated by moderation-engine/tools/guard_words.py; see its docstring.")
    print("# Kept: dictionary words (Debian wamerican, wbritish, wfrench) that are one edit away from a rule word,")
    print("# that split into a rule word and another word, or that occur %d times or more in the shared data" % MIN_COUNT)
    print("# sets (word counts only; no text copied). Regenerate after adding rule words.")
    for w in sorted(guard):
        print(w)
    for w, c in review.most_common():
        print("review %s %d" % (w, c), file=sys.stderr)


if __name__ == "__main__":
    main()
