for n in [0, 1, 2, 3, 255, 256, -1, -255, -256, 2**64, -(2**64), 10**30]:
    print(n, n.bit_length(), n.bit_count())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((-7).as_integer_ratio(), (True).bit_length())
print(int.bit_length(1024))
