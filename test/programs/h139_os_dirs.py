# gilvm-nogil:
# os.mkdir / makedirs / rmdir / rename / replace and their errors (OSError.filename2)
import os
base = f'h139_tree_{os.getpid()}'
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('exists:', str(e).replace(base, 'BASE'))
with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
    f.write('data')
print(sorted(os.listdir(os.path.join(base, 'a'))))
try:
    os.rmdir(os.path.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno, str(e).replace(base, 'BASE'))
os.rename(os.path.join(base, 'a', 'f.txt'), os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))
try:
    os.rename('gv_missing', 'gv_other')
except FileNotFoundError as e:
    print(e, e.filename, e.filename2)
os.replace(os.path.join(base, 'g.txt'), os.path.join(base, 'h.txt'))
os.remove(os.path.join(base, 'h.txt'))
os.rmdir(os.path.join(base, 'a', 'b'))
os.rmdir(os.path.join(base, 'a'))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.mkdir(1.5)
except TypeError as e:
    print(e)
try:
    os.rmdir('gv_missing')
except FileNotFoundError as e:
    print(e)
for n in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 39):
    e = OSError(n, 'msg')
    print(n, type(e).__name__, e.errno, e.args)
e = OSError(2, 'No such file or directory', 'a', None, 'b'); print(e, e.filename, e.filename2)
print(OSError(2, 'x', 'f').filename2)
e = FileNotFoundError('just text'); print(e.errno, e.filename, e.args)
print(repr(OSError(2, 'x', 'f')))
