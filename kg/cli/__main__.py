"""``python -m kg.cli``: the same as the ``policykg`` console script."""
from kg.cli import main

if __name__ == "__main__":
    main()
