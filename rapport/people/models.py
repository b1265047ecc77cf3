import uuid

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    EN = "en", "English"
    ZH_HANS = "zh-hans", "简体中文"


class User(AbstractUser):
    """A sign-in account. HR is a flag on the account; supervisor is derived from reports."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    is_hr = models.BooleanField(_("HR"), default=False)
    language = models.CharField(
        _("preferred language"), max_length=8, choices=Language.choices, blank=True
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class Department(models.Model):
    """A node of the department tree. `path` lists the ids from the root: "/1/4/9/"."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=150)
    name_zh = models.CharField(_("Chinese name"), max_length=150, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent department"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    path = models.CharField(max_length=255, default="", editable=False, db_index=True)

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="department_unique_name_per_parent"
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(parent__isnull=True),
                name="department_unique_root_name",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        if self.name_zh and (get_language() or "").startswith("zh"):
            return self.name_zh
        return self.name

    @property
    def depth(self) -> int:
        return self.path.count("/") - 2


class Employee(models.Model):
    """A person in the organisation, linked one-to-one to a sign-in account.

    `path` is the chain of manager ids from the top of the organisation down to this employee,
    for example "/1/17/240/". The whole line below a manager is `path__startswith=manager.path`:
    one indexed query whatever the size of the line.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(
        User, verbose_name=_("account"), on_delete=models.PROTECT, related_name="employee"
    )
    employee_number = models.CharField(_("employee number"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("work email"), max_length=254)
    department = models.ForeignKey(
        Department,
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="employees",
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    manager = models.ForeignKey(
        "self",
        verbose_name=_("manager"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="direct_reports",
    )
    hire_date = models.DateField(_("hire date"), null=True, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    path = models.CharField(max_length=400, default="", editable=False, db_index=True)
    # Optimistic concurrency: every write bumps it; a stale form is refused.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("employee")
        verbose_name_plural = _("employees")
        ordering = ["name", "employee_number"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="employee_unique_email_ci"),
            models.CheckConstraint(
                condition=~models.Q(manager_id=models.F("id")), name="employee_not_own_manager"
            ),
        ]
        indexes = [models.Index(fields=["department", "is_active"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.employee_number})"

    @property
    def preferred_language(self) -> str:
        return self.user.language

    @property
    def ancestor_ids(self) -> list[int]:
        """Ids of the managers above this employee, top first (read from the stored path)."""
        return [int(part) for part in self.path.strip("/").split("/")[:-1] if part]

    @property
    def depth(self) -> int:
        return self.path.count("/") - 2


class ApiToken(models.Model):
    """A personal API token. Only its SHA-256 digest is stored; the token is shown once."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100, blank=True)
    prefix = models.CharField(max_length=12)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"
