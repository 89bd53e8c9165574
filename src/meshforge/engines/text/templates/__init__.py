"""Every object the text engine can build: one module per object, in a package per category.

A module here defines ``TEMPLATE``, a ``core.template.Template`` holding the builder, the
description the matcher embeds, the synonyms and kinds it is found by, the phrases it must not
claim and the parts a prompt may address. ``core.catalog`` imports every module below this
package to find them: no list to edit. The module is named after the template
("teddy bear" → ``toys/teddy_bear.py``).
"""
