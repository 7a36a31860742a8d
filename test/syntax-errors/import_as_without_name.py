# import as without name
import a.b as
