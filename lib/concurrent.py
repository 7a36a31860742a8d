"""The concurrent package for gilvm: only its `futures` submodule (lib/_concurrent_futures.py),
registered as sys.modules['concurrent.futures'] so `import concurrent.futures` and
`from concurrent.futures import ThreadPoolExecutor` work (gilvm has no packages; os.path
is done the same way)."""
import sys
import _concurrent_futures as futures

futures.__name__ = 'concurrent.futures'
sys.modules['concurrent.futures'] = futures
# its submodules, for `from concurrent.futures.process import BrokenProcessPool` and the
# like: the one module holds what CPython's _base, thread and process hold
for _sub in ('_base', 'thread', 'process'):
    sys.modules['concurrent.futures.' + _sub] = futures
    setattr(futures, _sub, futures)
del _sub
