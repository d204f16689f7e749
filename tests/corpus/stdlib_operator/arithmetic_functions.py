import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.index(7))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("a", "b"), op.getitem([1, 2, 3], 1), op.getitem("abc", slice(1, None)))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(5, 1), op.imul("ab", 2))
print(op.matmul.__name__, op.add.__name__)
