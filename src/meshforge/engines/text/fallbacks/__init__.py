"""What a prompt becomes when no template matches it: ``abstract_sculpture``.

Fallbacks are templates the matcher never picks by name, so they live outside ``templates/``.
"""
