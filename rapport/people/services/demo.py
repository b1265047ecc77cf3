"""The demo organisation: a realistic company of any size, the same for the same seed.

Everything is written with bulk inserts, top level first, and the stored paths are computed by
one SQL statement at the end, so 50,000 people take seconds, not minutes.
"""

import datetime
import random
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import transaction

from rapport.people import demo_data as words
from rapport.people.models import Department, Employee, Language, User
from rapport.people.services.paths import department_paths_rebuild, employee_paths_rebuild

DEMO_PASSWORD = "rapport-demo"
DEMO_ACCOUNTS = ("hr", "manager", "employee")
MIN_EMPLOYEES = 20
_TEAM_MAX = 10
_DAY_ZERO = datetime.date(2026, 1, 1)


class DemoError(Exception):
    pass


@dataclass
class _Person:
    index: int
    lang: str
    department: tuple[str, ...]
    title: tuple[str, str]
    manager: int | None
    depth: int
    username: str = ""
    is_hr: bool = False
    reports: list[int] = field(default_factory=list)


class _Builder:
    def __init__(self, *, employees: int, lang: str, seed: int) -> None:
        self.rng = random.Random(seed)
        self.total = employees
        self.lang = lang
        self.people: list[_Person] = []
        self.used_names: set[str] = set()

    def _language_for_team(self) -> str:
        if self.lang == "both":
            return Language.ZH_HANS if self.rng.random() < 0.5 else Language.EN
        return Language.ZH_HANS if self.lang == "zh" else Language.EN

    def add(
        self, *, lang: str, department: tuple[str, ...], title: tuple[str, str], manager: int | None
    ) -> int:
        depth = 0 if manager is None else self.people[manager].depth + 1
        person = _Person(len(self.people), lang, department, title, manager, depth)
        self.people.append(person)
        if manager is not None:
            self.people[manager].reports.append(person.index)
        return person.index

    def build(self) -> list[_Person]:
        ceo = self.add(
            lang=self._language_for_team(),
            department=(words.EXECUTIVE_OFFICE[0],),
            title=words.CEO_TITLE,
            manager=None,
        )
        budget = self.total - 1
        divisions = list(words.DIVISIONS)
        if budget < 80:
            divisions = divisions[-2:]  # small demos: Finance and People & Culture only
        weights = [d[3] for d in divisions]
        shares = _split(budget, weights)
        for (name, _zh, subs, _w, titles), headcount in zip(divisions, shares, strict=True):
            if headcount == 0:
                continue
            lang = self._language_for_team()
            head = self.add(lang=lang, department=(name,), title=titles[0], manager=ceo)
            remaining = headcount - 1
            sub_shares = (
                _split(remaining, [1] * len(subs)) if remaining >= 6 * len(subs) else [remaining]
            )
            sub_names = [s[0] for s in subs] if len(sub_shares) > 1 else [subs[0][0]]
            if len(sub_shares) == 1:
                self._grow(
                    manager=head,
                    size=remaining,
                    department=(name, sub_names[0]),
                    titles=titles,
                    lang=lang,
                )
                continue
            for sub, size in zip(sub_names, sub_shares, strict=True):
                # Each sub-department has its own head, so division heads keep a small span.
                sub_head = self.add(
                    lang=lang, department=(name, sub), title=titles[1], manager=head
                )
                self._grow(
                    manager=sub_head,
                    size=size - 1,
                    department=(name, sub),
                    titles=titles,
                    lang=lang,
                )
        return self.people

    def _grow(
        self, *, manager: int, size: int, department: tuple[str, ...], titles, lang: str
    ) -> None:
        """Place `size` people under `manager`: a team if it fits, otherwise sub-managers."""
        if size <= _TEAM_MAX:
            for _ in range(size):
                self.add(lang=lang, department=department, title=titles[2], manager=manager)
            return
        # Teams of five to ten, each led by a manager; above a dozen teams, add a layer.
        teams = max(2, min(8, size // 8))
        for part in _split(size, [1] * teams):
            if part == 0:
                continue
            team_lang = self._language_for_team() if self.lang == "both" else lang
            lead = self.add(lang=team_lang, department=department, title=titles[1], manager=manager)
            self._grow(
                manager=lead, size=part - 1, department=department, titles=titles, lang=team_lang
            )


def _split(total: int, weights: list[int]) -> list[int]:
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    for i in range(total - sum(shares)):
        shares[i % len(shares)] += 1
    return shares


def _name(rng: random.Random, lang: str) -> str:
    if lang == Language.ZH_HANS:
        given = rng.choice(words.ZH_GIVEN)
        if rng.random() < 0.7:
            given += rng.choice(words.ZH_GIVEN)
        return rng.choice(words.ZH_SURNAMES) + given
    return f"{rng.choice(words.EN_FIRST)} {rng.choice(words.EN_LAST)}"


def _place_demo_accounts(people: list[_Person]) -> None:
    """hr in People & Culture; manager leads a team of at least five; employee reports to them."""
    hr_people = [p for p in people if p.department[0] == "People & Culture"]
    hr_people[min(1, len(hr_people) - 1)].username = "hr"
    for p in hr_people:
        p.is_hr = True
    candidates = [
        p
        for p in people
        if p.depth >= 1
        and len(p.reports) >= 5
        and all(not people[r].reports for r in p.reports)
        and not p.username
    ]
    manager = candidates[0]
    manager.username = "manager"
    people[manager.reports[0]].username = "employee"


@transaction.atomic
def seed_demo(*, employees: int, lang: str = "both", seed: int = 1) -> dict[str, int]:
    """Create the demo organisation in an empty database. Returns counts."""
    if employees < MIN_EMPLOYEES:
        raise DemoError(f"The demo needs at least {MIN_EMPLOYEES} employees.")
    if lang not in ("en", "zh", "both"):
        raise DemoError("--lang must be en, zh or both")
    if Employee.objects.exists() or User.objects.filter(username__in=DEMO_ACCOUNTS).exists():
        raise DemoError("The database already has people: seed_demo only fills an empty one.")
    builder = _Builder(employees=employees, lang=lang, seed=seed)
    people = builder.build()
    _place_demo_accounts(people)
    rng = builder.rng

    departments = _create_departments(people)
    password = make_password(DEMO_PASSWORD)
    users = []
    records = []
    for p in people:
        number = f"D{p.index + 1:06d}"
        name = _name(rng, p.lang)
        username = p.username or number.lower()
        domain = "demo.example.cn" if p.lang == Language.ZH_HANS else "demo.example.com"
        email = f"{username}@{domain}"
        title = p.title[1] if p.lang == Language.ZH_HANS else p.title[0]
        if p.reports and p.depth >= 3 and p.title != words.CEO_TITLE and rng.random() < 0.2:
            title = (
                words.SENIOR_PREFIX[1] if p.lang == Language.ZH_HANS else words.SENIOR_PREFIX[0]
            ) + title
        users.append(
            User(
                username=username,
                email=email,
                password=password,
                is_hr=p.is_hr,
                language="" if p.username else p.lang,
            )
        )
        hire = _DAY_ZERO - datetime.timedelta(days=rng.randint(30, 16 * 365))
        records.append((number, name, email, title, hire))
    User.objects.bulk_create(users, batch_size=2000)

    created: list[Employee | None] = [None] * len(people)
    by_depth: dict[int, list[_Person]] = {}
    for p in people:
        by_depth.setdefault(p.depth, []).append(p)
    for depth in sorted(by_depth):
        batch = []
        for p in by_depth[depth]:
            number, name, email, title, hire = records[p.index]
            batch.append(
                Employee(
                    user=users[p.index],
                    employee_number=number,
                    name=name,
                    email=email,
                    job_title=title,
                    hire_date=hire,
                    department_id=departments[p.department],
                    manager_id=created[p.manager].pk if p.manager is not None else None,  # type: ignore[union-attr]
                )
            )
        Employee.objects.bulk_create(batch, batch_size=2000)
        for p, employee in zip(by_depth[depth], batch, strict=True):
            created[p.index] = employee
    employee_paths_rebuild()
    return {"employees": len(people), "departments": len(departments)}


def _create_departments(people: list[_Person]) -> dict[tuple[str, ...], int]:
    zh = {words.EXECUTIVE_OFFICE[0]: words.EXECUTIVE_OFFICE[1]}
    for name, name_zh, subs, *_ in words.DIVISIONS:
        zh[name] = name_zh
        for sub, sub_zh in subs:
            zh[f"{name}/{sub}"] = sub_zh
    needed = sorted({p.department for p in people}, key=len)
    ids: dict[tuple[str, ...], int] = {}
    for path in needed:
        for depth in range(1, len(path) + 1):
            key = path[:depth]
            if key in ids:
                continue
            department = Department.objects.create(
                name=key[-1],
                name_zh=zh.get("/".join(key), ""),
                parent_id=ids[key[:-1]] if depth > 1 else None,
            )
            ids[key] = department.pk
    department_paths_rebuild()
    return ids
