// Queries to paste into Neo4j Browser (http://localhost:7474), one at a time. Apply cypher/style.grass first
// (drag the file onto Browser) so that people, countries and organizations are coloured apart.
// Entity ids are "person:", "country:" or "org:" followed by the name in lower case with hyphens.
// Every query returns rows on the sample articles that `docker compose up` loads (samples/articles), except 6,
// which needs a corpus that names a country's leader (see its comment), and 11 to 13, which need dated articles
// (the samples are plain text, so undated): load JSON Lines with dates, such as ../shared/corpus/news-37k.
// Dates are ISO yyyy-MM-dd strings on the articles; firstSeen and lastSeen are computed from the articles behind
// a fact (its sources), as the API does, not stored on the relationship.

// 1. Who met whom: each meeting (held or planned) and how many articles report it.
MATCH (a:Person)-[meeting:MET]->(b:Person)
RETURN a.name AS person, b.name AS met, meeting.status AS status, size(meeting.sources) AS articles
ORDER BY articles DESC, person, met
LIMIT 50;

// 2. The same, drawn as a graph.
MATCH path = (:Person)-[:MET]->(:Person)
RETURN path
LIMIT 200;

// 3. Everything anyone said about North Korea, oldest first, with the article it was reported in.
MATCH (speaker:Person|Organization)-[:SAID]->(quote:Quote)-[:ABOUT]->(:Country {id: 'country:north-korea'})
MATCH (quote)-[:IN]->(article:Article)
RETURN speaker.name AS speaker, quote.text AS said, article.title AS article, article.date AS date
ORDER BY date, speaker;

// 4. Everything one person (here Helena Marsh) said about another (Zhao Yuming).
MATCH (:Person {id: 'person:helena-marsh'})-[:SAID]->(quote:Quote)-[:ABOUT]->(:Person {id: 'person:zhao-yuming'})
MATCH (quote)-[:IN]->(article:Article)
RETURN quote.text AS said, quote.cue AS cue, article.title AS article, article.url AS url;

// 5. Who works where, with their role when the text gives one.
MATCH (person:Person)-[affiliation:AFFILIATED_WITH]->(organization:Organization)
RETURN organization.name AS organization,
       collect(DISTINCT person.name + CASE WHEN affiliation.role = '' THEN '' ELSE ' (' + affiliation.role + ')' END) AS people
ORDER BY size(people) DESC, organization
LIMIT 25;

// 6. Who leads which country. No rows on the sample articles (none names a leader): load a corpus that does,
//    for example ARTICLES_DIR=../shared/corpus/dev docker compose run --rm ingest.
MATCH (leader:Person)-[:LEADER_OF]->(country:Country)
RETURN country.name AS country, collect(leader.name) AS leaders
ORDER BY country;

// 7. The shortest connection between two people, through meetings, affiliations and leaderships.
MATCH path = shortestPath(
  (:Person {id: 'person:zhao-yuming'})-[:MET|AFFILIATED_WITH|LEADER_OF*..6]-(:Person {id: 'person:kwon-hye-rin'}))
RETURN path;

// 8. The most quoted people.
MATCH (person:Person)-[:SAID]->(quote:Quote)
RETURN person.name AS person, count(quote) AS quotes
ORDER BY quotes DESC, person
LIMIT 20;

// 9. Daniel Whitcombe's neighbourhood: everyone and everything he is directly connected to.
MATCH (envoy:Person {id: 'person:daniel-whitcombe'})-[fact:MET|AFFILIATED_WITH|LEADER_OF]-(other)
RETURN envoy, fact, other;

// 10. The articles behind one meeting, with the sentences that state it.
MATCH (:Person {id: 'person:daniel-whitcombe'})-[meeting:MET]-(:Person {id: 'person:kwon-hye-rin'})
UNWIND range(0, size(meeting.sources) - 1) AS i
MATCH (article:Article {id: meeting.sources[i]})
RETURN meeting.status AS status, meeting.evidence[i] AS sentence, article.title AS article, article.date AS date
ORDER BY date;

// 11. A timeline: Kim Jong Un's meetings (distinct people met and status), quotes he said and quotes about him,
//     per year of the articles' dates (left(article.date, 7) gives months).
MATCH (kim:Person {id: 'person:kim-jong-un'})
CALL (kim) {
  MATCH (kim)-[meeting:MET]-(:Person)
  MATCH (article:Article)
    WHERE article.id IN meeting.sources AND article.date IS NOT NULL
  RETURN left(article.date, 4) AS year, count(DISTINCT meeting) AS meetings, 0 AS said, 0 AS about
  UNION ALL
  MATCH (kim)-[:SAID]->(:Quote)-[:IN]->(article:Article)
    WHERE article.date IS NOT NULL
  RETURN left(article.date, 4) AS year, 0 AS meetings, count(*) AS said, 0 AS about
  UNION ALL
  MATCH (kim)<-[:ABOUT]-(:Quote)-[:IN]->(article:Article)
    WHERE article.date IS NOT NULL
  RETURN left(article.date, 4) AS year, 0 AS meetings, 0 AS said, count(*) AS about
}
RETURN year, sum(meetings) AS meetings, sum(said) AS quotesSaid, sum(about) AS quotesAbout
ORDER BY year;

// 12. What experts said about Kim Jong Un in 2018: speakers affiliated with an organisation in an expert's role
//     (professor, fellow, analyst, researcher, ...), with the article's date and outlet.
MATCH (expert:Person)-[:SAID]->(quote:Quote)-[:ABOUT]->(:Person {id: 'person:kim-jong-un'})
MATCH (quote)-[:IN]->(article:Article)
  WHERE article.date >= '2018-01-01' AND article.date <= '2018-12-31'
MATCH (expert)-[affiliation:AFFILIATED_WITH]->(organization:Organization)
  WHERE affiliation.role =~ '(?i).*(professor|fellow|analyst|expert|researcher|scholar|economist|director).*'
RETURN article.date AS date, expert.name AS expert,
       collect(DISTINCT affiliation.role + ', ' + organization.name) AS affiliations,
       quote.text AS said, article.title AS article, article.outlet AS outlet
ORDER BY date, expert;

// 13. When each of Kim Jong Un's meetings was reported: first and last seen, and in how many articles.
MATCH (:Person {id: 'person:kim-jong-un'})-[meeting:MET]-(other:Person)
MATCH (article:Article)
  WHERE article.id IN meeting.sources AND article.date IS NOT NULL
RETURN other.name AS met, meeting.status AS status, min(article.date) AS firstSeen, max(article.date) AS lastSeen,
       count(article) AS articles
ORDER BY firstSeen, met;
