# gilvm-nogil:
# typing 3.10/3.11 names used in annotations import and behave as CPython 3.11: ParamSpec
# (P.args / P.kwargs) with Callable and Concatenate, Annotated (get_type_hints strips it
# unless include_extras), TypeGuard, Required/NotRequired (TypedDict keys), LiteralString,
# assert_never/assert_type, final sets __final__, dataclass_transform, is_typeddict
from typing import TypedDict, Required, NotRequired, Annotated, ParamSpec, TypeVar, Callable, Concatenate, get_type_hints, is_typeddict, TypeGuard, LiteralString, assert_never, assert_type, final, dataclass_transform, get_origin, get_args
import functools
P = ParamSpec("P")
R = TypeVar("R")
def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int = 0) -> int: return a + b
print(add(1, b=2), P, P.args, P.kwargs, P.__name__, add.__annotations__)
print(logged.__annotations__)
print(Callable[P, R], Callable[Concatenate[int, P], R], Callable[..., R], Callable[[int], R])
print(Concatenate[int, P], Concatenate[int, ...])
for bad in [lambda: Concatenate[int], lambda: Concatenate[()], lambda: Annotated[int], lambda: Annotated()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
Meters = Annotated[float, "m"]
print(Meters, Meters.__metadata__, Meters.__origin__, Annotated[Meters, "x"], Meters(2), Meters == Annotated[float, "m"])
def walk(d: Meters, n: Annotated[int, "count"] = 1) -> None: pass
print(get_type_hints(walk), get_type_hints(walk, include_extras=True))
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    rating: Annotated[NotRequired[float], "stars"]
class M2(TypedDict):
    a: int
    b: NotRequired[int]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), sorted(M2.__required_keys__), sorted(M2.__optional_keys__))
print(Movie.__annotations__["title"], TypeGuard[list[str]], LiteralString, Required[int], NotRequired[str])
print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(1))
print(assert_type(5, int))
try:
    assert_never("x" * 200)
except AssertionError as e:
    print(len(str(e)), str(e)[-10:])
@final
def fin(): pass
print(fin.__final__)
@dataclass_transform()
def model(cls): return cls
print(model.__dataclass_transform__)
from typing import reveal_type
x = reveal_type([1])
print(x)
