# A to-do list command shell reading commands with input() until end of input: parsing
# with split/partition, dispatch through a dict of methods, due dates, tags, undo with a
# history stack, and a summary at EOF.
from collections import defaultdict


class Task:
    _next = 1

    def __init__(self, title, due=None, tags=()):
        self.id = Task._next
        Task._next += 1
        self.title = title
        self.due = due
        self.tags = set(tags)
        self.done = False

    def __str__(self):
        box = "x" if self.done else " "
        due = f" (due {self.due})" if self.due else ""
        tags = " " + " ".join(f"#{t}" for t in sorted(self.tags)) if self.tags else ""
        return f"[{box}] {self.id:>2}. {self.title}{due}{tags}"


class Shell:
    prompt = "todo> "

    def __init__(self):
        self.tasks = {}
        self.history = []
        self.commands = {name[4:]: getattr(self, name) for name in dir(self) if name.startswith("cmd_")}

    def run(self):
        count = 0
        while True:
            try:
                line = input(self.prompt)
            except EOFError:
                print("\n[end of input after", count, "commands]")
                break
            count += 1
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            verb, _, rest = line.partition(" ")
            handler = self.commands.get(verb.lower())
            if handler is None:
                print(f"unknown command {verb!r}; try: {', '.join(sorted(self.commands))}")
                continue
            try:
                handler(rest.strip())
            except (KeyError, ValueError) as e:
                print(f"error: {e}")

    def task(self, arg):
        try:
            return self.tasks[int(arg)]
        except ValueError:
            raise ValueError(f"not a task number: {arg!r}") from None
        except KeyError:
            raise KeyError(f"no task {arg}") from None

    def cmd_add(self, rest):
        words = rest.split()
        tags = [w[1:] for w in words if w.startswith("#")]
        due = next((w[4:] for w in words if w.startswith("due:")), None)
        title = " ".join(w for w in words if not w.startswith(("#", "due:")))
        if not title:
            raise ValueError("a task needs a title")
        t = Task(title, due, tags)
        self.tasks[t.id] = t
        self.history.append(("add", t.id))
        print("added", t)

    def cmd_done(self, rest):
        t = self.task(rest)
        t.done = True
        self.history.append(("done", t.id))
        print("done", t)

    def cmd_undo(self, rest):
        if not self.history:
            print("nothing to undo")
            return
        action, tid = self.history.pop()
        if action == "add":
            print("removed", self.tasks.pop(tid))
        else:
            self.tasks[tid].done = False
            print("reopened", self.tasks[tid])

    def cmd_list(self, rest):
        shown = [t for t in self.tasks.values() if not rest or rest[1:] in t.tags]
        for t in sorted(shown, key=lambda t: (t.done, t.due or "9999", t.id)):
            print("  ", t)
        print(f"   {len(shown)} shown, {sum(t.done for t in shown)} done")

    def cmd_tags(self, rest):
        counts = defaultdict(int)
        for t in self.tasks.values():
            for tag in t.tags:
                counts[tag] += 1
        print("  ", ", ".join(f"{k}={v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))


shell = Shell()
shell.run()
print(len(shell.tasks), "tasks;", sum(t.done for t in shell.tasks.values()), "done;", len(shell.history), "in history")
