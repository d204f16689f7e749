"""Unification solver: a tiny Prolog-style resolver over term objects.

Terms are `Var` and `Term` objects (`__slots__`, `__eq__`/`__hash__`);
substitutions are dicts copied on every binding; clauses are renamed apart
for each use; `solve` is a recursive generator that backtracks through the
clause database (`yield from` per resolved goal).  Each repetition runs four
queries: every split of a 12-element list by `append`, a Peano-numeral
multiplication, all permutations of 5 Peano numerals and a subtraction
through `add` with an unknown.  The program prints the number of
repetitions, a checksum of the answers and the number of answers.

Stresses: recursion, `isinstance` dispatch, dict lookups and copies keyed by
objects, tuples, small classes with `__eq__`/`__hash__`, generators for
backtracking (deep `yield from` chains).

Usage: unify_solver.py [REPEATS]   (default 50)
"""
import sys
import time


class Var:
    __slots__ = ("name", "id")
    counter = 0

    def __init__(self, name):
        Var.counter += 1
        self.name = name
        self.id = Var.counter

    def __repr__(self):
        return "_" + self.name + str(self.id)


class Term:
    __slots__ = ("functor", "args")

    def __init__(self, functor, args=()):
        self.functor = functor
        self.args = tuple(args)

    def __eq__(self, other):
        return (isinstance(other, Term) and self.functor == other.functor
                and self.args == other.args)

    def __hash__(self):
        return hash((self.functor, self.args))

    def __repr__(self):
        if not self.args:
            return self.functor
        return self.functor + "(" + ", ".join(repr(a) for a in self.args) + ")"


def walk(t, subst):
    while isinstance(t, Var):
        v = subst.get(t)
        if v is None:
            return t
        t = v
    return t


def occurs(v, t, subst):
    t = walk(t, subst)
    if t is v:
        return True
    if isinstance(t, Term):
        for a in t.args:
            if occurs(v, a, subst):
                return True
    return False


def unify(a, b, subst):
    a = walk(a, subst)
    b = walk(b, subst)
    if a is b:
        return subst
    if isinstance(a, Var):
        if occurs(a, b, subst):
            return None
        s = dict(subst)
        s[a] = b
        return s
    if isinstance(b, Var):
        return unify(b, a, subst)
    if isinstance(a, int) or isinstance(b, int):
        return subst if a == b else None
    if a.functor != b.functor or len(a.args) != len(b.args):
        return None
    for x, y in zip(a.args, b.args):
        subst = unify(x, y, subst)
        if subst is None:
            return None
    return subst


def resolve(t, subst):
    t = walk(t, subst)
    if isinstance(t, Term) and t.args:
        return Term(t.functor, [resolve(a, subst) for a in t.args])
    return t


def rename(t, mapping):
    if isinstance(t, Var):
        nv = mapping.get(t)
        if nv is None:
            nv = mapping[t] = Var(t.name)
        return nv
    if isinstance(t, Term) and t.args:
        return Term(t.functor, [rename(a, mapping) for a in t.args])
    return t


class Clause:
    def __init__(self, head, body=()):
        self.head = head
        self.body = list(body)

    def fresh(self):
        m = {}
        return rename(self.head, m), [rename(g, m) for g in self.body]


def solve(goals, db, subst, depth=0):
    if not goals:
        yield subst
        return
    goal, rest = goals[0], goals[1:]
    g = walk(goal, subst)
    for clause in db.get((g.functor, len(g.args)), ()):
        head, body = clause.fresh()
        s = unify(g, head, subst)
        if s is not None:
            yield from solve(body + rest, db, s, depth + 1)


def T(f, *args):
    return Term(f, args)


NIL = T("nil")


def plist(items):
    r = NIL
    for x in reversed(items):
        r = T("cons", x, r)
    return r


def from_plist(t):
    out = []
    while t.functor == "cons":
        out.append(t.args[0])
        t = t.args[1]
    return out


def peano(n):
    r = T("z")
    for _ in range(n):
        r = T("s", r)
    return r


def unpeano(t):
    n = 0
    while t.functor == "s":
        n += 1
        t = t.args[0]
    return n


def build_db():
    db = {}

    def add(c):
        db.setdefault((c.head.functor, len(c.head.args)), []).append(c)

    X, Y, Z, H, T_, R, W = (Var(n) for n in "XYZHTRW")
    # append(nil, L, L). append(cons(H,T), L, cons(H,R)) :- append(T, L, R).
    L = Var("L")
    add(Clause(T("append", NIL, L, L)))
    add(Clause(T("append", T("cons", H, T_), L, T("cons", H, R)), [T("append", T_, L, R)]))
    # add(z, Y, Y). add(s(X), Y, s(Z)) :- add(X, Y, Z).
    add(Clause(T("add", T("z"), Y, Y)))
    add(Clause(T("add", T("s", X), Y, T("s", Z)), [T("add", X, Y, Z)]))
    # mul(z, _, z). mul(s(X), Y, Z) :- mul(X, Y, W), add(W, Y, Z).
    add(Clause(T("mul", T("z"), Y, T("z"))))
    add(Clause(T("mul", T("s", X), Y, Z), [T("mul", X, Y, W), T("add", W, Y, Z)]))
    # le(z, _). le(s(X), s(Y)) :- le(X, Y).
    add(Clause(T("le", T("z"), Y)))
    add(Clause(T("le", T("s", X), T("s", Y)), [T("le", X, Y)]))
    # select(X, cons(X,T), T). select(X, cons(H,T), cons(H,R)) :- select(X, T, R).
    add(Clause(T("select", X, T("cons", X, T_), T_)))
    add(Clause(T("select", X, T("cons", H, T_), T("cons", H, R)), [T("select", X, T_, R)]))
    # perm(nil, nil). perm(L, cons(H,T)) :- select(H, L, R), perm(R, T).
    add(Clause(T("perm", NIL, NIL)))
    add(Clause(T("perm", L, T("cons", H, T_)), [T("select", H, L, R), T("perm", R, T_)]))
    return db


def run(n):
    db = build_db()
    checksum = 0
    count = 0
    for rep in range(n):
        # all splits of a list via append
        A, B = Var("A"), Var("B")
        items = [T("a%d" % i) for i in range(12)]
        for s in solve([T("append", A, B, plist(items))], db, {}):
            checksum += len(from_plist(resolve(A, s))) * 3 + len(from_plist(resolve(B, s)))
            count += 1
        # multiplication in peano
        Z = Var("Z")
        for s in solve([T("mul", peano(6 + rep % 3), peano(7), Z)], db, {}):
            checksum += unpeano(resolve(Z, s))
            count += 1
        # permutations of 5 elements
        P = Var("P")
        for s in solve([T("perm", plist([peano(i) for i in range(5)]), P)], db, {}):
            perm = [unpeano(x) for x in from_plist(resolve(P, s))]
            checksum = (checksum * 31 + sum(i * v for i, v in enumerate(perm))) % 1000000007
            count += 1
        # subtraction via add with unknown
        Q = Var("Q")
        for s in solve([T("add", Q, peano(5), peano(20 + rep % 5))], db, {}):
            checksum += unpeano(resolve(Q, s))
    return checksum, count


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    checksum, count = run(repeats)
    print("repeats:", repeats)
    print("checksum:", checksum)
    print("answers:", count)


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
