import shutil
from pathlib import Path

from django.conf import settings
from django.db import migrations


def move_package_files_out_of_media(apps, schema_editor):
    """Package versions were extracted under MEDIA_ROOT/packages, which a /media/ route
    may serve on the platform's own origin: move each stored version's folder to
    PACKAGES_ROOT (now under PRIVATE_MEDIA_ROOT by default)."""
    PackageVersion = apps.get_model("packages", "PackageVersion")
    old_root = Path(settings.MEDIA_ROOT) / "packages"
    new_root = Path(settings.PACKAGES_ROOT)
    if not old_root.is_dir() or old_root.resolve() == new_root.resolve():
        return
    for version_uuid in PackageVersion.objects.values_list("uuid", flat=True):
        source, target = old_root / str(version_uuid), new_root / str(version_uuid)
        if source.is_dir() and not target.exists():
            new_root.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)


class Migration(migrations.Migration):
    dependencies = [
        ("packages", "0003_packagelessonpage"),
    ]

    operations = [
        migrations.RunPython(move_package_files_out_of_media, migrations.RunPython.noop),
    ]
