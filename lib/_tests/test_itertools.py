import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['basic'] = r'''
from itertools import *
import operator
c = count(); print(next(c), next(c), c); print(list(islice(count(5, 3), 4)), count(1.5, 0.5), count(2, 1.0), count(0, True))
print(list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), repeat(1), repeat(1, 2), repeat(1, -3), list(zip(range(3), repeat(0))))
r = repeat(5, 3); next(r); print(r, r.__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=7)), list(accumulate([1, 2], initial=10)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], [(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby('aabbc')); print([(k, list(g)) for k, g in gs])
it = groupby('aaabbbccc'); k1, g1 = next(it); print(k1, next(g1)); k2, g2 = next(it); print(k2, list(g1), list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice('ABCDEFG', None)), list(islice('ABC', 1, 2, None)))
it = iter(range(10)); print(list(islice(it, 3)), list(islice(it, 3)), list(it))
it = iter(range(10)); print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(10)); print(list(islice(it, 0)), next(it))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: sum(a), [(), (1, 2, 3)])))
a, b = tee(range(5)); print(list(a), list(b)); a, b, c = tee('xyz', 3); print(next(a), list(b), list(a), list(c)); print(tee([1], 0))
t1, t2 = tee(iter([1, 2, 3])); next(t1); t3, t4 = tee(t1); print(list(t3), list(t4), list(t2))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)), list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(product([1, 2], 'a', [True, False])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('AB', 3)), list(permutations('', 0)), list(permutations('ab', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('A', 2)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('AB', 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(product(range(4), repeat=4))))
print(sum(1 for _ in combinations(range(20), 3)))
print(list(map(''.join, permutations('abcd')))[:10])
x = chain([1], [2]); print(next(x), next(x))
print(list(islice(count(), 2, 10, 3)))
print(list(zip(count(1), 'abc')))
print(list(islice(zip_longest(count(), 'ab'), 4)))
'''
errs = ["islice('abc', -1)", "islice('abc', -2)", "islice('abc', 'x')", "islice('abc', 1, -1)", "islice('abc', -1, 3)", "islice('abc', 0, 3, 0)",
        "islice('abc', 0, 3, -1)", "islice('abc', 1.5)", "islice('abc')", "islice(5, 1)", "count('a')", "zip_longest([1], 5)",
        "permutations('abc', -1)", "permutations('abc', 1.5)", "combinations('abc', -1)", "product('ab', repeat=-1)", "tee('abc', -1)",
        "cycle(5)", "list(chain([1], 5))", "chain.from_iterable(5)", "accumulate(5)", "pairwise(5)", "groupby(5)", "starmap(pow, 5)",
        "dropwhile(None, 5)", "compress(5, [1])", "list(starmap(pow, [1]))", "list(accumulate([1, 'a']))",
        "next(count(1) )+ next(repeat('a', 'b'))"]
for i, e in enumerate(errs):
    progs['err%d' % i] = "from itertools import *\n" + e

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
