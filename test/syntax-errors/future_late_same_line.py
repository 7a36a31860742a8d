# a late future import on the same line: CPython places the caret one column left
import sys; from __future__ import annotations
