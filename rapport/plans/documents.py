"""PDF records (signed plan, interview record) and the Excel export of action items.

ReportLab draws the PDFs; Chinese text uses the WenQuanYi Zen Hei TrueType font from Debian's
fonts-wqy-zenhei, embedded in the file so that any reader shows it. Without that font the
built-in Adobe CID font STSong-Light is used (not embedded; readers supply it).
"""

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
)
_font_name: str | None = None


def _font() -> str:
    global _font_name
    if _font_name is None:
        for path in FONT_CANDIDATES:
            if path.exists():
                pdfmetrics.registerFont(TTFont("RapportCJK", str(path), subfontIndex=0))
                _font_name = "RapportCJK"
                break
        else:
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
            _font_name = "STSong-Light"
    return _font_name


def _styles() -> dict[str, ParagraphStyle]:
    font = _font()
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=22, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2",
            fontName=font,
            fontSize=12,
            leading=17,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#2f6f73"),
        ),
        "body": ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK"),
        "small": ParagraphStyle(
            "small",
            fontName=font,
            fontSize=8,
            leading=11,
            textColor=colors.HexColor("#616e7c"),
            wordWrap="CJK",
        ),
    }


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text or "—")).replace("\n", "<br/>"), style)


def _table(rows: list[list[Any]], widths: list[float], styles: dict[str, ParagraphStyle]) -> Table:
    data = [
        [_p(cell, styles["small"] if i == 0 else styles["body"]) for cell in row]
        for i, row in enumerate(rows)
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#cbd2d9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef0f3")),
            ]
        )
    )
    return table


def _build(story: list, title: str) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="Rapport",
    )
    document.build(story)
    return buffer.getvalue()


def plan_pdf(plan: Any, language: str) -> bytes:
    from rapport.plans.services.plans import plan_hash, plan_verify

    with translation.override(language):
        s = _styles()
        story: list = [_p(_("Performance improvement plan"), s["title"]), _p(plan.title, s["h2"])]
        story.append(
            _p(
                f"{_('Employee')}: {plan.employee.name} ({plan.employee.employee_number})   {_('Supervisor')}: {plan.supervisor.name}",
                s["body"],
            )
        )
        story.append(
            _p(
                f"{_('Period')}: {plan.start_on.isoformat()} – {plan.end_on.isoformat()}   {_('Checkpoints')}: {', '.join(plan.checkpoints) or '—'}   {_('State')}: {plan.get_state_display()}",
                s["body"],
            )
        )
        story.append(_p(_("Gaps"), s["h2"]))
        for gap in plan.gaps.all():
            story.append(_p(f"• {gap.description}", s["body"]))
        story.append(_p(_("Root causes"), s["h2"]))
        rows = [[_("Internal or external"), _("Category"), _("Description")]]
        rows += [
            [
                _("External") if c.is_external else _("Internal"),
                c.get_category_display(),
                c.description,
            ]
            for c in plan.causes.all()
        ]
        story.append(_table(rows, [28 * mm, 32 * mm, 114 * mm], s))
        story.append(_p(_("Actions"), s["h2"]))
        rows = [
            [
                _("Measure"),
                _("Kind"),
                _("Dates"),
                _("Responsible"),
                _("Inspector"),
                _("Success criterion"),
                _("State"),
            ]
        ]
        for a in plan.actions.select_related("responsible", "inspector"):
            rows.append(
                [
                    a.measure,
                    a.get_kind_display(),
                    f"{a.start_on.isoformat()}\n{a.due_on.isoformat()}",
                    a.responsible.name,
                    a.inspector.name,
                    a.success_criterion,
                    a.get_state_display(),
                ]
            )
        story.append(
            _table(rows, [36 * mm, 17 * mm, 21 * mm, 19 * mm, 19 * mm, 45 * mm, 17 * mm], s)
        )
        escalations = [
            e for c in plan.causes.all() for e in c.escalations.select_related("process_owner")
        ]
        if escalations:
            story.append(_p(_("Escalations"), s["h2"]))
            for e in escalations:
                story.append(
                    _p(
                        f"• {e.process_owner.name}: {e.question} — {e.reply or _('no reply yet')}",
                        s["body"],
                    )
                )
        story.append(_p(_("Signatures"), s["h2"]))
        for sig in plan.signatures.select_related("signer").order_by("round", "signed_at"):
            story.append(
                _p(
                    f"{sig.get_role_display()} · {sig.signer.get_username()} · {timezone.localtime(sig.signed_at):%Y-%m-%d %H:%M} · {_('round')} {sig.round} · SHA-256 {sig.record_hash}",
                    s["small"],
                )
            )
        story.append(Spacer(1, 4 * mm))
        verified = plan_verify(plan)
        story.append(
            _p(
                (
                    _("Verified: the content matches both signatures.")
                    if verified
                    else _("Not verified: no complete signatures for this content.")
                )
                + f"  SHA-256 {plan_hash(plan)}",
                s["small"],
            )
        )
        printed = _("Printed on %(when)s") % {"when": f"{timezone.localtime():%Y-%m-%d %H:%M}"}
        story.append(_p(printed, s["small"]))
        return _build(story, plan.title)


