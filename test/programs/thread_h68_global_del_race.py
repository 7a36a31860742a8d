# gilvm-nogil: --workers 4
# Readers load a global (and a builtins name) while a writer binds and deletes it again and
# again: a reader sees either the value or NameError, never a freed object or an unbound
# local (under --no-gil LOAD_GLOBAL read the entry's value after a concurrent del had
# cleared it, and the miss path mixed two keys blocks across a resize).
import builtins
import threading

done = False


def writer():
    global shared, done
    for i in range(60000):
        shared = i * 1000003
        builtins.shared_builtin = i * 7
        del shared
        del builtins.shared_builtin
    done = True


bad = []


def reader():
    seen = 0
    while not done:
        try:
            x = shared
            seen += 1
        except NameError:
            pass
        else:
            if type(x) is not int or x % 1000003 != 0:
                bad.append(repr(x))
        try:
            y = shared_builtin
        except NameError:
            continue
        if type(y) is not int or y % 7 != 0:
            bad.append(repr(y))


threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('anomalies:', len(bad), bad[:3])
