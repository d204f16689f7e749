import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['string'] = r'''
import string
from string import Template, Formatter
print(repr(string.whitespace), string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation, repr(string.printable))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords(''))
t = Template('$who likes $what, ${who}s $$ x$y_1z $ end')
print(t.safe_substitute(who='tim', what='kung pao'))
print(Template('$who likes $what').substitute({'who': 'tim'}, what='pie'))
print(Template('${a}b$c.d').substitute(a=1, c=[2]), Template('$$$a').substitute(a='x'), Template('cost: $$10').substitute())
print(Template('$a $b').safe_substitute({'a': 1}), Template('${a').safe_substitute(a=1), Template('$1 $').safe_substitute())
print(Template('$x').template, Template('$who $who ${what} $$ $_ok').get_identifiers(), Template('$').is_valid(), Template('$a').is_valid())
class T(Template):
    delimiter = '%'
print(T('%who says %%hi%').safe_substitute(who='me'))
class T2(Template):
    delimiter = '#'
print(T2('#a and #{b}').substitute(a=1, b=2))
f = Formatter()
print(f.format('{0} {1!r} {name:>5} {x[1]} {o.real} {{lit}}', 'a', 'b', name='n', x=[1, 2], o=3+4j))
print(f.format('{} {} {:{}}', 1, 2, 3, 5), f.format('{0:{1}.{2}f}', 3.14159, 8, 2))
print(list(f.parse('a{0!r:>3}b{{c}}{d.e[1]}')), list(f.parse('')), list(f.parse('x}}y{{')))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}))
'''
for i, e in enumerate(["Template('$a').substitute()", "Template('x\\n $').substitute()", "Template('ab ${c').substitute(c=1)",
                       "Formatter().format('{')", "Formatter().format('}')", "Formatter().format('{0!x}', 1)", "Formatter().format('{} {0}', 1)",
                       "Formatter().format('{0!}', 1)", "Formatter().format('{a[}', a=1)", "list(Formatter().parse('{a'))", "list(Formatter().parse('{0!r'))", "list(Formatter().parse('{0!rx}'))", "print(list(Formatter().parse('{a[x}]}{:!}{0!r:}{0:{1}}')))", "list(Formatter().parse('{a!r}}'))", "Formatter().format('{0[0]x}', [1])"]):
    progs['err%d' % i] = "from string import *\n" + e

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
