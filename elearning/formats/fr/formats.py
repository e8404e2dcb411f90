"""French dates and times, one style everywhere (français canadien, as ``fr-CA`` in
browsers): « 5 décembre 2026 », « 5 décembre 2026 à 13 h 44 », and ISO dates in tables."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = r"j F Y \à G \h i"
TIME_FORMAT = r"G \h i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = r"Y-m-d G \h i"
FIRST_DAY_OF_WEEK = 0
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u00a0"
NUMBER_GROUPING = 3
