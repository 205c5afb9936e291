"""``python -m assistant.model_build``: see ``assistant.model_build.cli``."""

from assistant.model_build.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
