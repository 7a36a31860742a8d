"""The calendar half of the time module, loaded on first use (the native module `time`,
src/modules/time.ts, forwards the names it does not define here through its __getattr__).

struct_time, gmtime, localtime, mktime, strftime, asctime, ctime, and the zone constants
timezone, altzone, daylight, tzname. Dates are proleptic Gregorian from days since the
epoch (the civil-from-days algorithm); the local zone's offset for an instant comes from
the native time._tzinfo(seconds) -> (offset east of UTC in seconds, is_dst, zone name),
which asks the JS runtime (the TZ environment variable as the C library reads it).
strftime implements the C (POSIX) locale's directives as glibc prints them; an unknown
directive is copied as it is. No strptime. get_clock_info answers what CPython answers on
Linux (every clock is a clock_gettime clock of nanosecond resolution) in a namespace object
printed as types.SimpleNamespace prints.
"""
import time as _native

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        object.__setattr__(self, '_zone', seq[9] if len(seq) > 9 else None)
        object.__setattr__(self, '_gmtoff', seq[10] if len(seq) > 10 else None)
        return self

    # CPython's struct_time has read-only members and no __dict__
    def __setattr__(self, name, value):
        _refuse_attribute(name)

    def __delattr__(self, name):
        _refuse_attribute(name)

    tm_year = property(lambda self: self[0], doc="year, for example, 1993")
    tm_mon = property(lambda self: self[1], doc="month of year, range [1, 12]")
    tm_mday = property(lambda self: self[2], doc="day of month, range [1, 31]")
    tm_hour = property(lambda self: self[3], doc="hours, range [0, 23]")
    tm_min = property(lambda self: self[4], doc="minutes, range [0, 59]")
    tm_sec = property(lambda self: self[5], doc="seconds, range [0, 61])")
    tm_wday = property(lambda self: self[6], doc="day of week, range [0, 6], Monday is 0")
    tm_yday = property(lambda self: self[7], doc="day of year, range [1, 366]")
    tm_isdst = property(lambda self: self[8], doc="1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = property(lambda self: self._zone, doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._gmtoff, doc="offset from UTC in seconds")

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({fields})"

    __str__ = __repr__


struct_time.__module__ = "time"


def _refuse_attribute(name):
    if name in _FIELDS or name in ("tm_zone", "tm_gmtoff"):
        raise AttributeError("readonly attribute")
    if name in ("n_sequence_fields", "n_fields", "n_unnamed_fields"):
        raise AttributeError(f"'time.struct_time' object attribute '{name}' is read-only")
    raise AttributeError(f"'time.struct_time' object has no attribute '{name}'")


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400  # floor division: the C algorithm's negative-year adjustment built in
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


# a time_t is 64 bits; struct tm's tm_year, the year - 1900, a C int
_TIME_T_LIMIT = 2 ** 63
_YEAR_MIN = -2 ** 31 + 1900
_YEAR_MAX = 2 ** 31 - 1 + 1900


def _seconds(secs):
    if secs is None:
        return int(_native.time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(secs // 1)
    elif isinstance(secs, int):
        secs = int(secs)
    else:
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if not -_TIME_T_LIMIT <= secs < _TIME_T_LIMIT:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def _breakdown(t, offset, isdst, zone):
    days, rest = divmod(t + offset, 86400)
    y, m, d = _civil_from_days(days)
    if not _YEAR_MIN <= y <= _YEAR_MAX:
        # glibc's gmtime/localtime: tm_year (the year - 1900) must fit a C int
        raise OSError(75, "Value too large for defined data type")
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rest // 3600, rest % 3600 // 60, rest % 60, (days + 3) % 7,
                        yday, isdst, zone, offset))


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _breakdown(_seconds(seconds), 0, 0, "GMT")


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    t = _seconds(seconds)
    offset, isdst, zone = _native._tzinfo(t)
    return _breakdown(t, offset, isdst, zone)


def _as_tuple(t, name):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    for v in t:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return tuple(t)


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    y, m, d, hh, mm, ss, _, _, _ = _as_tuple(t, "mktime")
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    local = _days_from_civil(y, m, 1) * 86400 + (d - 1) * 86400 + hh * 3600 + mm * 60 + ss
    offset = _native._tzinfo(local)[0]
    offset = _native._tzinfo(local - offset)[0]
    return float(local - offset)


def _checked(t, name):
    y, m, d, hh, mm, ss, wday, yday, isdst = _as_tuple(t, name)
    # zero month, day and day of year stand for their first (CPython's checktm)
    m, d, yday = m or 1, d or 1, yday or 1
    if not 1 <= m <= 12:
        raise ValueError("month out of range")
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hh <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mm <= 59:
        raise ValueError("minute out of range")
    if not 0 <= ss <= 61:
        raise ValueError("seconds out of range")
    # CPython's gettmarg: tm_wday = (wday + 1) % 7 in C (truncating), which must not be negative
    c_wday = (wday + 1) % 7 if wday >= -1 else -((-(wday + 1)) % 7)
    if c_wday < 0:
        raise ValueError("day of week out of range")
    wday = (c_wday + 6) % 7
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return y, m, d, hh, mm, ss, wday, yday, isdst


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    y, m, d, hh, mm, ss, wday, _, _ = _checked(t, "asctime")
    return f"{_DAYS[wday]} {_MONTHS[m - 1]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y}"


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def _iso_week(y, yday, wday):
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        return y, (yday + (366 if _is_leap(y) else 365) - wday + 9) // 7
    if week == 53 and (yday - (366 if _is_leap(y) else 365) - wday + 9) // 7 >= 1:
        return y + 1, 1
    return y, week


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    zone = getattr(t, "tm_zone", None)
    gmtoff = getattr(t, "tm_gmtoff", None)
    y, m, d, hh, mm, ss, wday, yday, isdst = _checked(t, "strftime")
    if zone is None:
        zone = tzname[1 if isdst > 0 else 0]
    if gmtoff is None:
        gmtoff = -(altzone if isdst > 0 else timezone)
    cwday = (wday + 1) % 7  # Sunday = 0
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = format[i + 1]
        i += 2
        if k == "a":
            out.append(_DAYS[wday])
        elif k == "A":
            out.append(_DAY_NAMES[wday])
        elif k in "bh":
            out.append(_MONTHS[m - 1])
        elif k == "B":
            out.append(_MONTH_NAMES[m - 1])
        elif k == "c":
            out.append(f"{_DAYS[wday]} {_MONTHS[m - 1]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y}")
        elif k == "C":
            out.append(f"{y // 100:02d}")
        elif k == "d":
            out.append(f"{d:02d}")
        elif k == "D" or k == "x":
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif k == "e":
            out.append(f"{d:2d}")
        elif k == "F":
            out.append(f"{y}-{m:02d}-{d:02d}")
        elif k == "H":
            out.append(f"{hh:02d}")
        elif k == "I":
            out.append(f"{(hh + 11) % 12 + 1:02d}")
        elif k == "j":
            out.append(f"{yday:03d}")
        elif k == "k":
            out.append(f"{hh:2d}")
        elif k == "l":
            out.append(f"{(hh + 11) % 12 + 1:2d}")
        elif k == "m":
            out.append(f"{m:02d}")
        elif k == "M":
            out.append(f"{mm:02d}")
        elif k == "n":
            out.append("\n")
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "P":
            out.append("am" if hh < 12 else "pm")
        elif k == "r":
            out.append(f"{(hh + 11) % 12 + 1:02d}:{mm:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}")
        elif k == "R":
            out.append(f"{hh:02d}:{mm:02d}")
        elif k == "S":
            out.append(f"{ss:02d}")
        elif k == "t":
            out.append("\t")
        elif k == "T" or k == "X":
            out.append(f"{hh:02d}:{mm:02d}:{ss:02d}")
        elif k == "u":
            out.append(str(wday + 1))
        elif k == "U":
            out.append(f"{(yday + 6 - cwday) // 7:02d}")
        elif k == "w":
            out.append(str(cwday))
        elif k == "W":
            out.append(f"{(yday + 6 - wday) // 7:02d}")
        elif k in "GgV":
            iy, iw = _iso_week(y, yday, wday)
            out.append(str(iy) if k == "G" else f"{iy % 100:02d}" if k == "g" else f"{iw:02d}")
        elif k == "y":
            out.append(f"{y % 100:02d}")
        elif k == "Y":
            out.append(str(y))
        elif k == "z":
            sign = "-" if gmtoff < 0 else "+"
            a = abs(gmtoff)
            out.append(f"{sign}{a // 3600:02d}{a % 3600 // 60:02d}")
        elif k == "Z":
            out.append(zone)
        elif k == "%":
            out.append("%")
        else:
            out.append("%" + k)
    return "".join(out)


def _zone_constants():
    year = gmtime()[0]
    jan = _native._tzinfo(_days_from_civil(year, 1, 1) * 86400)
    jul = _native._tzinfo(_days_from_civil(year, 7, 1) * 86400)
    std, dst = (jul, jan) if jan[1] else (jan, jul)
    return -std[0], -dst[0], 1 if dst[1] else 0, (std[2], dst[2])


timezone, altzone, daylight, tzname = _zone_constants()


class _Namespace:
    """What get_clock_info returns: types.SimpleNamespace's repr and equality."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        return "namespace(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"

    def __eq__(self, other):
        if not isinstance(other, _Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


_CLOCKS = {
    "time": ("CLOCK_REALTIME", False, True),
    "monotonic": ("CLOCK_MONOTONIC", True, False),
    "perf_counter": ("CLOCK_MONOTONIC", True, False),
    "process_time": ("CLOCK_PROCESS_CPUTIME_ID", True, False),
    "thread_time": ("CLOCK_THREAD_CPUTIME_ID", True, False),
}


def get_clock_info(name):
    """Get information of the specified clock."""
    if not isinstance(name, str):
        raise TypeError(f"get_clock_info() argument 1 must be str, not {type(name).__name__}")
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    clock, monotonic, adjustable = _CLOCKS[name]
    return _Namespace(implementation=f"clock_gettime({clock})", monotonic=monotonic,
                      adjustable=adjustable, resolution=1e-09)
