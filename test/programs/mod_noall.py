# Helper module without __all__: star import takes every public name.
import math

VISIBLE = "visible"
_hidden = "underscore names are not star-imported"


def double(x):
    return 2 * x


def hypot3(a, b, c):
    return math.sqrt(a * a + b * b + c * c)
