n = 0
while n < 3:
    n += 1
else:
    print("while finished normally", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    pass
else:
    print("else on never-entered while")
def search(seq, v):
    i = 0
    while i < len(seq):
        if seq[i] == v:
            return i
        i += 1
    else:
        return -1
print(search("abc", "c"), search("abc", "z"))
