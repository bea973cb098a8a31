using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>The article's entities and every reference to them, in text order once sorted.</summary>
internal sealed class ResolvedArticle(Document document)
{
    private readonly Dictionary<(EntityType, string), EntityDraft> byKey = [];

    public Document Document { get; } = document;

    public List<EntityDraft> Entities { get; } = [];

    public List<Reference> References { get; private set; } = [];

    public IEnumerable<EntityDraft> Persons => Entities.Where(e => e.Type == EntityType.Person);

    public EntityDraft? Get(EntityType type, string key) => byKey.GetValueOrDefault((type, key));

    public EntityDraft Add(EntityDraft draft)
    {
        byKey[(draft.Type, draft.Key)] = draft;
        Entities.Add(draft);
        return draft;
    }

    /// <summary>Folds one entity into another: its names, spans and references now belong to the other.</summary>
    public void Merge(EntityDraft from, EntityDraft into)
    {
        foreach (var (start, end) in from.Spans)
        {
            into.AddSurface(Document.Text[start..end], start, end);
        }
        into.FirstToken = Math.Min(into.FirstToken, from.FirstToken);
        into.InCreditsOnly &= from.InCreditsOnly;
        Entities.Remove(from);
        byKey[(from.Type, from.Key)] = into;
        References = References.Select(r => r.Entity == from ? r with { Entity = into } : r).ToList();
    }

    /// <summary>An entity that turned out to be of another type: its names and references move to one of that type.</summary>
    public EntityDraft Reclassify(EntityDraft draft, EntityType type, string key)
    {
        var into = Get(type, key) ?? Add(new EntityDraft(type, key, draft.Name));
        Merge(draft, into);
        byKey.Remove((draft.Type, draft.Key));
        return into;
    }

    /// <summary>Drops an entity that turned out not to be one, with its references.</summary>
    public void Remove(EntityDraft draft)
    {
        Entities.Remove(draft);
        byKey.Remove((draft.Type, draft.Key));
        References = References.Where(r => r.Entity != draft).ToList();
    }

    public void SortReferences() =>
        References = References.DistinctBy(r => (r.First, r.End, r.Entity)).OrderBy(r => r.First).ToList();

    /// <summary>The reference that starts at this token, if any.</summary>
    public Reference? At(int token) => Within(token, token + 1).FirstOrDefault();

    /// <summary>The reference that ends just before this token, if any.</summary>
    public Reference? EndingAt(int end) => Within(Math.Max(0, end - 8), end).LastOrDefault(r => r.End == end);

    /// <summary>References whose first token lies in [first, end).</summary>
    public IEnumerable<Reference> Within(int first, int end)
    {
        var lo = 0;
        var hi = References.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (References[mid].First < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        for (var i = lo; i < References.Count && References[i].First < end; i++)
        {
            yield return References[i];
        }
    }
}
