print("start _circ_b")
import _circ_a
B_VALUE = "b-value"
print("_circ_b sees A_EARLY:", getattr(_circ_a, "A_EARLY", "<missing>"))
print("_circ_b sees A_LATE:", getattr(_circ_a, "A_LATE", "<missing>"))
print("end _circ_b")
