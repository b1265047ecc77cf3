from django.urls import path

from rapport.plans.views import plans

app_name = "plans"

urlpatterns = [
    path("plans/", plans.plan_list, name="list"),
    path("plans/new/", plans.plan_new, name="new"),
    path("plans/<uuid:uuid>/", plans.plan_detail, name="detail"),
    path("plans/<uuid:uuid>/add/<str:item>/", plans.add_item, name="add"),
    path("plans/<uuid:uuid>/submit/", plans.submit, name="submit"),
    path("plans/<uuid:uuid>/sign/", plans.sign, name="sign"),
    path("plans/<uuid:uuid>/amend/", plans.amend, name="amend"),
    path("plans/<uuid:uuid>/close/", plans.close, name="close"),
    path("plans/<uuid:uuid>/escalate/", plans.escalate, name="escalate"),
    path("plans/<uuid:uuid>/plan.pdf", plans.plan_pdf, name="pdf"),
    path("plans/<uuid:uuid>/actions/<uuid:action_uuid>/", plans.action_detail, name="action"),
    path("escalations/<uuid:uuid>/", plans.escalation_detail, name="escalation"),
    path("hr/plans/", plans.board, name="board"),
    path("hr/plans/actions.xlsx", plans.actions_export, name="export"),
    path("interviews/<uuid:uuid>/record.pdf", plans.interview_pdf, name="interview_pdf"),
]
