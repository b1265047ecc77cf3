from django.urls import path

from rapport.interviews.views import cases, guides, interviews, run

app_name = "interviews"

urlpatterns = [
    path("interviews/", interviews.interview_list, name="list"),
    path("interviews/new/", interviews.interview_new, name="new"),
    path("cycles/<uuid:uuid>/interviews/schedule/", interviews.schedule_bulk, name="schedule_bulk"),
    path("interviews/<uuid:uuid>/", interviews.interview_detail, name="detail"),
    path("interviews/<uuid:uuid>/calendar.ics", interviews.ics, name="ics"),
    path("interviews/<uuid:uuid>/prepare/", interviews.prepare, name="prepare"),
    path("interviews/<uuid:uuid>/pack/", interviews.pack, name="pack"),
    path("interviews/<uuid:uuid>/reschedule/", interviews.reschedule, name="reschedule"),
    path("interviews/<uuid:uuid>/cancel/", interviews.cancel, name="cancel"),
    path("interviews/<uuid:uuid>/start/", run.start, name="start"),
    path("interviews/<uuid:uuid>/run/", run.run_sheet, name="run"),
    path("interviews/<uuid:uuid>/stages/<int:stage>/", run.stage_save, name="stage_save"),
    path("interviews/<uuid:uuid>/private/<int:stage>/", run.private_save, name="private_save"),
    path("interviews/<uuid:uuid>/outcome/", run.outcome, name="outcome"),
    path("interviews/<uuid:uuid>/acknowledge/", interviews.acknowledge, name="acknowledge"),
    path("interviews/<uuid:uuid>/disagree/", interviews.disagree, name="disagree"),
    path("interviews/<uuid:uuid>/amend/", interviews.amend, name="amend"),
    path("interviews/<uuid:uuid>/close/", interviews.close, name="close"),
    path("interviews/<uuid:uuid>/copy-goals/", interviews.copy_goals, name="copy_goals"),
    path("hr/cases/", cases.case_list, name="cases"),
    path("cases/<uuid:uuid>/", cases.case_detail, name="case"),
    path("cases/<uuid:uuid>/take/", cases.take, name="case_take"),
    path("cases/<uuid:uuid>/withdraw/", cases.withdraw, name="case_withdraw"),
    path("hr/interview-guides/", guides.guide_list, name="guides"),
    path("hr/interview-guides/<str:kind>/<int:stage>/", guides.guide_edit, name="guide_edit"),
]
