class Fatal(BaseException):
    pass
try:
    raise Fatal("escapes except Exception")
except Exception:
    print("not caught here")
