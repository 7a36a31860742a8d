# concurrent.futures' submodules import (process, thread, _base) and a missing attribute names the module by its __name__.
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.futures._base import Future, TimeoutError
import concurrent.futures.process
import concurrent.futures as cf
print(BrokenProcessPool.__name__, ThreadPoolExecutor.__module__, Future.__module__, cf.process.ProcessPoolExecutor is ProcessPoolExecutor)
try:
    cf.nonexistent
except AttributeError as e:
    print(e)
