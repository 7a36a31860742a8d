# A library lending system: dataclasses, date arithmetic by hand, sorting with keys/reverse.
from dataclasses import dataclass, field
from collections import defaultdict, Counter
from itertools import groupby
from operator import attrgetter, itemgetter

DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


@dataclass(frozen=True, order=True)
class Date:
    year: int
    month: int
    day: int

    def __post_init__(self):
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        dim = DAYS_IN_MONTH[self.month - 1] + (self.month == 2 and is_leap(self.year))
        if not 1 <= self.day <= dim:
            raise ValueError(f"day {self.day} out of range for {self.year}-{self.month:02d}")

    def ordinal(self):
        days = sum(365 + is_leap(y) for y in range(1, self.year))
        days += sum(DAYS_IN_MONTH[:self.month - 1]) + (self.month > 2 and is_leap(self.year))
        return days + self.day

    @classmethod
    def from_ordinal(cls, n):
        y = 1
        while n > 365 + is_leap(y):
            n -= 365 + is_leap(y)
            y += 1
        m = 1
        while True:
            dim = DAYS_IN_MONTH[m - 1] + (m == 2 and is_leap(y))
            if n <= dim:
                return cls(y, m, n)
            n -= dim
            m += 1

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        return self.ordinal() - other.ordinal()

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def weekday(self):
        return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(self.ordinal() - 1) % 7]


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    year: int
    copies: int = 1
    loans: list = field(default_factory=list, repr=False)

    @property
    def available(self):
        return self.copies - sum(1 for loan in self.loans if loan.returned is None)


@dataclass
class Loan:
    member: str
    isbn: str
    out: Date
    due: Date
    returned: Date = None

    def fine(self, today, per_day=0.25):
        end = self.returned or today
        late = end - self.due
        return round(max(0, late) * per_day, 2)


class LibraryError(Exception):
    pass


class Library:
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.loans = []

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def lend(self, member, isbn, when):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"no such book: {isbn}")
        if book.available <= 0:
            raise LibraryError(f"{book.title!r} is not available")
        loan = Loan(member, isbn, when, when + self.LOAN_DAYS)
        book.loans.append(loan)
        self.loans.append(loan)
        return loan

    def give_back(self, member, isbn, when):
        for loan in self.loans:
            if loan.member == member and loan.isbn == isbn and loan.returned is None:
                loan.returned = when
                return loan.fine(when)
        raise LibraryError(f"{member} has no open loan of {isbn}")


lib = Library()
lib.add(
    Book("978-0", "Dune", "Herbert", 1965, 2),
    Book("978-1", "Neuromancer", "Gibson", 1984),
    Book("978-2", "Foundation", "Asimov", 1951, 3),
    Book("978-3", "I, Robot", "Asimov", 1950),
    Book("978-4", "Hyperion", "Simmons", 1989),
    Book("978-5", "Count Zero", "Gibson", 1986),
)
start = Date(2024, 2, 20)
print(start, start.weekday(), start + 9, (start + 9).weekday(), Date(2024, 3, 1) - Date(2023, 3, 1))
events = [
    ("lend", "ann", "978-0", 0), ("lend", "bob", "978-0", 1), ("lend", "cy", "978-0", 2),
    ("lend", "ann", "978-1", 3), ("back", "ann", "978-0", 10), ("lend", "cy", "978-0", 11),
    ("back", "bob", "978-0", 20), ("lend", "bob", "978-9", 21), ("back", "ann", "978-1", 40),
    ("back", "dee", "978-2", 41), ("lend", "dee", "978-2", 42), ("lend", "dee", "978-3", 42),
]
fines = defaultdict(float)
for action, member, isbn, offset in events:
    when = start + offset
    try:
        if action == "lend":
            loan = lib.lend(member, isbn, when)
            print(f"{when} {member:>4} borrows {lib.books[isbn].title:<12} due {loan.due} ({loan.due.weekday()})")
        else:
            fine = lib.give_back(member, isbn, when)
            fines[member] += fine
            print(f"{when} {member:>4} returns {isbn}, fine ${fine:.2f}")
    except LibraryError as e:
        print(f"{when} {member:>4} ERROR: {e}")

today = start + 60
print("today:", today)
open_loans = [l for l in lib.loans if l.returned is None]
for loan in sorted(open_loans, key=lambda l: (l.due, l.member)):
    print(f"  open: {loan.member:<4}{loan.isbn}  due {loan.due}  owes {loan.fine(today):>6.2f}")
print("fines:", dict(sorted(fines.items())), f"total={sum(fines.values()):.2f}")

books = list(lib.books.values())
print([b.title for b in sorted(books, key=attrgetter("author"), reverse=True)])
print([b.title for b in sorted(books, key=lambda b: b.author, reverse=True)])
print([b.year for b in sorted(books, key=lambda b: b.year // 10, reverse=True)])
print([(b.author, b.available) for b in sorted(books, key=lambda b: b.available, reverse=True)])
print(sorted(((b.author, b.title) for b in books), key=itemgetter(0), reverse=True))
for author, group in groupby(sorted(books, key=attrgetter("author", "year")), key=attrgetter("author")):
    titles = [f"{b.title} ({b.year})" for b in group]
    print(f"{author:>8}: {'; '.join(titles)}")
by_decade = Counter(f"{b.year // 10 * 10}s" for b in books)
print(sorted(by_decade.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(books, key=lambda b: len(b.loans)).title, min(books, key=attrgetter("year")))
words = "the Cat sat on THE mat with a cat and a Hat".split()
print(sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len, reverse=True))
print(sorted([3.0, 1, 2.0, 1.0, 3, True], reverse=True), sorted([(1, "b"), (1, "a")], key=lambda p: p[0], reverse=True))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        Date(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(Date(2024, 2, 29), Date(2000, 2, 29) + 366, Date(1999, 12, 31) + 1, Date(2024, 1, 1) < Date(2023, 12, 31))
try:
    Date(2024, 1, 1).day = 5
except AttributeError as e:
    print(type(e).__name__, e)
