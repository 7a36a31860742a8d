# gilvm-nogil: --workers 2
# a walrus inside a comprehension in a class body is a compile-time SyntaxError,
# located (caret) at the target name as CPython's symtable reports it
class Stats:
    samples = [3, 1, 4, 1, 5]
    total = 0
    running = [(total := total + s) for s in samples]

print(Stats.running)
