from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R.value, Perm.W.value, Perm.X.value, rw.value)
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), (rw & Perm.W) == Perm.W)
print(repr(rw), rw)
print(list(Perm), Perm(3) == rw, Perm(0), bool(Perm(0)))
print([p.name for p in rw])
print(~Perm.R)
class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
m = Mode.A | Mode.C
print(m, repr(m), m == 5, m + 1, Mode(6), Mode.B | 8)
