from abc import ABC, abstractmethod
class Plugin(ABC):
    @abstractmethod
    def run(self):
        pass
print("defining done")
Plugin()
