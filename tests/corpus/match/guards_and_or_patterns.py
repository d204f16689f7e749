def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "bad direction"
        case ["drop", *objs] if len(objs) > 1:
            return f"dropping many: {objs}"
        case ["drop", obj]:
            return f"dropping {obj}"
        case ["quit" | "exit"]:
            return "bye"
        case [] :
            return "nothing"
        case _:
            return f"unknown {command!r}"
for c in ["go north", "go up", "drop a b", "drop x", "exit", "", "dance"]:
    print(cmd(c))
calls = []
def check(v):
    calls.append(v)
    return v > 1
match 5:
    case 1 | 2:
        pass
    case n if check(n):
        print("guard passed", n)
print(calls)
match (1, 2):
    case (1, x) | (x, 1):
        print("or-pattern bound x =", x)
