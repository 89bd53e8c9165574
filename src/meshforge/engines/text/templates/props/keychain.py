"""A keychain: a split ring holding a couple of house keys and a little charm, hanging upright."""

from __future__ import annotations

from manifold3d import Manifold

from meshforge.engines.text.core.assembly import Assembly, Tier
from meshforge.engines.text.core.lexicon import RGB
from meshforge.engines.text.core.template import Template
from meshforge.engines.text.kit.palettes import BRIGHTS
from meshforge.engines.text.kit.solids import box, slab, union
from meshforge.engines.text.kit.sweeps import front_disc, hoop

STEEL: RGB = (200, 203, 208)
BRASS: RGB = (205, 170, 80)


def _key(length: float, turn: float) -> Manifold:
    """A flat house key hanging from its head: a rounded head with a hole, a toothed blade."""
    head = slab((length * 0.38, length * 0.38, length * 0.04), length * 0.12, 16)
    head = head.rotate((90, 0, 0)).translate((0, 0, -length * 0.19))
    blade = box((length * 0.14, length * 0.035, length * 0.62), (0, 0, -length * 0.68))
    teeth = [
        box(
            (length * 0.06, length * 0.035, length * 0.05),
            (length * 0.09, 0, -length * (0.55 + 0.1 * k)),
        )
        for k in range(4)
    ]
    key = union([head, blade, *teeth])
    return key.rotate((0, turn, 0))


def build_keychain(a: Assembly) -> None:
    """A split ring holding a couple of house keys and a little charm, hanging upright."""
    ring_r = a.vary(0.014, 0.1)
    length = a.vary(0.06, 0.1)
    keys = a.count("key", a.pick((2, 3)), 1, 5)
    low = length * 1.1  # the keys' tips rest on the ground, the ring above them
    ring_z = low + ring_r
    a.add(
        hoop(ring_r, 0.0012, 32).rotate((0, 90, 0)).translate((0, 0, ring_z)),
        "ring",
        STEEL,
        Tier.FIXED,
    )
    for k in range(keys):
        turn = (k - (keys - 1) / 2) * 14.0
        metal = BRASS if k % 2 else STEEL
        hang = _key(length, turn).translate(
            (0.0, (k - (keys - 1) / 2) * 0.004, ring_z - ring_r + length * 0.1)
        )
        a.add(hang, "key", metal)
    if a.wants("charm"):  # a little round fob on a short link, in front of the keys
        low = ring_z - ring_r
        link = hoop(0.004, 0.001, 12).rotate((90, 0, 0)).translate((0.0, -0.003, low - 0.002))
        a.add(link, "charm", STEEL, Tier.FIXED)
        fob = front_disc(0.012, 0.004, 24, 0.0, low - 0.017, -0.005)
        a.add(fob, "charm", BRIGHTS, Tier.SECONDARY)


TEMPLATE = Template(
    "keychain",
    build_keychain,
    0.1,
    description="a keychain: a metal ring holding a bunch of house keys and a small charm",
    synonyms=("key chain", "keyring", "key ring", "bunch of keys", "keychains", "set of keys"),
    kinds=("key fob",),
    parts=("ring", "key", "charm"),
    aliases={"keys": "key", "fob": "charm", "pendant": "charm", "tag": "charm"},
)
