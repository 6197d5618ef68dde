"""URL map: cases at /cases/, people and sign-in at /accounts/, the audit trail at /audit/,
vocabularies and the gazetteer in /admin/ (coordinators)."""

from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from kuager.accounts.urls import auth_urlpatterns

admin.site.site_header = "Kuager"
admin.site.site_title = "Kuager"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="cases:list", permanent=False), name="home"),
    path("accounts/", include(auth_urlpatterns)),
    path("accounts/", include("kuager.accounts.urls")),
    path("cases/", include("kuager.cases.urls")),
    path("cases/", include("kuager.evidence.urls")),
    path("cases/", include("kuager.coding.urls")),
    path("", include("kuager.complaints.urls")),
    path("", include("kuager.estimates.urls")),
    path("linkage/", include("kuager.linkage.urls")),
    path("audit/", include("kuager.audit.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    # The admin signs in through Kuager's own pages (password, then the second factor).
    path("admin/login/", RedirectView.as_view(pattern_name="login", query_string=True),
         name="admin_login"),
    path("admin/", admin.site.urls),
]
