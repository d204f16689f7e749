records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
# multi-pass sort: secondary key first
step1 = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(step1, key=lambda r: r[1]))
print(sorted([1, True, 1.0, 0, False], key=int))
lst = [5, 3, 5, 1]
out = sorted(lst)
print(lst, out, out is lst)
