# Ends with an uncaught user-defined exception chained from another ("raise from"):
# the last stderr line is the custom exception with its message.
class ValidationError(Exception):
    pass


def validate(age_text):
    try:
        age = int(age_text)
    except ValueError as e:
        raise ValidationError(f"age must be a number, got {age_text!r}") from e
    return age


print(validate("42"))
print(validate("forty"))
