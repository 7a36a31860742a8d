# A replaced sys.stdout without flush(): at shutdown CPython's flush_std_files reports it as
# unraisable and the process exits 120
import sys
class W:
    def write(self, s): pass
sys.stdout = W()
print("hidden")
