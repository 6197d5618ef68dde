from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    name = "kuager.places"
    verbose_name = _("Gazetteer")
