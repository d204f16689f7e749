a, *b, *c = x
[*a] = b
for *x in y: pass
print(*)
f(**)
