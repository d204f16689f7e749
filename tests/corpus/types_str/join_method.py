print(",".join(["a", "b", "c"]), "".join("xyz"), " ".join([]), "-".join(["solo"]))
print(", ".join(str(i) for i in range(5)))
print("\n".join(["l1", "l2"]))
print("ab".join("123"), "/".join(("usr", "local", "bin")))
print(".".join({"k1": 1, "k2": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
