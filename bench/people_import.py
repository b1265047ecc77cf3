"""Prints how long importing N people takes (CSV), first as new people, then as a re-import.

    python bench/people_import.py [N ...]      (default: 1000 10000)

Uses a scratch SQLite database, or DATABASE_URL when set (it must be an empty database).
"""

import sys
import time

from _setup import database_label, django_setup


def make_csv(n: int, *, title: str = "Analyst") -> bytes:
    lines = [
        "employee_number,name,email,department,job_title,manager_number,hire_date,active,language"
    ]
    for i in range(n):
        manager = "" if i == 0 else f"B{(i - 1) // 8:06d}"
        department = f"Division {i % 7} / Team {i % 53}"
        lines.append(
            f"B{i:06d},Person {i},p{i}@bench.example.com,{department},{title},{manager},2020-01-01,yes,en"
        )
    return ("\n".join(lines) + "\n").encode()


def main(sizes: list[int]) -> None:
    django_setup()
    from django.db import connection

    from rapport.people.models import User
    from rapport.people.services.people_import import people_import

    actor = User(username="bench", is_hr=True, is_active=True)
    print(f"database: {database_label()}")
    print(f"{'rows':>8} {'import s':>9} {'re-import s':>12} {'rows/s':>9}")
    for n in sizes:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM audit_auditevent")
            cursor.execute("DELETE FROM people_employee")
            cursor.execute("DELETE FROM people_user")
            cursor.execute("DELETE FROM people_department")
        started = time.perf_counter()
        result = people_import(actor=actor, content=make_csv(n), filename="bench.csv")
        first = time.perf_counter() - started
        assert result.ok and result.created == n, result.errors[:3]
        started = time.perf_counter()
        result = people_import(
            actor=actor, content=make_csv(n, title="Senior Analyst"), filename="bench.csv"
        )
        second = time.perf_counter() - started
        assert result.ok and result.updated == n
        print(f"{n:>8} {first:>9.2f} {second:>12.2f} {n / first:>9.0f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
