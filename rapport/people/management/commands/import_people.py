from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from rapport.people.models import User
from rapport.people.services.people_import import people_import


class Command(BaseCommand):
    help = "Import employees and departments from a CSV or XLSX file (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--as", dest="actor", default="", help="HR user name recorded in the audit trail"
        )
        parser.add_argument("--check", action="store_true", help="Validate only; write nothing")
        parser.add_argument(
            "--lang", choices=["en", "zh-hans"], default="en", help="Language of messages"
        )

    def handle(self, *args, file: Path, actor: str, check: bool, lang: str, **options):
        translation.activate(lang)
        if not file.is_file():
            raise CommandError(f"No such file: {file}")
        user = self._actor(actor)
        result = people_import(
            actor=user, content=file.read_bytes(), filename=file.name, dry_run=check
        )
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(f"Nothing was imported: {len(result.errors)} problem(s).")
        verb = "Valid; would import" if check else "Imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb}: {result.created} new, {result.updated} updated, "
                f"{result.unchanged} unchanged, {result.departments_created} new departments."
            )
        )

    def _actor(self, username: str) -> User:
        """The command runs with HR rights; name an HR account to sign the audit trail."""
        if username:
            try:
                user = User.objects.get(username=username)
            except User.DoesNotExist as exc:
                raise CommandError(f"No user named {username}") from exc
            if not user.is_hr:
                raise CommandError(f"{username} is not HR")
            return user
        # An unsaved stand-in: access checks pass, and the audit trail records no actor.
        return User(username="import_people", is_hr=True, is_active=True)
