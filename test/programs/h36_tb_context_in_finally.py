# gilvm-nogil: --workers 2
# an exception raised while handling another, inside a class method called from a loop
class Ledger:
    def __init__(self):
        self.entries = {}
    def post(self, account, amount):
        try:
            self.entries[account] += amount
        except KeyError:
            if amount < 0:
                raise ValueError(f"cannot open {account!r} with a debit of {amount}")
            self.entries[account] = amount

ledger = Ledger()
for account, amount in [("cash", 100), ("cash", -30), ("bank", 50), ("loan", -200)]:
    ledger.post(account, amount)
    print(account, ledger.entries[account])
