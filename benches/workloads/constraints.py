"""Constraints: an incremental one-way constraint solver (DeltaBlue-style).

Variables are linked by constraints (equality, linear scale-and-offset, edit
and stay) that each carry a strength from REQUIRED down to WEAKEST.  Adding or
removing a constraint re-plans incrementally: the planner walks the graph with
marks, picks for every binary constraint the direction (forward/backward) that
lets the strongest constraints win, and propagates walk strengths.  A plan is
then extracted from the edit constraints and executed many times while the
input value changes.

Four scenarios per round: a long equality chain, a projection through scale
constraints, a temperature table (Celsius <-> Fahrenheit both ways) and a row
of boxes laid out left to right.  Each checks its results; the program prints
per-scenario checksums.

Stresses: many small classes with inheritance and overridden methods,
polymorphic method calls, instance attribute loads/stores, `is`/`is not`
tests, list append/pop/remove, class-level constants.

Usage: constraints.py [ROUNDS]   (default 120)
"""
import sys
import time


class Strength:
    """A constraint strength; a smaller level is stronger."""

    def __init__(self, level, name):
        self.level = level
        self.name = name

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level

    def weakest_of(self, other):
        return self if self.level > other.level else other

    def __repr__(self):
        return "Strength(%s)" % self.name


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
ALL_STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT,
                 NORMAL, WEAK_DEFAULT, WEAKEST]


class SolverError(Exception):
    pass


class Variable:
    __slots__ = ("name", "value", "constraints", "determined_by", "mark",
                 "walk_strength", "stay")

    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None

    def __repr__(self):
        return "Variable(%s=%r)" % (self.name, self.value)


