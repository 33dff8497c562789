"""``python -m kg.cli``: the same as the ``policykg`` console script."""
from kg.cli import main

main()
