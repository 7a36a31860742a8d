# Tier 2: os (getpid, environ, cpu_count, os.path) and string (constants, capwords,
# Template). Prints only what does not depend on the machine.
import os
import os.path
import string
from os import path as ospath
from string import Template

print(isinstance(os.getpid(), int), os.getpid() == os.getpid(), os.getpid() > 0)
n = os.cpu_count()
print(n is None or n >= 1, os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir)
print(isinstance(os.environ, dict), "PATH" in os.environ, os.environ.get("GILVM_SURELY_UNSET"))
os.environ["GILVM_TEST_VAR"] = "value"
print(os.environ["GILVM_TEST_VAR"], os.getenv("GILVM_TEST_VAR"), os.getenv("GILVM_SURELY_UNSET", "fallback"))
del os.environ["GILVM_TEST_VAR"]
print("GILVM_TEST_VAR" in os.environ, os.environ.pop("GILVM_SURELY_UNSET", "gone"))
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ["GILVM_SURELY_UNSET"]
except KeyError as e:
    print("KeyError:", e)
print(os.path is ospath, os.path.join("a", "b", "c.txt"), os.path.join("a/", "/abs", "x"), os.path.join("", "x"))
print(os.path.split("/usr/lib/x.so"), os.path.split("x"), os.path.split("/x"), os.path.split("a//b"))
print(os.path.basename("dir/file.py"), os.path.dirname("dir/file.py"), os.path.dirname("file"), os.path.basename("dir/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"), os.path.splitext("x."))
print(os.path.normpath("/a/./b/../../c//d/"), os.path.normpath("../x/../../y"), os.path.normpath(""), os.path.normpath("//a"))
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/../b"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(here), os.path.isdir(here), os.path.isfile(here), os.path.exists(os.path.join(here, "nope.txt")))
me = os.path.join(here, "t2_os_string.py")
print(os.path.isfile(me), os.path.getsize(me) > 100, "t2_os_string.py" in os.listdir(here), os.path.basename(me))
try:
    os.listdir(os.path.join(here, "no_such_dir"))
except FileNotFoundError as e:
    print("FileNotFoundError")
try:
    os.path.join("a", 5)
except TypeError as e:
    print("TypeError:", e)

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.ascii_letters[20:30])
print(string.capwords(" hello   big  world "), string.capwords("a-b-c", "-"))
t = Template("$name owes $$${amount} to ${name}_x")
print(t.substitute(name="Bob", amount=5), t.substitute({"name": "Al", "amount": 1}, amount=2))
print(t.safe_substitute(name="Cy"), t.get_identifiers(), t.is_valid(), Template("$ 1").is_valid())
for bad in ("x $", "line1\n  $3", "${bad"):
    try:
        Template(bad).substitute()
    except ValueError as e:
        print("ValueError:", e)
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError:", e)
print(Template("$a$b").safe_substitute(a=1), Template("100%").substitute(), t.template)
env = dict(os.environ)
print(env == os.environ, len(env) == len(os.environ), sorted(os.environ)[:0], type(os.environ.copy()).__name__)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()), repr(os.environ).startswith("environ({"))
rnd = os.urandom(16)
print(type(rnd).__name__, len(rnd), len(os.urandom(0)), os.urandom(4) != os.urandom(4) or "rare")
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
