def simple():
    try:
        a()
    except ValueError:
        b()
def named():
    try:
        a()
    except (TypeError, ValueError) as e:
        print(e)
    except Exception as e:
        raise RuntimeError('x') from e
    except:
        raise
def with_else():
    try:
        a()
    except E:
        pass
    else:
        b()
def with_finally():
    try:
        a()
    finally:
        b()
def full():
    try:
        a()
    except E as e:
        b(e)
    else:
        c()
    finally:
        d()
def return_in_finally():
    try:
        return a()
    finally:
        b()
def break_in_try():
    for x in y:
        try:
            if x:
                break
            continue
        finally:
            a()
def return_in_except():
    try:
        a()
    except E as e:
        return e
def with_stmt(p):
    with open(p) as f:
        return f.read()
def with_multi():
    with a() as x, b() as (y, z), c():
        d(x, y, z)
def with_break():
    while True:
        with lock:
            if x:
                break
            continue
def nested_try():
    try:
        try:
            a()
        except E:
            b()
    finally:
        c()
def asserts(x):
    assert x
    assert x, 'message'
def raises():
    raise
def raises2():
    raise ValueError
def loop_else(xs):
    for x in xs:
        if x:
            break
    else:
        return 0
    return 1
