print("init _pkg._sub as", __name__)
SUB_VALUE = 7
def sub_func():
    return "sub_func in " + __name__
