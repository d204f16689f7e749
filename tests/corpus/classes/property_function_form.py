class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        self._balance = max(0, v)
    balance = property(get_balance, set_balance, doc="the balance")
a = Account()
a.balance = 50
print(a.balance)
a.balance = -5
print(a.balance, Account.balance.__doc__)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError", e)
class Sub(Account):
    @property
    def balance(self):
        return "overridden"
print(Sub().balance)
try:
    Sub().balance = 1
except AttributeError as e:
    print("AttributeError", e)
