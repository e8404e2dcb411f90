"""Partners who sign themselves up: front-line service providers register, confirm their
e-mail, name their organisation and are approved by its manager or an administrator."""
