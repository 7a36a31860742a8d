# a future import inside a function
def f():
    from __future__ import annotations
