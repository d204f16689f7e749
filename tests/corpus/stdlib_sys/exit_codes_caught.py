import sys
for arg in [None, 0, 3, "message"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(1)
    except Exception:
        print("not caught here")
except SystemExit:
    print("caught as BaseException")
