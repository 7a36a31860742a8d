# multiprocessing Pipe end of file: recv() raises EOFError once every write end is closed
# (closed, dropped, or its child process ended) and the channel is drained; poll() is
# True there.
from multiprocessing import Pipe, Process

def producer(conn, n):
    for i in range(n):
        conn.send(i * i)
    conn.close()

def quiet(conn):
    pass  # never closes its end: it closes when the child ends

if __name__ == '__main__':
    a, b = Pipe()
    b.send(1)
    b.close()
    print(a.recv(), a.poll(0))
    try:
        a.recv()
    except EOFError:
        print("EOF")

    parent_conn, child_conn = Pipe()
    p = Process(target=producer, args=(child_conn, 5))
    p.start()
    child_conn.close()
    got = []
    while True:
        try:
            got.append(parent_conn.recv())
        except EOFError:
            break
    p.join()
    print("received", got)

    r, w = Pipe(duplex=False)
    p = Process(target=quiet, args=(w,))
    p.start()
    w.close()
    p.join()
    print("poll after child ended:", r.poll(1))
    try:
        r.recv()
    except EOFError:
        print("EOF after child ended")
    with Pipe()[0] as c:
        print("closed in with:", c.closed)
    print("done")
