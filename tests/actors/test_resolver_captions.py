"""Photo captions: "X, second left, and Y" lists two actors even when the parser sets Y beside
X as an apposition."""

from __future__ import annotations


def test_a_caption_lists_two_actors(resolve):
    text = ("German Chancellor Angela Merkel, second left, and German Finance Minister Olaf "
            "Scholz, left, attended a cabinet meeting in Berlin, Germany, Wednesday, Jan. 15, "
            "2020.")
    texts = [m.text for m in resolve(text, "2020-01-15")]
    assert "German Chancellor Angela Merkel" in texts
    assert "German Finance Minister Olaf Scholz" in texts
