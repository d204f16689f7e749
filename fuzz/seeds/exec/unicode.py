s = '\ud800abc\U0010ffff\x00é'
print(len(s), repr(s), ascii(s))
try:
    s.encode('utf-8')
except UnicodeEncodeError as e:
    print('enc', e.start)
print(s.encode('utf-8', 'replace'), s.encode('utf-8', 'surrogatepass') if False else '')
for b in [b'\xff', b'\xc3', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'abc\x80']:
    for codec in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'nope']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'bad']:
            try:
                b.decode(codec, errors)
            except (UnicodeDecodeError, LookupError) as e:
                pass
t = 'ß ﬁ İ ǅ Σς ᾳ'
print(t.upper(), t.lower(), t.casefold(), t.title(), t.swapcase(), t.capitalize())
print('\t'.expandtabs(10**3)[:2], 'a\u2028b\x1cc'.splitlines(), chr(0x10ffff).isprintable())
print(str.maketrans({'a': None, 'b': 'xyz'}), 'abc'.translate({97: 'AA', 98: None}))
print('abc'.center(10**2, '\u00e9')[:3], 'x'.zfill(-5), 'x'.ljust(3, 'é'))
print(int('١٢٣'), float('  1_0.5  '), '٣'.isdigit())
