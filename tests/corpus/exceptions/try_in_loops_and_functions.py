results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
def parse_all(items):
    good, bad = 0, 0
    for it in items:
        try:
            float(it)
        except ValueError:
            bad += 1
        else:
            good += 1
    return good, bad
print(parse_all(["1.5", "nan", "inf", "1e5", "abc", "", " 2 "]))
def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise ConnectionError(f"attempt {attempts}")
            return attempts
        except ConnectionError as e:
            print("retrying after", e)
print(retry(3))
