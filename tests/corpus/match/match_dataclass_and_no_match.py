from dataclasses import dataclass
@dataclass
class Move:
    dx: int
    dy: int
@dataclass
class Say:
    text: str
def run(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=dx, dy=dy):
            return f"move {dx},{dy}"
        case Say(text=t):
            return f"say {t}"
print(run(Move(0, 0)), run(Move(5, 0)), run(Move(1, 2)), run(Say("hi")))
print(run("nothing matches"))
print(Move.__match_args__)
