import _circ_a
print(_circ_a.from_b(), _circ_a.A_LATE)
import _circ_b
print(_circ_b.B_VALUE)
