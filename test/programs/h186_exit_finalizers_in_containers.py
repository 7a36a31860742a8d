# gilvm-nogil:
# At exit, objects with __del__ held in a global container (a list, tuple, dict or set) are
# finalized as CPython's module teardown does: an asyncio task kept in a global list still
# reports "Task exception was never retrieved" (stderr's last line: its exception).
import asyncio

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

registry = {'one': [Noisy('in a list in a dict')]}
async def bad():
    raise ValueError("boom")

tasks = []

async def main():
    tasks.append(asyncio.create_task(bad()))
    await asyncio.sleep(0)

asyncio.run(main())
print("end")
