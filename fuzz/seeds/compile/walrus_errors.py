[i := 0 for i in x]
[x for x in (y := [1])]
(a.b := 1)
def f(x = (y := 1)): pass
class C: [z := 1 for _ in ()]
