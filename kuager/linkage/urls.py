from django.urls import path

from kuager.linkage import views

app_name = "linkage"
urlpatterns = [
    path("", views.home, name="home"),
    path("import/", views.import_list, name="import"),
    path("lists/<int:pk>/remove/", views.remove_list, name="remove_list"),
    path("run/", views.start, name="start"),
    path("review/", views.review, name="review"),
    path("pairs/<int:pk>/", views.pair, name="pair"),
    path("pairs/<int:pk>/decide/", views.decide, name="decide"),
    path("clusters/", views.clusters, name="clusters"),
    path("clusters/<int:number>/", views.cluster, name="cluster"),
    path("clusters/<int:number>/separate/", views.separate, name="separate"),
    path("histories.csv", views.histories, name="histories"),
]
