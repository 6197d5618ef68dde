"""The project's own app: system checks that refuse an unsafe production configuration."""

from django.apps import AppConfig


class KuagerConfig(AppConfig):
    name = "kuager"
    verbose_name = "Kuager"

    def ready(self) -> None:
        from kuager import checks  # noqa: F401 - registers the checks
