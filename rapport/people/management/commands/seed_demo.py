import time

from django.core.management.base import BaseCommand, CommandError

from rapport.people.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoError, seed_demo


class Command(BaseCommand):
    help = "Fill an empty database with a realistic demo organisation (deterministic per seed)."

    def add_arguments(self, parser):
        parser.add_argument("--employees", type=int, default=300)
        parser.add_argument("--lang", choices=["en", "zh", "both"], default="both")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing (successfully) if people exist."
        )

    def handle(self, *args, employees, lang, seed, if_empty, **options):
        from rapport.people.models import Employee

        if if_empty and Employee.objects.exists():
            self.stdout.write("The database already has people; demo not loaded.")
            return
        started = time.perf_counter()
        from django.db import transaction

        from rapport.appraisal.services.demo import seed_appraisal
        from rapport.interviews.services.demo import seed_interviews
        from rapport.plans.services.demo import seed_plans

        try:
            with transaction.atomic():
                counts = seed_demo(employees=employees, lang=lang, seed=seed)
                counts.update(seed_appraisal(seed=seed))
                counts["interviews"] = seed_interviews(seed=seed)
                counts["plans"] = seed_plans(seed=seed)
        except DemoError as exc:
            raise CommandError(str(exc)) from exc
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo organisation: {counts['employees']} employees in "
                f"{counts['departments']} departments, {counts['scorecards']} scorecards, "
                f"{counts['key_events']} key events, {counts['interviews']} interviews, "
                f"{counts['plans']} improvement plans "
                f"({lang}, seed {seed}) in {elapsed:.1f}s."
            )
        )
        self.stdout.write(
            "Sign in as " + ", ".join(DEMO_ACCOUNTS) + f" with the password {DEMO_PASSWORD!r}."
        )
