# An uncaught group of caught exceptions and a nested group, raised while handling another:
# the context first, each member's own traceback in its numbered box, the nested group indented.
def f(n):
    raise ValueError(n)

def g():
    errors = []
    for i in range(3):
        try:
            f(i)
        except ValueError as e:
            errors.append(e)
    try:
        {}["k"]
    except KeyError as e:
        errors.append(ExceptionGroup("nested", [e, TypeError("t")]))
    try:
        1 / 0
    except ZeroDivisionError:
        raise ExceptionGroup("many problems", errors)

g()
