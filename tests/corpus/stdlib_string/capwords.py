import string
print(string.capwords("hello world"))
print(string.capwords("  multiple   spaces here  "))
print(string.capwords("o'neil mcDONALD"))
print(string.capwords("a-b c-d", "-"))
print(string.capwords(""), repr(string.capwords("   ")))
print("o'neil mcDONALD".title())
