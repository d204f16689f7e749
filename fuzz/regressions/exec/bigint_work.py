# Fuzz finding (exec, timeout; the raw input is bigint_pow_time):
# `5555555555555**555555` builds a 2.9 MB int, under the 16 MiB allocation
# cap, but takes seconds (over 10 s under ASan). Under a work budget big-int
# products, quotients and powers now pay for their cost in budget units.
x = 5555555555555 ** 555555
print('not reached')
