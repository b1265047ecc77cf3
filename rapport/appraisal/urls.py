from django.urls import path

from rapport.appraisal.views import cycles, feedback, key_events, scorecards, templates

app_name = "appraisal"

urlpatterns = [
    path("cycles/", cycles.cycle_list, name="cycles"),
    path("cycles/new/", cycles.cycle_new, name="cycle_new"),
    path("cycles/<uuid:uuid>/", cycles.cycle_detail, name="cycle_detail"),
    path("cycles/<uuid:uuid>/edit/", cycles.cycle_edit, name="cycle_edit"),
    path("cycles/<uuid:uuid>/advance/", cycles.cycle_advance, name="cycle_advance"),
    path("cycles/<uuid:uuid>/bands/", cycles.cycle_bands, name="cycle_bands"),
    path(
        "cycles/<uuid:uuid>/apply-templates/",
        cycles.cycle_apply_templates,
        name="cycle_apply_templates",
    ),
    path("cycles/<uuid:uuid>/actuals/", cycles.cycle_actuals, name="cycle_actuals"),
    path("cycles/<uuid:uuid>/team/", cycles.team, name="team"),
    path("scorecards/<uuid:uuid>/", scorecards.scorecard, name="scorecard"),
    path("scorecards/<uuid:uuid>/indicators/new/", scorecards.indicator_new, name="indicator_new"),
    path(
        "scorecards/<uuid:uuid>/indicators/<uuid:indicator_uuid>/",
        scorecards.indicator_edit,
        name="indicator_edit",
    ),
    path(
        "scorecards/<uuid:uuid>/indicators/<uuid:indicator_uuid>/delete/",
        scorecards.indicator_delete,
        name="indicator_delete",
    ),
    path(
        "scorecards/<uuid:uuid>/indicators/<uuid:indicator_uuid>/actual/",
        scorecards.record_actual,
        name="record_actual",
    ),
    path("scorecards/<uuid:uuid>/set-goals/", scorecards.set_goals, name="set_goals"),
    path("scorecards/<uuid:uuid>/copy-previous/", scorecards.copy_previous, name="copy_previous"),
    path("scorecards/<uuid:uuid>/self-review/", scorecards.self_review, name="self_review"),
    path("scorecards/<uuid:uuid>/review/", scorecards.supervisor_review, name="supervisor_review"),
    path("scorecards/<uuid:uuid>/finalize/", scorecards.finalize, name="finalize"),
    path("scorecards/<uuid:uuid>/feedback/", feedback.request_feedback, name="request_feedback"),
    path("indicators/check/", scorecards.indicator_check, name="indicator_check"),
    path("people/<uuid:uuid>/events/", key_events.timeline, name="timeline"),
    path("events/<uuid:uuid>/delete/", key_events.event_delete, name="event_delete"),
    path("events/attachments/<uuid:uuid>/", key_events.attachment, name="attachment"),
    path("feedback/", feedback.inbox, name="feedback_inbox"),
    path("feedback/<uuid:uuid>/", feedback.answer, name="feedback_answer"),
    path("feedback/<uuid:uuid>/decline/", feedback.decline, name="feedback_decline"),
    path("hr/templates/", templates.template_list, name="templates"),
    path("hr/templates/<uuid:uuid>/delete/", templates.template_delete, name="template_delete"),
]
