"""Frame objects for sys._getframe (gilvm's own helper module).

gilvm's frames live in the interpreter's heap as raw words, not Python objects; sys._getframe
(modules/sys.ts) snapshots the chain into instances of this class: f_code, f_lineno,
f_globals, f_locals (a dict copy of the fast locals for function frames), f_back.
"""


class frame:
    __slots__ = ("f_code", "f_lineno", "f_globals", "f_locals", "f_back")
    __module__ = "builtins"

    def __init__(self, code, lineno, globals_, locals_, back):
        self.f_code = code
        self.f_lineno = lineno
        self.f_globals = globals_
        self.f_locals = locals_
        self.f_back = back

    def __repr__(self):
        return f"<frame, file '{self.f_code.co_filename}', line {self.f_lineno}, code {self.f_code.co_name}>"
