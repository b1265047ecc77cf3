"""Prints the HR dashboard's time and query count for 1,000, 10,000 and 50,000 employees with a
full cycle (the demo: scorecards, indicators, interviews in every state, plans).

    python bench/insights.py [N ...]

Each size gets an emptied database: a scratch SQLite file, or DATABASE_URL (PostgreSQL) when set.
"""

import sys
import time

from _setup import database_label, django_setup


def _empty() -> None:
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)


def main(sizes: list[int]) -> None:
    django_setup()
    from django.db import connection
    from django.test import Client

    from rapport.appraisal.models import Cycle
    from rapport.appraisal.services.demo import seed_appraisal
    from rapport.insights.metrics import dashboard
    from rapport.interviews.services.demo import seed_interviews
    from rapport.people.models import User
    from rapport.people.services.demo import seed_demo
    from rapport.plans.services.demo import seed_plans

    print(f"database: {database_label()}")
    print(f"{'people':>7} {'seed s':>7} {'dashboard ms':>13} {'metric queries':>15} {'API ms':>7}")
    for n in sizes:
        _empty()
        started = time.perf_counter()
        seed_demo(employees=n, lang="both", seed=1)
        seed_appraisal(seed=1)
        seed_interviews(seed=1)
        seed_plans(seed=1)
        seeded = time.perf_counter() - started
        cycle = Cycle.objects.get(state="open")
        client = Client()
        client.force_login(
            User.objects.get(username="hr"),
            backend="rapport.people.backends.UsernameOrEmailBackend",
        )
        url = f"/insights/?cycle={cycle.uuid}"
        client.get(url)  # warm
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        page_ms = (time.perf_counter() - started) * 1000
        hr = User.objects.get(username="hr")
        executed: list[str] = []

        def count(execute, sql, params, many, context, executed=executed):
            executed.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            dashboard(user=hr, cycle=cycle)
        started = time.perf_counter()
        assert client.get(f"/api/insights/summary?cycle={cycle.uuid}").status_code == 200
        api_ms = (time.perf_counter() - started) * 1000
        print(f"{n:>7} {seeded:>7.1f} {page_ms:>13.0f} {len(executed):>15} {api_ms:>7.0f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000, 50000])
