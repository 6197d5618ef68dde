from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CodingConfig(AppConfig):
    name = "kuager.coding"
    verbose_name = _("Assisted coding")

    def ready(self) -> None:
        from kuager.coding.signals import connect

        connect()
