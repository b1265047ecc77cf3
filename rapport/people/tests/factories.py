import factory

from rapport.people.models import Department, Employee, User
from rapport.people.services.paths import department_paths_rebuild, path_for


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("correct horse battery staple")


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Department {n}")

    @factory.post_generation
    def set_path(obj, create, extracted, **kwargs):
        if create:
            department_paths_rebuild()
            obj.refresh_from_db()


class EmployeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Employee
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    employee_number = factory.Sequence(lambda n: f"T{n:05d}")
    name = factory.Faker("name")
    email = factory.LazyAttribute(lambda e: e.user.email)
    job_title = "Specialist"

    @factory.post_generation
    def set_path(obj, create, extracted, **kwargs):
        if create:
            obj.path = path_for(obj.manager.path if obj.manager else None, obj.pk)
            Employee.objects.filter(pk=obj.pk).update(path=obj.path)
