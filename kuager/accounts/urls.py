from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.urls import path

from kuager.accounts import views

app_name = "accounts"
urlpatterns = [
    path("two-factor/setup/", views.setup, name="setup"),
    path("two-factor/setup/qr.svg", views.setup_qr, name="setup_qr"),
    path("two-factor/verify/", views.verify, name="verify"),
    path("confirm/", views.sudo, name="sudo"),
    path("password/", login_required(views.PasswordChange.as_view()), name="password"),
    path("people/", views.people, name="people"),
    path("people/lockdown/", views.lockdown_everyone, name="lockdown"),
    path("people/add/", views.person_add, name="person_add"),
    path("people/<int:user_id>/lockdown/", views.person_lockdown, name="person_lockdown"),
    path("people/<int:user_id>/enable/", views.person_enable, name="person_enable"),
    path("people/<int:user_id>/reset-factors/", views.person_reset_factors,
         name="person_reset_factors"),
    path("people/<int:user_id>/lift-lockout/", views.person_lift_lockout,
         name="person_lift_lockout"),
    path("people/<int:user_id>/role/", views.person_role, name="person_role"),
]

# Outside the namespace: Django's LOGIN_URL and templates expect these names.
auth_urlpatterns = [
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True),
         name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
