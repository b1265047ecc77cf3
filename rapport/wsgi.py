import os
import threading

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rapport.settings")
application = get_wsgi_application()

# The coach panel analyses notes as supervisors type. Warming the coach up (jieba's dictionary
# and RE2's automata, a few seconds) in the background makes new text about half again as fast
# without holding up the first request.
from rapport.coach import warm_up  # noqa: E402

threading.Thread(target=warm_up, name="coach-warm-up", daemon=True).start()
