"""anext(iterator, default)'s awaitable (gilvm's own helper module, used by the native
anext in src/modules/builtins.ts): awaits the iterator's __anext__() result and gives
`default` instead of StopAsyncIteration, as CPython's anext_awaitable does."""


async def anext_with_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
