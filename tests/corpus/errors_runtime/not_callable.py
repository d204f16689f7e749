handlers = {"a": print, "b": 5}
for key in sorted(handlers):
    print("calling handler", key)
    handlers[key]("handler a ran")
