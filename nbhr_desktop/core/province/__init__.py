"""The province's side (TIME-AND-PROVINCE.md, "The province"): who must report for a period,
what each unit has sent (``submissions``), the consolidated figures by unit (``by_unit``),
and what the province sends down (``deadlines``, ``templates``). Qt-free."""
