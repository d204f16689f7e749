def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
for v in (5, 0, -2):
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert isinstance("x", int), ["list", "message"]
except AssertionError as e:
    print(e.args[0])
