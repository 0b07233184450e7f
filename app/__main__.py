"""`python -m app` runs the `sourcemark` command."""

import sys

from app.cli.main import main

sys.exit(main())
