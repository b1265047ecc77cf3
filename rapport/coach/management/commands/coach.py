import json
import sys

from django.core.management.base import BaseCommand, CommandError

from rapport.coach import CoachInputError, analyze, format_report, run_jsonl


class Command(BaseCommand):
    help = (
        "Check feedback wording against the Hamburger order and the BEST rule. "
        'Give a text for a readable report, or --jsonl to read {"id", "text", "lang"} lines '
        "from standard input and write one JSON result per line."
    )

    def add_arguments(self, parser):
        parser.add_argument("text", nargs="?", help="The feedback to analyse")
        parser.add_argument("--jsonl", action="store_true", help="Batch mode on stdin/stdout")
        parser.add_argument("--lang", choices=["en", "zh"], help="Language (detected if omitted)")
        parser.add_argument("--json", action="store_true", help="Print the JSON of one text")

    def handle(self, *args, text, jsonl, lang, json: bool, **options):
        if jsonl:
            if text:
                raise CommandError("Give either a text or --jsonl, not both.")
            run_jsonl(sys.stdin, self.stdout)  # type: ignore[arg-type]  # OutputWrapper is file-like
            return
        if not text:
            raise CommandError('Give the text to analyse, e.g. coach "You are always late."')
        try:
            analysis = analyze(text, lang)
        except CoachInputError as exc:
            raise CommandError(str(exc)) from exc
        if json:
            self.stdout.write(_dumps(analysis.to_dict()))
        else:
            self.stdout.write(format_report(analysis, text))


def _dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)
