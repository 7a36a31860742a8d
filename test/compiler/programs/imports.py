import os
import os.path
import os.path as osp
import a.b.c as d
import sys, re as regex
from os import path, sep as separator
from . import sibling
from .. import parent
from .pkg.mod import name
from math import *
def f():
    import json
    from collections import OrderedDict as OD
    return json, OD
os.getcwd()
osp.join('a', 'b')
