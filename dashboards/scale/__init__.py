"""The scale data set: an organisation of ``learners`` people with realistic activity, for
benchmarks and for trying the dashboards at size (``manage.py generate_scale_data``).

What it makes, everything named with the ``scale-`` prefix so it can be told apart from
real data and removed again (:func:`scale_data_reset` removes only that):

* an org tree: the agency ``scale-agency``, regions ``scale-region-NN`` below it and
  units ``scale-unit-NNN`` below them, ``units`` nodes in all (500 by default: one
  agency, ten regions, 489 units);
* three audiences (``scale-officer``, ``scale-cadet``, ``scale-inspector``);
* learners ``scale-learner-NNNNNN`` (a ``User`` with an unusable password and a
  ``LearnerProfile`` in a unit, with one audience, most with a start date), spread
  unevenly over the units;
* ``courses`` live courses (``scale-course-NN``, Wagtail pages in English and French)
  of five lessons each; every other course ends with a graded final assessment (a quiz
  of three single-choice questions) that completes it; some courses' certificates are
  valid for six months, so some are about to expire;
* activity: registrations, lesson progress, course completions, graded quiz attempts
  and certificates (no PDF), with the xAPI statements behind them stored in the LRS
  exactly as the LRS stores statements (the statement rows, their index rows and the
  activity definitions), about twenty statements per learner. Not everyone starts;
  most who start finish; completions are spread over the last 26 weeks;
* training requirements over the agency and over some audiences, targets on some
  regions, a few exemptions, then the assignments (``assignments_materialise``) and the
  dashboards' read models (``dashboards.projections.records_refresh``);
* managers: ``scale-manager-agency`` (scope: the agency) and ``scale-manager-region-NN``
  (one per region), with unusable passwords (sign them in with ``force_login``).

Big tables are written with PostgreSQL's COPY (batched inserts on other databases), and
PostgreSQL's statistics are refreshed after the load, before the assignments and read
models are computed. 100,000 learners (2.1 million statements, about 8.5 GB with their
indexes) took 11 minutes on PostgreSQL on a shared two-core machine, most of it the
database writing the statements' indexes. The same seed makes the same choices (who
started what, when, how far, with which answers).

Reuse from a benchmark::

    from dashboards.scale.generate import scale_data_generate

    data = scale_data_generate(learners=100_000, log=print)
    client.force_login(data.managers["agency"])
    client.get(f"/en/dashboard/?unit={data.regions[0].pk}")

or, on a database where the command already ran, ``scale_data_find()``
(``dashboards.scale.existing``, which also removes the set).

The modules: ``common`` (sizes, names, what a generation returns, timing of its steps),
``bulk`` (writing and deleting rows in bulk), ``content`` (courses and quizzes),
``people`` (org tree, learners, managers), ``course_models`` and ``activity`` (each
learner's activity and the statements behind it), ``requirements`` (requirements,
targets, exemptions), ``generate`` (the whole set) and ``existing`` (finding and
removing it).
"""
