#!/usr/bin/env python3
"""CPython 3.11's code objects for a file, printed in gilvm's instruction set.

Usage: python3 test/helpers/cpython_dis.py [--positions] FILE | -c SOURCE

Maps the known differences between CPython 3.11 and gilvm's opcode table so listings
compare line by line with test/helpers/listing.ts: CACHE, PRECALL and EXTENDED_ARG are
dropped; `KW_NAMES k` becomes `LOAD_CONST <kwnames>` and the CALL after it `CALL_KW`;
POP_JUMP_{FORWARD,BACKWARD}_IF_X become POP_JUMP_IF_X; jump targets and exception-table
offsets become instruction indexes of the mapped sequence.
"""
import bisect
import dis
import sys
import types

DROP = {'CACHE', 'PRECALL', 'EXTENDED_ARG'}


def const_repr(c):
    if isinstance(c, types.CodeType):
        return '<code %s>' % c.co_qualname
    if isinstance(c, tuple):
        return '(' + ', '.join(const_repr(x) for x in c) + (',)' if len(c) == 1 else ')')
    if isinstance(c, frozenset):
        return 'frozenset({' + ', '.join(sorted(const_repr(x) for x in c)) + '})'
    return repr(c)


def listing(code, out, positions):
    instrs = list(dis.get_instructions(code))
    kept_offsets = [ins.offset for ins in instrs if ins.opname not in DROP]

    def index_at(offset):
        # index of the first kept instruction at or after this byte offset
        return bisect.bisect_left(kept_offsets, offset)

    localsplus = code.co_varnames + tuple(c for c in code.co_cellvars if c not in code.co_varnames) + code.co_freevars
    out.append('code %s flags=%d argcount=%d posonly=%d kwonly=%d firstlineno=%d stacksize=%d' % (
        code.co_qualname, code.co_flags, code.co_argcount, code.co_posonlyargcount,
        code.co_kwonlyargcount, code.co_firstlineno, code.co_stacksize))
    out.append('  localsplus: ' + ' '.join(localsplus))
    out.append('  names: ' + ' '.join(code.co_names))
    out.append('  consts: ' + ' | '.join(const_repr(c) for c in code.co_consts))
    pos = list(code.co_positions())
    pending_kw = False
    for k, ins in enumerate(instrs):
        name = ins.opname
        if name in DROP:
            continue
        arg = ''
        if name == 'KW_NAMES':
            name = 'LOAD_CONST'
            arg = const_repr(code.co_consts[ins.arg])
            pending_kw = True
        elif name == 'CALL' and pending_kw:
            name = 'CALL_KW'
            arg = str(ins.arg)
            pending_kw = False
        elif name.startswith('POP_JUMP_FORWARD_IF_') or name.startswith('POP_JUMP_BACKWARD_IF_'):
            name = 'POP_JUMP_IF_' + name.split('_IF_')[1]
            arg = str(index_at(ins.argval))
        elif ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
            arg = str(index_at(ins.argval))
        elif name == 'LOAD_CONST':
            arg = const_repr(ins.argval)
        elif name == 'LOAD_GLOBAL':
            arg = ('NULL + ' if ins.arg & 1 else '') + ins.argval
        elif ins.opcode in dis.hasname or ins.opcode in dis.haslocal or ins.opcode in dis.hasfree:
            arg = str(ins.argval)
        elif ins.arg is not None:
            arg = str(ins.arg)
        line = '  %s %s' % (name, arg)
        if positions:
            l, el, c, ec = (-1 if v is None else v for v in pos[ins.offset // 2])
            line += '  @%d:%d-%d:%d' % (l, c, el, ec)
        out.append(line.rstrip())
    for entry in dis._parse_exception_table(code):
        out.append('  exc %d %d -> %d depth=%d%s' % (
            index_at(entry.start), index_at(entry.end), index_at(entry.target), entry.depth,
            ' lasti' if entry.lasti else ''))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            listing(c, out, positions)


def main(argv):
    positions = False
    if argv and argv[0] == '--positions':
        positions = True
        argv = argv[1:]
    if argv[0] == '-c':
        source, filename = argv[1], '<string>'
    else:
        filename = argv[0]
        source = open(filename).read()
    out = []
    listing(compile(source, filename, 'exec'), out, positions)
    print('\n'.join(out))


if __name__ == '__main__':
    main(sys.argv[1:])
