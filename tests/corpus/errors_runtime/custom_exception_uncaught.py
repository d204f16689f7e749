class ValidationError(Exception):
    pass
def validate(v):
    if v < 0:
        raise ValidationError(f"value must be non-negative, got {v}")
    return v
print(validate(3))
validate(-1)
