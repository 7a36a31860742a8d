# gilvm-nogil: --workers 2
"""Date/calendar calculator by hand: leap years, weekday arithmetic, divmod, ordinals."""

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DIM = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DIM[m - 1]


def days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def to_ordinal(y, m, d):
    return days_before_year(y) + sum(days_in_month(y, k) for k in range(1, m)) + d


def from_ordinal(n):
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while n >= days_in_month(year, month):
        n -= days_in_month(year, month)
        month += 1
    return year, month, n + 1


class Date:
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError("month must be in 1..12")
        if not 1 <= d <= days_in_month(y, m):
            raise ValueError("day is out of range for month")
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, n):
        return cls(*from_ordinal(n))

    def ordinal(self):
        return to_ordinal(self.y, self.m, self.d)

    def weekday(self):
        return (self.ordinal() + 6) % 7

    def __add__(self, days):
        if not isinstance(days, int):
            return NotImplemented
        return Date.from_ordinal(self.ordinal() + days)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        if isinstance(other, int):
            return self + (-other)
        return NotImplemented

    def __eq__(self, other):
        return isinstance(other, Date) and (self.y, self.m, self.d) == (other.y, other.m, other.d)

    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __hash__(self):
        return hash((self.y, self.m, self.d))

    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"

    def __str__(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)

    def __format__(self, spec):
        if spec == "long":
            return f"{DAYS[self.weekday()]}, {MONTHS[self.m - 1]} {self.d}, {self.y}"
        return format(str(self), spec)


def month_calendar(y, m):
    first = Date(y, m, 1).weekday()
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


for y in (1900, 2000, 2023, 2024, 2100):
    print(y, is_leap(y), days_before_year(y))
d = Date.parse("2024-02-28")
for k in (0, 1, 2, 365, -59, 10000):
    print(f"{d} + {k:>6} = {d + k!s:>12} {d + k:long}")
print(Date(2000, 1, 1) - Date(1970, 1, 1), 7 + Date(1999, 12, 31))
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
dates = [Date.parse(s) for s in ["2021-03-04", "1999-12-31", "2021-03-04", "2000-02-29"]]
print(sorted(set(dates)), min(dates), max(dates, key=Date.weekday))
for bad in ("2023-02-29", "2023-13-01", "2023-1-x"):
    try:
        Date.parse(bad)
    except ValueError as e:
        print(bad, "->", e)
ok = all(Date.from_ordinal(n).ordinal() == n for n in range(730000, 731000, 7))
print("roundtrip", ok, from_ordinal(1), from_ordinal(366), from_ordinal(730120))
weeks, days = divmod(Date(2024, 12, 25) - Date(2024, 1, 1), 7)
print(f"{weeks} weeks and {days} days; {-17 // 7} {-17 % 7} {divmod(-17, 7)} {divmod(17, -7)}")
fridays = [str(Date(2026, mo, 13)) for mo in range(1, 13) if Date(2026, mo, 13).weekday() == 4]
print("Friday 13th:", fridays)
print(f"{Date(2024, 7, 4):>15}|{Date(2024, 7, 4):<15}|{Date(2024, 7, 4):^15}|")
print(Date(2024, 1, 1) == "2024-01-01", Date(2024, 1, 1) != Date(2024, 1, 1))
try:
    Date(2024, 1, 1) + 1.5
except TypeError as e:
    print(e)
