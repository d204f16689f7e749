from string import Template
t = Template("$who likes $what; ${who}s are great. $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(Template("$a and $b").safe_substitute(a=1))
try:
    Template("$missing").substitute()
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("bad $").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template("${x}y").substitute(x="X"), Template("$x_y").safe_substitute(x="X"))
print(t.template)
class Pct(Template):
    delimiter = "%"
print(Pct("%name is %age").substitute(name="Bo", age=3))
