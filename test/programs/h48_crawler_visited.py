# gilvm-nogil: --workers 2
"""Simulated web crawler: a pool of worker threads pulls URLs from a queue.Queue,
"fetches" pages from a fake site map, records them in a shared visited set under a Lock,
and enqueues newly discovered links. The main thread waits with q.join()."""
import threading
import queue
from collections import defaultdict

SITE = {}


def build_site():
    # a small deterministic site graph: each page links to a few others
    for i in range(60):
        links = []
        for step in (1, 7, 13):
            j = (i * 3 + step) % 60
            links.append(f"/page/{j}")
        if i % 10 == 0:
            links.append("https://external.example/ad")
        if i % 17 == 0:
            links.append(f"/missing/{i}")
        SITE[f"/page/{i}"] = {"title": f"Page {i}", "links": links, "size": 100 + i * 11}


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url}: HTTP {status}")
        self.url = url
        self.status = status


def fetch(url):
    if url.startswith("http"):
        raise FetchError(url, 403)
    page = SITE.get(url)
    if page is None:
        raise FetchError(url, 404)
    return page


class Crawler:
    def __init__(self, workers, max_pages):
        self.frontier = queue.Queue()
        self.visited = set()
        self.lock = threading.Lock()
        self.errors = defaultdict(list)
        self.bytes_by_worker = defaultdict(int)
        self.pages = {}
        self.max_pages = max_pages
        self.nworkers = workers
        self.depth = {}

    def enqueue(self, url, depth):
        with self.lock:
            if url in self.visited:
                return False
            if len(self.visited) >= self.max_pages:
                return False
            self.visited.add(url)
            self.depth[url] = depth
        self.frontier.put((url, depth))
        return True

    def worker(self, wid):
        while True:
            item = self.frontier.get()
            try:
                if item is None:
                    return
                url, depth = item
                try:
                    page = fetch(url)
                except FetchError as e:
                    with self.lock:
                        self.errors[e.status].append(e.url)
                    continue
                with self.lock:
                    self.pages[url] = page["title"]
                    self.bytes_by_worker[wid] += page["size"]
                for link in page["links"]:
                    self.enqueue(link, depth + 1)
            finally:
                self.frontier.task_done()

    def run(self, start):
        threads = [threading.Thread(target=self.worker, args=(w,), name=f"crawler-{w}")
                   for w in range(self.nworkers)]
        for t in threads:
            t.start()
        self.enqueue(start, 0)
        self.frontier.join()
        for _ in threads:
            self.frontier.put(None)
        for t in threads:
            t.join()
        return threads


build_site()
c = Crawler(workers=4, max_pages=45)
threads = c.run("/page/0")
print("threads alive after join:", [t.is_alive() for t in threads])
print("visited:", len(c.visited))
print("fetched:", len(c.pages))
print("errors:", {k: sorted(v) for k, v in sorted(c.errors.items())})
print("total bytes:", sum(c.bytes_by_worker.values()))
print("expected bytes:", sum(SITE[u]["size"] for u in c.pages))
print("first pages:", sorted(c.pages, key=lambda u: int(u.rsplit("/", 1)[1]))[:8])
print("queue empty:", c.frontier.empty(), c.frontier.qsize(), c.frontier.unfinished_tasks)
# visited is capped at max_pages: which pages depends on scheduling, but the count doesn't
print("cap respected:", len(c.visited) == 45)
# a second crawl with unlimited pages reaches everything reachable from page 0
c2 = Crawler(workers=3, max_pages=10_000)
c2.run("/page/0")
print("full crawl:", len(c2.visited), len(c2.pages), sum(len(v) for v in c2.errors.values()))
depths = defaultdict(int)
for url in c2.pages:
    depths[c2.depth[url]] += 1
print("pages reached:", sum(depths.values()))
