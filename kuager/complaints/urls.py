from django.urls import path

from kuager.complaints import views

app_name = "complaints"
urlpatterns = [
    path("cases/<str:number>/complaints/", views.case_complaints, name="case"),
    path("cases/<str:number>/complaints/add/", views.complaint_add, name="add"),
    path("cases/<str:number>/complaints/<int:complaint_id>/status/", views.complaint_status,
         name="status"),
    path("cases/<str:number>/retaliation/", views.retaliation_add, name="retaliation"),
    path("cases/<str:number>/flags/", views.flag_raise, name="flag"),
    path("cases/<str:number>/flags/<int:flag_id>/resolve/", views.flag_resolve,
         name="flag_resolve"),
    path("cases/<str:number>/urgent-appeal/", views.urgent_appeal, name="appeal"),
    path("complaints/due/", views.deadlines, name="deadlines"),
    path("urgent/", views.urgent, name="urgent"),
    path("stats/funnel/", views.funnel_page, name="funnel"),
    path("stats/funnel.csv", views.funnel_csv, name="funnel_csv"),
]
