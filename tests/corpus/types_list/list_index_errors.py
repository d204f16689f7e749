l = [10, 20, 30]
print(l[0], l[-1], l[-3], l[2])
for i in [3, -4, 100]:
    try:
        l[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    l[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(l[True], l[False])
print(l[1:100], l[-100:1], l[5:])
