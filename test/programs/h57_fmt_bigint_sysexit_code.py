# %e/%f/%g of an int beyond the float range; SystemExit.code assigned after creation (session 33 probe)
for f in ("%e", "%.1f", "%g", "%E"):
    for v in (10**400, -10**400, 10**300, True):
        try:
            print(f % v)
        except OverflowError as e:
            print("OverflowError", e)
for v in (10**400, "x", 2**70):
    try:
        print(b"%e" % v)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
import sys
e = SystemExit(3)
e.code = 5
print(e.code)
raise e
