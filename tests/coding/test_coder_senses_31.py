"""Round 31b: animal disease control, harm from hazards, figures of speech and science senses
that coded political acts.

A ban, prohibition or quarantine put on animals, flocks or farms (or on selling, moving or
exporting them) sanctions no actor (172); a protection zone around an infected farm blockades
no one (191); a gas explosion or a food-borne germ that hurts people is no actor (18-19); a
thing that strikes someone as notable, a tone or a chord struck, a campaign trail
hit and parties battling for votes use no force (190); a health agency's pandemic alert is
no military alert (152); raising the alarm yields nothing (080); a space probe investigates
nothing (090); heading for an outbreak is no journey (042). The political senses keep their
codes (curated.jsonl, documented in curated_SOURCE.txt; harm_causes.tsv).
"""

from __future__ import annotations

import pytest
from coding_helpers import assert_only_the_political_sense_codes, resolved_and_coded, roots, shown


@pytest.mark.parametrize(("everyday", "political", "root"), [
    # bans and quarantines on animals, their sale, export or farms sanction no actor
    ("The Kenyan veterinary authorities have prohibited exports of animals such as goats and "
     "camels to stop the disease.",
     "Kenya prohibited opposition rallies in Nairobi.", "17"),
    ("The Kenyan veterinary authorities have forbidden exports of live cattle to stop the "
     "disease.",
     "Zambia forbade the opposition party from holding rallies.", "17"),
    ("Ghana's agriculture minister banned the sale of poultry in three districts.",
     "Kenya banned the opposition party.", "17"),
    ("The Zambian minister said the poultry farm would be quarantined until the outbreak ends.",
     "Kenya quarantined the town of Nakuru.", "17"),
    # a protection zone around an infected farm blockades no one; a security zone does
    ("Ghanaian officials have set up a protection zone of 10 kilometres around the infected "
     "farm.",
     "Turkey set up a security zone along the Syrian border.", "19"),
    # a gas explosion or a germ is no actor; soldiers and troops are
    ("A gas explosion at a restaurant in Nairobi injured 20 Kenyan diners.",
     "Kenyan soldiers injured 20 protesters in Nairobi.", "18"),
    ("Salmonella has killed 12 Ghanaians since March, the Ghanaian health ministry said.",
     "Kenyan troops killed 20 rebels near the border.", "19"),
    # what strikes someone as notable uses no force
    ("It is striking how few Ghanaian firms are hiring, the Ghanaian finance minister said.",
     "Kenyan warplanes struck rebel positions near the border.", "19"),
    ("It struck me that nobody came, the Kenyan foreign minister said.",
     "Kenyan warplanes struck rebel positions near the border.", "19"),
    # hitting the campaign trail, striking a tone, a chord or fear use no force
    ("Ghanaian candidates hit the campaign trail on Monday.",
     "Kenyan warplanes hit rebel positions near the border.", "19"),
    ("The Kenyan president struck a conciliatory tone in his speech.",
     "Kenyan jets struck a rebel base near the oil fields.", "19"),
    ("The Kenyan president's speech struck a chord with voters in Ghana.",
     "Kenyan jets struck a rebel base near the oil fields.", "19"),
    ("The Kenyan rebels struck fear into villagers in the north.",
     "Kenyan jets struck a rebel base near the oil fields.", "19"),
    # parties battling to win a vote campaign; troops battling rebels fight
    ("Zambian parties are putting their money into radio adverts while they battle to win the "
     "March vote.",
     "Kenyan troops battled rebels near the border on Monday.", "19"),
    ("The Kenyan opposition parties are battling for votes in the north.",
     "Kenyan troops battled rebels near the border on Monday.", "19"),
    # a pandemic alert is no military alert
    ("The Zambian health agency raised its pandemic alert level on Monday.",
     "Kenya raised the alert level of its army.", "15"),
    # a space probe investigates nothing; an inquiry does
    ("Kenya's space probe sent pictures of the moon, the Kenyan minister said.",
     "The Kenyan probe into the killings ended.", "09"),
    # heading for an outbreak is no journey; heading for talks is
    ("Zambia is heading for a major outbreak, the Zambian health minister said.",
     "The Kenyan president headed for talks in Accra on Monday.", "04"),
])
def test_everyday_sense_codes_nothing_political_sense_still_codes(parser, coder, everyday,
                                                                   political, root):
    assert_only_the_political_sense_codes(parser, coder, everyday, political, root)


def test_raising_the_alarm_yields_nothing(parser, coder):
    events = resolved_and_coded(
        parser, coder, "Kenyan nurses' unions raised the alarm at the government's plan.")
    assert "08" not in roots(events), shown(events)

