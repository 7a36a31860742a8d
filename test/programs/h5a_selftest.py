# A unit-test style bank of self checks: a tiny test runner with assertRaises as a context
# manager, fixtures, skips, expected failures and a summary.
import math
import functools


class SkipTest(Exception):
    pass


class Raises:
    def __init__(self, *types, match=None):
        self.types = types
        self.match = match
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is None:
            names = " or ".join(t.__name__ for t in self.types)
            raise AssertionError(f"{names} not raised")
        if not issubclass(et, self.types):
            return False
        if self.match is not None and self.match not in str(ev):
            raise AssertionError(f"{self.match!r} not found in {str(ev)!r}") from ev
        self.exception = ev
        return True


TESTS = []


def test(fn=None, *, expect_fail=False):
    def register(f):
        f.expect_fail = expect_fail
        TESTS.append(f)
        return f
    return register(fn) if fn is not None else register


def approx(a, b, tol=1e-9):
    return math.isclose(a, b, rel_tol=tol, abs_tol=tol)


class Fixture:
    def __init__(self):
        self.data = {"alpha": [3, 1, 2], "beta": "hello world", "gamma": {"k": 1}}
        self.log = []


@test
def test_sorting(fx):
    assert sorted(fx.data["alpha"]) == [1, 2, 3]
    assert fx.data["alpha"] == [3, 1, 2], "sorted() must not mutate"
    fx.data["alpha"].sort(reverse=True)
    assert fx.data["alpha"] == [3, 2, 1]


@test
def test_strings(fx):
    s = fx.data["beta"]
    assert s.title() == "Hello World"
    assert s.split() == ["hello", "world"]
    assert "-".join(reversed(s.split())) == "world-hello"
    assert s.partition(" ") == ("hello", " ", "world")
    assert f"{s!r:>15}" == "  'hello world'"


@test
def test_dict_missing(fx):
    with Raises(KeyError) as r:
        fx.data["delta"]
    assert r.exception.args == ("delta",)
    with Raises(KeyError, match="'zeta'"):
        fx.data["gamma"]["zeta"]


@test
def test_wrong_exception(fx):
    with Raises(ValueError):
        fx.data["alpha"][10]


@test
def test_not_raised(fx):
    with Raises(ZeroDivisionError):
        1 / 1


@test
def test_match_fails(fx):
    with Raises(ValueError, match="banana"):
        int("apple")


@test
def test_assert_message(fx):
    total = sum(fx.data["alpha"])
    assert total == 7, f"expected 7, got {total}"


@test
def test_bare_assert(fx):
    assert fx.data["gamma"].get("missing")


@test(expect_fail=True)
def test_known_bug(fx):
    assert 0.1 + 0.2 == 0.3


@test(expect_fail=True)
def test_unexpected_pass(fx):
    assert approx(0.1 + 0.2, 0.3)


@test
def test_skipped(fx):
    raise SkipTest("needs network")


@test
def test_floats(fx):
    assert approx(math.sqrt(2) ** 2, 2)
    assert math.isnan(float("nan")) and math.isinf(-math.inf)
    assert round(2.5) == 2 and round(3.5) == 4
    assert f"{math.pi:.3f}" == "3.142"
    assert math.floor(-0.5) == -1 and int(-0.5) == 0


@test
def test_generator_state(fx):
    def gen():
        fx.log.append("start")
        yield 1
        fx.log.append("middle")
        yield 2
        fx.log.append("end")
    g = gen()
    assert fx.log == []
    assert next(g) == 1 and fx.log == ["start"]
    assert list(g) == [2] and fx.log == ["start", "middle", "end"]
    with Raises(StopIteration):
        next(g)


@test
def test_closure_cells(fx):
    fns = [lambda: i for i in range(3)]
    assert [f() for f in fns] == [2, 2, 2]
    fns = [functools.partial(lambda i: i, i) for i in range(3)]
    assert [f() for f in fns] == [0, 1, 2]


@test
def test_error_in_helper(fx):
    def helper(x):
        return x.upper()
    helper(None)


@test
def test_chained(fx):
    try:
        try:
            {}["x"]
        except KeyError as e:
            raise RuntimeError("lookup failed") from e
    except RuntimeError as e:
        assert isinstance(e.__cause__, KeyError)
        assert e.__context__ is e.__cause__
        assert e.__suppress_context__
        raise


def run_all():
    results = {"passed": [], "failed": [], "errors": [], "skipped": [], "xfail": [], "xpass": []}
    for fn in TESTS:
        fx = Fixture()
        name = fn.__name__
        try:
            fn(fx)
        except SkipTest as e:
            results["skipped"].append(name)
            print(f"SKIP  {name}: {e}")
        except AssertionError as e:
            if fn.expect_fail:
                results["xfail"].append(name)
                print(f"XFAIL {name}")
            else:
                results["failed"].append(name)
                cause = f" [cause: {type(e.__cause__).__name__}]" if e.__cause__ else ""
                print(f"FAIL  {name}: {e or '(no message)'}{cause}")
        except Exception as e:
            results["errors"].append(name)
            print(f"ERROR {name}: {type(e).__name__}: {e}"
                  + (f" <- {type(e.__cause__).__name__}: {e.__cause__}" if e.__cause__ else ""))
        else:
            key = "xpass" if fn.expect_fail else "passed"
            results[key].append(name)
            print(f"{key.upper():<5} {name}")
    print("=" * 40)
    summary = ", ".join(f"{len(v)} {k}" for k, v in results.items() if v)
    print(f"{len(TESTS)} tests: {summary}")
    return results


res = run_all()
assert len(res["passed"]) + len(res["failed"]) + len(res["errors"]) + len(res["skipped"]) + len(res["xfail"]) + len(res["xpass"]) == len(TESTS)
failed = res["failed"] + res["errors"]
if failed:
    raise SystemExit(f"{len(failed)} tests failed: {', '.join(sorted(failed))}")
