import keyword
for w in ["if", "class", "match", "print", "None", "True", "async", "await", "self", "_", "nonlocal", "soft"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print(len(keyword.kwlist) > 30, "lambda" in keyword.kwlist, keyword.kwlist == sorted(keyword.kwlist))
print(sorted(keyword.softkwlist))
