"""Files the platform keeps but never publishes: certificate PDFs (and, as folders
under ``PACKAGES_ROOT``, the files of content packages) live under
``PRIVATE_MEDIA_ROOT``, outside ``MEDIA_ROOT``, so no ``/media/`` route of the platform
or of a web server in front of it can hand them out. They leave only through views that
check who asks: a certificate's PDF for its holder, their managers and staff; a
package's files from the sandboxed content route."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property


@deconstructible(path="common.storage.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """A file system storage rooted at ``PRIVATE_MEDIA_ROOT`` whose files have no
    address: asking for one is an error, so no template can link a private file."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a view.")


_private = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage of private files (a callable, so models and migrations refer to it
    by name)."""
    return _private
