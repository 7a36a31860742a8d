# gilvm-nogil:
# time: timestamps beyond a 64-bit time_t are OverflowError, a year whose year - 1900
# does not fit a C int OSError [Errno 75] (glibc), localtime of a far instant no JS
# RangeError; years 0 and below (the civil calendar with floor division); struct_time's
# members read-only as CPython's ('readonly attribute', no new attributes)
import time
errors = [1e20, 9.3e18, 9.2e18, 1e17, 2**63, 2**63 - 1, -2**63, -2**63 - 1, 2**100,
          float('nan'), float('inf')]
for v in errors:
    for f in (time.gmtime, time.localtime, time.ctime):
        try:
            print(v, f.__name__, f(v))
        except Exception as e:
            print(v, f.__name__, type(e).__name__, e)
try:
    time.gmtime(-67768040609740801)
except OSError as e:
    print('gmtime year -2147481749:', e)
# local time far away: whatever the zone, a struct_time (the year near the UTC one)
print(abs(time.localtime(6.7e16).tm_year - time.gmtime(6.7e16).tm_year) <= 1)
print(abs(time.localtime(-6.7e16).tm_year - time.gmtime(-6.7e16).tm_year) <= 1)
for v in [67767976233316800, -67768040609740800, -1, -1e10, -62135596800, -62135596801,
          -62167219200, -62167219201, -1e12, -1e15, 1e15, -62198755200, -74784902400,
          -75000000000, -12219292800, 253402300799, 253402300800]:
    g = time.gmtime(v)
    print(v, g, time.strftime('%Y %j %a %U %W %G %V %u', g))
s = time.gmtime(0)
for name in ['tm_year', 'tm_zone', 'tm_gmtoff', 'foo', 'n_fields', 'n_sequence_fields']:
    try:
        setattr(s, name, 1)
        print('set', name)
    except AttributeError as e:
        print(e)
    try:
        delattr(s, name)
        print('del', name)
    except AttributeError as e:
        print(e)
print(s, s.tm_zone, s.tm_gmtoff, s.n_fields)
