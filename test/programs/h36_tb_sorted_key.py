# gilvm-nogil: --workers 2
# a report tool whose sort key lambda fails on bad data: traceback through sorted/lambda
records = [
    {"name": "alpha", "score": 91, "tags": ["x"]},
    {"name": "beta", "score": 78, "tags": []},
    {"name": "gamma", "score": "n/a", "tags": ["y", "z"]},
]

def summarize(rows):
    by_tags = {r["name"]: len(r["tags"]) for r in rows}
    print("tag counts:", by_tags)
    ranked = sorted(rows, key=lambda r: -r["score"])
    return [r["name"] for r in ranked]

def main():
    print("loaded", len(records), "records")
    good = [r for r in records if isinstance(r["score"], int)]
    print("ranked (clean):", summarize(good))
    print("ranked (all):", summarize(records))

main()
