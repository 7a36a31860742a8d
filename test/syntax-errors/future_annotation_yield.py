# under the annotations future, yield in an annotation is an error
from __future__ import annotations
def outer():
    value: (yield 1) = 2
