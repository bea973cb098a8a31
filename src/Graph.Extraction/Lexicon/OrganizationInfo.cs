namespace Graph.Extraction.Lexicon;

/// <summary>A named institution from the general-purpose list.</summary>
internal sealed record OrganizationInfo(string Name, bool IsOutlet);
