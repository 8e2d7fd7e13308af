// This is a comment.
print("@@listing-end 1@@")
/* This is also a comment
but is written over multiple lines. */
print("@@listing-end 2@@")
/* This is the start of the first multiline comment.
   /* This is the second, nested multiline comment. */
This is the end of the first multiline comment. */
print("@@listing-end 3@@")
