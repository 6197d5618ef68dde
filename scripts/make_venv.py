"""Create .venv with pip, even on a fresh Debian whose python3 lacks ensurepip.

Debian splits venv's pip bootstrap into the python3-venv package; as root we install it
with apt, otherwise we say exactly what to run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path


def _install_python3_venv() -> None:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit("Python's venv cannot install pip here. Run: sudo apt-get install python3-venv")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)  # noqa: S607
    subprocess.run(["apt-get", "install", "-y", "-qq", "python3-venv"], check=True, env=env)  # noqa: S607


def main(target: Path) -> None:
    if (target / "bin" / "pip").exists():
        return
    try:
        venv.create(target, with_pip=True, clear=True)
    except subprocess.CalledProcessError:
        _install_python3_venv()
        venv.create(target, with_pip=True, clear=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ".venv"))
