# gilvm-nogil: --workers 2
"""Library loans: dataclasses, multi-key sorting, stable sorts, reports."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from collections import defaultdict, Counter
from operator import attrgetter, itemgetter
import functools


@dataclass(frozen=True, order=True)
class Book:
    isbn: str
    title: str = field(compare=False)
    author: str = field(compare=False)
    year: int = field(default=2000, compare=False)


@dataclass
class Member:
    name: str
    tier: str = "basic"
    loans: list = field(default_factory=list)
    fines_cents: int = 0

    @property
    def limit(self):
        return {"basic": 2, "plus": 4, "staff": 10}[self.tier]

    def __post_init__(self):
        if self.tier not in ("basic", "plus", "staff"):
            raise ValueError(f"unknown tier {self.tier!r}")


@dataclass(order=True)
class Loan:
    due: int
    member: str = field(compare=False)
    book: Book = field(compare=False, repr=False)
    renewals: int = field(default=0, compare=False)


class LoanRefused(Exception):
    def __init__(self, member, book, why):
        super().__init__(member.name, book.isbn, why)
        self.why = why


BOOKS = [
    Book("978-0", "Dune", "Herbert", 1965),
    Book("978-1", "Emma", "Austen", 1815),
    Book("978-2", "Ulysses", "Joyce", 1922),
    Book("978-3", "Persuasion", "Austen", 1817),
    Book("978-4", "Neuromancer", "Gibson", 1984),
    Book("978-5", "Beloved", "Morrison", 1987),
    Book("978-6", "Solaris", "Lem", 1961),
]
catalog = {b.isbn: b for b in BOOKS}
members = {m.name: m for m in [Member("ann", "plus"), Member("bob"), Member("cy", "staff")]}
loans = []
today = 100


def lend(who, isbn, days=14):
    m = members[who]
    b = catalog[isbn]
    if len(m.loans) >= m.limit:
        raise LoanRefused(m, b, f"limit {m.limit} reached")
    if any(l.book == b for l in loans):
        raise LoanRefused(m, b, "already out")
    loan = Loan(today + days, who, b)
    loans.append(loan)
    m.loans.append(loan)
    return loan


requests = [("ann", "978-0"), ("bob", "978-1"), ("bob", "978-2"), ("bob", "978-3"),
            ("cy", "978-1"), ("cy", "978-4", 3), ("ann", "978-5", 7), ("cy", "978-6", 30)]
for req in requests:
    try:
        l = lend(*req)
        print("lent", l)
    except LoanRefused as e:
        print("refused", e.args, e.why)

print(sorted(loans)[0], min(loans).member, max(loans).member)
print([l.member for l in sorted(loans, key=attrgetter("due"), reverse=True)])
by_author = sorted(BOOKS, key=lambda b: (b.author, -b.year))
print([f"{b.author}/{b.year}" for b in by_author])
stable = sorted(sorted(BOOKS, key=attrgetter("title")), key=lambda b: b.year // 100)
print([b.title for b in stable])
print(sorted(BOOKS)[-1].title, Book("978-9", "x", "y") > BOOKS[0])
print(BOOKS[0] == Book("978-0", "Other", "Anon"), hash(BOOKS[0]) == hash(Book("978-0", "a", "b")))
try:
    BOOKS[0].year = 1
except Exception as e:
    print(type(e).__name__, e)
print(asdict(members["bob"])["loans"][0]["book"]["title"])
print(astuple(BOOKS[2]), replace(BOOKS[2], year=1923))
print([f.name for f in fields(Loan)], [f.default for f in fields(Book)][3:])
try:
    Member("dee", "gold")
except ValueError as e:
    print("ValueError:", e)

# advance time, compute fines
today = 120
fines = Counter()
for l in loans:
    late = today - l.due
    if late > 0:
        fines[l.member] += late * 25
for name, cents in fines.most_common():
    members[name].fines_cents += cents
    print(f"{name:>5}: ${cents / 100:,.2f} ({cents:_d} cents)")
per_tier = defaultdict(list)
for m in members.values():
    per_tier[m.tier].append(m.name)
print(dict(per_tier), sorted(per_tier.items(), key=itemgetter(0)))


def cmp_members(a, b):
    if a.fines_cents != b.fines_cents:
        return b.fines_cents - a.fines_cents
    return (a.name > b.name) - (a.name < b.name)


print([m.name for m in sorted(members.values(), key=functools.cmp_to_key(cmp_members))])
print(Member("zed"), Loan(5, "x", BOOKS[0]))
print(Member.__dataclass_fields__["tier"].default, Member("q") == Member("q"), Member("q") == Member("r"))
