# A call from a compiled loop hands the call helper the references the loop
# owns (a global's value, a bound method, a float boxed for the call); when
# the callee raises, they must go back to the stack and be released once by
# the handler's unwinding, and after a success released once by the helper.
# The counts of the objects involved come out as they went in.
import sys


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, k, scale):
        if k % 4 == 0:
            raise ValueError(k)
        return self.v * scale


shared = Box(3)
other = Box(5)


def pick(b, k, x):
    if k % 3 == 0:
        raise KeyError(k)
    return b.v + x


def loop(n):
    ok = 0
    errors = 0
    acc = 0.0
    f = 0.5
    for i in range(n):
        f = f + 0.25
        try:
            acc += pick(shared, i, f * 2.0)
            ok += 1
        except KeyError:
            errors += 1
        try:
            acc += other.get(i, f)
        except ValueError:
            errors += 1
    return ok, errors, acc


# (a first run, so whatever the runtime keeps of the last exception handled
# is there before and after the measured runs; krait may keep one reference
# more or less of it than CPython does, see the comparison below: a leak or an
# extra release per call would be hundreds)
print(loop(5))
before = (sys.getrefcount(shared), sys.getrefcount(other), sys.getrefcount(pick))
print(loop(2000))
print(loop(7))
after = (sys.getrefcount(shared), sys.getrefcount(other), sys.getrefcount(pick))
print([abs(a - b) <= 1 for a, b in zip(after, before)])
