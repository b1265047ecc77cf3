import datetime
import time

from django.core.management.base import BaseCommand

from rapport.insights.services import alerts_check
from rapport.interviews.services.reminders import reminders_send
from rapport.plans.services.plans import reminders_send as plan_reminders


class Command(BaseCommand):
    help = "Send due reminders (interview tomorrow, overdue, preparation, acknowledgement, HR cases). Safe to run repeatedly."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", action="store_true", help="Keep running, every --every seconds"
        )
        parser.add_argument("--every", type=int, default=900)
        parser.add_argument(
            "--now",
            type=datetime.datetime.fromisoformat,
            help="Pretend it is this time (ISO, with offset)",
        )

    def handle(self, *args, loop: bool, every: int, now, **options):
        while True:
            sent = reminders_send(now=now)
            sent.update(plan_reminders(now=now))
            sent["alerts"] = alerts_check(now=now)
            self.stdout.write("Reminders sent: " + ", ".join(f"{k} {v}" for k, v in sent.items()))
            if not loop:
                return
            time.sleep(every)
