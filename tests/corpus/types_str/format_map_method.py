class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
print("{name} is {age}".format_map(Default(name="Bob")))
print("{a}{b}".format_map(Default()))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
