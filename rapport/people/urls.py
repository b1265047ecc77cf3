from django.urls import path

from rapport.people import views

app_name = "people"

urlpatterns = [
    path("me/", views.my_page, name="my_page"),
    path("team/", views.my_team, name="my_team"),
    path("people/", views.directory, name="directory"),
    path("people/pick/", views.pick, name="pick"),
    path("people/<uuid:uuid>/", views.profile, name="profile"),
    path("people/<uuid:uuid>/edit/", views.employee_edit, name="employee_edit"),
    path("org/", views.org_chart, name="org_chart"),
    path("org/<uuid:uuid>/", views.org_chart, name="org_chart_at"),
    path("hr/", views.hr_home, name="hr_home"),
    path("hr/import/", views.hr_import, name="hr_import"),
    path("hr/import/sample-<str:lang>.csv", views.import_sample, name="import_sample"),
]
