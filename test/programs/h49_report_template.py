# gilvm-nogil: --workers 2
"""Report templating with %-formatting: lazy mapping contexts whose __getitem__ builds fresh
strings, nested templates, and money/quantity types that define reflected operators."""


class LazyContext:
    """A mapping that computes values on demand (fresh objects each lookup)."""

    def __init__(self, data, parent=None):
        self.data = data
        self.parent = parent
        self.lookups = []

    def __getitem__(self, key):
        self.lookups.append(key)
        if key.startswith("upper_"):
            return self[key[6:]].upper()
        if key.endswith("_len"):
            return len(self[key[:-4]])
        if key in self.data:
            value = self.data[key]
            return value(self) if callable(value) else value
        if self.parent is not None:
            return self.parent[key]
        raise KeyError(key)


class Cents(int):
    """Money as an int subclass: reflected ops exist but str % must still format it."""

    def __radd__(self, other):
        return Cents(int(other) + int(self))

    def __add__(self, other):
        return Cents(int(self) + int(other))

    def __rmod__(self, other):
        return f"<Cents.__rmod__ {other!r}>"

    def __str__(self):
        sign = "-" if self < 0 else ""
        d, c = divmod(abs(int(self)), 100)
        return f"{sign}${d:,}.{c:02d}"

    def __repr__(self):
        return f"Cents({int(self)})"


class Qty:
    def __init__(self, n, unit):
        self.n, self.unit = n, unit

    def __rmod__(self, other):
        return f"rmod({other!r})"

    def __rmul__(self, k):
        return Qty(self.n * k, self.unit)

    def __str__(self):
        return f"{self.n} {self.unit}"


base = LazyContext({"company": "Acme Widgets", "year": 2024,
                    "title": lambda ctx: "Annual report of " + ctx["company"] + " for " + str(ctx["year"])})
ctx = LazyContext({"section": "sales", "heading": lambda ctx: "%(upper_section)s / %(company)s" % ctx}, base)

print("%(title)s" % ctx)
print("%(heading)s (%(heading_len)d chars)" % ctx)
print("%(upper_company)s|%(company)-15s|%(year)06d|%(company).4s" % ctx)
print("%(title)r" % base)
print(ctx.lookups[:6], len(ctx.lookups), len(base.lookups))
try:
    print("%(missing)s" % ctx)
except KeyError as e:
    print("KeyError:", e)
print(b"%(k)s=%(v)s" % {b"k": b"key", b"v": b"value"})


class BytesCtx:
    def __getitem__(self, key):
        return key * 2 + b"!"


print(b"[%(ab)s] [%(c)s]" % BytesCtx())

items = [("widget", Cents(1999), 3), ("gadget", Cents(12550), 1), ("gizmo", Cents(-250), 2)]
total = sum(price * qty for _, price, qty in items)
subtotal = sum((price for _, price, _ in items), Cents(0))
print(repr(subtotal), subtotal, type(subtotal).__name__, total)
for name, price, qty in items:
    print("%-8s %10s x%d = %8d cents  %s" % (name, price, qty, price * qty, price))
print("%s" % Cents(5), "%d" % Cents(123456), "%r" % Cents(7), "%x" % Cents(255))
print("total: %s" % subtotal, "[%5s]" % Cents(3), "%s%%" % Cents(50))
print(1.5 + Cents(2), Cents(2) + 1.5, 3 + Cents(4), type(3 + Cents(4)).__name__)
print(10 % Cents(3), 10 % Qty(1, "kg"), 3 * Qty(2, "kg"))
try:
    print("%s and %s" % Qty(1, "kg"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("plain" % Qty(1, "kg"))
except TypeError as e:
    print("TypeError:", e)
print("%s" % Qty(5, "m"), "%s" % (Qty(2, "s"),), "{}".format(Qty(1, "g")))
rows = [{"name": n, "price": str(p), "qty": q} for n, p, q in items]
for row in rows:
    print("%(name)10s | %(price)9s | %(qty)3d" % row)
