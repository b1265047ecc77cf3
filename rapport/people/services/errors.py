from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class StaleEdit(ValidationError):
    """Somebody else saved the record after this edit started."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "Someone else changed this record while you were editing it. "
                "Reload to see their changes, then apply yours again."
            ),
            code="stale",
        )
