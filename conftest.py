"""Test-wide environment: a throwaway data directory and key, set before Django reads settings."""

import os
import tempfile

os.environ.setdefault("KUAGER_DATA_DIR", tempfile.mkdtemp(prefix="kuager-test-"))
os.environ.setdefault("KUAGER_MASTER_KEY_AUTOCREATE", "1")
os.environ.setdefault("KUAGER_SECRET_KEY", "test-only-secret-key-" + "k" * 40)