class Constraint:
    """Base class: subclasses decide inputs, output and how to execute."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)
        return self

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def satisfy(self, mark):
        """Try to satisfy this constraint; return the one it overrides."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False
        self.install()

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        var = self.var
        self.satisfied = (var.mark != mark
                          and self.strength.stronger(var.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def inputs_known(self, mark):
        return True

    def output(self):
        return self.var

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        var = self.var
        var.walk_strength = self.strength
        var.stay = not self.is_input()
        if var.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its current value unless something stronger wins."""


class EditConstraint(UnaryConstraint):
    """Marks a variable as an input the user is about to change."""

    def is_input(self):
        return True


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        Constraint.__init__(self, planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2, strength = self.v1, self.v2, self.strength
        if v1.mark == mark:
            if v2.mark != mark and strength.stronger(v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        elif v2.mark == mark:
            if v1.mark != mark and strength.stronger(v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if strength.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if strength.stronger(v2.walk_strength) else NONE

    def add_to_graph(self):
        self.v1.attach(self)
        self.v2.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        self.v1.detach(self)
        self.v2.detach(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_unsatisfied(self):
        self.direction = NONE

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, v1, v2, strength):
        BinaryConstraint.__init__(self, planner, v1, v2, strength)
        self.install()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset (backward: src = (dest - offset) / scale)."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        BinaryConstraint.__init__(self, planner, src, dest, strength)
        self.scale = scale
        self.offset = offset
        self.install()

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class SumConstraint(BinaryConstraint):
    """right = left + width, where width is an extra (read-only) input."""

    def __init__(self, planner, left, width, right, strength):
        BinaryConstraint.__init__(self, planner, left, right, strength)
        self.width = width
        self.install()

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.width.attach(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.width.detach(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.width.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value + self.width.value
        else:
            self.v1.value = self.v2.value - self.width.value

    def recalculate(self):
        src = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(src.walk_strength)
        out.stay = src.stay and self.width.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def add(self, constraint):
        self.steps.append(constraint)

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.added = 0
        self.removed = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        self.added += 1
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        self.removed += 1
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in ALL_STRENGTHS:
            for c in unsatisfied:
                if c.strength is strength:
                    self.incremental_add(c)

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            c = todo.pop()
            out = c.output()
            if out.mark == mark:
                self.incremental_remove(constraint)
                return False
            c.recalculate()
            self.add_consumers(out, todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            var = todo.pop()
            for c in var.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = var.determined_by
            for c in var.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, var, into):
        determining = var.determined_by
        for c in var.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        i = 0
        while i < len(todo):
            c = todo[i]
            i += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints
                               if c.is_input() and c.is_satisfied()])


def set_value(planner, var, value, repeats=10):
    """Change `var` through a temporary edit constraint."""
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.plan_for([edit])
    for _ in range(repeats):
        var.value = value
        plan.execute()
    edit.uninstall()
    return len(plan)


def chain_scenario(n):
    """v0 == v1 == ... == vn; edit v0, a weak stay holds vn."""
    planner = Planner()
    chain = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    StayConstraint(planner, chain[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, chain[0], PREFERRED)
    plan = planner.plan_for([edit])
    total = 0
    for value in range(100):
        chain[0].value = value
        plan.execute()
        if chain[-1].value != value:
            raise SolverError("chain: %d != %d" % (chain[-1].value, value))
        total += chain[n // 2].value
    edit.uninstall()
    return total + len(plan) + planner.added + planner.removed


def projection_scenario(n):
    """dest_i = src_i * scale + offset for n pairs sharing scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    steps = set_value(planner, src, 17)
    if dst.value != 1170:
        raise SolverError("projection 1: %d" % dst.value)
    steps += set_value(planner, dst, 1050)
    if src.value != 5:
        raise SolverError("projection 2: %d" % src.value)
    steps += set_value(planner, scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise SolverError("projection 3")
    steps += set_value(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise SolverError("projection 4")
    return sum(d.value for d in dests) + steps + planner.added + planner.removed


def temperature_scenario(n):
    """A table of n Celsius/Fahrenheit pairs, F = C * 9 / 5 + 32, in tenths
    of a degree with integers: c18 = C10 * 18 = F10 * 10 - 3200.  Each row
    is edited from either side."""
    planner = Planner()
    nine_fifths = Variable("k", 18)
    offset = Variable("o", -3200)
    ten = Variable("ten", 10)
    zero = Variable("zero", 0)
    rows = []
    for i in range(n):
        c10 = Variable("c%d" % i, i * 10)
        c18 = Variable("c18_%d" % i)
        f10 = Variable("f%d" % i)
        StayConstraint(planner, c10, WEAK_DEFAULT)
        ScaleConstraint(planner, c10, nine_fifths, zero, c18, REQUIRED)
        ScaleConstraint(planner, f10, ten, offset, c18, REQUIRED)
        rows.append((c10, c18, f10))
    total = 0
    for i, (c10, c18, f10) in enumerate(rows):
        set_value(planner, c10, 1000 + i * 10, 3)     # (100 + i) C
        if f10.value != 2120 + 18 * i:
            raise SolverError("temperature: %d F" % f10.value)
        total += f10.value
        set_value(planner, f10, 500 + 18 * i, 3)      # (50 + 1.8 i) F
        if c10.value != 100 + 10 * i:
            raise SolverError("temperature: %d C" % c10.value)
        total += c10.value
    return total + planner.added + planner.removed


def layout_scenario(n):
    """Boxes in a row: right_i = left_i + width_i, left_{i+1} == right_i.
    Drag the first box, then resize a few in the middle."""
    planner = Planner()
    lefts = [Variable("l%d" % i, 0) for i in range(n)]
    widths = [Variable("w%d" % i, 5 + i % 7) for i in range(n)]
    rights = [Variable("r%d" % i, 0) for i in range(n)]
    for i in range(n):
        StayConstraint(planner, widths[i], STRONG_DEFAULT)
        SumConstraint(planner, lefts[i], widths[i], rights[i], REQUIRED)
        if i + 1 < n:
            EqualityConstraint(planner, rights[i], lefts[i + 1], REQUIRED)
    StayConstraint(planner, lefts[0], WEAK_DEFAULT)
    total = 0
    for x in range(0, 200, 20):
        set_value(planner, lefts[0], x, 5)
        total += rights[-1].value
    for i in range(0, n, max(1, n // 8)):
        set_value(planner, widths[i], 20, 2)
        total += rights[-1].value
    expected = lefts[0].value + sum(w.value for w in widths)
    if rights[-1].value != expected:
        raise SolverError("layout: %d != %d" % (rights[-1].value, expected))
    return total + planner.added + planner.removed


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    results = None
    for _ in range(rounds):
        r = (chain_scenario(100), projection_scenario(100),
             temperature_scenario(40), layout_scenario(60))
        if results is None:
            results = r
        elif r != results:
            print("ERROR: rounds disagree")
            break
    print("rounds:", rounds)
    print("chain:", results[0])
    print("projection:", results[1])
    print("temperature:", results[2])
    print("layout:", results[3])


_t0 = time.perf_counter()
main()
print("KRAIT_BENCH_TIME %.6f" % (time.perf_counter() - _t0), file=sys.stderr)
