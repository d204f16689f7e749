samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "\t\n", "abc123", "½", "²", "٣", "Ⅻ", "é", "a b", "_id", "id2", "2id", "class", "Title Case"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isidentifier(), s.isupper(), s.islower(), s.istitle(), s.isprintable(), s.isascii())
print("\x00".isprintable(), "\n".isprintable(), "é".isascii())
