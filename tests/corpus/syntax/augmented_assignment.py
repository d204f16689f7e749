x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0b1110; print(x)
x ^= 0xFF; print(x)
x /= 2; print(x)
s = "ab"
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"k": [0]}
d["k"] += [1]
d["k"][0] += 10
print(d)
class C: pass
c = C(); c.n = 1
c.n += 41; print(c.n)
