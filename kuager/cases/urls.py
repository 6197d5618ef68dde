from django.urls import path

from kuager.cases import views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.case_new, name="new"),
    path("export.csv", views.case_export, name="export"),
    path("<str:number>/", views.case_detail, name="detail"),
    path("<str:number>/reveal/", views.case_reveal, name="reveal"),
    path("<str:number>/team/", views.case_team, name="team"),
]
