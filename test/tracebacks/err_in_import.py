# gilvm-test: also -c
import sibling_mod
sibling_mod.explode({})
