from django.urls import path

from kuager.estimates import views

app_name = "estimates"
urlpatterns = [
    path("stats/estimates/", views.page, name="page"),
]
