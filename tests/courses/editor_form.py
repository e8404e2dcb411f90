"""A page's editor form as the Wagtail admin posts it, for any lesson body: every block
with its id and each field as its widget sends it (rich text as the editor's own
content state, so saving goes through the same conversion a trainer's save does)."""

from wagtail import blocks


def block_form_data(block, value, prefix: str) -> dict:
    """The form fields of ``value`` (a value of ``block``) under ``prefix``."""
    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(value))}
        for index, child in enumerate(value):
            data.update(
                {
                    f"{prefix}-{index}-type": child.block_type,
                    f"{prefix}-{index}-deleted": "",
                    f"{prefix}-{index}-order": str(index),
                    f"{prefix}-{index}-id": child.id or "",
                }
            )
            data.update(block_form_data(child.block, child.value, f"{prefix}-{index}-value"))
        return data
    if isinstance(block, blocks.ListBlock):
        items = list(value.bound_blocks)
        data = {f"{prefix}-count": str(len(items))}
        for index, item in enumerate(items):
            data.update(
                {
                    f"{prefix}-{index}-deleted": "",
                    f"{prefix}-{index}-order": str(index),
                    f"{prefix}-{index}-id": item.id or "",
                }
            )
            data.update(block_form_data(block.child_block, item.value, f"{prefix}-{index}-value"))
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child_block in block.child_blocks.items():
            data.update(block_form_data(child_block, value.get(name), f"{prefix}-{name}"))
        return data
    if isinstance(block, blocks.BooleanBlock):
        return {prefix: "on"} if value else {}
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: str(value.pk) if value else ""}
    state = block.get_form_state(value)
    return {prefix: "" if state is None else state}


def lesson_edit_form(lesson, *, body=None, **fields) -> dict:
    """The lesson editor's whole form, with ``body`` (a StreamValue, default the lesson's
    own) and ``fields`` changed."""
    body = lesson.body if body is None else body
    data = {
        "title": lesson.title,
        "slug": lesson.slug,
        "summary": lesson.summary,
        "estimated_minutes": str(lesson.estimated_minutes),
        **block_form_data(body.stream_block, body, "body"),
    }
    data.update(fields)
    return data
