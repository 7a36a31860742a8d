# sys.exit(3) with a replaced sys.stdout whose flush fails: 120 wins, as in CPython
import sys
class W:
    def write(self, s): pass
sys.stdout = W()
sys.exit(3)
