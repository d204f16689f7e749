import sys
n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
print(n)
sys.stdout.write("no newline; ")
print("then print")
sys.stderr.write("this goes to stderr and is not compared\n")
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.flush()
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "write"))
print("done", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
