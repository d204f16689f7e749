import itertools
import operator
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([])), list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate("abc")))
print(list(itertools.chain([1, 2], "ab", (3,))), list(itertools.chain()))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.chain.from_iterable(["ab", "cd"])))
def gen():
    yield [1]
    yield [2]
print(list(itertools.chain.from_iterable(gen())))
