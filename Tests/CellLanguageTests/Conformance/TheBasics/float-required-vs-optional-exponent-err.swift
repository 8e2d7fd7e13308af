let hexWithout = 0x1.5
!$ error: hexadecimal floating point literal must end with an exponent
print("@@listing-end 1@@")
