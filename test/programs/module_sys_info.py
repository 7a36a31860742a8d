# sys struct sequences and constants: version_info, float_info, int_info, hash_info
import sys
print(sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.releaselevel, len(sys.version_info))
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.float_info.epsilon, sys.float_info[0], len(sys.float_info), sys.float_info.dig)
print(sys.maxunicode, hex(sys.hexversion)[:5], sys.float_repr_style, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.intern('ab'))
print(sys.float_info.max * 2, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0, sys.float_info.min / 2 > 0)
try:
    sys.float_info.max = 3
except AttributeError as e:
    print('AttributeError', e)
from sys import float_info as fi
print(fi.max_exp, type(fi).__name__, isinstance(fi, tuple), tuple(sys.int_info)[:2], sys.maxsize == 2 ** 63 - 1)
