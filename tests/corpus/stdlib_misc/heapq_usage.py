import heapq
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3]))
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len), heapq.nsmallest(1, [(2, "b"), (1, "z")]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
