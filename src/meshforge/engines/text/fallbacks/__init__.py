"""What a prompt becomes when no template is its object: a category archetype or a sculpture.

One module per template category (``animals.py`` … ``weapons.py``) defines ``CATEGORY`` and a
``TEMPLATE``: the generic object of that category, built for a prompt that names a concrete
thing with no template of its own ("a kangaroo", "a banjo"). ``abstract_sculpture`` is for
prompts that name no concrete object at all. Fallbacks are templates the matcher never picks
by name, so they live outside ``templates/``; the catalog finds them here.
"""
