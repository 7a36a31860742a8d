# gilvm-nogil:
# json's string steps (_json natives): escaping with and without ensure_ascii, astral characters
# and lone surrogates, \u escapes and surrogate pairs when loading, every string error's position.
import json
cases = ["plain", 'q"uote', "back\\slash", "ctl\x01\x1f\n\t\r\b\f", "é ü ñ", "€ 中文", "emoji 😀 ok", "\x7f del", "/slash", "", "\ud800 lone"]
for c in cases:
    a = json.dumps(c); b = json.dumps(c, ensure_ascii=False)
    print(a, ascii(b), json.loads(a) == c, json.loads(b) == c)
docs = ['"abc"', '"a\\u00e9b"', '"\\ud83d\\ude00"', '"\\ud83d x"', '"x\\/y"', '["a", {"k": "v\\n"}]', '"emoji 😀 \\u0041"', '{"😀": "\\u263a"}']
for d in docs:
    print(repr(json.loads(d)))
bad = ['"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"a\x01b"', '["x", "y\\', '"\\ud83d\\uzzzz"', '"😀\\q"', '{"a": "b\x02"}']
for d in bad:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
print(json.loads('"a\x01b"', strict=False))
print(json.dumps({"a": ["x\ny", {"é": 1}]}, indent=2, ensure_ascii=False))
print(json.dumps({"b": 1, "a": "\u2028"}, sort_keys=True))
