#!/usr/bin/env python3
"""Drives `gilvm` on a pseudo-terminal (test/cli/repl.test.ts): the line-editing path.

Usage: python3 pty_session.py STEPS.json CMD [ARGS...]. STEPS is a list of [expect, send]:
wait until the output contains `expect` (after what earlier steps consumed), then type
`send` (null: nothing). Waiting is for text, never for time; a step that sees no progress
for 20 s fails (a hang, not a timing assertion). Prints the whole transcript as JSON
({"transcript": ..., "exit": code}) on stdout.
"""
import json
import os
import pty
import select
import sys

steps = json.load(open(sys.argv[1]))
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
pending = b''
transcript = b''


def read_more(timeout: float) -> bool:
    global pending, transcript
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return False
    try:
        data = os.read(fd, 4096)
    except OSError:
        return False
    if not data:
        return False
    pending += data
    transcript += data
    return True


for expect, send in steps:
    while expect.encode() not in pending:
        if not read_more(20):
            print(json.dumps({'transcript': transcript.decode('utf8', 'replace'), 'exit': None, 'stuck_at': expect}))
            os.kill(pid, 9)
            sys.exit(0)
    pending = pending[pending.index(expect.encode()) + len(expect.encode()):]
    if send is not None:
        os.write(fd, send.encode())
while read_more(20):
    pass
_, status = os.waitpid(pid, 0)
print(json.dumps({'transcript': transcript.decode('utf8', 'replace'), 'exit': os.waitstatus_to_exitcode(status)}))
