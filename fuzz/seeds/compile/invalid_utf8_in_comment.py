# Ã( comment
x = 1
