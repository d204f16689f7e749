print(0.0 == -0.0, 1.0 == 1, 1.5 > 1, 1.0 < True + 1)
d = {0.0: "zero"}
d[-0.0] = "negzero"
print(d)
d2 = {1: "int"}
d2[1.0] = "float"
d2[True] = "bool"
print(d2)
print({1.0, 1, True}, {0, 0.0, False, -0.0})
print(hash(2.0) == hash(2), hash(0.5), hash(-1.0))
print(float.__eq__(1.0, 1), float.__lt__(1.0, "a"))
print(1.0.__floor__(), 1.7.__ceil__(), (-1.7).__trunc__(), 2.5.__round__(), 2.567.__round__(2))
