"""Prints seeding time, and time and query count of the people pages, per organisation size.

    python bench/reporting_lines.py [N ...]      (default: 1000 10000 50000)

Each size gets a fresh scratch SQLite database, or the DATABASE_URL database (emptied first).
"""

import sys
import time

from _setup import database_label, django_setup


def _empty() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for table in (
            "audit_auditevent",
            "people_apitoken",
            "people_employee",
            "people_user",
            "people_department",
        ):
            cursor.execute(f"DELETE FROM {table}")


def _timed_get(client, url: str) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed * 1000, len(queries.captured_queries)


def main(sizes: list[int]) -> None:
    django_setup()
    from django.test import Client
    from django.urls import reverse

    from rapport.people import selectors
    from rapport.people.models import Employee
    from rapport.people.services.demo import seed_demo

    print(f"database: {database_label()}")
    print(f"{'people':>7} {'seed s':>7} {'line ms':>8} {'line size':>9}  page: ms / queries")
    for n in sizes:
        _empty()
        started = time.perf_counter()
        seed_demo(employees=n, lang="both", seed=1)
        seed_s = time.perf_counter() - started
        top = Employee.objects.get(manager__isnull=True)
        started = time.perf_counter()
        size = len(list(selectors.reporting_line(manager=top).values_list("id", flat=True)))
        line_ms = (time.perf_counter() - started) * 1000
        pages = []
        for username, url in (
            ("hr", reverse("people:org_chart")),
            ("hr", reverse("people:directory")),
            ("hr", "/api/people?page_size=100"),
            ("manager", reverse("people:my_team")),
            ("manager", reverse("people:org_chart")),
        ):
            client = Client()
            client.force_login(
                Employee.objects.get(user__username=username).user,
                backend="rapport.people.backends.UsernameOrEmailBackend",
            )
            client.get(url)  # warm
            ms, queries = _timed_get(client, url)
            pages.append(f"{username}:{url} {ms:.0f}/{queries}")
        print(f"{n:>7} {seed_s:>7.1f} {line_ms:>8.1f} {size:>9}  " + "  ".join(pages))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000, 50000])
