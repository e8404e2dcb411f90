"""Text cells of CSV files the platform writes, made safe for spreadsheet programs.

A cell a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) can run commands or send data away when a manager opens the
file; learners and authors choose much of the text exported (names, answers, question
wording), so every CSV export guards its text cells with :func:`csv_safe`."""

# Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text) -> str:
    """``text`` with a leading apostrophe if a spreadsheet would run it as a formula.
    Only for text: numbers the platform formats itself are written as they are."""
    text = str(text)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
