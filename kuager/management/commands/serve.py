"""`kuager serve`: the production WSGI server (gunicorn) with Kuager's static files."""

from __future__ import annotations

import getpass
import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from gunicorn.app.base import BaseApplication

from kuager.audit.log import record_now
from kuager.keyring import blind_index, keyring
from kuager.lib.crypto import KeyringError
from kuager.wsgi import application


class _Server(BaseApplication):  # type: ignore[misc]
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return application


class Command(BaseCommand):
    help = "Serve Kuager with gunicorn (static files included)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--no-migrate", action="store_true",
                            help="Do not apply pending database migrations first.")
        parser.add_argument("--no-worker", action="store_true",
                            help="Do not start the background-job worker beside the server "
                            "(run `kuager worker` elsewhere).")
        parser.add_argument("--key-from-stdin", action="store_true",
                            help="Read the master key from standard input (typed, or piped "
                            "from a key store) so it never rests on this server's disk.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["key_from_stdin"]:
            self._take_key_from_stdin()
        if not options["no_migrate"]:
            call_command("migrate", interactive=False, verbosity=0)
        if options["key_from_stdin"]:
            record_now(None, "key.load", "key", "", via="stdin")
        host, port = options["host"], options["port"]
        shown = f"[{host}]" if ":" in host else host
        self.stdout.write(self.style.SUCCESS(f"Kuager is serving at http://{shown}:{port}/"))
        self.stdout.flush()
        bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        worker = None if options["no_worker"] else self._start_worker()
        try:
            self._serve(bind, options["workers"])
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=30)

    def _start_worker(self) -> subprocess.Popen[bytes]:
        """Background jobs beside the web server: embedded mode needs no broker or service."""
        command = [sys.executable, "-m", "kuager.cli", "worker"]
        if not settings.MASTER_KEY:
            return subprocess.Popen(command)  # noqa: S603
        # A key given on stdin goes to the worker through a pipe, never the environment.
        worker = subprocess.Popen([*command, "--key-from-stdin"], stdin=subprocess.PIPE)  # noqa: S603
        if worker.stdin is not None:
            worker.stdin.write(settings.MASTER_KEY.encode() + b"\n")
            worker.stdin.close()
        return worker

    def _serve(self, bind: str, workers: int) -> None:
        _Server({
            "bind": bind,
            "workers": workers,
            # Threads keep a worker's heartbeat going while a 2 GB video uploads over a slow
            # link (Tor); a sync worker would be killed mid-upload at the timeout.
            "worker_class": "gthread",
            "threads": 4,
            "accesslog": None,  # request lines carry search queries: names must not reach logs
            "errorlog": "-",
            "timeout": 120,
        }).run()

    def _take_key_from_stdin(self) -> None:
        """Hold the key in this process only; gunicorn's workers inherit it when they fork."""
        prompt = "Master key: " if sys.stdin.isatty() else ""
        value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline()
        settings.MASTER_KEY = value.strip()
        keyring.cache_clear()
        blind_index.cache_clear()
        try:
            keyring()
        except KeyringError as exc:
            raise CommandError(f"That master key cannot be used: {exc}") from None
