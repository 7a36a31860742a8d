# gilvm-nogil:
# sys's struct sequences are C types: AttributeError names them 'sys.flags', 'sys.version_info', ...; the read-only field error has no helper frame
import sys
for f in [lambda: sys.flags.x, lambda: sys.version_info.x, lambda: sys.float_info.foo, lambda: sys.int_info.bar, lambda: sys.hash_info.baz]:
    try:
        f()
    except AttributeError as e:
        print(e)
try:
    sys.flags.debug = 1
except AttributeError as e:
    print(e)
print(type(sys.flags).__name__, type(sys.flags), sys.version_info[:2], sys.version_info.major)
sys.version_info.major = 2
