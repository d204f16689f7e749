import heapq
nums = [3, 1, 4, 1, 5, 9, 2, 6]
maxh = [-n for n in nums]
heapq.heapify(maxh)
print([-heapq.heappop(maxh) for _ in range(4)])
def kth_smallest(xs, k):
    h = list(xs)
    heapq.heapify(h)
    for _ in range(k - 1):
        heapq.heappop(h)
    return h[0]
print(kth_smallest(nums, 3))
counts = {"a": 5, "b": 2, "c": 8, "d": 2}
print(heapq.nlargest(2, counts, key=counts.get), heapq.nsmallest(2, counts.items(), key=lambda kv: (kv[1], kv[0])))
