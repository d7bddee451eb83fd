"""Msg builders: what the dialogue shows (menus, checklists, offices, proxy rules)."""
