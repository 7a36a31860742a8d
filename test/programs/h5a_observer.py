# gilvm-nogil: --workers 2
# An event bus with weak subscriptions: subscribers are held through weakref.WeakMethod
# and weakref.ref so that dropping a listener unsubscribes it, a WeakValueDictionary
# caches loaded documents while someone uses them, and objects that cannot be weakly
# referenced (slotted classes without __weakref__) are held strongly instead.
import gc
import weakref
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
        self.strong = []

    def subscribe(self, topic, callback):
        try:
            if hasattr(callback, "__self__"):
                ref = weakref.WeakMethod(callback)
            else:
                ref = weakref.ref(callback)
        except TypeError as e:
            print(f"  (holding {callback!r} strongly: {e})")
            self.strong.append(callback)
            ref = lambda cb=callback: cb
        self._subs[topic].append(ref)

    def publish(self, topic, payload):
        delivered = 0
        live = []
        for ref in self._subs[topic]:
            cb = ref()
            if cb is None:
                continue
            live.append(ref)
            cb(topic, payload)
            delivered += 1
        self._subs[topic] = live
        return delivered

    def counts(self):
        return {t: sum(1 for r in refs if r() is not None) for t, refs in sorted(self._subs.items())}


class Logger:
    def __init__(self, name):
        self.name = name
        self.seen = []

    def on_event(self, topic, payload):
        self.seen.append((topic, payload))
        print(f"  {self.name} <- {topic}: {payload}")

    def __repr__(self):
        return f"Logger({self.name!r})"


class Counter:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0

    def __call__(self, topic, payload):
        self.n += 1

    def __repr__(self):
        return f"<Counter n={self.n}>"


class Tag(str):
    pass


class Document:
    loads = 0

    def __init__(self, name):
        Document.loads += 1
        self.name = name
        self.body = f"contents of {name}"

    def __del__(self):
        print(f"  (document {self.name} unloaded)")


cache = weakref.WeakValueDictionary()


def open_document(name):
    doc = cache.get(name)
    if doc is None:
        doc = cache[name] = Document(name)
    return doc


bus = EventBus()
audit, ui = Logger("audit"), Logger("ui")
counter = Counter()
bus.subscribe("save", audit.on_event)
bus.subscribe("save", ui.on_event)
bus.subscribe("close", ui.on_event)
bus.subscribe("save", counter)


def shout(topic, payload):
    print(f"  shout: {payload.upper()}")


bus.subscribe("save", shout)
print("delivered", bus.publish("save", "report.txt"))
del ui
gc.collect()
print("after dropping ui:", bus.counts())
print("delivered", bus.publish("save", "notes.md"), bus.publish("close", "notes.md"))
print(counter, audit.seen)

a = open_document("a.txt")
b = open_document("b.txt")
again = open_document("a.txt")
print(a is again, Document.loads, sorted(cache.keys()))
del a, again
print("after dropping a:", sorted(cache.keys()), Document.loads)
c = open_document("a.txt")
print(Document.loads, c.body, len(cache))

tag = Tag("urgent")
r = weakref.ref(tag)
print(r() == "urgent", type(r()).__name__, weakref.getweakrefcount(tag))
for obj in [Counter(), 42, "plain", [1], {"k": 1}, Logger("x"), Tag("t"), shout, EventBus]:
    try:
        weakref.ref(obj)
        print(f"{type(obj).__name__:>9}: weakly referenceable")
    except TypeError as e:
        print(f"{type(obj).__name__:>9}: {e}")
del c, b
print("end", sorted(cache.keys()))
