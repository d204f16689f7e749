import math
print(math.tau > 6)
math.not_a_function()
