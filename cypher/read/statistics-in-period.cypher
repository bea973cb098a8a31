// The store's figures over the articles dated in [$since, $until] (either may be null; an undated article is in no
// period): those articles, the entities they mention, the relationships they support (counted as in statistics.cypher)
// and their quotes. Starts from the articles, through article_date.
MATCH (article:Article)
  WHERE article.extractorVersion IS NOT NULL
    AND ($since IS NULL OR article.date >= $since)
    AND ($until IS NULL OR article.date <= $until)
WITH collect(article) AS articles, collect(article.id) AS ids
WITH articles,
     COLLECT { UNWIND articles AS a MATCH (a)-[:MENTIONS]->(entity:Person) RETURN DISTINCT entity.id AS id } AS people,
     COLLECT { UNWIND articles AS a MATCH (a)-[:MENTIONS]->(entity:Country) RETURN DISTINCT entity.id AS id } AS countries,
     COLLECT { UNWIND articles AS a MATCH (a)-[:MENTIONS]->(entity:Organization) RETURN DISTINCT entity.id AS id } AS organizations,
     COLLECT {
       MATCH (source)-[fact:MET]->(target) WHERE source <> target AND any(id IN fact.sources WHERE id IN ids)
       RETURN DISTINCT source.id + ' ' + target.id + ' ' + coalesce(fact.status, '') AS meeting
     } AS meetings,
     COLLECT {
       MATCH (person)-[fact:AFFILIATED_WITH]->(organization) WHERE any(id IN fact.sources WHERE id IN ids)
       RETURN DISTINCT person.id + ' ' + organization.id AS pair
     } AS affiliations,
     COLLECT {
       MATCH (leader)-[fact:LEADER_OF]->(country) WHERE any(id IN fact.sources WHERE id IN ids)
       RETURN DISTINCT leader.id + ' ' + country.id AS pair
     } AS leaderships,
     COLLECT { UNWIND articles AS a MATCH (quote:Quote)-[:IN]->(a) RETURN quote.id AS id } AS quotes
RETURN size(articles) AS articles, size(people) AS people, size(countries) AS countries, size(organizations) AS organizations,
       size(meetings) AS meetings, size(affiliations) AS affiliations, size(leaderships) AS leaderships, size(quotes) AS quotes
