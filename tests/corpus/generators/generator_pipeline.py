def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip())
def parse(lines):
    for l in lines:
        key, _, value = l.partition("=")
        yield key.strip(), value.strip()
def numbers_only(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            print("skipping", repr(k))
text = """
a = 1
b = two

c = 3
"""
result = dict(numbers_only(parse(non_empty(read_lines(text)))))
print(result)
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain("ab", [1], (), range(2))))
