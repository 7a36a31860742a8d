# Text report formatting: sales tables with f-strings and format specs, sub-totals,
# percentages, alignment, number bases, dates as tuples and a bar chart.
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from functools import reduce


@dataclass
class Sale:
    region: str
    rep: str
    month: int
    units: int
    price: float

    @property
    def revenue(self):
        return self.units * self.price


rng = random.Random(7)
REGIONS = ["North", "South", "East", "West"]
REPS = {"North": ["Ann", "Bo"], "South": ["Cy"], "East": ["Di", "Ed", "Flo"], "West": ["Gus"]}
sales = [Sale(r, rng.choice(REPS[r]), rng.randint(1, 6), rng.randint(0, 120), round(rng.uniform(2, 40), 2))
         for r in REGIONS for _ in range(6)]
MONTHS = "Jan Feb Mar Apr May Jun".split()


def money(x):
    return f"${x:,.2f}" if x >= 0 else f"-${-x:,.2f}"


def table(headers, rows, aligns):
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    def fmt(cells):
        return "| " + " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths)) + " |"
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    return "\n".join([sep, fmt(headers), sep.replace("-", "="), *map(fmt, rows), sep])


by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
grand = sum(s.revenue for s in sales)
rows = []
for region in sorted(by_region, key=lambda r: -sum(s.revenue for s in by_region[r])):
    items = by_region[region]
    rev = sum(s.revenue for s in items)
    units = sum(s.units for s in items)
    rows.append([region, str(len(items)), f"{units:,}", money(rev), f"{rev / grand:.1%}", f"{rev / max(units, 1):8.3f}"])
rows.append(["TOTAL", str(len(sales)), f"{sum(s.units for s in sales):,}", money(grand), f"{1:.1%}", ""])
print(table(["Region", "N", "Units", "Revenue", "Share", "Per unit"], rows, ["<", ">", ">", ">", ">", ">"]))

print()
monthly = [sum(s.revenue for s in sales if s.month == m) for m in range(1, 7)]
top = max(monthly)
for name, value in zip(MONTHS, monthly):
    bar = "#" * int(40 * value / top) + ("+" if (40 * value / top) % 1 >= 0.5 else "")
    print(f"{name:>4} {value:>10,.2f} {bar}")
change = [(b - a) / a if a else math.inf for a, b in zip(monthly, monthly[1:])]
print("m/m:", " ".join(f"{c:+.1%}" if c != math.inf else "n/a" for c in change))

print()
reps = defaultdict(float)
for s in sales:
    reps[s.rep] += s.revenue
ranked = sorted(reps.items(), key=lambda kv: kv[1], reverse=True)
for rank, (rep, rev) in enumerate(ranked, 1):
    medal = {1: "gold", 2: "silver", 3: "bronze"}.get(rank, "")
    print(f"{rank:>2}. {rep:<5}{rev:>12,.2f}  {medal:^8}|{rev / grand * 100:6.2f}%")

print()
stats = [s.revenue for s in sales]
mean = sum(stats) / len(stats)
sd = math.sqrt(sum((x - mean) ** 2 for x in stats) / (len(stats) - 1))
print(f"n={len(stats)} mean={mean:.3f} sd={sd:.3f} cv={sd / mean:.2%} min={min(stats):.2f} max={max(stats):.2f}")
print(f"{'sci':<6}{grand:e} {grand:.3E} {grand:g} {grand / 1e6:.4g}M {1 / grand:.3g}")
print(f"{'ints':<6}{int(grand):d} {int(grand):_} {int(grand):x} {int(grand):#o} {int(grand):#b} {int(grand) % 256:08b}")
print(f"{'pad':<6}[{42:^9}] [{42:<9}] [{42:>9}] [{42:=+9}] [{42:0=9}] [{-42:09}] [{3.5:09.3f}]")
print(f"{'chars':<6}[{'x':^5}] [{'abc':.2}] [{'abcdef':>8.3}] [{65:c}] [{'q'!r:^7}] [{str(None):>6}]")
print(f"{'bool':<6}{True:d} {False!s:>6} {True:>5} {format(True, '^7')} {bool(0.0)} {round(2.5)} {round(3.5)}")
when = (2024, 3, 9, 7, 5, 3.25)
print("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:06.3f}".format(*when), "%02d/%02d/%d" % (when[2], when[1], when[0]))
width, prec = 14, 3
print(f"[{math.pi:{width}.{prec}f}] [{math.e:<{width}.{prec + 2}e}] [{-math.tau:^{width},.{prec}f}]")
print(f"{'nested ' + str(len(sales)):*>20}", f"{sales[0].region!r:>10}", f"{sales[0]!r:.30}")
print(reduce(lambda acc, s: acc + (s.units > 60), sales, 0), f"{sum(s.units > 60 for s in sales)} big orders")
print(f"{float('inf'):>8} {float('-inf'):<8}| {float('nan'):^8}| {-0.0:+.2f} {0.0:+.2f} {1e-10:.2%} {123456789:,.0f}")
