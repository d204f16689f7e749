"""Recursive generators: tree traversals, combinatorics and pipelines.

Each round builds an (unbalanced) binary search tree from a pseudo-random
sequence and walks it with recursive generators (`yield from` at every level:
in-order, pre-order, a pruned range query, root-to-leaf paths) and a
breadth-first generator; then enumerates permutations, k-combinations,
integer partitions and balanced bracket strings with recursive generators;
flattens a nested list; and pushes numbers through a chain of small
generator stages.  The program prints counts and checksums for each part.

Stresses: generator creation and resumption through deep `yield from`
chains (delegation depth = tree depth or recursion depth), generators
as methods, generator expressions into `sum`/`max`/`any`, tuple/list
building per yielded item.

Usage: gen_tree.py [ROUNDS]   (default 36)
"""
import sys
import time


class Node:
    __slots__ = ("key", "left", "right", "count")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.count = 1


class SearchTree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.size = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.count += 1
                return
            if key < node.key:
                if node.left is None:
                    node.left = Node(key)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(key)
                    break
                node = node.right
        self.size += 1

    def __iter__(self):
        return self._inorder(self.root)

    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def preorder(self):
        return self._preorder(self.root)

    def _preorder(self, node):
        if node is not None:
            yield node
            yield from self._preorder(node.left)
            yield from self._preorder(node.right)

    def between(self, lo, hi):
        """Keys in [lo, hi), in order, visiting only the subtrees needed."""
        return self._between(self.root, lo, hi)

    def _between(self, node, lo, hi):
        if node is None:
            return
        if lo < node.key:
            yield from self._between(node.left, lo, hi)
        if lo <= node.key < hi:
            yield node.key
        if node.key < hi:
            yield from self._between(node.right, lo, hi)

    def paths(self):
        """Every root-to-leaf path as a tuple of keys."""
        return self._paths(self.root, ())

    def _paths(self, node, prefix):
        if node is None:
            return
        here = prefix + (node.key,)
        if node.left is None and node.right is None:
            yield here
        else:
            yield from self._paths(node.left, here)
            yield from self._paths(node.right, here)

    def levels(self):
        """Breadth first: yields (depth, key)."""
        frontier = [self.root] if self.root is not None else []
        depth = 0
        while frontier:
            following = []
            for node in frontier:
                yield depth, node.key
                if node.left is not None:
                    following.append(node.left)
                if node.right is not None:
                    following.append(node.right)
            frontier = following
            depth += 1


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 8


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def combinations(items, k, start=0):
    if k == 0:
        yield ()
        return
    for i in range(start, len(items) - k + 1):
        for tail in combinations(items, k - 1, i + 1):
            yield (items[i],) + tail


def partitions(n, largest=None):
    """Integer partitions of n with parts <= largest, largest part first."""
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for part in range(min(n, largest), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest


def brackets(open_left, close_left, prefix=""):
    if open_left == 0 and close_left == 0:
        yield prefix
        return
    if open_left > 0:
        yield from brackets(open_left - 1, close_left + 1, prefix + "(")
    if close_left > 0:
        yield from brackets(open_left, close_left - 1, prefix + ")")


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def nest(values, width):
    """Group a flat list into a ragged nested list (for flatten)."""
    if len(values) <= width:
        return list(values)
    step = len(values) // width + 1
    return [nest(values[i:i + step], width) if i % 2 == 0 else values[i]
            for i in range(0, len(values), step)]


# --- a small pipeline of generator stages --------------------------------

def keep_odd(it):
    for x in it:
        if x & 1:
            yield x


def scaled(it, k):
    for x in it:
        yield (x * k) % 10007


def pairwise_sums(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev + x
        prev = x


def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best


def one_round(seed, tree_size):
    tree = SearchTree()
    for key in take(tree_size, lcg(seed)):
        tree.insert(key % (tree_size * 4))
    keys = list(tree)
    if keys != sorted(keys):
        raise AssertionError("in-order walk out of order")
    pre = sum(node.key * node.count for node in tree.preorder())
    lo, hi = keys[len(keys) // 4], keys[3 * len(keys) // 4]
    window = sum(1 for _ in tree.between(lo, hi))
    paths = 0
    deepest = 0
    for path in tree.paths():
        paths += 1
        if len(path) > deepest:
            deepest = len(path)
    widest = {}
    for depth, _ in tree.levels():
        widest[depth] = widest.get(depth, 0) + 1
    tree_sig = (tree.size, pre % 1000003, window, paths, deepest,
                max(widest.values()))

    letters = "abcdefg"[: 5 + seed % 3]
    perm_count = 0
    perm_sig = 0
    for p in permutations(list(letters)):
        perm_count += 1
        if p[0] < p[-1]:
            perm_sig += ord(p[1])
    comb = sum(sum(c) for c in combinations(list(range(16)), 5 + seed % 2))
    parts = 0
    three_part = 0
    for p in partitions(22 + seed % 4):
        parts += 1
        if len(p) == 3:
            three_part += 1
    balanced = sum(1 for s in brackets(9 + seed % 2, 0) if s[1] == "(")
    flat = sum(flatten(nest(keys, 3)))
    piped = list(running_max(pairwise_sums(scaled(keep_odd(iter(keys)), 31))))
    pipe_sig = (len(piped), piped[-1] if piped else 0,
                sum(x for x in piped if x % 3 == 0) % 1000003)
    return tree_sig, (perm_count, perm_sig), comb, (parts, three_part), \
        balanced, flat, pipe_sig


def fold(value, acc=0):
    """A checksum over nested tuples/lists of ints."""
    if isinstance(value, (tuple, list)):
        for item in value:
            acc = fold(item, acc)
        return (acc * 7 + len(value)) % 1000000007
    return (acc * 31 + value) % 1000000007


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 36
    totals = {}
    for r in range(rounds):
        result = one_round(r + 1, 3000)
        for name, value in zip(("tree", "perms", "combs", "parts", "brackets",
                                "flatten", "pipeline"), result):
            totals.setdefault(name, []).append(value)
    print("rounds:", rounds)
    for name, values in totals.items():
        print("%-9s %s" % (name + ":", values[0]))
        print("%-9s %s" % ("", values[-1]))
    print("checksum:", fold(list(totals.values())))


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
