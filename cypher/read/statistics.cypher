// What the store holds. Affiliations count pairs (one person may hold several roles at one organization).
RETURN COUNT { MATCH (article:Article) WHERE article.extractorVersion IS NOT NULL } AS articles,
       COUNT { MATCH (:Person) } AS people,
       COUNT { MATCH (:Country) } AS countries,
       COUNT { MATCH (:Organization) } AS organizations,
       COUNT { MATCH ()-[:MET]->() } AS meetings,
       size(COLLECT { MATCH (person)-[:AFFILIATED_WITH]->(organization) RETURN DISTINCT person.id + ' ' + organization.id AS pair }) AS affiliations,
       COUNT { MATCH ()-[:LEADER_OF]->() } AS leaderships,
       COUNT { MATCH (:Quote) } AS quotes
