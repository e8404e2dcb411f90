"""What the apps' data migrations share: granting a group some of an app's permissions.

Django makes an app's permissions after all migrations have run, so a migration that
grants them makes them first."""

from django.contrib.auth.management import create_permissions


def permissions_grant(apps, *, app_label: str, codenames, group: str = "Editors") -> None:
    """Give ``group`` (Wagtail's "Editors", the trainers, by default) these permissions of
    ``app_label``; a site without the group is left as it is."""
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(
        Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )
    for found in Group.objects.filter(name=group):
        found.permissions.add(*permissions)
