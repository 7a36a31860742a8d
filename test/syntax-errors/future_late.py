# a future import after an ordinary statement
import sys

from __future__ import annotations
