from collections import ChainMap, UserDict, UserList
defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm))
cm["new"] = 1
print(overrides, defaults)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"])
class MyDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict(a=1)
md["b"] = 5
print(md.data, md["a"])
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul.data, len(ul))
