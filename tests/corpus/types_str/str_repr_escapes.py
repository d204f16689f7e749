strings = ["plain", "it's", 'say "x"', "mix ' \"", "back\\slash", "\n\r\t", "\x01\x1f", "\x7f", "\x80\x9f",
           "\xa0\xad", "é", "\u0300", "\U0010ffff", "\u2028", "😀", "\ufeff", "\x00", "'", '"', "''\"\""]
for s in strings:
    print(repr(s))
print(repr("a" * 3 + "'"), str(["it's", 'x']))
