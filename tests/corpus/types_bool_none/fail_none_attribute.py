result = {"a": 1}.get("b")
print(result)
print(result.upper())
