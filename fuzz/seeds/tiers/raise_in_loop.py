# raise statements inside compiled loops (the raise path is an exit), with
# locals checked in the handler and exception chaining intact.


class Found(Exception):
    pass


def hunt(n, target):
    acc = 0
    for i in range(n):
        acc += i
        if acc >= target:
            raise Found(i, acc)
    return acc


def checked(n):
    x = 0
    try:
        while x < n:
            x += 3
            if x % 7 == 0:
                raise ValueError(x)
    except ValueError as e:
        try:
            raise KeyError("again") from e
        except KeyError as k:
            return repr(k), repr(k.__cause__), x
    return None, x


for args in ((100, 50), (10, 1000), (10 ** 6, 10 ** 9)):
    try:
        print("returned", hunt(*args))
    except Found as e:
        print("raised", e.args)
print(checked(100), checked(5))
