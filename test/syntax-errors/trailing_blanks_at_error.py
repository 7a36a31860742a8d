value = 10 +   
