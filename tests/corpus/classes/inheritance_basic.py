class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
for a in (Animal("gen"), Dog("rex"), Puppy("bit")):
    print(a.speak(), a.kind())
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__base__.__name__)
print(isinstance(Puppy("p"), Animal), issubclass(Dog, Puppy))
print([c.__name__ for c in Animal.__subclasses__()])
