"""What every layer may use, beneath them all: user errors (``errors``), translatable
strings (``i18n``) and text normalisation (``text``). It imports nothing of the project but
its resources, so ``storage`` can say why something failed, in Vietnamese, without reaching up
into ``core``."""
