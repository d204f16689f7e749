# Compiled loops inside with blocks: __exit__ sees the exception (or none)
# and the locals are current.


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, et, ev, tb):
        self.log.append(("exit", et.__name__ if et else None))
        return et is ZeroDivisionError


def run(n, zero_at):
    log = []
    t = 0
    i = 0
    with Ctx(log):
        while i < n:
            t += 100 // (i - zero_at)
            i += 1
    log.append((t, i))
    return log


def with_break(n):
    log = []
    with Ctx(log):
        for i in range(n):
            if i * i > 50:
                break
    return log, i


print(run(10, 20))
print(run(10, 4))
print(with_break(100), with_break(3))
