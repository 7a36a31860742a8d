# a module for h192_object_ne_module_dir.py: its own __dir__ (PEP 562)
pub = 1
_priv = 2


def __dir__():
    return ['pub', 'zzz', 'aaa']
