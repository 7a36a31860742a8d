class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
    def connect(self):
        return "ok"

cfg = Config()
tests = [
    lambda: cfg.timout,
    lambda: cfg.conect(),
    lambda: cfg.nothing_like_it,
    lambda: {"alpha": 1, "beta": 2}["alpah"],
    lambda: [1, 2, 3][3],
    lambda: (1, 2)[-3],
    lambda: "abc"[10],
    lambda: len(5),
    lambda: int("12a"),
    lambda: float("x1"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: None.upper(),
    lambda: (3).foo,
    lambda: "x".joinn(["a"]),
    lambda: [1, 2].index(5),
    lambda: "abc".index("z"),
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 5 % 0,
    lambda: int("5", 1),
    lambda: chr(-1),
    lambda: list(range(3)).remove(9),
    lambda: dict(a=1).update(1),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: next(iter([])),
    lambda: tuple(1),
    lambda: object().__dict__,
    lambda: print(undefined_name),
    lambda: Config.missing,
    lambda: Config(1),
    lambda: cfg.connect(1, 2),
    lambda: hash([]),
    lambda: {[1]: 2},
    lambda: "%d" % "s",
    lambda: "{} {}".format(1),
    lambda: "{0} {x}".format(1),
    lambda: int(None),
    lambda: abs("x"),
    lambda: round("x"),
    lambda: [1, 2, 3][1:2:0],
    lambda: "abc" * 2.5,
    lambda: isinstance(1, 2),
    lambda: getattr(cfg, "retriez"),
    lambda: import_it(),
]
def import_it():
    import maths
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e, sep=": ")
retires = 1
print(cfg.retries + retrys)
