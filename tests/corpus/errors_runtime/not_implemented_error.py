class Base:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Base):
    pass
Sq().area()
