# Text helpers on the string module: the constants, Template substitute / safe_substitute
# (braces, $$, invalid placeholders, missing keys), capwords, Formatter basics.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))

t = string.Template("Hello $name, you owe $$${amount} by ${day}.")
print(t.substitute(name="Ann", amount=12, day="Friday"))
print(t.substitute({"name": "Bob", "amount": 3}, day="Mon"))
print(t.safe_substitute(name="Cy"))
print(t.template)
try:
    t.substitute(name="Dee")
except KeyError as e:
    print("KeyError:", e)
bad = string.Template("cost: $5")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)
print(bad.safe_substitute())
print(string.Template("${a}${b}$c").substitute(a=1, b=2, c=3))
print(string.Template("$who likes $what").safe_substitute(who="tim"))
print(string.Template("$x").is_valid(), string.Template("$").is_valid())
print(string.Template("$a $b ${c}").get_identifiers())


class Percent(string.Template):
    delimiter = "%"


print(Percent("%user is %{n}%% done").substitute(user="ann", n=50))

print(string.capwords("hello   wide\tworld of  python"))
print(string.capwords("a-b c-d", "-"), string.capwords(""))
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25)]
for name, n, price in rows:
    print("{:<8}|{:>4}|{:7.2f}".format(name, n, n * price))
f = string.Formatter()
print(f.format("{0}-{x}", "a", x="b"))
print(list(f.parse("a{0}b{x:>3}c")))
