# gilvm-nogil:
# json.decoder, json.encoder and json.scanner as CPython's submodules hold their public names:
# `from json.decoder import JSONDecodeError` and `json.decoder.JSONDecodeError` work.
import json
from json.decoder import JSONDecodeError, JSONDecoder
import json.encoder
from json.scanner import make_scanner
print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder)
print(json.encoder.JSONEncoder is json.JSONEncoder, callable(make_scanner))
print(json.decoder.__name__, json.encoder.__name__)
for doc in ('{', '[1, 2', '{"a": 1}', '"\\u00e9"'):
    try:
        print(repr(json.loads(doc)))
    except json.decoder.JSONDecodeError as e:
        print('JSONDecodeError:', e, e.pos, e.lineno, e.colno)
print(json.encoder.encode_basestring_ascii('é"'))
json.loads('[1,]')
