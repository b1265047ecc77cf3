from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from rapport.people.models import ApiToken, Department, Employee, User


@admin.register(User)
class RapportUserAdmin(UserAdmin):
    list_display = ("username", "email", "is_hr", "is_staff", "is_active", "language")
    list_filter = ("is_hr", "is_staff", "is_active", "language")
    fieldsets = (*(UserAdmin.fieldsets or ()), ("Rapport", {"fields": ("is_hr", "language")}))


class ReadOnlyAdmin(admin.ModelAdmin):
    """People data changes through the HR pages and the import, which validate and audit."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Employee)
class EmployeeAdmin(ReadOnlyAdmin):
    list_display = ("employee_number", "name", "email", "department", "manager", "is_active")
    search_fields = ("employee_number", "name", "email")
    list_select_related = ("department", "manager")


@admin.register(Department)
class DepartmentAdmin(ReadOnlyAdmin):
    list_display = ("name", "name_zh", "parent")
    list_select_related = ("parent",)


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    list_display = ("prefix", "user", "name", "created_at", "last_used_at", "revoked_at")
