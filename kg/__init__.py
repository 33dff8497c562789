"""policykg: Chinese policy documents to an annotated, queryable knowledge graph."""
