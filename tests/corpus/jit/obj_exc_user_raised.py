# Exceptions raised by user dunder methods called from helpers inside
# compiled loops, caught in the loop, and a custom exception class.


class MyError(Exception):
    pass


class Picky:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i == self.n:
            raise MyError("bad index %d" % i)
        if i > self.n:
            raise IndexError(i)
        return i * 2

    def __add__(self, o):
        if o == 0:
            raise ZeroDivisionError("zero add")
        return self.n + o

    def __eq__(self, o):
        if o is None:
            raise TypeError("eq None")
        return self.n == o

    def __bool__(self):
        if self.n < 0:
            raise ValueError("negative")
        return self.n > 0

    def __getattr__(self, name):
        if name == "missing":
            raise AttributeError("nope " + name)
        return name * 2


def user_raise_loop(p, n):
    log = []
    for i in range(n):
        try:
            log.append(p[i])
        except MyError as e:
            log.append("my:" + str(e))
        except IndexError as e:
            log.append("idx:%s" % e)
    return log


print(user_raise_loop(Picky(2), 5))


def mixed_raises(objs):
    log = []
    for o in objs:
        try:
            log.append(o + 0)
        except ZeroDivisionError as e:
            log.append(str(e))
        try:
            log.append(o == None)
        except TypeError as e:
            log.append(str(e))
        try:
            log.append(bool(o))
            if o:
                log.append("truthy")
        except ValueError as e:
            log.append(str(e))
        try:
            log.append(o.xy)
            log.append(o.missing)
        except AttributeError as e:
            log.append(str(e))
    return log


print(mixed_raises([Picky(1), Picky(-1), 5, 0.5]))


class Stream:
    def __init__(self, n, fail_at):
        self.i = 0
        self.n = n
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise MyError("stream broke at %d" % self.i)
        if self.i > self.n:
            raise StopIteration
        return self.i


def stream_loop(s):
    total = 0
    try:
        for v in s:
            total += v
    except MyError as e:
        return total, str(e)
    return total, "ok"


print(stream_loop(Stream(5, 100)), stream_loop(Stream(10, 4)))


def raise_in_body(n):
    caught = []
    for i in range(n):
        try:
            if i % 2:
                raise MyError(i)
            raise KeyError(i)
        except MyError as e:
            caught.append(("M", e.args))
        except LookupError as e:
            caught.append(("L", e.args))
    return caught


print(raise_in_body(4))


def reraise_outside(n):
    total = 0
    try:
        for i in range(n):
            try:
                total += 10 // (3 - i)
            except ZeroDivisionError:
                total = -total
                raise MyError("wrapped at %d" % i)
    except MyError as e:
        return total, str(e), type(e.__context__).__name__
    return total


print(reraise_outside(5))
