# asyncio.timeout()'s repr in each state.
import asyncio

async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))

asyncio.run(main())
