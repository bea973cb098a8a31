// Step 4: the articles' quotes go (they are rewritten whole).
MATCH (article:Article)<-[:IN]-(quote:Quote)
  WHERE article.id IN $articleIds
DETACH DELETE quote
