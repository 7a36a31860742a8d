# json.loads of well-formed JSON (the native one-step parser) and of everything it leaves
# to json.py's scanner: errors with their positions, surrogate escapes, control
# characters, huge ints, NaN/Infinity, duplicate keys, whitespace, nesting, round trips.
import json
import random

random.seed(2491)
docs = ['{"a": [1, 2.5, {"b": [3, 4, null]}], "c": "str\\u00e9", "d": [[1], [2, 3]], "e": true}',
        '[]', '{}', '  [ 1 , 2 ]  ', '"plain"', '0', '-0', '-0.0', '1e5', '1E-5', '2.5e+3', '123456789012345678901234567890',
        '-99999999999999999999', '1.7976931348623157e308', '1e400', '-1e400', '[NaN, Infinity, -Infinity]',
        '{"k": 1, "k": 2}', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041\\u00fc"', '"\\ud83d\\ude00"', '"\\udc00x"',
        '{"nested": {"deeper": {"deepest": [true, false, null]}}}', '\n\t{"ws" :\r\n 1}\n', '"😀 astral"',
        '[1, "two", 3.0, [4], {"five": 5}]', '3.0', '0.1', '100', '[1.5e-10, 12345678901234567]']
for doc in docs:
    v = json.loads(doc)
    print(repr(v), type(v).__name__)
bad = ['', ' ', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{1: 2}', '01', '-', '1.', '.5', '1e', 'tru', 'nul',
       '"unterminated', '"bad \\x escape"', '"ctrl \x01 char"', '[1]x', '{"a": [1, 2}', '"\\u12"', '-Inf', 'NaNx',
       '[' * 3 + ']' * 2, '{"a": 1} {"b": 2}']
for doc in bad:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
    except ValueError as e:
        print("ValueError:", e)
print(json.loads("1" * 5000) if False else len(str(json.loads("9" * 4300))))
try:
    json.loads("9" * 4301)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5]', parse_float=str))
print(json.loads(b'[1, 2]'), json.loads(bytearray(b'{"x": null}')), json.loads('\ufeff[]' if False else '[]'))
deep = "[" * 500 + "]" * 500
print(len(repr(json.loads(deep))))


def rand_value(depth):
    r = random.random()
    if depth > 3 or r < 0.3:
        return random.choice([random.randint(-1000, 1000), random.random() * 1e6, "s\n%d\"" % random.randint(0, 99),
                              None, True, False, random.randint(-2**80, 2**80), "\u00fc\u4e2d", -0.0, 1e-300])
    if r < 0.65:
        return [rand_value(depth + 1) for _ in range(random.randint(0, 4))]
    return {"k%d" % random.randint(0, 50): rand_value(depth + 1) for _ in range(random.randint(0, 4))}


total = 0
for i in range(400):
    v = rand_value(0)
    s = json.dumps(v, indent=(2 if i % 3 == 0 else None), ensure_ascii=bool(i % 2))
    back = json.loads(s)
    assert back == v, (s, back, v)
    total += len(repr(back))
print(total)
