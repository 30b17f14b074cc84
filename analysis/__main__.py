"""Run the command line: ``python -m analysis extract INPUT --out DIR`` (see `analysis.cli`)."""

from analysis.cli import main

raise SystemExit(main())
