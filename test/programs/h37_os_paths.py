# Build-tool path handling on os / os.path: getpid and cpu_count types, environ lookups,
# join / basename / dirname / splitext / split / normpath / isabs, and their edge cases.
import os
import os.path

print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.environ.get("H37_SURELY_UNSET_VARIABLE"), os.environ.get("H37_SURELY_UNSET_VARIABLE", "dflt"))
print("PATH" in os.environ, type(os.environ["PATH"]).__name__)
try:
    os.environ["H37_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError:", e)
os.environ["H37_SET_HERE"] = "v1"
print(os.environ["H37_SET_HERE"], os.getenv("H37_SET_HERE"), os.getenv("H37_NOPE", "x"))
del os.environ["H37_SET_HERE"]
print(os.environ.get("H37_SET_HERE"))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir)

sources = ["src/main.c", "src/util/str.c", "include/util.h", "README", ".hidden", "archive.tar.gz", "dir/"]
for s in sources:
    root, ext = os.path.splitext(s)
    print(f"{s!r:20} base={os.path.basename(s)!r} dir={os.path.dirname(s)!r} root={root!r} ext={ext!r}")
print(os.path.split("/usr/lib/x.so"), os.path.split("x"), os.path.split("/"))
print(os.path.join("build", "obj", "main.o"), os.path.join("/abs", "rel", "/again", "f"))
print(os.path.join("a", ""), os.path.join("", "b"), os.path.join("a/", "b"))
print(os.path.normpath("a//b/./c/../d/"), os.path.normpath("/../x"), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.isabs("x/y"))
print(os.path.splitext(".bashrc"), os.path.splitext("a.b.c"), os.path.splitext("a/.b"))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/"), os.path.dirname("file"))
objs = [os.path.join("out", os.path.splitext(os.path.basename(s))[0] + ".o") for s in sources if s.endswith(".c")]
print(objs)
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError:", e)
