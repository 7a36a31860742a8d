# under the annotations future, := in an annotation is an error
from __future__ import annotations
def f(x: (y := 1)) -> int:
    pass
