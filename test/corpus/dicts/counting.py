# dicts: counting and grouping in real-code style - char frequency, group by first letter, invert mapping
text = 'the rain in spain falls mainly on the plain'
freq = {}
for ch in text:
    if ch != ' ':
        freq[ch] = freq.get(ch, 0) + 1
print(freq)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
groups = {}
for w in text.split():
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {w: len(w) for w in text.split()}
print(lengths)
inverted = {}
for w, n in lengths.items():
    inverted.setdefault(n, []).append(w)
print(dict(sorted(inverted.items())))
print(max(freq, key=freq.get), min(freq.values()), sum(freq.values()))
