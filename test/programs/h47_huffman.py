# gilvm-nogil: --workers 2
"""Huffman coding: heapq with tie-breaking, bit strings, bytes packing, round trips."""
import heapq
from collections import Counter
from itertools import count, groupby
from functools import total_ordering


@total_ordering
class Node:
    __slots__ = ("weight", "symbol", "left", "right", "order")

    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight, self.symbol, self.left, self.right, self.order = weight, symbol, left, right, order

    @property
    def is_leaf(self):
        return self.symbol is not None

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)

    def __eq__(self, other):
        return (self.weight, self.order) == (other.weight, other.order)

    def __repr__(self):
        if self.is_leaf:
            return f"Leaf({self.symbol!r}, {self.weight})"
        return f"Node({self.weight}, {self.left!r}, {self.right!r})"


def build_tree(text):
    freq = Counter(text)
    tick = count()
    heap = [Node(w, s, order=next(tick)) for s, w in sorted(freq.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        only = heapq.heappop(heap)
        return Node(only.weight, left=only, order=next(tick))
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, left=a, right=b, order=next(tick)))
    return heap[0]


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node is None:
        return table
    if node.is_leaf:
        table[node.symbol] = prefix or "0"
        return table
    codes(node.left, prefix + "0", table)
    codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    bits = "".join(table[ch] for ch in text)
    pad = -len(bits) % 8
    padded = bits + "0" * pad
    data = bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))
    return data, pad


def decode(data, pad, root):
    bits = "".join(f"{b:08b}" for b in data)
    if pad:
        bits = bits[:-pad]
    out = []
    node = root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf:
            out.append(node.symbol)
            node = root
    return "".join(out)


SAMPLES = [
    "abracadabra",
    "mississippi river",
    "aaaaaaa",
    "the quick brown fox jumps over the lazy dog",
    "ünïcödé ☃☃ snow ☃",
]
for text in SAMPLES:
    root = build_tree(text)
    table = codes(root)
    data, pad = encode(text, table)
    back = decode(data, pad, root)
    bits = sum(len(table[c]) for c in text)
    ratio = bits / (8 * len(text.encode()))
    print(f"{text[:20]!r:24} syms={len(table):2} bits={bits:4} bytes={len(data):3} pad={pad} ratio={ratio:6.2%} ok={back == text}")
    print("   ", " ".join(f"{s!r}:{c}" for s, c in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6]))
    print("   ", data[:8].hex(" "), list(data[:4]), bytes(data[:3]))

root = build_tree("aab")
print(root, root.weight, root > Node(1), root <= Node(3, order=99))
lengths = Counter(len(c) for c in codes(build_tree(SAMPLES[3])).values())
print(sorted(lengths.items()), [k for k, _ in groupby(sorted("huffman"))])
try:
    Node(1).colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(heapq.nsmallest(3, [Node(5, "x", order=1), Node(2, "y", order=2), Node(2, "z", order=0), Node(9, "w", order=3)]))
ba = bytearray(b"\x00\x01")
ba.extend(range(2, 5)); ba[0] = 255; ba.reverse()
print(ba, bytes(ba), ba.hex(), len(ba), ba.count(255), ba.find(b"\x02"), int.from_bytes(ba, "big"), ba[1:3])
print(b"abc" + b"def", b"x" * 3, b"a,b".split(b","), b" pad ".strip(), b"Hi".lower(), bytes([72, 105]).decode(), b"%d-%s" % (5, b"z"))
