# gilvm-nogil: --workers 2
"""A line editor with undo/redo (command pattern), transactions and macros."""
from abc import ABC, abstractmethod
from contextlib import contextmanager
from collections import deque


class EditorError(Exception):
    pass


class Command(ABC):
    label = "?"

    @abstractmethod
    def do(self, buf): ...

    @abstractmethod
    def undo(self, buf): ...

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Insert(Command):
    label = "insert"

    def __init__(self, line_no, text):
        self.line_no, self.text = line_no, text

    def do(self, buf):
        if not 0 <= self.line_no <= len(buf):
            raise EditorError(f"cannot insert at line {self.line_no} of {len(buf)}")
        buf.insert(self.line_no, self.text)

    def undo(self, buf):
        del buf[self.line_no]


class Delete(Command):
    label = "delete"

    def __init__(self, line_no):
        self.line_no = line_no
        self._saved = None

    def do(self, buf):
        try:
            self._saved = buf.pop(self.line_no)
        except IndexError:
            raise EditorError(f"no line {self.line_no}") from None

    def undo(self, buf):
        buf.insert(self.line_no, self._saved)


class Replace(Command):
    label = "replace"

    def __init__(self, old, new):
        self.old, self.new = old, new
        self._changed = []

    def do(self, buf):
        self._changed = [(i, line) for i, line in enumerate(buf) if self.old in line]
        for i, line in self._changed:
            buf[i] = line.replace(self.old, self.new)
        if not self._changed:
            raise EditorError(f"{self.old!r} not found")

    def undo(self, buf):
        for i, line in self._changed:
            buf[i] = line


class Batch(Command):
    label = "batch"

    def __init__(self, commands):
        self.commands = list(commands)

    def do(self, buf):
        done = []
        try:
            for c in self.commands:
                c.do(buf)
                done.append(c)
        except EditorError:
            for c in reversed(done):
                c.undo(buf)
            raise

    def undo(self, buf):
        for c in reversed(self.commands):
            c.undo(buf)


class Editor:
    def __init__(self, lines=(), history=5):
        self.buf = list(lines)
        self.undo_stack = deque(maxlen=history)
        self.redo_stack = []
        self._batch = None

    def run(self, cmd):
        if self._batch is not None:
            self._batch.append(cmd)
            return self
        cmd.do(self.buf)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
        return self

    def undo(self):
        if not self.undo_stack:
            raise EditorError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.undo(self.buf)
        self.redo_stack.append(cmd)
        return cmd

    def redo(self):
        if not self.redo_stack:
            raise EditorError("nothing to redo")
        cmd = self.redo_stack.pop()
        cmd.do(self.buf)
        self.undo_stack.append(cmd)
        return cmd

    @contextmanager
    def transaction(self):
        self._batch = []
        try:
            yield self
        except Exception:
            self._batch = None
            raise
        batch, self._batch = Batch(self._batch), None
        self.run(batch)

    def __str__(self):
        width = len(str(len(self.buf)))
        return "\n".join(f"{i:>{width}}| {line}" for i, line in enumerate(self.buf, 1)) or "(empty)"


ed = Editor(["hello world", "second line"])
ed.run(Insert(1, "inserted")).run(Replace("o", "0")).run(Delete(0))
print(ed)
print([c.label for c in ed.undo_stack], repr(ed.undo_stack[1]))
print("undo:", ed.undo(), "| undo:", ed.undo())
print(ed)
print("redo:", ed.redo())
print(ed)
try:
    with ed.transaction():
        ed.run(Insert(0, "top"))
        ed.run(Insert(99, "bad"))
except EditorError as e:
    print("transaction failed:", e)
print(ed)
with ed.transaction():
    ed.run(Insert(0, "A"))
    ed.run(Insert(1, "B"))
    ed.run(Replace("line", "LINE"))
print(ed)
print(repr(ed.undo_stack[-1])[:60])
ed.undo()
print(ed)
for action in (ed.redo, ed.redo, ed.undo, ed.undo, ed.undo, ed.undo, ed.undo):
    try:
        print("->", type(action()).__name__)
    except EditorError as e:
        print("!!", e)
print(ed, len(ed.undo_stack), ed.undo_stack.maxlen)
for i in range(8):
    ed.run(Insert(0, f"l{i}"))
print(len(ed.undo_stack), [c.text for c in ed.undo_stack])
try:
    Command()
except TypeError as e:
    print("TypeError:", e)
try:
    ed.run(Replace("zzz", "y"))
except EditorError as e:
    print("EditorError:", e)
print(str(Editor()))
