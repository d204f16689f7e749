"""Indexing and slicing long non-ASCII strs (a mark every 64 code points), iterating strs (one-character strs shared), and indexing/iterating a bytearray: results as CPython; each was a walk or copy of the whole object per step."""


u = "é" * 100000 + "xyzλ"
acc = 0
for i in range(0, 100000, 3):
    acc += ord(u[i]) + ord(u[-1]) + len(u[i:i+5])
print(acc, u[99999], u[100001], u[-1], u[50000:50003], u[::25000])
s = "abcdefghij" * 20000
n = 0
for c in s:
    if c == "a": n += 1
print(n, len(list(s)), s[0] == "a", s[5], chr(233) == "é"[0])
b = bytearray(range(256)) * 400
tot = 0
for x in b: tot += x
for i in range(len(b)): tot += b[i]
print(tot)
w = "日本語テキスト" * 5000
print(sum(ord(w[i]) for i in range(0, len(w), 7)), w[-3:], w[12345], w.find("テ", 30000))
