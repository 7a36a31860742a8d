# A singly linked list class implementing the container protocols (__len__,
# __iter__, __getitem__, __contains__, __repr__, __eq__, __add__, __reversed__).
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for item in reversed(list(iterable)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._size -= 1
        return node.value

    def __len__(self):
        return self._size

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("LinkedList index out of range")

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __reversed__(self):
        return iter(list(self)[::-1])

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
ll.push(0)
print(ll.pop(), ll.pop(), ll)
ll.reverse()
print(ll, list(reversed(ll)), sorted(ll), sum(ll), max(ll))
print(ll + LinkedList("ab"), ll == LinkedList([5, 1, 4, 1]), ll == [5, 1, 4, 1], bool(LinkedList()))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)
print([x * 2 for x in ll], dict(enumerate(ll)), "-".join(map(str, ll)))
a, b, *rest = ll
print(a, b, rest)
big = LinkedList(range(1000))
print(len(big), big[999], sum(big), 500 in big)
