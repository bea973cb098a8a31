// Step 3: the articles being (re)written stop supporting the facts they supported before.
// A relationship keeps parallel lists: sources[i] is an article id, evidence[i] the sentence it gave.
// Both lists are computed from the relationship's own properties inside SET, so Cypher write-locks it before
// reading them (no lost update when another worker adds a source at the same time); evidence goes first,
// while sources still holds the old positions. A relationship left with no source is deleted.
MATCH (article:Article)-[:MENTIONS]->()-[fact:MET|AFFILIATED_WITH|LEADER_OF]->()
  WHERE article.id IN $articleIds AND article.id IN fact.sources
WITH DISTINCT fact
SET fact.evidence = [i IN range(0, size(fact.sources) - 1) WHERE NOT fact.sources[i] IN $articleIds | fact.evidence[i]],
    fact.sources = [source IN fact.sources WHERE NOT source IN $articleIds]
WITH fact
  WHERE size(fact.sources) = 0
DELETE fact
