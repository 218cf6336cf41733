"""Folding text for analysis: what changes and what must not."""

def test_straight_quotes_curl_only_around_chinese():
    from pedigree.ingest.text.normalise import fold

    folded = fold('旗下"砺码标注云"平台; the app "Luma", a 5" screen')
    assert folded == '旗下“砺码标注云”平台; the app "Luma", a 5" screen'
