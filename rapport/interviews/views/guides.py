from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rapport import access
from rapport.audit.services import audit_record
from rapport.interviews import guides
from rapport.interviews.forms import StageGuideForm
from rapport.interviews.models import InterviewType, Stage, StageGuide


@login_required
def guide_list(request: HttpRequest) -> HttpResponse:
    if not access.can_edit_stage_guides(request.user):
        raise PermissionDenied
    custom = set(StageGuide.objects.values_list("kind", "stage"))
    rows = [
        (kind, label, [(s, Stage(s).label, (kind, s) in custom) for s in Stage.values])
        for kind, label in InterviewType.choices
    ]
    return render(request, "interviews/guides.html", {"rows": rows})


@login_required
def guide_edit(request: HttpRequest, kind: str, stage: int) -> HttpResponse:
    if not access.can_edit_stage_guides(request.user):
        raise PermissionDenied
    if kind not in InterviewType.values or stage not in Stage.values:
        raise Http404
    guide = StageGuide.objects.filter(kind=kind, stage=stage).first()
    default = guides.DEFAULTS[stage]
    initial = (
        {f: getattr(guide, f) for f in StageGuideForm.base_fields}
        if guide
        else {
            "guidance": default["guidance"],
            "guidance_zh": default["guidance_zh"],
            "questions": "\n".join(default["questions"]),
            "questions_zh": "\n".join(default["questions_zh"]),
            "checklist": "\n".join(default["checklist"]),
            "checklist_zh": "\n".join(default["checklist_zh"]),
        }
    )
    form = StageGuideForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            saved, _created = StageGuide.objects.update_or_create(
                kind=kind, stage=stage, defaults=form.cleaned_data
            )
            audit_record(
                actor=request.user,
                action="stage_guide.save",
                obj=_GuideRef(saved),
                changes={"stage": [None, f"{kind}/{stage}"]},
            )
        messages.success(request, _("Guidance saved."))
        return redirect("interviews:guides")
    return render(
        request,
        "interviews/guide_edit.html",
        {"form": form, "kind": InterviewType(kind).label, "stage": Stage(stage).label},
    )


class _GuideRef:
    """Stage guides have no uuid of their own; the audit trail files them under a stable one."""

    def __init__(self, guide: StageGuide) -> None:
        import uuid

        self.uuid = uuid.uuid5(
            uuid.NAMESPACE_URL, f"rapport:stage-guide:{guide.kind}:{guide.stage}"
        )
        self._meta = StageGuide._meta
        self._str = f"{guide.kind} / {guide.stage}"

    def __str__(self) -> str:
        return self._str