def interview_pdf(interview: Any, language: str) -> bytes:
    with translation.override(language):
        s = _styles()
        story: list = [_p(_("Record of the interview"), s["title"])]
        story.append(
            _p(
                f"{interview.get_kind_display()} · {interview.employee.name} · {_('Held by')} {interview.conductor.name}",
                s["h2"],
            )
        )
        story.append(
            _p(
                f"{timezone.localtime(interview.starts_at):%Y-%m-%d %H:%M} · {interview.place} · {interview.get_state_display()}",
                s["body"],
            )
        )
        story.append(_p(_("Purpose"), s["h2"]))
        story.append(_p(interview.purpose, s["body"]))
        for note in interview.stage_notes.order_by("stage"):
            if note.notes:
                story.append(_p(note.get_stage_display(), s["h2"]))
                story.append(_p(note.notes, s["body"]))
        story.append(_p(_("Points of consensus"), s["h2"]))
        story.append(_p(interview.consensus, s["body"]))
        rating = (
            _("Not agreed") if interview.agreed_rating == "not_agreed" else interview.agreed_rating
        )
        story.append(
            _p(
                f"{_('Agreed rating')}: {rating}   {_('Next meeting')}: {interview.next_meeting_on or '—'}",
                s["body"],
            )
        )
        tasks = list(interview.tasks.all())
        if tasks:
            story.append(_p(_("Tasks"), s["h2"]))
            for t in tasks:
                story.append(
                    _p(
                        f"• {t.get_owner_display()}: {t.description} — {t.due_on.isoformat()}",
                        s["body"],
                    )
                )
        for a in interview.amendments.all():
            story.append(
                _p(
                    f"{_('Amendment')} {timezone.localtime(a.created_at):%Y-%m-%d}: {a.text}",
                    s["body"],
                )
            )
        for sig in interview.signatures.select_related("signer"):
            story.append(
                _p(
                    f"{_('Acknowledged by %(who)s on %(when)s') % {'who': sig.signer.get_username(), 'when': f'{timezone.localtime(sig.signed_at):%Y-%m-%d %H:%M}'}} · SHA-256 {sig.record_hash}",
                    s["small"],
                )
            )
        return _build(story, str(interview))


def actions_xlsx(actions: Any, language: str) -> bytes:
    """Action items of the given plans as an Excel sheet (one row per action)."""
    with translation.override(language):
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Actions")[:31]
        sheet.append(
            [
                _("Employee"),
                _("Plan"),
                _("Measure"),
                _("Kind"),
                _("Start"),
                _("Due"),
                _("Responsible"),
                _("Inspector"),
                _("Success criterion"),
                _("State"),
                _("Percent done"),
                _("Overdue"),
            ]
        )
        for a in actions:
            sheet.append(
                [
                    a.plan.employee.name,
                    a.plan.title,
                    a.measure,
                    a.get_kind_display(),
                    a.start_on,
                    a.due_on,
                    a.responsible.name,
                    a.inspector.name,
                    a.success_criterion,
                    a.get_state_display(),
                    a.percent,
                    _("yes") if a.is_overdue else "",
                ]
            )
        for column, width in zip(
            "ABCDEFGHIJKL", (18, 28, 40, 14, 12, 12, 18, 18, 40, 22, 10, 8), strict=True
        ):
            sheet.column_dimensions[column].width = width
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
