# gilvm-nogil:
# namedtuple(), NamedTuple(...) and NewType(...) take __module__ from the calling module (it was always __main__)
import mod_h135_shapes as shapes
print(shapes.Point, shapes.Point.__module__, shapes.Pt, shapes.Fn, shapes.Fn.__module__)
print(shapes.UserId, shapes.Explicit)
from collections import namedtuple
def make():
    return namedtuple('Local', 'a')
print(make(), make().__module__, make()(1))
