# gilvm-nogil: --workers 2
# The repr of built-in types' methods: dunders that are type slots are "slot wrapper"s
# (bound: "method-wrapper"), the others (and list.__getitem__, dict.__contains__) methods.
class Plain:
    pass


for descr in [str.upper, int.__add__, object.__init__, object.__str__, list.append, dict.get,
              Plain.__init__, Plain.__repr__, str.__len__, list.__getitem__, dict.__getitem__,
              dict.__contains__, set.__contains__, str.__contains__, int.to_bytes, object.__eq__,
              list.__eq__, Plain.__eq__, Plain.__lt__, str.__mod__, int.__pos__, str.__iter__,
              range.__len__, float.__round__, object.__format__, list.__setitem__, dict.__iter__]:
    print(repr(descr))
for bound in [(1).__add__, "a".__len__, [].__getitem__, {}.__contains__, [].append, Plain().__init__,
              object().__str__, (2.5).__round__]:
    print(repr(bound).split(" at 0x")[0])
