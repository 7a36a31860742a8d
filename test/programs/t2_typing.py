# typing: the aliases annotations evaluate to (reprs, __origin__/__args__, Union flattening),
# Generic user classes, NamedTuple and TypedDict in both forms, get_type_hints, NewType.
from typing import *
import typing
T = TypeVar('T'); K = TypeVar('K', bound=int)
for x in [Any, List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Optional[str], Union[int, str], Union[int, None], Union[int], Callable[[int, str], bool], Callable[..., int], Set[int], FrozenSet[str], Type[int], ClassVar[int], Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], List[Dict[str, List[int]]], T, K, Literal['a', 1], Final[int], Deque[int], DefaultDict[str, int], Optional[List[int]], List['Foo'], Callable, Tuple, Union[int, Union[str, int]], NoReturn, Counter[str], Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int], MutableMapping[str,int], Hashable]:
    print(repr(x))
print(List[int] == List[int], List[int].__origin__, List[int].__args__, Optional[int].__args__, get_origin(List[int]), get_args(Dict[str,int]))
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
print(Stack[int], Stack.__mro__, Stack[int]().items)
s = Stack[str](); s.push('a'); print(s.items)
print(cast(int, 'x'), TYPE_CHECKING)
class P(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> float: return (self.x ** 2 + self.y ** 2) ** 0.5
print(P(1), P._fields, P._field_defaults, P.__annotations__, P(3, 4).dist(), P(1, 2)._replace(x=5), P(1,2)._asdict())
x, y = P(5, 6); print(x, y, isinstance(P(1), tuple))
Q = NamedTuple('Q', [('a', int), ('b', str)]); print(Q(1,'s'))
class TD(TypedDict):
    a: int
print(TD(a=1), type(TD(a=1)))
def f(x: 'List[int]') -> Optional[int]: pass
print(f.__annotations__)
print(get_type_hints(f))

@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
class Pr(Protocol):
    def m(self) -> int: ...
print(Pr)
def process(items: List[Tuple[str, int]], cb: Callable[[int], str] = str) -> Dict[str, Any]:
    return {k: cb(v) for k, v in items}
print(process([('a', 1)]), process.__annotations__['items'])
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector)
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]))
try: List[int, str]
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
