from enum import Enum
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]
print(Weekday.MON.next(), Weekday.WED.next())
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Weekday, key=lambda d: -d.value))
print(Weekday.MON.value + Weekday.TUE.value)
print(dict((d.name, d.value) for d in Weekday))
for name, member in Weekday.__members__.items():
    print(name, member)
print(Weekday.MON == Weekday.MON, Weekday.MON is Weekday["MON"], hash(Weekday.MON) == hash(Weekday.MON))
match_day = Weekday.TUE
if match_day is Weekday.TUE:
    print("tuesday")
