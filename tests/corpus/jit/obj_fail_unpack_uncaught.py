# A ValueError from unpacking a sequence of the wrong length inside a
# compiled loop, uncaught.


def sums(points):
    sx = sy = 0
    for p in points:
        x, y = p
        sx += x
        sy += y
    return sx, sy


pts = [(i, i * 2) for i in range(20)]
print(sums(pts))
print(sums(pts + [(7, 8, 9)] + pts))
print("unreachable")
