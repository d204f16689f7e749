class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    @classmethod
    def name(cls):
        return cls.__name__
class Calzone(Pizza):
    pass
p = Pizza.margherita()
print(p.toppings, Pizza.count)
c = Calzone.margherita()
print(type(c).__name__, Calzone.name(), c.name(), Pizza.count)
print(Pizza.area(2), p.area(1))
print(type(Pizza.__dict__["area"]).__name__, type(Pizza.__dict__["margherita"]).__name__)
print(Pizza.margherita.__self__ is Pizza)
sm = Pizza.__dict__["area"]
print(sm(3))
