using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>A recognised phrase: tokens [First, End) and what it names.</summary>
/// <param name="Key">For organisations and countries their canonical name; for persons and candidates the surface form.</param>
internal sealed record Mention(int First, int End, MentionKind Kind, string Key)
{
    public CountryInfo? Country { get; init; }

    public TitleInfo? Title { get; init; }

    public OrganizationInfo? Organization { get; init; }

    /// <summary>Written in capitals (tweets) or in a headline-case line: only ever a name already known.</summary>
    public bool IsAllCaps { get; init; }

    /// <summary>Only an organisation's head word after "the" ("the Times"): kept only if a fuller name is found.</summary>
    public bool IsBareHead { get; init; }

    /// <summary>Exact character offsets when the name does not fall on token edges (a masthead run into its slogan).</summary>
    public (int Start, int End)? Characters { get; init; }
}
