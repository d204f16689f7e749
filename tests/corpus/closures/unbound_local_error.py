count = 10
def bad():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bad()
def also_bad():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    value = 3
also_bad()
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(deleted())
def free_deleted():
    w = 1
    def inner():
        return w
    del w
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(free_deleted())
print(issubclass(UnboundLocalError, NameError))
