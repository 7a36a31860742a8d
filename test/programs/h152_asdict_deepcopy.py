# gilvm-nogil:
# dataclasses.asdict()/astuple() deep-copy the values that are not dataclasses, lists, tuples
# or dicts (a set, an instance), as CPython 3.11 (they were shared with the dataclass)
from dataclasses import dataclass, field, asdict, astuple
class Tag:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Tag({self.n})"
@dataclass
class Post:
    title: str
    tags: set = field(default_factory=set)
    meta: object = None
    extra: list = field(default_factory=list)
p = Post("t", {"a"}, Tag(1), [Tag(2), {"k": Tag(3)}])
d = asdict(p)
d["tags"].add("b")
d["meta"].n = 99
d["extra"][0].n = 98
d["extra"][1]["k"].n = 97
print(p)
print(d)
t = astuple(p)
t[1].add("c"); t[2].n = 50
print(p.tags, p.meta, sorted(t[1]), t[2:])
print(d["meta"] is p.meta, t[2] is p.meta, d["title"] is p.title)
class NoCopy:
    def __deepcopy__(self, memo):
        print("deepcopy called")
        return "copied"
@dataclass
class H:
    x: object
print(asdict(H(NoCopy())), astuple(H(NoCopy())))
shared = Tag(5)
@dataclass
class Two:
    a: object
    b: object
d2 = asdict(Two(shared, shared))
print(d2["a"] is d2["b"], d2["a"] is shared)
