# gilvm-nogil: --workers 2
# The itertools constructors' argument errors carry CPython's (Argument Clinic's) messages.
import itertools

calls = [
    ("repeat()", lambda: itertools.repeat()),
    ("repeat(1, 2, 3)", lambda: itertools.repeat(1, 2, 3)),
    ("repeat(1, object=2)", lambda: itertools.repeat(1, object=2)),
    ("repeat('x', count=3)", lambda: itertools.repeat('x', count=3)),
    ("count(1, 2, 3)", lambda: itertools.count(1, 2, 3)),
    ("count(start=1, step=2, stop=3)", lambda: itertools.count(start=1, step=2, stop=3)),
    ("cycle()", lambda: itertools.cycle()),
    ("cycle('ab', 'cd')", lambda: itertools.cycle('ab', 'cd')),
    ("cycle(iterable='ab')", lambda: itertools.cycle(iterable='ab')),
    ("accumulate()", lambda: itertools.accumulate()),
    ("accumulate([1], max, 0)", lambda: itertools.accumulate([1], max, 0)),
    ("accumulate([1], start=0)", lambda: itertools.accumulate([1], start=0)),
    ("chain([1], fill=0)", lambda: itertools.chain([1], fill=0)),
    ("compress('abc')", lambda: itertools.compress('abc')),
    ("takewhile(bool)", lambda: itertools.takewhile(bool)),
    ("dropwhile(bool, [1], [2])", lambda: itertools.dropwhile(bool, [1], [2])),
    ("filterfalse(None)", lambda: itertools.filterfalse(None)),
    ("starmap(pow)", lambda: itertools.starmap(pow)),
    ("pairwise()", lambda: itertools.pairwise()),
    ("islice()", lambda: itertools.islice()),
    ("islice([1])", lambda: itertools.islice([1])),
    ("islice([1], 1, 2, 3, 4)", lambda: itertools.islice([1], 1, 2, 3, 4)),
    ("islice([1], stop=1)", lambda: itertools.islice([1], stop=1)),
    ("zip_longest('ab', fill=0)", lambda: itertools.zip_longest('ab', fill=0)),
    ("groupby()", lambda: itertools.groupby()),
    ("groupby('aab', keyfunc=str)", lambda: itertools.groupby('aab', keyfunc=str)),
    ("product('ab', times=2)", lambda: itertools.product('ab', times=2)),
    ("product('ab', repeat=2, x=1)", lambda: itertools.product('ab', repeat=2, x=1)),
    ("permutations()", lambda: itertools.permutations()),
    ("permutations('ab', 1, 2)", lambda: itertools.permutations('ab', 1, 2)),
    ("combinations('abc')", lambda: itertools.combinations('abc')),
    ("combinations_with_replacement('ab')", lambda: itertools.combinations_with_replacement('ab')),
    ("tee()", lambda: itertools.tee()),
    ("tee([1], 2, 3)", lambda: itertools.tee([1], 2, 3)),
    ("tee([1], n=2)", lambda: itertools.tee([1], n=2)),
]
for label, call in calls:
    try:
        call()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)
print(list(itertools.repeat(object='x', times=2)), list(itertools.combinations(iterable='abc', r=2)))
print(list(itertools.accumulate([1, 2, 3], func=max, initial=0)), list(itertools.islice(itertools.count(start=5, step=-1), 3)))
print(list(itertools.zip_longest('ab', 'c', fillvalue='?')), list(itertools.product('ab', repeat=2))[:3])
print([(k, list(g)) for k, g in itertools.groupby('aabbb', key=str.upper)], list(itertools.permutations(iterable='ab')))
itertools.combinations(range(3))
