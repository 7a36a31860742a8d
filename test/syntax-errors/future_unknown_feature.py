"""A docstring may come first; the unknown name is reported at the statement."""
# an unknown future feature
from __future__ import annotations
from __future__ import (division,
                        spam)
