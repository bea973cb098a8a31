// The entity a raw id was linked into, for an old id that linking merged into another entity.
MATCH (link:EntityLink {rawId: $entityId})
RETURN link.entityId AS entityId
