# indent first line
  x = 1
