from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0005_quizattempt_checked"),
    ]

    operations = [
        migrations.AddField(
            model_name="quizattempt",
            name="prepared_offline",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "Made for a device that answers it with no connection: its time limit "
                    "is kept by the device from the moment the learner starts it there."
                ),
                verbose_name="prepared for offline use",
            ),
        ),
    ]
