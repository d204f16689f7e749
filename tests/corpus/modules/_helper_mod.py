"""Helper module for the modules corpus."""
print("loading _helper_mod as", __name__)
CONST = 42
counter = 0
_private = "hidden"
def greet(name):
    return f"hello {name} from {__name__}"
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __repr__(self):
        return "Thing()"
if __name__ == "__main__":
    print("this must not print on import")
