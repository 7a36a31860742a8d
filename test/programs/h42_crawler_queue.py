# gilvm-nogil: --workers 2
# A threaded web-crawler simulation: time.sleep stands in for network I/O.
import threading
import queue
import time
import random

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/team": ["/about"],
    "/blog": ["/blog/1", "/blog/2", "/blog/3"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog/3"],
    "/blog/3": ["/", "/shop/cart"],
    "/shop": ["/shop/item/1", "/shop/item/2", "/shop/cart"],
    "/shop/item/1": ["/shop"],
    "/shop/item/2": ["/shop", "/404"],
    "/shop/cart": ["/shop/checkout"],
    "/shop/checkout": [],
}


def fetch(url):
    """Pretend to download a page."""
    time.sleep(random.uniform(0.001, 0.01))
    if url not in SITE:
        raise LookupError(f"404 Not Found: {url}")
    return SITE[url]


class Crawler:
    def __init__(self, n_workers):
        self.todo = queue.Queue()
        self.seen = set()
        self.seen_lock = threading.Lock()
        self.results = {}
        self.errors = []
        self.n_workers = n_workers

    def worker(self):
        while True:
            url = self.todo.get()
            if url is None:
                self.todo.task_done()
                break
            try:
                links = fetch(url)
            except LookupError as e:
                with self.seen_lock:
                    self.errors.append(str(e))
            else:
                with self.seen_lock:
                    self.results[url] = len(links)
                    for link in links:
                        if link not in self.seen:
                            self.seen.add(link)
                            self.todo.put(link)
            finally:
                if url is not None:
                    self.todo.task_done()

    def crawl(self, start):
        self.seen.add(start)
        self.todo.put(start)
        threads = [threading.Thread(target=self.worker, name=f"crawler-{i}")
                   for i in range(self.n_workers)]
        for t in threads:
            t.start()
        self.todo.join()
        for _ in threads:
            self.todo.put(None)
        for t in threads:
            t.join()
        return threads


crawler = Crawler(4)
start = time.perf_counter()
threads = crawler.crawl("/")
elapsed = time.perf_counter() - start
print("pages crawled:", len(crawler.results))
for url in sorted(crawler.results):
    print(f"  {url:<16} {crawler.results[url]} links")
print("errors:", crawler.errors)
print("all workers finished:", not any(t.is_alive() for t in threads))
print("names:", sorted(t.name for t in threads))
print("elapsed is positive:", elapsed > 0)
print("queue empty:", crawler.todo.empty(), crawler.todo.qsize())
