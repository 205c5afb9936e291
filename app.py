"""Start the assistant's web app: ``python app.py`` (``make run``).

Settings come from the environment (``ASSISTANT_DOCUMENTS``, ``ASSISTANT_INDEX``, ``ASSISTANT_HOST``,
``GRADIO_SERVER_PORT``, ``ASSISTANT_AUTH``="user:password", ``ASSISTANT_UI_LANG``...). The first start builds
the index from the documents folder (console progress bar; the page shows the status meanwhile); later
starts open the saved index in seconds. Everything runs offline: Gradio analytics are switched off.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def main() -> None:
    """Load settings from the environment and serve the app until interrupted."""
    from assistant.config import Settings
    from assistant.ui.app import launch

    launch(Settings.from_env())


if __name__ == "__main__":
    main()
