"""`python -m generator.tooling.spec_diff`: the command line (cli.py)."""

import sys

from generator.tooling.spec_diff.cli import main

sys.exit(main())
