# Helper module imported by import_local.py and import_star.py (not a program).
"""Small geometry helpers."""
print("mod_helper is being imported, __name__ =", __name__)

PI_APPROX = 3.14
_private_counter = 0
__all__ = ["area", "Circle", "PI_APPROX", "bump"]


def area(radius):
    return PI_APPROX * radius * radius


def bump():
    global _private_counter
    _private_counter += 1
    return _private_counter


def not_exported():
    return "hidden from star imports by __all__"


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return area(self.r)

    def __repr__(self):
        return f"Circle({self.r})"


if __name__ == "__main__":
    print("never printed when imported")
