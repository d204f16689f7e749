counter = 0
def inc():
    global counter
    counter += 1
    return counter

inc(); inc()
print(counter)

def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)

def shadow():
    counter = 100
    return counter
print(shadow(), counter)

def read_only():
    return counter * 10
print(read_only())

def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
x = 1
def g():
    global x
    del x
g()
print("x" in globals())
