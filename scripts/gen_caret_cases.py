import subprocess, sys, json
# Writes test/frontend/caret-cases.json: how CPython 3.11 prints SyntaxErrors with given
# (lineno, offset, text, end_lineno, end_offset), for test/frontend/errors.test.ts.
cases = [
 (1, 6, 'if x:\n', 1, -1), (1, 6, 'if x:\n', 1, 7), (1, 7, '    x = = 1\n', 1, 9), (1, 0, 'abc\n', 1, 1),
 (1, 10, 'abc\n', 1, 12), (1, 2, 'abcdef\n', 2, 3), (1, 2, 'abcdef\n', 1, 1), (1, 2, 'abcdef\n', 1, 2),
 (1, 2, 'abcdef\n', 1, 20), (1, -1, 'abc\n', 1, -1), (1, 6, 'if x:', 1, -1), (1, 3, '  abc', 1, 4), (1,1,'\tx = 1\n',1,2),
 (2, 5, 'abcdef\n', 2, 0),
]
out = []
for c in cases:
    r = subprocess.run([sys.executable, '-c', f"raise SyntaxError('m', ('f.py',) + {c!r})"], capture_output=True, text=True)
    out.append(r.stderr.split('\n', 3)[3])
records = [{'lineno': c[0], 'offset': c[1], 'text': c[2], 'end_lineno': c[3], 'end_offset': c[4], 'expected': o}
           for c, o in zip(cases, out)]
with open('test/frontend/caret-cases.json', 'w') as f:
    f.write(json.dumps(records, indent=1) + '\n')
