# exec(), eval() and compile() inherit the caller's future features, as in CPython:
# under `from __future__ import annotations` an annotation in exec'd source stays a str.
from __future__ import annotations

import __future__

ns = {}
exec("def f(x: undefined_name) -> int: pass", ns)
print(ns["f"].__annotations__)

exec("y: some.thing[int] = 3", ns)
print(ns["__annotations__"], ns["y"])

code = compile("def g(a: list[int]) -> None: pass", "<src>", "exec")
exec(code, ns)
print(ns["g"].__annotations__)

# dont_inherit=True: the caller's features are dropped (the annotation is evaluated)
code = compile("def h(a: int) -> str: pass", "<src>", "exec", dont_inherit=True)
exec(code, ns)
print(ns["h"].__annotations__)

try:
    compile("def k(a: missing) -> None: pass\nk", "<src>", "exec", 0, True)
    exec(compile("def k(a: missing) -> None: pass", "<src>", "exec", 0, True), {})
except NameError as e:
    print("NameError:", e)

# the flag given explicitly
flag = __future__.annotations.compiler_flag
code = compile("def m(a: nowhere) -> None: pass", "<src>", "exec", flag, True)
exec(code, ns)
print(ns["m"].__annotations__)
print(bool(code.co_flags & flag))

try:
    compile("pass", "<src>", "exec", 0x8000000)
except ValueError as e:
    print("ValueError:", e)

print(eval("(lambda q: q).__annotations__"))
