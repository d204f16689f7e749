def connect(host, port=80):
    return f"{host}:{port}"
print(connect("localhost"))
print(connect("localhost", prt=8080))
