# gilvm-nogil: --workers 2
# time.struct_time, gmtime, strftime (C-locale directives), asctime, ctime, mktime, argument
# errors; nothing that depends on the machine's time zone.
import time
g = time.gmtime(0)
print(g, type(g), g.tm_year, g[0], len(g), isinstance(g, tuple), g.tm_zone, g.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %C %e %D %F %T %R %r %p %I %G %g %V %%", time.gmtime(1700000000)))
for t in (0, 86399, 951782400, 1709164800, 4102444800, -1, -86400 * 365 * 3, 1234567890.9, -0.5):
    g = time.gmtime(t)
    print(t, tuple(g), time.asctime(g), time.strftime("%c|%x|%X|%G-W%V-%u", g))
print(time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%Y %m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(1, 2), (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), "x", (2020, 1, 1, 0, 0, 0, -1, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print(e)
try:
    time.gmtime("x")
except TypeError as e:
    print(e)
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s, s.tm_mday, s.tm_zone)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(type(time.time()), time.strftime("%Y") == str(time.localtime().tm_year), time.strftime("%Q%"))
try:
    time.nosuch
except AttributeError as e:
    print(e)
from time import strftime, gmtime
print(strftime("%d/%m", gmtime(0)), time.struct_time.__name__, time.struct_time.__module__)
print(time.gmtime(1e10)[:3], time.gmtime(-1e10)[:3], time.gmtime(253402300799)[:6])
for w in (-1, -2, 6, 7, 13, 14, -8):
    try:
        print(w, time.strftime("%a %w %u", (2020, 1, 1, 0, 0, 0, w, 1, 0)), time.asctime((2020, 1, 1, 0, 0, 0, w, 1, 0)))
    except ValueError as e:
        print(w, e)
print(time.mktime(time.localtime(1234567890)), time.ctime(86400 * 365) == time.asctime(time.localtime(86400 * 365)))
