"""Deterministic synthetic cases for demos and benchmarks (`intake-app demo --cases N`).

The cases follow the situation in the public news report (context/news-article.txt):
students and expatriates from Hong Kong in Canadian cities who joined rallies, were
stalked and harassed, and fear renewing their passports. Identities are fake but look
real (see `demo_text`), so the redactor, search and exports can be exercised on
realistic text without any real person's data.

Speed matters (100,000 cases feed the benchmarks), so a case is assembled by picking
from precomputed banks: a weighted pick is one pick from a tuple in which keys repeat
by weight, sentences are templates filled with `str.format_map`, and partial dates are
shared immutable values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from intake_app.cases import demo_text
from intake_app.cases.dates import PartialDate
from intake_app.cases.demo_text import City, Dice, Pair, Scenario
from intake_app.cases.model import (
    Account,
    Case,
    Consent,
    ConsentEntry,
    Harasser,
    Incident,
    InterviewSession,
    Need,
    Profile,
    StatusInCanada,
    TravelDocument,
)

# Overseas solidarity rallies began with the 2019 protests; no incident predates them.
_FIRST_RALLY = dt.date(2019, 6, 9)
_HANDOVER = dt.date(1997, 7, 1)  # born after it: no BN(O) passport of one's own
_DAY = dt.timedelta(days=1)
_ONLINE_KINDS = frozenset({"online_harassment", "doxxing"})
# Reported to the police: yes, no, not known. Pressure on family happens in Hong Kong,
# where going to the police is rarely an option.
_REPORTED: tuple[bool | None, ...] = (True,) * 6 + (False,) * 10 + (None,) * 4
_FAMILY_REPORTED: tuple[bool | None, ...] = (False, False, False, None, True)
_GENDERS: tuple[tuple[str, str, str], ...] = (("man", "his", "him"),) * 9
_GENDERS += (("woman", "her", "her"),) * 9 + (("non-binary", "their", "them"),)
_GENDERS += (("", "their", "them"),) * 2
_MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July")
_MONTHS += ("August", "September", "October", "November", "December")
_AGE_BANDS: tuple[tuple[int, str], ...] = ((18, "under_18"), (25, "18_24"), (35, "25_34"))
_AGE_BANDS += ((45, "35_44"), (55, "45_54"), (65, "55_64"), (999, "65_plus"))


Ctx = dict[str, str]  # the values that fill sentence templates
Days = list[dt.date]


def _pool(weights: dict[str, int]) -> tuple[str, ...]:
    return tuple(key for key, weight in weights.items() for _ in range(weight))


def generate_cases(count: int, seed: int = 0, *, now: dt.datetime | None = None) -> Iterator[Case]:
    """Yield `count` fully populated synthetic cases, the same ones for the same seed and `now`.

    `now` anchors every date (nothing falls after it); it defaults to today's midnight UTC,
    so that runs on the same day agree. Case codes are left empty for the store to assign.
    About one case in ten links harassers, and some harassers recur across cases, as when
    two clients describe the same person.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if now is None:
        now = dt.datetime.combine(dt.datetime.now(dt.UTC).date(), dt.time(), dt.UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    generator = _Generator(Dice(seed), now.astimezone(dt.UTC).date())
    for _ in range(count):
        yield generator.case()


class _Generator:
    """The state of one run: the dice, the reference day, the harassers met so far."""

    def __init__(self, dice: Dice, today: dt.date) -> None:
        self.dice, self.today = dice, today
        self.pick, self.chance = dice.pick, dice.random
        self.banks = banks = demo_text.load_banks()
        self.statuses = _pool(banks.weights["statuses_in_canada"])
        self.kinds = _pool(banks.weights["incident_kinds"])
        self.need_kinds = _pool(banks.weights["needs"])
        self.need_statuses = _pool(banks.weights["need_statuses"])
        self.cities = tuple(city for city in banks.cities for _ in range(city.weight))
        self.scenarios = {
            status: tuple(
                s
                for s in banks.document_scenarios
                if not s.statuses or status in s.statuses
                for _ in range(s.weight)
            )
            for status in self.statuses
        }
        # Recent harassers with the city they were seen in ("" when met online); a later
        # client in that city (anyone, for online ones) may describe the same person.
        self.recent: list[tuple[Harasser, str]] = []
        self.harasser_count = 0
        # PartialDate validates on creation; dates repeat a lot and are immutable, so share.
        self.dates: dict[tuple[dt.date, int], PartialDate] = {}

    def day(self, low: dt.date, high: dt.date) -> dt.date:
        if high <= low:
            return low
        return low + dt.timedelta(days=self.dice.below((high - low).days + 1))

    def date(self, day: dt.date, month_only: float = 0.0, year_only: float = 0.0) -> PartialDate:
        """`day` as a partial date: sometimes only the month or year, as people recall it."""
        roll = self.chance() if month_only or year_only else 1.0
        precision = 0 if roll < year_only else 1 if roll < year_only + month_only else 2
        known = self.dates.get((day, precision))
        if known is None:
            parts = (day.year, day.month, day.day)[: precision + 1]
            known = self.dates[day, precision] = PartialDate(*parts)
        return known

    def case(self) -> Case:
        pick, chance, today, banks = self.pick, self.chance, self.today, self.banks
        status = pick(self.statuses)
        group = banks.status_groups[status]
        city = pick(self.cities)
        gender, pos, obj = pick(_GENDERS)
        pseudonym = pick(banks.words["pseudonyms"])
        year, arrival, active, visits = self.timeline(group)
        age = int(self.dice.rng.triangular(*((17, 32, 21) if group == "student" else (18, 68, 28))))
        born = today - dt.timedelta(days=365 * age + self.dice.below(365))
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))

        ctx = {"P": pseudonym, "pos": pos, "Pos": pos.capitalize(), "obj": obj}
        ctx |= {"city": city.name, "city_zh": city.name_zh, "year": str(year)}
        ctx |= {"ay": str(active.year), "platform": pick(banks.words["platforms"])}
        ctx["rally_zh"], ctx["rally"] = pick(city.rally_places)
        documents, passport_said = self.documents(pick(self.scenarios[status]), born, ctx)
        harassers = self.harassers(city) if chance() < 0.1 else []
        incidents = self.incidents(city, harassers, active, visits[-1], ctx)
        chinese = chance() < 0.3  # the account was given in Cantonese
        family = any(i.kind == "pressure_on_family" for i in incidents)
        account = self.account(group, passport_said, family, ctx, chinese, visits)
        sessions = self.sessions(visits, chinese)
        needs = self.needs(visits, any(d.at_risk for d in documents))
        consent = self.consent(visits)

        if consent.withdrawn_recording(today) or consent.retention_passed(today):
            case_status = "closed"
        elif any(n.status == "referred" for n in needs):
            case_status = pick(("referred", "referred", "active"))
        else:
            case_status = pick(("new", "active", "active", "closed"))
        tags = [pick(banks.words["tags"])] if chance() < 0.35 else []
        if age < 25 and chance() < 0.5:
            tags.append("youth")
        if chance() < 0.4 and any(i.kind in {"threats", "assault"} for i in incidents):
            tags.append("priority")
        if chance() < 0.3:
            tags.append("follow-up")
        languages = ["yue", "zh-Hant"] if chinese or chance() < 0.25 else ["yue"]
        if chance() < 0.85:
            languages.insert(0 if chance() < 0.15 else len(languages), "en")
        if city.province == "QC" and chance() < 0.4:
            languages.append("fr")

        start = dt.time(self.dice.between(9, 19), self.dice.below(60))
        created = dt.datetime.combine(visits[0], start, dt.UTC)
        updated = dt.datetime.combine(visits[-1], dt.time(self.dice.between(9, 21)), dt.UTC)
        return Case(
            id=self.dice.uuid(),
            pseudonym=pseudonym,
            status=case_status,
            tags=list(dict.fromkeys(tags)),
            created=created,
            updated=max(updated, created + dt.timedelta(minutes=self.dice.between(20, 90))),
            profile=Profile(
                age_band=next(band for limit, band in _AGE_BANDS if age < limit),
                gender=gender,
                arrival_year=year,
                city=city.name,
                province=city.province,
                languages=languages,
            ),
            identity=demo_text.fake_identity(
                self.dice,
                banks,
                city,
                self.date(born, month_only=0.03),
                documents,
                pseudonym,
                gender,
            ),
            status_in_canada=StatusInCanada(
                status=status,
                since=self.date(self.day(arrival, visits[0]), month_only=0.7),
                pending_application=pick(banks.pending_applications[status]),
            ),
            incidents=incidents,
            documents=documents,
            needs=needs,
            consent=consent,
            sessions=sessions,
            account=account,
            harassers=harassers,
        )

    def timeline(self, group: str) -> tuple[int, dt.date, dt.date, Days]:
        """Arrival year and day, first rally, and interview days (first is the intake)."""
        today = self.today
        latest = today - 90 * _DAY
        first_year, last_year = self.banks.arrival_years[group]
        last_year = min(last_year, latest.year)
        year = self.dice.between(min(first_year, last_year), last_year)
        arrival = self.day(dt.date(year, 1, 1), min(dt.date(year, 12, 31), latest))
        active = min(self.day(max(arrival, _FIRST_RALLY), arrival + 240 * _DAY), latest)
        visits = [min(self.day(active + 30 * _DAY, today - _DAY), today - _DAY)]
        for _ in range(self.pick((0, 0, 1, 1, 2))):
            follow_up = visits[-1] + self.dice.between(7, 120) * _DAY
            if follow_up >= today:
                break
            visits.append(follow_up)
        return year, arrival, active, visits

    def documents(
        self, scenario: Scenario, born: dt.date, ctx: Ctx
    ) -> tuple[list[TravelDocument], list[Pair]]:
        """The scenario's travel documents, and what the account says about them."""
        docs = []
        for make in scenario.documents:
            doc = make()
            days = self.banks.expiry_days.get(doc.status)
            if days is not None:
                expiry = self.today + self.dice.between(*days) * _DAY
                doc.expiry = self.date(expiry, month_only=0.25)
                if "exp" not in ctx:  # the sentences speak of the first document
                    ctx["exp_zh"] = f"{expiry.year}年{expiry.month}月"
                    ctx["exp"] = f"{_MONTHS[expiry.month - 1]} {expiry.year}"
            docs.append(doc)
        if born >= _HANDOVER and self.chance() < 0.2:
            docs.append(TravelDocument("bno_passport", "none"))
        notes = self.banks.document_notes.get(docs[0].status)
        if notes and not docs[0].notes and self.chance() < 0.3:
            docs[0].notes = self.pick(notes)
        said = [self.pick(self.banks.sentences[scenario.said])] if scenario.said else []
        return docs, said

    def harassers(self, city: City) -> list[Harasser]:
        """One or two harassers; about half the time someone an earlier client described."""
        chosen: list[Harasser] = []
        for _ in range(2 if self.chance() < 0.2 else 1):
            harasser = None
            if self.recent and self.chance() < 0.5:
                known, seen_in = self.pick(self.recent)
                if seen_in in ("", city.name) and all(h.id != known.id for h in chosen):
                    harasser = known
            if harasser is None:
                self.harasser_count += 1
                harasser = demo_text.fake_harasser(self.dice, self.banks, city, self.harasser_count)
                self.recent.append((harasser, "" if harasser.handles else city.name))
                if len(self.recent) > 60:
                    del self.recent[0]
            # Each case gets its own copy under the shared id, so that editing one case's
            # record can never change another case's behind its back.
            copy = replace(harasser, kinds=[*harasser.kinds], handles=[*harasser.handles])
            copy.plates, copy.other_identifiers = [*harasser.plates], [*harasser.other_identifiers]
            chosen.append(copy)
        return chosen

    def incidents(
        self, city: City, harassers: list[Harasser], start: dt.date, end: dt.date, ctx: Ctx
    ) -> list[Incident]:
        pick, chance, banks = self.pick, self.chance, self.banks
        count = max(pick((1, 1, 2, 2, 2, 3, 3, 4, 5)), len(harassers))
        incidents = []
        for i, day in enumerate(sorted(self.day(start, end) for _ in range(count))):
            # The first incidents are those each linked harasser took part in.
            harasser = harassers[i] if i < len(harassers) else None
            kind = pick(harasser.kinds if harasser else self.kinds)
            place = city if harasser or chance() < 0.85 else pick(self.cities)
            if kind in _ONLINE_KINDS:
                location = "online"
            else:
                location = "Hong Kong" if kind == "pressure_on_family" else place.name
            ctx["rally_zh"], ctx["rally"] = pick(place.rally_places)
            ctx["platform"] = pick(banks.words["platforms"])
            reported = pick(_FAMILY_REPORTED if kind == "pressure_on_family" else _REPORTED)
            reference = ""
            if reported and chance() < 0.85:
                reference = f"{place.police} {day.year}-{self.dice.between(100000, 999999)}"
            incidents.append(
                Incident(
                    id=self.dice.uuid(),
                    date=self.date(day, month_only=0.4, year_only=0.05),
                    kind=kind,
                    location=location,
                    description=pick(banks.incidents[kind]).format_map(ctx),
                    perpetrator=harasser.label if harasser else pick(banks.perpetrators[kind]),
                    harasser_ids=[harasser.id] if harasser else [],
                    reported_to_police=reported,
                    police_reference=reference,
                )
            )
        return incidents

    def sessions(self, visits: Days, chinese: bool) -> list[InterviewSession]:
        pick, banks = self.pick, self.banks
        sessions = []
        for n, day in enumerate(visits):
            language = "yue" if chinese and not n else pick(("yue", "yue", "en"))
            sessions.append(
                InterviewSession(
                    id=self.dice.uuid(),
                    date=self.date(day),
                    location=pick(banks.words["session_places"]),
                    interviewer=pick(banks.words["caseworker_initials"]),
                    language=language,
                    interpreter=language == "yue" and self.chance() < 0.1,
                    duration_minutes=30 + 15 * self.dice.below(9),
                    notes=pick(banks.words["session_notes"][1:])
                    if n
                    else banks.words["session_notes"][0],
                )
            )
        return sessions

    def account(
        self, group: str, passport: list[Pair], family: bool, ctx: Ctx, chinese: bool, visits: Days
    ) -> Account:
        """3-8 sentences: background, activism, harassment, passport, family, closing."""
        pick, chance, sentences = self.pick, self.chance, self.banks.sentences
        some = self.dice.some
        said = [pick(self.banks.background[group])]
        if group == "student" and chance() < 0.5:
            said += [pick(sentences["activism"]), pick(sentences["student"])]
        else:
            said += some(sentences["activism"], 2 if chance() < 0.25 else 1)
        said += some(sentences["harassment"], 2 if chance() < 0.35 else 1)
        said += passport
        if chance() < (0.7 if family else 0.2):
            said.append(pick(sentences["family"]))
        said += some(sentences["closing"], 2 if len(said) < 7 and chance() < 0.4 else 1)
        english = " ".join(en.format_map(ctx) for _, en in said)
        if not chinese:
            return Account(original=english, original_language="en")
        translated = self.day(visits[0], min(visits[-1] + 14 * _DAY, self.today - _DAY))
        return Account(
            original="".join(zh.format_map(ctx) for zh, _ in said),
            original_language="zh-Hant",
            translation_en=english,
            translated_by=pick(self.banks.words["caseworker_initials"]),
            translated_at=self.date(translated),
        )

    def needs(self, visits: Days, passport_at_risk: bool) -> list[Need]:
        pick, chance, banks = self.pick, self.chance, self.banks
        wanted = pick((1, 2, 2, 3, 3, 4, 5))
        kinds: list[str] = []
        while len(kinds) < wanted:
            kind = pick(self.need_kinds)
            if kind not in kinds:
                kinds.append(kind)
        if passport_at_risk and "travel_document" not in kinds and chance() < 0.3:
            kinds.append("travel_document")
        needs = []
        for kind in kinds:
            need = Need(kind, pick(self.need_statuses))
            if need.status in ("referred", "met"):
                need.referral_to = pick(banks.referrals[kind])
                need.referral_date = self.date(self.day(visits[0], visits[-1]))
            if chance() < 0.15:
                need.notes = pick(banks.words["need_notes"])
            needs.append(need)
        return needs

    def consent(self, visits: Days) -> Consent:
        """A ledger: recording always, some sharing purposes, a few withdrawn or expiring."""
        chance, today, intake = self.chance, self.today, visits[0]
        recording = ConsentEntry("recording", self.date(intake))
        if chance() < 0.02:
            recording.withdrawn = self.date(self.day(intake + _DAY, today - _DAY))
        entries = [recording]
        for purpose, percent in self.banks.consent_percent.items():
            if chance() * 100 >= percent:
                continue
            given = self.pick(visits)
            entry = ConsentEntry(purpose, self.date(given))
            if chance() < 0.15:
                entry.expires = self.date(given + self.dice.between(180, 1100) * _DAY)
            if chance() < 0.04:
                entry.withdrawn = self.date(self.day(given + _DAY, today - _DAY))
            entries.append(entry)
        if chance() < 0.06 and intake + 60 * _DAY < today:
            # Retention already passed: the case is due for review or deletion.
            retention = self.day(intake + 30 * _DAY, today - _DAY)
        else:
            # A few years from the intake, and never already past for the others.
            retention = intake + self.dice.between(2 * 365, 6 * 365) * _DAY
            retention = max(retention, today + self.dice.between(60, 3 * 365) * _DAY)
        return Consent(entries, self.date(retention))
