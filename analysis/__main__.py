"""Run the command line: ``python -m analysis extract INPUT --out DIR`` (see `analysis.cli`)."""

from analysis.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
