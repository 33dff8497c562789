"""policykg: Chinese policy documents to an annotated, queryable knowledge graph."""
from kg import regex_cache

regex_cache.install()  # the taggers' regular expressions compiled once per machine, not per process (issue 17)
