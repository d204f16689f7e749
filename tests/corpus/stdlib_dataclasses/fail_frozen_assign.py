from dataclasses import dataclass
@dataclass(frozen=True)
class Config:
    debug: bool = False
cfg = Config()
print(cfg)
cfg.debug = True
