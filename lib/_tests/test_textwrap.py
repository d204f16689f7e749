"""Compare lib/textwrap.py with CPython's textwrap on many random inputs
(in-process), plus the usual harness programs."""
import os, sys, random
import importlib.util
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs, LIB
import textwrap as real

spec = importlib.util.spec_from_file_location("krait_textwrap", os.path.join(LIB, "textwrap.py"))
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

def rand_text(rng):
    pieces = ['word', 'a', 'hyphen-ated', 'long-hyphen-ated-word', 'x--y', 'em--dash', '--', '-', 'end.', 'Mr.', 'ok!', 'q?"',
              "it's", '123-456', 'a-b-c', 'élan', 'naïve-café', '\t', '\n', '  ', ' ', 'supercalifragilisticexpialidocious',
              'x', '-leading', 'trailing-', 'A-1', 'ab-', '--x', 'a--', '...', 'e.g.', '\r', '\x0b', 'UPPER-CASE', '_u_-_v_']
    n = rng.randrange(0, 40)
    out = []
    for _ in range(n):
        out.append(rng.choice(pieces))
        out.append(rng.choice([' ', ' ', ' ', '', '  ', '\n', '\t']))
    return ''.join(out)

def compare():
    rng = random.Random(12345)
    bad = 0
    for it in range(3000):
        t = rand_text(rng)
        kw = {}
        width = rng.choice([1, 2, 5, 10, 15, 20, 30, 70])
        for opt in ['break_long_words', 'break_on_hyphens', 'fix_sentence_endings', 'drop_whitespace', 'replace_whitespace', 'expand_tabs']:
            if rng.random() < 0.3:
                kw[opt] = not getattr(real.TextWrapper(), opt)
        if rng.random() < 0.2:
            kw['initial_indent'] = '* '
            kw['subsequent_indent'] = '  '
            width = max(width, 5)   # CPython loops forever when indent >= width
        if rng.random() < 0.2:
            kw['max_lines'] = rng.randrange(1, 4)
            kw['placeholder'] = rng.choice([' [...]', '~'])
        if rng.random() < 0.1:
            kw['tabsize'] = 4
        checks = []
        try:
            a = real.wrap(t, width, **kw)
        except Exception as e:
            a = 'EXC ' + type(e).__name__ + str(e)
        try:
            b = mine.wrap(t, width, **kw)
        except Exception as e:
            b = 'EXC ' + type(e).__name__ + str(e)
        checks.append(('wrap', a, b))
        checks.append(('split', real.TextWrapper()._split(t), mine.TextWrapper()._split(t)))
        checks.append(('split_nohyph', real.TextWrapper(break_on_hyphens=False)._split(t), mine.TextWrapper(break_on_hyphens=False)._split(t)))
        checks.append(('dedent', real.dedent(t), mine.dedent(t)))
        checks.append(('indent', real.indent(t, '> '), mine.indent(t, '> ')))
        try:
            a = real.shorten(t, max(width, 12))
        except Exception as e:
            a = 'EXC ' + str(e)
        try:
            b = mine.shorten(t, max(width, 12))
        except Exception as e:
            b = 'EXC ' + str(e)
        checks.append(('shorten', a, b))
        for name, a, b in checks:
            if a != b:
                bad += 1
                if bad < 10:
                    print('MISMATCH', name, repr(t), kw, '\n  cpython:', a, '\n  krait  :', b)
    rng2 = random.Random(7)
    for it in range(2000):
        lines = []
        for _ in range(rng2.randrange(0, 6)):
            lines.append(rng2.choice(['', ' ', '  ', '\t', ' \t', '    ']) + rng2.choice(['', 'x', 'hello world', ' ', '\t', 'y\r']))
        t = '\n'.join(lines) + rng2.choice(['', '\n'])
        if real.dedent(t) != mine.dedent(t):
            bad += 1
            if bad < 10:
                print('MISMATCH dedent', repr(t), repr(real.dedent(t)), repr(mine.dedent(t)))
    return bad

progs = {'textwrap': r'''
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 5
print(textwrap.wrap(s, 30)); print(textwrap.fill(s, 40, initial_indent='> ', subsequent_indent='  '))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.indent("a\nb\n\nc", "  "), textwrap.indent("a\n\nb", "+", lambda l: True))
print(textwrap.shorten("Hello  world!  This is long", width=12), textwrap.shorten("Hello world", 11))
w = textwrap.TextWrapper(width=10, max_lines=2); print(w.wrap("aaa bbb ccc ddd eee fff"))
print(textwrap.fill("well-known state-of-the-art long-running", 12))
'''}

if __name__ == '__main__':
    bad = compare()
    bad += check_programs(progs)
    if bad:
        print('FAILED')
    sys.exit(1 if bad else 0)
