# An uncaught AttributeError on a misspelt attribute: CPython 3.11 appends
# ". Did you mean: 'balance'?" computed over dir(obj).
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("ada", 10)
print(acct.deposit(5))
try:
    acct.deposti(1)
except AttributeError as e:
    print("caught:", e, "| name =", e.name, "| obj is acct:", e.obj is acct)
try:
    [1, 2].apend(3)
except AttributeError as e:
    print("caught:", e, e.name)
print(acct.balanse)
