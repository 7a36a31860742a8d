# gilvm-nogil: --workers 2
# Generator introspection (gi_running, gi_frame, gi_code) and super()'s argument checks.
def countdown(n):
    label = "count"
    while n > 0:
        yield n
        n -= 1


g = countdown(3)
print(g.gi_running, g.gi_code.co_name, g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals.items()))
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals["label"], g.gi_frame.f_code is g.gi_code)
print(list(g), g.gi_frame, g.gi_running)


def watcher():
    yield me.gi_running


me = watcher()
print(next(me))
gen_exp = (x * 2 for x in range(3))
print(gen_exp.gi_code.co_name, gen_exp.gi_frame is not None)
gen_exp.close()
print(gen_exp.gi_frame)


class Base:
    def hello(self):
        return "Base.hello"


class Child(Base):
    def hello(self):
        return "Child+" + super().hello()


print(Child().hello(), super(Child, Child()).hello(), super(Child, Child).hello(Child()))
for bad in (lambda: super(Child, Base()), lambda: super(int, "text"), lambda: super(5, 5),
            lambda: Child.hello(42)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
