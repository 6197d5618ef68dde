"""Loaded by pytest before any plugin reads Django settings: a throwaway data directory and key.

(A conftest.py is too late: pytest-django configures Django before conftests are imported.)
"""

import os
import tempfile

os.environ["KUAGER_DATA_DIR"] = tempfile.mkdtemp(prefix="kuager-test-")
os.environ.setdefault("KUAGER_MASTER_KEY_AUTOCREATE", "1")
os.environ.setdefault("KUAGER_LANGUAGE", "en")  # assertions read English
os.environ.setdefault("KUAGER_JOBS_IMMEDIATE", "1")  # background jobs run at once
os.environ.setdefault("KUAGER_SECRET_KEY", "test-only-secret-key-" + "k" * 40)
