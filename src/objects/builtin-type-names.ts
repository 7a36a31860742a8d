/*
 * The names CPython 3.11's built-in types hold in their own dicts (`object`'s, the
 * exceptions', and each built-in type's): dir() lists them and a built-in type's
 * __dict__ shows them (modules/builtins.ts dirImpl, objects/abstract.ts mappingProxyNew).
 * Ours keep most of these as slots and natives outside the type dict.
 */

/** The names CPython's `object` dict holds (dir() of any object shows them). */
export const OBJECT_DIR_NAMES = [
  '__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__',
  '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__',
  '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__',
];

export const EXCEPTION_DIR_NAMES = [
  '__cause__', '__context__', '__dict__', '__setstate__', '__suppress_context__', '__traceback__', 'add_note', 'args',
];

/** The names CPython 3.11's built-in types' own dicts hold (dir() shows them; ours keep
 * most of these as slots or natives outside the type dict). Keyed by type name. */
export const BUILTIN_TYPE_DIR_NAMES: Readonly<Record<string, readonly string[]>> = {
  int: '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sizeof__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes'.split(' '),
  bool: '__and__ __new__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__'.split(' '),
  float: '__abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getformat__ __getnewargs__ __gt__ __hash__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__ __rdivmod__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real'.split(' '),
  str: '__add__ __contains__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getnewargs__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __repr__ __rmod__ __rmul__ __sizeof__ __str__ capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'.split(' '),
  list: '__add__ __class_getitem__ __contains__ __delitem__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __repr__ __reversed__ __rmul__ __setitem__ __sizeof__ append clear copy count extend index insert pop remove reverse sort'.split(' '),
  tuple: '__add__ __class_getitem__ __contains__ __eq__ __ge__ __getattribute__ __getitem__ __getnewargs__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __repr__ __rmul__ count index'.split(' '),
  dict: '__class_getitem__ __contains__ __delitem__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __init__ __ior__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __repr__ __reversed__ __ror__ __setitem__ __sizeof__ clear copy fromkeys get items keys pop popitem setdefault update values'.split(' '),
  set: '__and__ __class_getitem__ __contains__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __iand__ __init__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ __repr__ __ror__ __rsub__ __rxor__ __sizeof__ __sub__ __xor__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update'.split(' '),
  frozenset: '__and__ __class_getitem__ __contains__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ __repr__ __ror__ __rsub__ __rxor__ __sizeof__ __sub__ __xor__ copy difference intersection isdisjoint issubset issuperset symmetric_difference union'.split(' '),
  range: '__bool__ __contains__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__ __repr__ __reversed__ count index start step stop'.split(' '),
  slice: '__eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __reduce__ __repr__ indices start step stop'.split(' '),
  NoneType: '__bool__ __new__ __repr__'.split(' '),
  function: '__annotations__ __builtins__ __call__ __closure__ __code__ __defaults__ __dict__ __get__ __globals__ __kwdefaults__ __module__ __name__ __new__ __qualname__ __repr__'.split(' '),
  method: '__call__ __delattr__ __eq__ __func__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __ne__ __new__ __reduce__ __repr__ __self__ __setattr__'.split(' '),
  'method-wrapper': '__call__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __name__ __ne__ __objclass__ __qualname__ __reduce__ __repr__ __self__ __text_signature__'.split(' '),
  wrapper_descriptor: '__call__ __get__ __getattribute__ __name__ __objclass__ __qualname__ __reduce__ __repr__ __text_signature__'.split(' '),
  method_descriptor: '__call__ __get__ __getattribute__ __name__ __objclass__ __qualname__ __reduce__ __repr__ __text_signature__'.split(' '),
  builtin_function_or_method: '__call__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __le__ __lt__ __module__ __name__ __ne__ __qualname__ __reduce__ __repr__ __self__ __text_signature__'.split(' '),
  generator: '__del__ __getattribute__ __iter__ __name__ __next__ __qualname__ __repr__ __sizeof__ close gi_code gi_frame gi_running gi_suspended gi_yieldfrom send throw'.split(' '),
  type: '__abstractmethods__ __annotations__ __base__ __bases__ __basicsize__ __call__ __delattr__ __dict__ __dictoffset__ __dir__ __flags__ __getattribute__ __init__ __instancecheck__ __itemsize__ __module__ __mro__ __name__ __new__ __or__ __prepare__ __qualname__ __repr__ __ror__ __setattr__ __sizeof__ __subclasscheck__ __subclasses__ __text_signature__ __weakrefoffset__ mro'.split(' '),
  // the built-in exceptions with members of their own (their subclasses inherit them)
  AttributeError: ['name', 'obj'],
  NameError: ['name'],
  ImportError: ['msg', 'name', 'path'],
  OSError: ['characters_written', 'errno', 'filename', 'filename2', 'strerror'],
  StopIteration: ['value'],
  SystemExit: ['code'],
  SyntaxError: 'end_lineno end_offset filename lineno msg offset print_file_and_line text'.split(' '),
  UnicodeDecodeError: ['encoding', 'end', 'object', 'reason', 'start'],
  UnicodeEncodeError: ['encoding', 'end', 'object', 'reason', 'start'],
  UnicodeTranslateError: ['encoding', 'end', 'object', 'reason', 'start'],
  BaseException: '__cause__ __context__ __delattr__ __dict__ __getattribute__ __init__ __new__ __reduce__ __repr__ __setattr__ __setstate__ __str__ __suppress_context__ __traceback__ add_note args with_traceback'.split(' '),
  bytes: '__add__ __bytes__ __contains__ __eq__ __ge__ __getattribute__ __getitem__ __getnewargs__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __repr__ __rmod__ __rmul__ __str__ capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'.split(' '),
  bytearray: '__add__ __alloc__ __contains__ __delitem__ __eq__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmod__ __rmul__ __setitem__ __sizeof__ __str__ append capitalize center clear copy count decode endswith expandtabs extend find fromhex hex index insert isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition pop remove removeprefix removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'.split(' '),
  member_descriptor: '__delete__ __doc__ __get__ __getattribute__ __name__ __objclass__ __qualname__ __reduce__ __repr__ __set__'.split(' '),
  property: '__delete__ __get__ __getattribute__ __init__ __isabstractmethod__ __new__ __set__ __set_name__ deleter fdel fget fset getter setter'.split(' '),
  staticmethod: '__call__ __dict__ __func__ __get__ __init__ __isabstractmethod__ __new__ __repr__ __wrapped__'.split(' '),
  classmethod: '__dict__ __func__ __get__ __init__ __isabstractmethod__ __new__ __repr__ __wrapped__'.split(' '),
  complex: '__abs__ __add__ __bool__ __complex__ __eq__ __format__ __ge__ __getattribute__ __getnewargs__ __gt__ __hash__ __le__ __lt__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__ __repr__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ conjugate imag real'.split(' '),
  list_iterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__ __setstate__'.split(' '),
  tuple_iterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__ __setstate__'.split(' '),
  range_iterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__ __setstate__'.split(' '),
  str_ascii_iterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__ __setstate__'.split(' '),
  dict_valueiterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__'.split(' '),
  dict_itemiterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__'.split(' '),
  dict_reversekeyiterator: '__iter__ __length_hint__ __next__ __reduce__'.split(' '),
  dict_reversevalueiterator: '__iter__ __length_hint__ __next__ __reduce__'.split(' '),
  dict_reverseitemiterator: '__iter__ __length_hint__ __next__ __reduce__'.split(' '),
  list_reverseiterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__ __setstate__'.split(' '),
  dict_keys: '__and__ __contains__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __reversed__ __ror__ __rsub__ __rxor__ __sub__ __xor__ isdisjoint mapping'.split(' '),
  dict_values: '__getattribute__ __iter__ __len__ __repr__ __reversed__ mapping'.split(' '),
  dict_items: '__and__ __contains__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __reversed__ __ror__ __rsub__ __rxor__ __sub__ __xor__ isdisjoint mapping'.split(' '),
  NotImplementedType: '__bool__ __new__ __reduce__ __repr__'.split(' '),
  dict_keyiterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__'.split(' '),
  set_iterator: '__getattribute__ __iter__ __length_hint__ __next__ __reduce__'.split(' '),
  enumerate: '__class_getitem__ __getattribute__ __iter__ __new__ __next__ __reduce__'.split(' '),
  zip: '__getattribute__ __iter__ __new__ __next__ __reduce__ __setstate__'.split(' '),
  map: '__getattribute__ __iter__ __new__ __next__ __reduce__'.split(' '),
  filter: '__getattribute__ __iter__ __new__ __next__ __reduce__'.split(' '),
  reversed: '__getattribute__ __iter__ __length_hint__ __new__ __next__ __reduce__ __setstate__'.split(' '),
  super: '__get__ __getattribute__ __init__ __new__ __repr__ __self__ __self_class__ __thisclass__'.split(' '),
  memoryview: '__delitem__ __enter__ __eq__ __exit__ __ge__ __getattribute__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __repr__ __setitem__ c_contiguous cast contiguous f_contiguous format hex itemsize nbytes ndim obj readonly release shape strides suboffsets tobytes tolist toreadonly'.split(' '),
};
