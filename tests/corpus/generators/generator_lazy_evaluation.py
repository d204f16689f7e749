log = []
def producer():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
def doubler(src):
    for x in src:
        log.append(f"double {x}")
        yield x * 2
pipeline = doubler(producer())
print(log)
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
def body_not_run():
    print("body started")
    yield
b = body_not_run()
print("created")
next(b)
