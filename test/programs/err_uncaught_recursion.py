# Ends with an uncaught RecursionError from unbounded recursion.
def countdown(n):
    if n == -1:                      # bug: never reached from a positive start going up
        return
    countdown(n + 1)


print("starting")
countdown(0)
