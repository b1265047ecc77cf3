from django.urls import path

from rapport.notify import views

app_name = "notify"

urlpatterns = [
    path("notifications/", views.inbox, name="inbox"),
    path("notifications/read-all/", views.mark_all_read, name="read_all"),
    path("notifications/<uuid:uuid>/", views.open_notification, name="open"),
]
