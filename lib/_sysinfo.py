"""sys's struct sequences and small constants (gilvm's own helper module): made on first
use by src/modules/sys.ts sysLazyAttr and then kept in sys's dict. A struct sequence is a
tuple subclass whose fields are also read-only attributes, repr'd as CPython's."""
# CPython's struct sequences are C types: error messages name them by their tp_name
# ('sys.flags' object has no attribute 'x'), and their code has no frames in tracebacks.
# gilvm: c-frames *


class _field:
    """A struct sequence field: item i, read-only."""
    __slots__ = ("index",)

    def __init__(self, index):
        self.index = index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self.index)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


def _structseq(name, fields):
    def __repr__(self):
        return "sys." + name + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(fields, self)) + ")"

    def __reduce__(self):
        return (tuple, (tuple(self),))

    ns = {"__slots__": (), "__module__": "sys", "__repr__": __repr__, "__reduce__": __reduce__,
          "n_fields": len(fields), "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = _field(i)
    cls = type(name, (tuple,), ns)
    return cls


float_info = _structseq("float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                       "dig", "mant_dig", "epsilon", "radix", "rounds"))(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _structseq("int_info", ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                   "str_digits_check_threshold"))((30, 4, 4300, 640))
hash_info = _structseq("hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                     "seed_bits", "cutoff"))(
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
version_info = _structseq("version_info", ("major", "minor", "micro", "releaselevel", "serial"))(
    (3, 11, 0, "final", 0))
flags = _structseq("flags", ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                             "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                             "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                             "warn_default_encoding", "safe_path", "int_max_str_digits"))(
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
maxunicode = 1114111
hexversion = 0x30B00F0
float_repr_style = "short"


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"

