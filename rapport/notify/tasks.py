"""Background work: e-mail goes through the task queue so a slow mail server never blocks a page."""

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_email(
    *, to: str, subject: str, body: str, attachment: tuple[str, str, str] | None = None
) -> None:
    """Send one e-mail; `attachment` is (filename, content, mimetype)."""
    message = EmailMessage(
        subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[to]
    )
    if attachment:
        message.attach(*attachment)
    message.send()
