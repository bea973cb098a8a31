// The links the last linking pass made: raw id → the entity it stands for.
MATCH (link:EntityLink)
RETURN link.rawId AS rawId, link.entityId AS entityId
ORDER BY rawId
