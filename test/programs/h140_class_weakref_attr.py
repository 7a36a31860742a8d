# gilvm-nogil:
# C.__weakref__ on a class: the getset descriptor of the class that added the slot (found
# along the MRO, as C.__dict__["__weakref__"] shows it); an AttributeError where none did
class G: pass
class H(G): pass
class S:
    __slots__ = ()
class SW:
    __slots__ = ("__weakref__",)
class SW2(SW):
    __slots__ = ("a",)
for c in (G, H, S, SW, SW2, int, object, Exception):
    try:
        print(c.__name__, c.__weakref__, c.__weakref__ == c.__weakref__, c.__weakref__.__get__(None, c))
    except AttributeError as e:
        print(c.__name__, "AE", e)
print(hasattr(G, "__weakref__"), hasattr(S, "__weakref__"), G.__weakref__.__get__(G()))
print(H.__weakref__ == G.__dict__["__weakref__"], SW2.__weakref__ == SW.__dict__["__weakref__"])
