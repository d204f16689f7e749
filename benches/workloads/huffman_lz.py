"""Huffman + LZ77 bit-stream codec (in the manner of pyflate).

Each block is 6000 bytes of pseudo-random words (`random.Random(42)`).  The
compressor finds LZ77 matches through a dict of 3-byte prefixes, builds
Huffman code lengths with a sorted list of tree nodes, assigns canonical
codes and writes a deflate-like LSB-first bit stream into a `bytearray`
through a `BitWriter` object; the decoder reads it back one bit at a time
(`BitReader.bit`), looking codes up in a dict keyed by (length, code),
and must reproduce the input.  A bitwise CRC-32 of every compressed block
is folded into a check value.  The program prints the number of blocks,
the bytes in and out and the check value.

Stresses: `bytes`/`bytearray` indexing, slicing and `append`, int shifts,
masks and ors, `while` loops, dict lookups keyed by tuples and by `bytes`,
`list.sort` with a key, small methods called per bit.

Usage: huffman_lz.py [BLOCKS]   (default 64)
"""
import random
import sys
import time


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, n):
        # LSB-first, like deflate
        self.acc |= (value & ((1 << n) - 1)) << self.nbits
        self.nbits += n
        while self.nbits >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.nbits -= 8

    def write_code(self, code, length):
        # Huffman codes are written MSB-first
        for i in range(length - 1, -1, -1):
            self.write((code >> i) & 1, 1)

    def flush(self):
        if self.nbits:
            self.out.append(self.acc & 0xFF)
        self.acc = 0
        self.nbits = 0
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0      # bit position

    def bit(self):
        p = self.pos
        self.pos = p + 1
        return (self.data[p >> 3] >> (p & 7)) & 1

    def bits(self, n):
        v = 0
        for i in range(n):
            v |= self.bit() << i
        return v


def huffman_lengths(freqs, maxlen=31):
    # simple package-free approach: build tree with sorted list, then clamp
    nodes = [(f, i, None, None) for i, f in enumerate(freqs) if f > 0]
    if len(nodes) == 1:
        return {nodes[0][1]: 1}
    uid = len(freqs)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        a, b = nodes[0], nodes[1]
        nodes = nodes[2:]
        nodes.append((a[0] + b[0], uid, a, b))
        uid += 1
    lengths = {}
    stack = [(nodes[0], 0)]
    while stack:
        node, d = stack.pop()
        if node[2] is None:
            lengths[node[1]] = max(1, min(d, maxlen))
        else:
            stack.append((node[2], d + 1))
            stack.append((node[3], d + 1))
    return lengths


def canonical_codes(lengths):
    syms = sorted(lengths, key=lambda s: (lengths[s], s))
    codes = {}
    code = 0
    prev = 0
    for s in syms:
        l = lengths[s]
        code <<= (l - prev)
        codes[s] = (code, l)
        code += 1
        prev = l
    return codes


def lz77(data, window=1023, minmatch=3, maxmatch=64):
    i = 0
    n = len(data)
    out = []
    index = {}
    while i < n:
        best_len = 0
        best_dist = 0
        if i + minmatch <= n:
            key = data[i:i + minmatch]
            cands = index.get(key)
            if cands:
                for j in reversed(cands[-8:]):
                    if i - j > window:
                        break
                    l = minmatch
                    while l < maxmatch and i + l < n and data[j + l] == data[i + l]:
                        l += 1
                    if l > best_len:
                        best_len = l
                        best_dist = i - j
            index.setdefault(key, []).append(i)
        if best_len >= minmatch:
            out.append((256 + best_len, best_dist))
            for k in range(i + 1, min(i + best_len, n - minmatch + 1)):
                index.setdefault(data[k:k + minmatch], []).append(k)
            i += best_len
        else:
            out.append((data[i], 0))
            i += 1
    out.append((256, 0))  # end of block
    return out


def compress(data):
    toks = lz77(data)
    freqs = [0] * (256 + 65)
    for sym, _ in toks:
        freqs[sym] += 1
    lengths = huffman_lengths(freqs)
    codes = canonical_codes(lengths)
    w = BitWriter()
    # header: number of symbols then (sym, len) pairs
    w.write(len(lengths), 10)
    for s in sorted(lengths):
        w.write(s, 9)
        w.write(lengths[s], 5)
    for sym, dist in toks:
        c, l = codes[sym]
        w.write_code(c, l)
        if sym > 256:
            w.write(dist, 10)
    return w.flush()


def decompress(blob):
    r = BitReader(blob)
    nsyms = r.bits(10)
    lengths = {}
    for _ in range(nsyms):
        s = r.bits(9)
        lengths[s] = r.bits(5)
    codes = canonical_codes(lengths)
    table = {}
    for s, (c, l) in codes.items():
        table[(l, c)] = s
    out = bytearray()
    while True:
        code = 0
        l = 0
        while True:
            code = (code << 1) | r.bit()
            l += 1
            sym = table.get((l, code))
            if sym is not None:
                break
        if sym < 256:
            out.append(sym)
        elif sym == 256:
            break
        else:
            length = sym - 256
            dist = r.bits(10)
            start = len(out) - dist
            for k in range(length):
                out.append(out[start + k])
    return bytes(out)


def make_text(rng, n):
    words = [bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 8)))
             for _ in range(300)]
    parts = []
    size = 0
    while size < n:
        w = words[int(rng.random() ** 2 * len(words))]
        parts.append(w)
        size += len(w) + 1
    return b" ".join(parts)[:n]


def crc(data):
    c = 0xFFFFFFFF
    for b in data:
        c ^= b
        for _ in range(8):
            c = (c >> 1) ^ (0xEDB88320 & -(c & 1))
    return c ^ 0xFFFFFFFF


def run(n):
    rng = random.Random(42)
    total_in = 0
    total_out = 0
    check = 0
    for i in range(n):
        data = make_text(rng, 6000)
        blob = compress(data)
        back = decompress(blob)
        assert back == data, i
        total_in += len(data)
        total_out += len(blob)
        check ^= crc(blob)
    return total_in, total_out, check


def main():
    blocks = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    total_in, total_out, check = run(blocks)
    print("blocks:", blocks)
    print("bytes in:", total_in)
    print("bytes out:", total_out)
    print("crc check:", check)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
