def main():
    print("main() called, __name__ =", __name__)
print("module body runs first")
import _helper_mod
if __name__ == "__main__":
    main()
else:
    print("imported, not run")
