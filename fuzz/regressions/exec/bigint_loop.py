# Companion to bigint_work.py: many big multiplications and divisions in a
# loop stop on the budget instead of running for minutes.
x = 7 ** 400000
y = 3 ** 300000
for i in range(1000):
    z = x * y
    z = z // y
    z = x % y
print('not reached')
