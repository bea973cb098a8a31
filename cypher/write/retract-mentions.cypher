// Step 5: the articles no longer mention or quote anyone; the entities they named are renamed (or removed,
// when no article mentions them any more) in steps 8 to 10.
MATCH (article:Article)-[link:MENTIONS|QUOTED]->()
  WHERE article.id IN $articleIds
DELETE link
