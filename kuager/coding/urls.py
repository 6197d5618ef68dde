from django.urls import path

from kuager.coding import views

app_name = "coding"
urlpatterns = [
    path("<str:number>/coding/decide/<int:pk>/", views.decide_view, name="decide"),
    path("<str:number>/coding/<str:kind>/<int:pk>/", views.review, name="review"),
]
