import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _harness import check_programs

progs = {}
progs['statistics'] = r'''
import statistics as st, random
from fractions import Fraction
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3, 4]), st.mean(data), st.mean([Fraction(3, 7), Fraction(1, 21)]), st.mean([True, False]))
print(st.fmean([3.5, 4.0, 5.25]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3], weights=[1, 2]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.pvariance(data), st.variance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance(data, st.mean(data)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
n = st.NormalDist(100, 15); print(n, n.mean, n.stdev, n.variance, round(n.cdf(130), 6), round(n.pdf(100), 6), round(n.inv_cdf(0.975), 6), n + 5, n * 2, round(n.overlap(st.NormalDist(110, 15)), 6), n.quantiles(4))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), round(n.zscore(115), 6))
random.seed(1); print([round(v, 6) for v in st.NormalDist(0, 1).samples(3, seed=42)])
print(st.mean(range(1, 1001)), st.stdev(range(100)), st.variance([1e10, 1e10 + 1, 1e10 + 2]), st.mean([1e308, 1e308]), st.mean([float('inf'), 1]))
print(st.median(['a', 'c', 'b']), st.mode([1.5]), st.pvariance([5]), st.stdev([1, 1]))
print(Fraction(3, 4), Fraction('1/3'), Fraction(' -2.5e2 '), Fraction(0.5), Fraction('1_000.000_1'), Fraction(6, -4), repr(Fraction(1, 3)), Fraction(1, 3) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(1, 2) ** 2, Fraction(7, 2) // 1, float(Fraction(1, 3)), Fraction(1, 3) < 0.5, round(Fraction(7, 2)), Fraction(1.1).limit_denominator(10), hash(Fraction(1, 2)) == hash(0.5), Fraction(5, 1) == 5, int(Fraction(-7, 2)))
'''
for i, e in enumerate(["st.mean([])", "st.variance([1])", "st.stdev([])", "st.mode([])", "st.median([])", "st.harmonic_mean([-1])", "st.quantiles([1], n=4)",
                       "st.geometric_mean([0])", "st.correlation([1, 1], [1, 2])", "st.NormalDist(0, -1)", "Fraction('abc')", "Fraction(1, 0)", "st.mean(['a'])",
                       "Fraction('1/')", "Fraction('.')", "Fraction('1e')"]):
    progs['err%d' % i] = "import statistics as st\nfrom fractions import Fraction\n" + e

if __name__ == '__main__':
    sys.exit(1 if check_programs(progs, verbose='-v' in sys.argv) else 0)
