# Assorted loops over objects: dict counting, histograms with float keys,
# tuples built and unpacked per iteration, lists built in the loop, string
# building, and float kernels reading floats out of dicts and tuples.


def word_counts(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    best = None
    for w, c in counts.items():
        if best is None or c > best[1] or (c == best[1] and w < best[0]):
            best = (w, c)
    return len(counts), best


print(word_counts("a b a c b a d e f a b c " * 5))


def histogram(values, width):
    h = {}
    for v in values:
        b = (v // width) * width
        if b in h:
            h[b] += 1
        else:
            h[b] = 1
    return sorted(h.items())


print(histogram([0.1 * i for i in range(40)], 0.75))
print(histogram(list(range(-10, 30, 3)), 7))


def pairs_sum(n):
    pts = []
    for i in range(n):
        pts.append((i, i * 0.5, str(i)))
    sx = 0
    sy = 0.0
    names = ""
    for x, y, s in pts:
        sx += x
        sy += y
        names += s
    return sx, sy, names


print(pairs_sum(12))


def swap_loop(n):
    a, b, c = 1, 2.5, "x"
    for i in range(n):
        a, b, c = c, a, b
    return a, b, c


print(swap_loop(7), swap_loop(8))


def build_rows(n):
    rows = []
    for i in range(n):
        rows.append([i, [i] * 2, (i, -i), {i: i}])
    return rows[-1], len(rows)


print(build_rows(5))


def dict_floats(weights, xs):
    score = 0.0
    for k in xs:
        w = weights[k]
        score += w * xs[k]
        weights[k] = w * 0.5
    return score, weights


print(dict_floats({"a": 1.5, "b": -2.0, "c": 4}, {"a": 2, "b": 0.25, "c": 1.5}))


def poly_eval(coeffs, xs):
    out = []
    for x in xs:
        acc = 0
        for c in coeffs:
            acc = acc * x + c
        out.append(acc)
    return out


print(poly_eval([1, -2, 0.5, 3], [0, 1, 2.5, -1.5, 2 ** 20]))
print(poly_eval((2, 0, 1), range(5)))


def strings(n):
    s = ""
    parts = []
    for i in range(n):
        s += chr(97 + i % 26)
        parts.append(s[-3:].upper())
        if s.endswith("e"):
            s = s.replace("a", "A")
    return s, parts[-4:], "-".join(parts[:3])


print(strings(30))


def slices(lst):
    out = []
    for i in range(len(lst)):
        out.append(sum(lst[i:i + 3]))
        lst[i:i + 1] = [lst[i]]
    return out


print(slices([1, 2.5, 3, 4, 5]))


def unary_ops(values):
    out = []
    for v in values:
        out.append((-v, +v, ~v if isinstance(v, int) else None, not v))
    return out


print(unary_ops([0, 1, -2 ** 70, 2.5, True]))


def int_float_compare(vals):
    out = []
    for a in vals:
        row = 0
        for b in vals:
            if a < b:
                row += 1
            if a == b:
                row += 10
        out.append(row)
    return out


print(int_float_compare([1, 1.0, 2 ** 53, 2.0 ** 53, 2 ** 53 + 1, -0.0, 0, float("inf"), 2 ** 1000]))
