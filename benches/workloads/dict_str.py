"""Strings and dicts: word and bigram counting over generated text.

A linear congruential generator (plain int arithmetic, no `random`) builds
LINES lines of text from a small syllable table, with capitalised words and
punctuation.  Each line is normalised with str methods, split into words, and
words and adjacent-word bigrams are counted in dicts with get()/item
assignment.  Prints totals, the most frequent words and bigrams, and a few
per-letter statistics.

Stresses: str concatenation, join, split, lower, replace, strip, startswith,
endswith, str hashing and comparison, dict get/set/membership/items, sorted()
with a key function, % formatting.

Usage: dict_str.py [LINES]   (default 60_000)
"""
import sys
import time

SYLLABLES = ["ka", "ro", "ti", "en", "mu", "sa", "lo", "ve", "ri", "do",
             "an", "qu", "el", "mi", "to", "na", "be", "or", "us", "ze"]
PUNCT = [",", ".", ";", "!", "?"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_word(rng):
    # Short words are far more common than long ones, so counts are skewed.
    n = 1 + rng.next(2) + rng.next(2) * rng.next(3)
    word = ""
    for _ in range(n):
        word += SYLLABLES[rng.next(8) + rng.next(13)]
    return word


def make_line(rng):
    words = []
    for i in range(4 + rng.next(12)):
        w = make_word(rng)
        if i == 0 or rng.next(10) == 0:
            w = w.capitalize()
        if rng.next(6) == 0:
            w += PUNCT[rng.next(len(PUNCT))]
        words.append(w)
    return "  " + " ".join(words) + " \n"


def normalise(line):
    line = line.strip().lower()
    for p in PUNCT:
        line = line.replace(p, "")
    return line


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 60_000
    rng = Lcg(12345)
    word_counts = {}
    bigram_counts = {}
    first_letters = {}
    total_words = 0
    total_chars = 0
    ends_with_vowel = 0
    for _ in range(lines):
        text = make_line(rng)
        total_chars += len(text)
        words = normalise(text).split()
        total_words += len(words)
        prev = None
        for w in words:
            word_counts[w] = word_counts.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                if key in bigram_counts:
                    bigram_counts[key] += 1
                else:
                    bigram_counts[key] = 1
            prev = w
            first = w[0]
            first_letters[first] = first_letters.get(first, 0) + 1
            if w.endswith("a") or w.endswith("e") or w.endswith("i") or w.endswith("o"):
                ends_with_vowel += 1

    print("lines: %d  words: %d  chars: %d" % (lines, total_words, total_chars))
    print("distinct words: %d  distinct bigrams: %d" % (len(word_counts), len(bigram_counts)))
    print("words ending in a/e/i/o: %d" % ends_with_vowel)
    top = sorted(word_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("top words:", ", ".join("%s=%d" % (w, c) for w, c in top))
    top = sorted(bigram_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("top bigrams:", ", ".join("'%s'=%d" % (b, c) for b, c in top))
    letters = sorted(first_letters)
    print("first letters:", " ".join(l + ":" + str(first_letters[l]) for l in letters))
    ka_words = 0
    for w in word_counts:
        if w.startswith("ka") and "ro" in w:
            ka_words += 1
    print("distinct words starting 'ka' containing 'ro':", ka_words)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
