"""The Plans screen: the unit's plans, the editor, issuing and printing."""
