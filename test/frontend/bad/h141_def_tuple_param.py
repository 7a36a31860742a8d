def area(w, (x,
          y)):
    return w
