"""The demo content as ``manage.py load_demo`` saves it, in a canonical form that can be
compared across loads: every page, topic, question bank, scenario, question (with its
right answer) and quiz, by a stable key, with ids, timestamps, block ids and translation
keys replaced by labels that depend only on the content.

``tests/courses/demo_snapshot.json`` holds a SHA-256 of each entry and the number of
entries of each model, so that a change to the demo content or to the way it is loaded
names the page or question that differs (see ``test_demo_data``).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from decimal import Decimal

from django.db import models
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import Collection, Locale, Page, Revision

# Where a page sits in the tree is its url_path; these are ids, users or timestamps.
SKIPPED_FIELDS = {
    "path",
    "content_type",
    "latest_revision",
    "live_revision",
    "locked_by",
    "owner",
    "translation_key",
}


def demo_content_load() -> None:
    """What ``load_demo`` saves of the demo content (home, catalogue, topics, banks,
    courses, review workflow, media collections, briefings and workshops), without its
    people, progress and workshop sessions."""
    from elearning.management.commands.load_demo import Command

    command = Command()
    home = command._site()
    courses = command._courses(home, command._audiences())
    command._briefings(home)
    command._workshops(courses)


def _key(obj) -> str:
    """A stable name for an object, from its content (never from its id)."""
    from courses.models import Topic
    from organisations.models import Audience
    from quizzes.models import QuestionBank, QuestionTag, Quiz, Scenario

    if isinstance(obj, Page):
        return f"page:{obj.locale.language_code}:{obj.url_path}"
    if isinstance(obj, Locale):
        return obj.language_code
    if isinstance(obj, (Topic, Audience, QuestionTag)):
        return obj.code
    if isinstance(obj, (QuestionBank, Quiz, Scenario)):
        return f"{type(obj).__name__}:{obj.locale.language_code}:{obj.title}"
    return f"{type(obj).__name__}:{obj}"


def _document_title(pk: int) -> str:
    from wagtail.documents import get_document_model

    document = get_document_model().objects.filter(pk=pk).first()
    return f"Document:{document.title}" if document is not None else "Document:missing"


class Canon:
    """Builds the canonical content. Block ids become labels numbered in order of
    appearance within a page and its translation (which share them), and translation
    keys the key of the first object that has them."""

    def __init__(self):
        self.block_ids: dict[str, dict[str, str]] = {}
        self.translation_keys: dict[uuid.UUID, str] = {}

    def translation_key(self, obj) -> str:
        key = obj.translation_key
        if key not in self.translation_keys:
            self.translation_keys[key] = f"tk:{_key(obj)}"
        return self.translation_keys[key]

    def stream(self, raw, group: str):
        ids = self.block_ids.setdefault(group, {})

        def walk(value):
            if isinstance(value, dict):
                out = {}
                # In key order: PostgreSQL's JSON columns do not keep the order written.
                for name, item in sorted(value.items()):
                    if name == "id" and isinstance(item, str) and "type" in value:
                        out[name] = ids.setdefault(item, f"block-{len(ids) + 1}")
                    elif name == "document" and isinstance(item, int):
                        # A document block names the document by its id: by its title.
                        out[name] = _document_title(item)
                    else:
                        out[name] = walk(item)
                return out
            if isinstance(value, list):
                return [walk(item) for item in value]
            return value

        return walk(list(raw))

    def value(self, obj, field: models.Field, group: str):
        if isinstance(field, StreamField):
            return self.stream(getattr(obj, field.name).raw_data, group)
        if isinstance(field, models.ForeignKey):
            related = getattr(obj, field.name)
            return None if related is None else _key(related)
        value = getattr(obj, field.attname)
        if isinstance(value, (Decimal, uuid.UUID)):
            return str(value)
        return value

    def fields(self, obj, group: str) -> dict:
        data = {"model": obj._meta.label}
        for field in obj._meta.concrete_fields:
            if (
                field.name in SKIPPED_FIELDS
                or field.primary_key
                or isinstance(field, (models.DateTimeField, models.AutoField))
                or (isinstance(field, models.OneToOneField) and field.remote_field.parent_link)
            ):
                continue
            data[field.name] = self.value(obj, field, group)
        if hasattr(obj, "translation_key"):
            data["translation_key"] = self.translation_key(obj)
        for relation in get_all_child_m2m_relations(type(obj)):
            data[relation.name] = sorted(_key(item) for item in getattr(obj, relation.name).all())
        for relation in get_all_child_relations(type(obj)):
            name = relation.get_accessor_name()
            data[name] = [self.fields(child, group) for child in getattr(obj, name).all()]
        if hasattr(obj, "revisions") or isinstance(obj, Page):
            data["revisions"] = Revision.objects.for_instance(obj).count()
        return data


def canonical_content() -> dict[str, dict]:
    """Every page, topic, bank, scenario, question (with its right answer) and quiz, by
    a stable key, English before French, and the media collections."""
    from courses.models import Topic
    from quizzes.models import QuestionBank, Quiz, Scenario
    from quizzes.snapshots import correct_response, question_snapshot

    canon = Canon()
    content: dict[str, dict] = {}
    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")

    def source(obj):
        return obj if obj.locale_id == english.pk else obj.get_translation(english)

    for locale in (english, french):
        for page in Page.objects.filter(locale=locale, depth__gt=1).order_by("path").specific():
            content[_key(page)] = canon.fields(page, _key(source(page)))
    for topic in Topic.objects.order_by("code"):
        content[f"topic:{topic.code}"] = canon.fields(topic, "topic")
    for model in (QuestionBank, Scenario, Quiz):
        for locale in (english, french):
            for obj in model.objects.filter(locale=locale).order_by("pk"):
                name = f"{model.__name__.lower()}:{source(obj).title}:{locale.language_code}"
                content[name] = canon.fields(obj, "")
    for locale in (english, french):
        for bank in QuestionBank.objects.filter(locale=english).order_by("pk"):
            questions = list(bank.questions.order_by("pk"))
            for number, question in enumerate(questions, start=1):
                if locale != english:
                    question = question.get_translation(locale)
                data = canon.fields(question, "")
                data["answer"] = correct_response(question_snapshot(question))
                content[f"question:{bank.title}:{number}:{locale.language_code}"] = data
    content["collections"] = {
        "names": [
            (collection.depth, collection.name)
            for collection in Collection.objects.order_by("path")
        ]
    }
    return content


def digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def snapshot(content: dict[str, dict]) -> dict:
    """The compact form kept in ``demo_snapshot.json``: entries counted by model, and a
    digest of each entry."""
    counts: dict[str, int] = {}
    for key, value in content.items():
        kind = value.get("model", key.split(":")[0])
        counts[kind] = counts.get(kind, 0) + 1
    return {
        "counts": dict(sorted(counts.items())),
        "entries": {key: digest(value) for key, value in sorted(content.items())},
    }
