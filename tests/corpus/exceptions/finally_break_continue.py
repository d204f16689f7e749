def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("swallowed by break")
        finally:
            if i == 2:
                break
    return i
print(loop_break())
out = []
for i in range(4):
    try:
        if i % 2:
            continue
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)
out = []
i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    finally:
        out.append(i)
print(out)
def cont():
    res = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            res.append(i)
            continue
    return res
print(cont())
