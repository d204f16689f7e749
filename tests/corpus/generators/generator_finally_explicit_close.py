from contextlib import closing
def resource():
    print("open")
    try:
        yield "data"
        yield "more"
    finally:
        print("release")
def use():
    gen = resource()
    try:
        for item in gen:
            print("using", item)
            return "early exit"
    finally:
        gen.close()
print(use())
with closing(resource()) as g:
    print(next(g))
print("after with")
g = resource()
print(list(g))
