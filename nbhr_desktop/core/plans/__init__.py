"""Plans (kế hoạch): template, editing service, numbering, timing, issuing. Qt-free."""
