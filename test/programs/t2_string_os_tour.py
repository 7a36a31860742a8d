# string (Template, constants, capwords) and os (environ, getenv, path basics, listdir).
import string, os
t = string.Template("Hello $name, you owe $$${amount}")
print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bo"), t.template)
try:
    t.substitute(name="x")
except KeyError as e:
    print("KE", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("VE", e)
print(t.substitute({"name": "D", "amount": 1}), t.get_identifiers() if hasattr(t, 'get_identifiers') else '', t.is_valid())
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.ascii_lowercase, string.ascii_uppercase, len(string.printable), string.capwords("hello   big world"))
class MyT(string.Template):
    delimiter = "%"
print(MyT("%who likes %what").substitute(who="tim", what="ham"))
print(os.getpid() > 0, isinstance(os.environ, object), os.environ.get("NOPE_NOT_SET", "dflt"), "PATH" in os.environ)
os.environ["MY_TEST_VAR"] = "1"
print(os.environ["MY_TEST_VAR"], os.getenv("MY_TEST_VAR"), os.getenv("NOPE_X"), os.getenv("NOPE_X", "d"))
del os.environ["MY_TEST_VAR"]
print("MY_TEST_VAR" in os.environ)
try:
    os.environ["NOPE_NOT_SET"]
except KeyError as e:
    print("KE", e)
print(isinstance(os.cpu_count(), int), os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir)
print(os.path.join("/a", "b", "c.txt"), os.path.dirname("/a/b/c.txt"), os.path.split("/a/b"), os.path.isabs("/x"), os.path.normpath("a/./b/../c"))
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."), os.path.abspath(".") == os.getcwd())
print(sorted(x for x in os.listdir(".") if x == "a23.py"))
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TE", e)
print(os.path.splitext("/a/b.c/d"), os.path.basename("/a/"), os.path.expanduser("~") != "~")
