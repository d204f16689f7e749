"""Word frequencies: a tokenizer and a text report.

A corpus of LINES lines is made from a 2000-word vocabulary of random
syllables (`random.Random(7)`, a skewed word distribution), with indents,
trailing blanks, capitals, quotes, brackets and punctuation.  A generator
tokenizes it (strip, split, lower, `isalpha`); a `Stats` object counts
words, word lengths and first positions; bigrams are counted through a
second generator.  The program prints the report: the top 25 words with
f-string alignment, a word-length histogram, the top bigrams, the longest
words, counts of consonant/vowel shapes and a Caesar-shifted excerpt with its
checksum; then the word and bigram totals and a checksum of the report.

Stresses: `str.split`/`strip`/`lower`/`isalpha`/`startswith`/`join`/
`replace`/`capitalize`/`title`, `str.format` and f-strings with format specs,
`%` formatting, dict get/increment, `sorted` with lambda keys, generators,
comprehensions over strings, slicing, concatenation, `ord`.

Usage: word_freq.py [LINES]   (default 40_000)
"""
import random
import sys
import time

SYLL = ["ka", "ri", "to", "men", "sa", "lo", "qu", "ex", "ban", "tri", "po", "ne", "zu",
        "vel", "or", "in"]
PUNCT = [",", ".", ";", ":", "!", "?", "", "", "", "", "", ""]


def make_corpus(rng, nlines):
    vocab = []
    for i in range(2000):
        w = "".join(rng.choice(SYLL) for _ in range(rng.randint(1, 4)))
        vocab.append(w)
    lines = []
    for i in range(nlines):
        nw = rng.randint(5, 15)
        ws = []
        for j in range(nw):
            w = vocab[int(len(vocab) * rng.random() ** 3)]
            r = rng.random()
            if r < 0.1:
                w = w.capitalize()
            elif r < 0.13:
                w = w.upper()
            elif r < 0.15:
                w = '"' + w + '"'
            elif r < 0.17:
                w = "(" + w + ")"
            w += rng.choice(PUNCT)
            ws.append(w)
        indent = "    " * rng.randint(0, 2)
        lines.append(indent + " ".join(ws) + ("  " if i % 7 == 0 else ""))
    return "\n".join(lines)


STRIP = "\"'()[]{},.;:!?"


def tokenize(text):
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for raw in line.split():
            w = raw.strip(STRIP).lower()
            if w and w.isalpha():
                yield w


def bigrams(words):
    prev = None
    for w in words:
        if prev is not None:
            yield prev + " " + w
        prev = w


class Stats:
    def __init__(self):
        self.counts = {}
        self.lengths = {}
        self.first = {}
        self.total = 0

    def add(self, w, pos):
        self.counts[w] = self.counts.get(w, 0) + 1
        n = len(w)
        self.lengths[n] = self.lengths.get(n, 0) + 1
        if w not in self.first:
            self.first[w] = pos
        self.total += 1

    def top(self, k):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]

    def report(self, k):
        out = []
        for rank, (w, c) in enumerate(self.top(k), 1):
            pct = 100.0 * c / self.total
            out.append(f"{rank:>3}. {w:<16} {c:6d} {pct:6.2f}% first@{self.first[w]}")
        for n in sorted(self.lengths):
            out.append("len {0:2d}: {1}".format(n, "#" * (self.lengths[n] * 60 // self.total)))
        return "\n".join(out)


def checksum_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def caesar(text, k):
    lo = "abcdefghijklmnopqrstuvwxyz"
    table = {c: lo[(i + k) % 26] for i, c in enumerate(lo)}
    return "".join([table.get(c, c) for c in text])


def run(n):
    rng = random.Random(7)
    text = make_corpus(rng, n)
    st = Stats()
    for pos, w in enumerate(tokenize(text)):
        st.add(w, pos)
    bi = {}
    for b in bigrams(tokenize(text)):
        bi[b] = bi.get(b, 0) + 1
    rep = st.report(25)
    topbi = sorted(bi, key=lambda b: (bi[b], b), reverse=True)[:10]
    rep += "\n" + "\n".join("%-24s %d" % (b, bi[b]) for b in topbi)
    words = sorted(st.counts, key=len)
    longest = words[-5:]
    rep += "\nlongest: " + ", ".join(w.title() for w in longest)
    # word-shape classification with many small str ops
    shapes = {}
    for w in st.counts:
        shape = "".join("v" if c in "aeiou" else "c" for c in w)
        shapes[shape[:4]] = shapes.get(shape[:4], 0) + st.counts[w]
    rep += "\nshapes: " + " ".join(f"{k}={v}" for k, v in sorted(shapes.items())[:12])
    enc = caesar(text[:20000].lower(), 3)
    rep += "\ncaesar: " + str(checksum_str(enc)) + " " + enc[:40].replace("\n", "|")
    return rep, st.total, len(bi)


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    rep, total, nbi = run(lines)
    print("lines:", lines)
    print(rep)
    print("words: %d bigrams: %d report checksum: %d" % (total, nbi, checksum_str(rep)))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
