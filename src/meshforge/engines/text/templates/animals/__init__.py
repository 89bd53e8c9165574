"""Animals: mammals, birds, fish, reptiles and amphibians."""
