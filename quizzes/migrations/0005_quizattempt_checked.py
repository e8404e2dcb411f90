from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0004_item_analysis_permission"),
    ]

    operations = [
        migrations.AddField(
            model_name="quizattempt",
            name="checked",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text=(
                    "Positions whose answer the learner checked for immediate feedback: "
                    "those answers can no longer change."
                ),
                verbose_name="answers checked",
            ),
        ),
    ]
