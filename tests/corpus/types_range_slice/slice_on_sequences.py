seqs = [list(range(8)), tuple(range(8)), "abcdefgh", b"abcdefgh", range(8)]
sl = [slice(1, 6, 2), slice(None, None, -2), slice(-3, None), slice(6, 1, -2), slice(100, 200)]
for s in sl:
    print(s, [seq[s] for seq in seqs])
print("hello"[1:-1:2], [1, 2, 3][-1:-3:-1], (1, 2)[5:1])
print("abc"[None:None], "abc"[:None:-1])
class Idx:
    def __index__(self):
        return 2
print("abcdef"[Idx()], "abcdef"[Idx():], [10, 20, 30][Idx()])
