"""Keeping the stored paths of the employee and department trees true.

A path is the chain of ids from the root, "/1/17/240/". It turns "the whole line below X" into
one `startswith` filter. Bulk writers (import, demo seeding) rebuild every path with a single
recursive SQL statement; a single move rewrites the moved subtree with one UPDATE.
"""

from django.db import connection
from django.db.models import Value
from django.db.models.functions import Concat, Length, Substr

from rapport.people.models import Department, Employee

_REBUILD = """
WITH RECURSIVE tree(id, path) AS (
    SELECT id, '/' || CAST(id AS TEXT) || '/' FROM {table} WHERE {parent} IS NULL
    UNION ALL
    SELECT child.id, tree.path || CAST(child.id AS TEXT) || '/'
    FROM {table} AS child JOIN tree ON child.{parent} = tree.id
)
UPDATE {table} SET path = tree.path FROM tree
WHERE tree.id = {table}.id AND {table}.path <> tree.path
"""


def _rebuild(table: str, parent: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(_REBUILD.format(table=table, parent=parent))
        return cursor.rowcount


def employee_paths_rebuild() -> int:
    """Recompute every employee path in one statement; returns the number of rows changed."""
    return _rebuild(Employee._meta.db_table, "manager_id")


def department_paths_rebuild() -> int:
    return _rebuild(Department._meta.db_table, "parent_id")


def employee_subtree_move(*, employee: Employee, old_path: str, new_path: str) -> None:
    """Rewrite the paths of `employee` and everyone below after a manager change."""
    if old_path == new_path:
        return
    Employee.objects.filter(path__startswith=old_path).update(
        path=Concat(Value(new_path), Substr("path", len(old_path) + 1, Length("path")))
    )
    employee.path = new_path


def path_for(parent_path: str | None, pk: int) -> str:
    return f"{parent_path or '/'}{pk}/"
