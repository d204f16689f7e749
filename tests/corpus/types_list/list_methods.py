l = [3, 1, 2]
l.append(4)
print(l)
l.extend([5, 6])
l.extend(range(7, 9))
l.extend("ab")
print(l)
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("first")
print(l, l.index(2), l.index(5, 3), l.count(1), l.count("zzz"))
l2 = l.copy()
l2.clear()
print(l2, len(l))
nums = [5, 2, 9, 1]
nums.reverse()
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(nums.sort())
try:
    nums.remove(100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    nums.index(100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
