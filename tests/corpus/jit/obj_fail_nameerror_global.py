# A global deleted by a function called inside a compiled loop: the next
# LOAD_GLOBAL in the loop raises NameError, uncaught.

counter = 0
LIMIT = 10


def bump():
    global counter, LIMIT
    counter += 1
    if counter == 4:
        del LIMIT


def run(n):
    s = 0
    for i in range(n):
        s += LIMIT
        bump()
        print(i, s)
    return s


print(run(3))
print(run(10))
