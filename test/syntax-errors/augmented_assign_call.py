# augmented assign call
f() *= 2
