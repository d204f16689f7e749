def f(x):
    match x:
        case 0:
            return "zero"
        case n if n < 0:
            return f"negative {n}"
        case other:
            return f"captured {other}"
print(f(0), f(-5), f(99))
match 42:
    case _:
        print("wildcard matches anything")
match "value":
    case v:
        pass
print("capture binds after match:", v)
match (1, 2):
    case (0, _):
        print("no")
    case (_, _) if False:
        print("guard false")
    case (_, second):
        print("second =", second)
try:
    print(_)
except NameError as e:
    print("wildcard does not bind:", e)
