print("before")
n = int("abc")
print("never", n)
