#!/usr/bin/env python3
# -*- coding: no-such-codec -*-
print("never runs")
