from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rapport import access
from rapport.appraisal.forms import TemplateForm
from rapport.appraisal.models import IndicatorTemplate
from rapport.audit.services import audit_record


@login_required
def template_list(request: HttpRequest) -> HttpResponse:
    if not access.can_manage_templates(request.user):
        raise PermissionDenied
    form = TemplateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            template = form.save(commit=False)
            template.anchors = form.cleaned_data["anchors_text"]
            template.save()
            audit_record(
                actor=request.user,
                action="template.create",
                obj=template,
                changes={"title": [None, template.title]},
            )
        messages.success(request, _("Template saved."))
        return redirect("appraisal:templates")
    templates = IndicatorTemplate.objects.select_related("department").order_by(
        "job_title", "department__path", "title"
    )
    return render(
        request,
        "appraisal/templates.html",
        {"form": form, "templates": templates},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def template_delete(request: HttpRequest, uuid) -> HttpResponse:
    if not access.can_manage_templates(request.user):
        raise PermissionDenied
    template = get_object_or_404(IndicatorTemplate, uuid=uuid)
    with transaction.atomic():
        audit_record(
            actor=request.user,
            action="template.delete",
            obj=template,
            changes={"title": [template.title, None]},
        )
        template.delete()
    return redirect("appraisal:templates")
