a = 1; b = 2; c = a + b; print(c)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,  # trailing comma
]
print(values)
result = (1
          + 2
          * 3)
print(result)
d = {
    "a": 1,
    "b": 2,
}
print(d)
def f(
    x,
    y=2,
):
    return x + y
print(f(
    1,
))
if (a == 1 and
        b == 2):
    print("multi-line condition")
