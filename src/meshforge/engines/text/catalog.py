"""Every template the text engine knows, and the vocabulary the prompt parser reads with."""

from __future__ import annotations

from functools import cache

from meshforge.engines.text import (
    abstract,
    animals,
    buildings,
    car,
    castle,
    characters,
    craft,
    critters,
    curios,
    cutlery,
    cycles,
    figures,
    fixtures,
    furnishings,
    furniture,
    garden,
    grazers,
    household,
    instruments,
    landmarks,
    otherworldly,
    plants,
    playthings,
    rail_air,
    reptiles,
    road_vehicles,
    robot,
    shelters,
    tableware,
    tools,
    toys,
    trees,
    vessels,
    wildlife,
)
from meshforge.engines.text.assembly import Template
from meshforge.engines.text.prompt import Vocabulary

#: the first template modules (the original 32 objects)
FIRST_WAVE = (
    furniture,
    vessels,
    household,
    car,
    craft,
    buildings,
    castle,
    trees,
    plants,
    figures,
    toys,
    robot,
    animals,
)
#: added later; registered after the first wave, so that older templates keep their words
SECOND_WAVE = (
    tools,
    tableware,
    cutlery,
    furnishings,
    road_vehicles,
    cycles,
    rail_air,
    shelters,
    landmarks,
    garden,
    wildlife,
    reptiles,
    critters,
    grazers,
    playthings,
    characters,
    otherworldly,
    instruments,
    curios,
    fixtures,
)

#: All object templates, by name.
TEMPLATES: dict[str, Template] = {
    template.name: template
    for module in (*FIRST_WAVE, *SECOND_WAVE)
    for template in module.TEMPLATES
}
#: What unknown objects become.
ABSTRACT: Template = abstract.TEMPLATE


def find_template(name: str | None) -> Template:
    """The template called ``name``, or the abstract sculpture when there is none."""
    if name is None:
        return ABSTRACT
    return TEMPLATES.get(name, ABSTRACT)


@cache
def vocabulary() -> Vocabulary:
    """Object words (names and synonyms) and part words (names and aliases) of all templates."""
    objects: dict[str, str] = {}
    parts: set[str] = set()
    for template in TEMPLATES.values():
        objects[template.name] = template.name
        for synonym in template.synonyms:
            objects.setdefault(synonym, template.name)
        parts.update(template.parts)
        parts.update(template.aliases)
    parts.update(ABSTRACT.parts)
    parts.update(ABSTRACT.aliases)
    return Vocabulary(objects=objects, parts=frozenset(parts))
