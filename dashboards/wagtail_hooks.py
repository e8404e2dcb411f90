"""The admin's dashboard for the people who write courses: their own courses, with their
language versions, what is under review and a link to each course's report. Wagtail's own
panels list the pages awaiting review and the user's pages in a workflow, and the courses
app's panel lists the French pages behind their English version."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component

from courses.authoring import course_catalogue_pages, courses_authored_by

from .access import scope_for

#: Courses shown on the dashboard; the rest are one click away in the catalogue.
COURSES_SHOWN = 10


class YourCoursesPanel(Component):
    """The courses the user owns or has edited, the most recently edited first."""

    name = "your_courses"
    template_name = "dashboards/admin/your_courses_panel.html"
    # After the French pages behind (what learners are already told about), before
    # Wagtail's workflow panels (210, 220) and recent edits (250).
    order = 100

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        courses, total = courses_authored_by(user=user, limit=COURSES_SHOWN)
        catalogues = course_catalogue_pages(user=user)
        reports = scope_for(user).course_reports
        context.update(
            {
                "courses": [
                    {
                        "item": item,
                        "report_url": reverse(
                            "dashboards:course", kwargs={"course_key": item.translation_key}
                        )
                        if reports and any(v.page and v.page.live for v in item.versions)
                        else None,
                    }
                    for item in courses
                ],
                "total": total,
                "catalogue": catalogues[0] if catalogues else None,
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_your_courses_panel(request, panels):
    panels.append(YourCoursesPanel())
