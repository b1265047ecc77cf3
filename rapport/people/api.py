import datetime
from typing import Any
from uuid import UUID

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, FilterSchema, Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from rapport import access
from rapport.people import selectors
from rapport.people.models import Employee

router = Router(tags=["people"])


class DepartmentRef(Schema):
    uuid: UUID
    name: str


class PersonRef(Schema):
    uuid: UUID
    employee_number: str
    name: str


class EmployeeOut(Schema):
    uuid: UUID
    employee_number: str
    name: str
    email: str
    job_title: str
    department: DepartmentRef | None
    manager: PersonRef | None
    hire_date: datetime.date | None
    is_active: bool

    @staticmethod
    def resolve_department(obj: Employee) -> dict | None:
        d = obj.department
        return {"uuid": d.uuid, "name": d.display_name} if d else None

    @staticmethod
    def resolve_manager(obj: Employee) -> dict | None:
        m = obj.manager
        return {"uuid": m.uuid, "employee_number": m.employee_number, "name": m.name} if m else None


class MeOut(Schema):
    username: str
    language: str
    roles: list[str]
    employee: EmployeeOut | None


class PeopleFilter(FilterSchema):
    q: str = Field("", description="Search in name, number, email and job title")
    department: UUID | None = Field(None, description="Department (and its sub-departments)")
    manager: UUID | None = Field(None, description="Direct reports of this employee")
    active: bool | None = Field(True, description="true, false, or omit with null for all")


@router.get("/people", response=list[EmployeeOut], summary="List the people you may see")
@paginate(PageNumberPagination, page_size=settings.PAGE_SIZE, max_page_size=200)
def people_list(request: HttpRequest, filters: Query[PeopleFilter]):
    department = (
        selectors.department_get(user=request.user, uuid=filters.department)
        if filters.department
        else None
    )
    manager = (
        selectors.employee_get(user=request.user, uuid=filters.manager) if filters.manager else None
    )
    return selectors.employee_list(
        user=request.user,
        q=filters.q,
        department=department,
        manager=manager,
        active=filters.active,
    )


@router.get("/people/{uuid}", response=EmployeeOut, summary="One person")
def people_detail(request: HttpRequest, uuid: UUID):
    return selectors.employee_get(user=request.user, uuid=uuid)


@router.get("/me", response=MeOut, summary="Who you are signed in as")
def me(request: HttpRequest):
    user: Any = request.user
    return {
        "username": user.username,
        "language": user.language,
        "roles": sorted(access.roles(user)),
        "employee": access.employee_of(user),
    }
