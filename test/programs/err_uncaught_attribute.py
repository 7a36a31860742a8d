# Ends with an uncaught AttributeError on a None value returned by mistake.
def find(users, name):
    for user in users:
        if user["name"] == name:
            return user


class User(dict):
    pass


users = [User(name="ann", email="ann@example.com")]
print(find(users, "ann")["email"])
print(find(users, "bob").get("email"))
