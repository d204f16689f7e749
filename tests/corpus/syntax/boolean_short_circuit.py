log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1))
print(log); log.clear()
print(t(2) and t(3))
print(log); log.clear()
print(t(0) or t("") or t(None))
print(log); log.clear()
print(t([]) or t([1]) or t(2))
print(log); log.clear()
print(not t(0), not t("x"))
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [] or {})
print(None or "default", "" and "never")
print(type(1 and 2.0).__name__)
print([] == False, not [], bool([0]))
