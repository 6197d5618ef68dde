from django.urls import path

from kuager.evidence import views

app_name = "evidence"
urlpatterns = [
    path("<str:number>/evidence/", views.evidence_add, name="add"),
    path("<str:number>/evidence/<int:item_id>/", views.evidence_item, name="item"),
    path("<str:number>/evidence/<int:item_id>/download/", views.evidence_download,
         name="download"),
    path("<str:number>/evidence/<int:item_id>/transfer/", views.evidence_transfer,
         name="transfer"),
    path("<str:number>/evidence/<int:item_id>/publication-copy/",
         views.evidence_publication_copy, name="publication_copy"),
]
