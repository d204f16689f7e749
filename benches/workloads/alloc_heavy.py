"""Allocation-heavy: builds a large live object graph (instances, dicts,
tuples, lists, strings), walks it, then rebuilds it a few times. Used for the
peak-memory comparison of the two lock modes (benches/modes.py)."""
import sys
import time


class Node:
    def __init__(self, i, parent):
        self.i = i
        self.parent = parent
        self.tags = {"id": i, "name": "n" + str(i)}
        self.pair = (i, i * 2)


def build(n):
    nodes = []
    parent = None
    for i in range(n):
        node = Node(i, parent)
        nodes.append(node)
        if i % 10 == 0:
            parent = node
    return nodes


def main(n):
    total = 0
    for rounds in range(3):
        nodes = build(n)
        total += sum(node.pair[1] for node in nodes)
        total += sum(len(node.tags["name"]) for node in nodes)
        del nodes
    print(total)


_t0 = time.perf_counter()
main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
