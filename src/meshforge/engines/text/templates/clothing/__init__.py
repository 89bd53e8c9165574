"""Clothing and accessories: shoes, hats, eyewear, bags, jewellery."""
