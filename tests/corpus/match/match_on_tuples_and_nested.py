def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case _:
            raise ValueError(f"bad expression {expr!r}")
e = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(e))
try:
    evaluate(("pow", 1, 2))
except ValueError as err:
    print(err)
def fizz(n):
    match (n % 3, n % 5):
        case (0, 0): return "FizzBuzz"
        case (0, _): return "Fizz"
        case (_, 0): return "Buzz"
        case _: return str(n)
print(" ".join(fizz(i) for i in range(1, 16)))
