namespace Graph.Core.Linking;

/// <summary>What a linking pass did: how many raw ids are now linked to another entity, and how many of those links changed.</summary>
public sealed record LinkReport(int RawEntities, int Links, int Changed);
