"""French dates and times, one style everywhere (français canadien, as ``fr-CA`` in
browsers): « 5 décembre 2026 », « 5 décembre 2026 à 13 h 44 », and ISO dates in tables.
A time's spaces are no-break spaces, so « 13 h 44 » never wraps in a narrow column."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y \\à G\u00a0\\h\u00a0i"
TIME_FORMAT = "G\u00a0\\h\u00a0i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d G\u00a0\\h\u00a0i"
FIRST_DAY_OF_WEEK = 0
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u00a0"
NUMBER_GROUPING = 3
