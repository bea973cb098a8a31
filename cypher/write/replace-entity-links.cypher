// A linking pass's result replaces the previous links: raw id → entity id, with the reason.
OPTIONAL MATCH (old:EntityLink)
DETACH DELETE old
WITH count(*) AS removed
UNWIND $links AS row
CREATE (:EntityLink {rawId: row.rawId, entityId: row.entityId, reason: row.reason})
