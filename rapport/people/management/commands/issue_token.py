from django.core.management.base import BaseCommand, CommandError

from rapport.people.models import User
from rapport.people.services.tokens import api_token_issue


class Command(BaseCommand):
    help = "Create a personal API token for a user and print it (it is stored hashed, shown once)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="What the token is for")

    def handle(self, *args, username: str, name: str, **options):
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist as exc:
            raise CommandError(f"No user named {username}") from exc
        _, token = api_token_issue(actor=None, user=user, name=name)
        self.stdout.write(token)
