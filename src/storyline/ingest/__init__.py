"""Sources: read raw documents (files, HTTP, archives) and split them into items, one reader per format."""
