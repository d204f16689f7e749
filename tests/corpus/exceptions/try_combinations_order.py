log = []
def step(tag):
    log.append(tag)
def f(n):
    try:
        step("try")
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError
        step("after")
    except ValueError:
        step("except")
        return "handled"
    else:
        step("else")
        return "else-return"
    finally:
        step("finally")
for n in range(3):
    log.clear()
    r = f(n)
    print(n, r, log)
