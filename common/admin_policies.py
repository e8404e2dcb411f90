"""Permission policies for Wagtail admin screens of records nobody edits by hand."""

from wagtail.permission_policies import ModelPermissionPolicy


class ViewOnlyPolicy(ModelPermissionPolicy):
    """People may look at the records (and export them), never add, change or delete
    them through the admin, not even a superuser. Who may look: those with the model's
    view permission, unless a subclass says otherwise (:meth:`may_view`)."""

    allowed = ("view", "export")

    def may_view(self, user) -> bool:
        return super().user_has_permission(user, "view")

    def user_has_permission(self, user, action):
        return action in self.allowed and self.may_view(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)
