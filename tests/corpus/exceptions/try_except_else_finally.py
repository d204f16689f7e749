def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def try_finally_only():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(try_finally_only())
def nested():
    try:
        try:
            raise KeyError("x")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer except", repr(e))
    else:
        print("not reached")
nested()
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
