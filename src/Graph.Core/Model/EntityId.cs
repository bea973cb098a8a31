using System.Globalization;
using System.Text;

namespace Graph.Core.Model;

/// <summary>
/// Entity ids are a pure function of the entity's type and normalised canonical name, so that the same
/// person named the same way in two articles is one node whatever order the articles arrive in.
/// </summary>
public static class EntityId
{
    public static string For(EntityType type, string canonicalName) =>
        $"{Prefix(type)}:{Slug(canonicalName)}";

    public static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Country => "country",
        EntityType.Organization => "org",
        EntityType.Place => "place",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The type an id stands for, read from its prefix; null for a string that is not an entity id.</summary>
    public static EntityType? TypeOf(string id) => id.AsSpan(0, Math.Max(0, id.IndexOf(':'))) switch
    {
        "person" => EntityType.Person,
        "country" => EntityType.Country,
        "org" => EntityType.Organization,
        "place" => EntityType.Place,
        _ => null,
    };

    /// <summary>The part of an id after its type prefix ("kim-jong-un" of "person:kim-jong-un").</summary>
    public static string SlugOf(string id) => id[(id.IndexOf(':') + 1)..];

    /// <summary>Lower case, accents folded, every run of non-letters and non-digits a single hyphen.</summary>
    public static string Slug(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '.')
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }
                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return slug.ToString();
    }
}
