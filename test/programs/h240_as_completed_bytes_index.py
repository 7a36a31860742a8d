# asyncio.as_completed is a generator function (nothing runs before the first iteration);
# bytes()/bytearray() of an object with __index__ make that many zero bytes, and the errors
# of __index__ / __iter__ other than TypeError pass through.
import asyncio
async def work(x):
    await asyncio.sleep(0.01 * x)
    return x
async def main():
    it = asyncio.as_completed([work(2), work(1)])
    print(type(it).__name__, len(asyncio.all_tasks()))
    print([await f for f in it])
    g = asyncio.as_completed(asyncio.sleep(0))
    try: next(g)
    except TypeError as e: print(e)
    try:
        for f in asyncio.as_completed([work(50)], timeout=0.01): await f
    except TimeoutError: print("timeout")
asyncio.run(main())
class N:
    def __index__(self): return 3
print(bytes(N()), bytearray(N()))
class Z:
    def __index__(self): raise ZeroDivisionError("z")
try: bytes(Z())
except ZeroDivisionError as e: print("ZDE", e)
class T:
    def __index__(self): raise TypeError("t")
    def __iter__(self): return iter([65, 66])
print(bytes(T()), bytearray(T()))
class I:
    def __iter__(self): raise ZeroDivisionError("it")
try: bytes(I())
except ZeroDivisionError as e: print("ZDE", e)
class Neg:
    def __index__(self): return -1
try: bytes(Neg())
except ValueError as e: print(e)
class BB:
    def __bytes__(self): return b'xy'
    def __index__(self): return 5
print(bytes(BB()))
try: print(bytes(object()))
except TypeError as e: print(e)
