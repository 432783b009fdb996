"""Who the sides are (round 25b): a speaker's pronoun that no actor named before stands for, a
person named by a tie to another ("the son of X"), a state noun named by its 'of' phrase. A
wrong link is worse than none."""

from __future__ import annotations

from eventwire.pipeline import code_articles
from eventwire.records import Article


def mention(ms, words, nth=0):
    found = [m for m in ms if m.text == words]
    return found[nth] if len(found) > nth else None


def events(text):
    [(_, found)] = list(code_articles([Article(id="a", text=text)], locate=False))
    return found


def test_it_of_a_speaker_no_dictionary_knows_is_no_earlier_state(resolve):
    """'Acme says it ...': the company, whom no dictionary codes, not the state named before."""
    text = ("The mayor of Lusaka criticised Kenya on Monday. Zamtel says it apologised to the "
            "ministry.")
    it = mention(resolve(text), "it")
    assert it is None or it.code is None


def test_they_of_a_plural_speaker_no_dictionary_knows_is_no_earlier_actor(resolve):
    text = "Ghana's army shelled the border town. Herders say they fled to Togo."
    they = mention(resolve(text), "they")
    assert they is None or they.code is None


def test_son_of_a_president_is_not_the_president():
    found = events("The son of former president Kenyatta, Mr Tembo, was stabbed by gunmen in "
                   "Nairobi.")
    stabbed = [e for e in found if e.evidence.trigger.startswith("stab")]
    assert stabbed and all(e.target is None or e.target.code is None for e in stabbed)


def test_presidents_widow_is_not_the_president():
    found = events("Police in Kenya arrested President Ruto's widow on Monday.")
    arrests = [e for e in found if e.cameo.code == "173"]
    assert arrests and all(e.target is None or e.target.code is None for e in arrests)


def test_she_after_the_daughter_of_a_president_is_not_the_president(resolve):
    text = "The daughter of President Ruto said the police had attacked her."
    her = mention(resolve(text), "her")
    assert her is None or her.code is None


def test_the_nation_of_a_country_is_that_country():
    """Its state is Suriname, not the region its adjective names."""
    found = events("The small South American nation of Suriname said on Friday that it would "
                   "break off talks with Guyana.")
    assert found and all(e.source is not None and e.source.code == "SUR" for e in found)


def test_it_after_a_thing_no_dictionary_codes_is_no_earlier_state(resolve):
    """'It notes ...' after a sentence about a report is the report as likely as the state
    named before it: no one."""
    text = ("Kenya funded a study of the river. The report was published on Monday. It notes "
            "that fish stocks fell.")
    it = mention(resolve(text), "It")
    assert it is None or it.code is None



def test_government_in_a_fronted_country_phrase_is_that_countrys(resolve):
    """'In Togo, the government ...': Togo's, not the state named in the sentence before."""
    text = ("Ghana closed its border on Monday. In Togo, the government has asked all "
            "traders to register.")
    assert mention(resolve(text), "the government").code == "TGOGOV"


def test_we_of_a_quote_with_its_own_uncoded_speaker_is_not_the_last_speaker(resolve):
    """A quote attributed to a person no dictionary codes is hers, not the speaker of the
    quote before it."""
    text = ('Kenyan President William Ruto spoke in Nairobi on Monday. "We will act against '
            'the rebels," he said. "We will not abandon the refugees," Mr Kamau explained.')
    second = mention(resolve(text), "We", 1)
    assert second is None or second.code is None


def test_we_of_a_quote_takes_the_speakers_apposition(resolve):
    text = ('Kenyan President William Ruto spoke in Nairobi on Monday. "We will act against '
            'the rebels," he said. "We will not abandon the refugees," Ms Adeyemi, a Ghanaian '
            'official, explained.')
    second = mention(resolve(text), "We", 1)
    assert second is not None and second.code == "GHAGOV"
