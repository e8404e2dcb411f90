"""Signal handlers of the courses app, connected in ``CoursesConfig.ready``."""

from wagtail.signals import page_published


def publish_french_with_english(sender, instance, **kwargs):
    """When an English course page is published (from the editor, through review or on
    schedule) and its French translation is complete, the French page is published from
    it in the same step, so both languages show the same content."""
    from .translation import is_course_content, is_source, translation_publish, translation_status

    if not (is_course_content(instance) and is_source(instance)):
        return
    status = translation_status(instance)
    if status.exists and status.ready:
        translation_publish(instance)


def tell_translators_when_french_falls_behind(sender, instance, **kwargs):
    """When an English course page is published and its French page does not follow, the
    people who translate it are told by e-mail, once the publication is committed (after
    ``publish_french_with_english`` had its chance to publish the French)."""
    from .translation import is_course_content, is_source
    from .translators import translators_notify_after_commit

    if is_course_content(instance) and is_source(instance):
        translators_notify_after_commit(page=instance, revision=kwargs.get("revision"))


def connect():
    from . import content_cache

    content_cache.connect()
    page_published.connect(publish_french_with_english, dispatch_uid="courses-french-publish")
    page_published.connect(
        tell_translators_when_french_falls_behind, dispatch_uid="courses-tell-translators"
    )
