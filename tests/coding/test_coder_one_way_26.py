"""Joint payers pay a third, not each other."""

from __future__ import annotations

from coding_helpers import resolved_and_coded, root_sides


def test_joint_payers_pay_the_third_party(parser, coder):
    sides = root_sides(resolved_and_coded(parser, coder, "Kenya and Uganda paid money to Zambia."))
    assert ("KEN", "ZMB", "06") in sides and ("UGA", "ZMB", "06") in sides, sides
    assert ("KEN", "UGA", "06") not in sides and ("UGA", "KEN", "06") not in sides, sides
