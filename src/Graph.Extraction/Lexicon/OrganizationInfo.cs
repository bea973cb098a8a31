namespace Graph.Extraction.Lexicon;

/// <summary>A named institution from the general-purpose list; Country is the state whose institution it is, if it is one.</summary>
internal sealed record OrganizationInfo(string Name, bool IsOutlet, string? Country = null);
