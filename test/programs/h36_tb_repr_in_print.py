# gilvm-nogil: --workers 2
# a __repr__ that fails while printing a nested container
class Cell:
    def __init__(self, value, unit=None):
        self.value = value
        self.unit = unit
    def __repr__(self):
        return f"Cell({self.value}{self.unit.symbol})"

class Unit:
    def __init__(self, symbol):
        self.symbol = symbol

class Grid:
    def __init__(self, rows):
        self.rows = rows
    def __str__(self):
        return "\n".join(" ".join(repr(c) for c in row) for row in self.rows)

ok = Grid([[Cell(1, Unit("m")), Cell(2, Unit("s"))]])
print(ok)
bad = Grid([[Cell(3, Unit("kg"))], [Cell(4)]])
print("about to print bad grid")
print(bad)
