namespace Graph.Core.Model;

/// <summary>A fact linking two entities of one article, with the sentence that states it.</summary>
/// <param name="Status">Only for <see cref="RelationType.Met"/>.</param>
/// <param name="Role">For <see cref="RelationType.AffiliatedWith"/>, the role the text gives, if any.</param>
public sealed record Relation(
    RelationType Type,
    string Source,
    string Target,
    MeetingStatus? Status,
    string? Role,
    TextSpan Evidence);
