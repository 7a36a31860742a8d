# gilvm-nogil: --workers 2
"""threading.local as per-request context in a tiny "web server": each handler thread
sets the current request and user in a local, calls helper functions that read it
implicitly, and keeps a per-thread DB connection object (created lazily, once per
thread). A local subclass with __init__ arguments and methods; attributes never leak
between threads; deleted attributes raise AttributeError."""
import threading


class RequestContext(threading.local):
    created = 0
    lock = threading.Lock()

    def __init__(self, app_name):
        with RequestContext.lock:
            RequestContext.created += 1
        self.app = app_name
        self.stack = []

    def push(self, req):
        self.stack.append(req)

    def pop(self):
        return self.stack.pop()

    @property
    def current(self):
        return self.stack[-1] if self.stack else None


ctx = RequestContext("shop")
plain = threading.local()


class Connection:
    opened = 0
    lock = threading.Lock()

    def __init__(self, owner):
        with Connection.lock:
            Connection.opened += 1
        self.owner = owner
        self.queries = 0

    def query(self, sql):
        self.queries += 1
        return f"{sql} by {self.owner}"


def get_db():
    conn = getattr(plain, "conn", None)
    if conn is None:
        conn = plain.conn = Connection(threading.current_thread().name)
    return conn


def current_user():
    return ctx.current["user"]


def render(template):
    req = ctx.current
    return template.format(user=current_user(), path=req["path"], app=ctx.app)


def handle(req):
    ctx.push(req)
    try:
        db = get_db()
        db.query("SELECT * FROM carts WHERE user=" + req["user"])
        if req["path"] == "/nested":
            # a nested sub-request on the same thread: the stack restores the outer one
            inner = handle({"user": "system", "path": "/inner"})
            return render("{app}:{user}:{path}") + " inner=" + inner
        return render("{app}:{user}:{path}")
    finally:
        ctx.pop()


results = {}
res_lock = threading.Lock()


def server_thread(reqs):
    out = [handle(r) for r in reqs]
    with res_lock:
        results[threading.current_thread().name] = (out, get_db().queries, len(ctx.stack))


users = ["ann", "bob", "cyd", "dee"]
workers = []
for i, u in enumerate(users):
    reqs = [{"user": u, "path": f"/item/{k}"} for k in range(3)]
    if i == 1:
        reqs.append({"user": u, "path": "/nested"})
    workers.append(threading.Thread(target=server_thread, args=(reqs,), name=f"srv-{u}"))
for w in workers:
    w.start()
for w in workers:
    w.join()

for name in sorted(results):
    out, queries, depth = results[name]
    print(name, queries, depth)
    for line in out:
        print("   ", line)

print("contexts created:", RequestContext.created)
print("connections opened:", Connection.opened)
print("main has no conn:", hasattr(plain, "conn"))
print("main ctx:", ctx.app, ctx.stack, ctx.current)
plain.x = 1
seen = []


def check():
    seen.append(hasattr(plain, "x"))
    plain.x = 2
    seen.append(plain.x)
    del plain.x
    try:
        plain.x
    except AttributeError as e:
        seen.append("AttributeError")


t = threading.Thread(target=check)
t.start()
t.join()
print("other thread:", seen, "main still:", plain.x)
del plain.x
try:
    del plain.x
except AttributeError:
    print("double del: AttributeError")
print("local dict main:", sorted(ctx.__dict__))
