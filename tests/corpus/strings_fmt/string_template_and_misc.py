from string import Template, ascii_lowercase, digits, punctuation
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="apple"))
print(t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(ascii_lowercase, digits, len(punctuation))
print("{:>3}".format("€"), "€".encode("utf-8"), b"\xe2\x82\xac".decode())
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abcab".translate(str.maketrans("ab", "xy", "c")))
