# gilvm-nogil: --workers 2
# asyncio tasks from test_tasks.py / test_taskgroups.py / test_timeouts.py: gather, wait, wait_for, timeout(), TaskGroup, cancel, shield, task exceptions.
import asyncio

def show(label, v):
    print(label, repr(v))

async def val(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def err(exc, delay=0):
    if delay is not None:
        await asyncio.sleep(delay)
    raise exc

async def main():
    show('gather', await asyncio.gather(val(1, 0.02), val(2), val(3, 0.01)))
    show('gather empty', await asyncio.gather())
    show('gather return_exceptions', [type(r).__name__ if isinstance(r, BaseException) else r
                                      for r in await asyncio.gather(val(1), err(KeyError('k')), return_exceptions=True)])
    try:
        await asyncio.gather(val(1, 0.01), err(ValueError('first')))
    except ValueError as e:
        show('gather raises', str(e))
    # wait: ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout
    ts = [asyncio.create_task(val(i, i * 0.01)) for i in range(3)]
    done, pending = await asyncio.wait(ts)
    show('wait all', (sorted(t.result() for t in done), len(pending)))
    ts = [asyncio.create_task(val(i, 0.005 + i * 0.5)) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    show('wait first', (sorted(t.result() for t in done), len(pending)))
    for p in pending: p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    ts = [asyncio.create_task(err(OSError('x'), 0.001)), asyncio.create_task(val(1, 1))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    show('wait first exc', (len(done), len(pending), type(list(done)[0].exception()).__name__))
    for p in pending: p.cancel()
    ts = [asyncio.create_task(val(1, 1))]
    done, pending = await asyncio.wait(ts, timeout=0.01)
    show('wait timeout', (len(done), len(pending)))
    ts[0].cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        show('wait empty', str(e))
    try:
        await asyncio.wait(ts, return_when='bogus')
    except ValueError as e:
        show('wait bad return_when', str(e))
    # wait_for
    show('wait_for ok', await asyncio.wait_for(val('fast'), 1))
    show('wait_for None', await asyncio.wait_for(val('none'), None))
    try:
        await asyncio.wait_for(val('slow', 1), 0.01)
    except asyncio.TimeoutError as e:
        show('wait_for timeout', (type(e).__name__, asyncio.TimeoutError is TimeoutError))
    cancelled = []
    async def noting():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            cancelled.append('inner cancelled')
            raise
    try:
        await asyncio.wait_for(noting(), 0.01)
    except TimeoutError:
        show('inner saw cancel', cancelled)
    try:
        await asyncio.wait_for(err(KeyError('kk')), 1)
    except KeyError as e:
        show('wait_for propagates', e.args)
    # timeout()
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        show('timeout cm expired', cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    show('timeout None', (cm.when(), cm.expired()))
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    show('rescheduled', cm.when())
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                show('finally inside timeout', True)
    except TimeoutError as e:
        show('cause', type(e.__cause__).__name__)
    # cancel
    task = asyncio.create_task(val(1, 1))
    await asyncio.sleep(0)
    show('cancel returns', task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        show('cancelled', (task.cancelled(), task.done()))
    show('cancel again', task.cancel())
    try:
        task.result()
    except asyncio.CancelledError:
        show('result of cancelled', 'CancelledError')
    task = asyncio.create_task(val(1, 1))
    task.cancel('with message')
    try:
        await task
    except asyncio.CancelledError as e:
        show('cancel msg', e.args)
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'swallowed'
    task = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    task.cancel()
    show('swallowed', (await task, task.cancelled()))
    done_task = asyncio.create_task(val(5))
    await done_task
    show('cancel done', done_task.cancel())
    # shield
    inner = asyncio.create_task(val('shielded', 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        show('outer cancelled', (outer.cancelled(), inner.cancelled()))
    show('inner result', await inner)
    try:
        await asyncio.wait_for(asyncio.shield(val('s2', 0.02)), 0.001)
    except TimeoutError:
        show('shield wait_for timeout', True)
    # exceptions in tasks
    t2 = asyncio.create_task(err(RuntimeError('in task')))
    await asyncio.sleep(0.001)
    show('task exception', (t2.done(), repr(t2.exception())))
    try:
        asyncio.create_task(val(1, 1)).exception()
    except asyncio.InvalidStateError as e:
        show('exception not done', str(e))
    # TaskGroup
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(val('a', 0.01))
        b = tg.create_task(val('b'))
    show('taskgroup results', (a.result(), b.result()))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(err(ValueError('v1'), None))
            slow = tg.create_task(val('slow', 1))
            tg.create_task(err(TypeError('t1'), None))
    except ExceptionGroup as eg:
        show('taskgroup error', (eg.message, sorted(type(e).__name__ for e in eg.exceptions), slow.cancelled()))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(val(1, 1))
            raise KeyError('body')
    except BaseException as eg:
        show('body raises', (type(eg).__name__, [type(e).__name__ for e in eg.exceptions]))
    tg = asyncio.TaskGroup()
    c = val(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        show('tg not entered', str(e))
        c.close()
    # current_task, names, all_tasks
    me = asyncio.current_task()
    show('current name', me.get_name())
    nt = asyncio.create_task(val(1), name='named')
    show('named', nt.get_name())
    nt.set_name('renamed')
    show('renamed', nt.get_name())
    await nt
    show('all_tasks', me in asyncio.all_tasks() and nt not in asyncio.all_tasks())
    # as_completed order by finishing time
    order = [await f for f in asyncio.as_completed([val('c', 0.03), val('a', 0.0), val('b', 0.015)])]
    show('as_completed', order)
    # sleep result, run_in a loop
    show('sleep result', await asyncio.sleep(0, 'r'))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 'future done')
    show('future', await fut)
    fut = loop.create_future()
    fut.set_exception(LookupError('lk'))
    try:
        await fut
    except LookupError as e:
        show('future exception', e.args)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        show('set twice', str(e))
    return 'main done'

print(asyncio.run(main(), debug=False))
try:
    asyncio.run(val(1)) and asyncio.run(42)
except (TypeError, ValueError) as e:
    print('run non-coroutine', type(e).__name__, e)
async def outer():
    c = val(1)
    try:
        return asyncio.run(c)
    finally:
        c.close()
try:
    asyncio.run(outer())
except RuntimeError as e:
    print('nested run', e)
