b = b'hello world' * 3
print(b.split(), b.replace(b'o', b'0', 2), b.find(b'wor', -5), b.hex(':', 2), bytes.fromhex('de ad be ef'))
ba = bytearray(b)
ba.extend(range(200))
ba[0:0] = b'\x00' * 3
del ba[::5]
ba.reverse()
print(len(ba), ba.count(0), ba.pop(), ba.index(b'lo') if b'lo' in ba else -1)
print(b'%s %d %5.2f %x %c %r' % (b'a', 5, 1.5, 255, 65, b'b'))
print(b'abc'.center(9, b'*'), b'  x '.strip(), b'a,b,,c'.split(b','), b'\t'.expandtabs(4))
for bad in [lambda: ba.remove(999), lambda: b'' * -1, lambda: bytearray(b'x') * 10**15, lambda: b'a'.join([1]),
            lambda: ba.insert(0, 256), lambda: bytes(b'x').decode('utf-32')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
