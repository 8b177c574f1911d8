"""``python -m extract.cli``: the same as the ``evidence`` command."""

from extract.cli import main

if __name__ == "__main__":
    main()
