using Graph.Core.Model;

namespace Graph.Extraction.Benchmarks;

/// <summary>
/// Runs the extractor over whole corpus folders and counts suspicious entity shapes (one-word persons, persons with
/// lower-case words, very long person names), listing the most frequent: a tool for finding precision errors.
/// </summary>
internal static class EntitySurvey
{
    public static bool ShowContexts { get; set; } = Environment.GetEnvironmentVariable("SURVEY_CONTEXTS") == "1";

    public static void Run(IReadOnlyList<string> folders, int top)
    {
        var extractor = new ArticleExtractor();
        var shapes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var articles = 0;
        var persons = 0;
        var organizations = 0;
        foreach (var path in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            articles++;
            var graph = extractor.Extract(new Article(path, null, File.ReadAllText(path)));
            foreach (var r in graph.Relations.Where(r => r.Role is not null))
            {
                Count(shapes, "affiliation role", r.Role!);
                if (r.Role!.Split(' ').Length >= 4 || !char.IsLetter(r.Role[0]))
                {
                    Count(shapes, "affiliation role, four words or more", r.Role);
                }
            }
            foreach (var e in graph.Entities)
            {
                if (e.Type == EntityType.Person)
                {
                    persons++;
                    foreach (var shape in PersonShapes(e))
                    {
                        Count(shapes, shape, e.Name);
                    }
                    if (ShowContexts && !e.Name.Contains(' ', StringComparison.Ordinal) && e.Mentions.Length > 0)
                    {
                        var text = File.ReadAllText(path);
                        var m = e.Mentions[0];
                        var from = Math.Max(0, m.Start - 60);
                        var to = Math.Min(text.Length, m.End + 40);
                        Console.Error.WriteLine($"{e.Name}\t{Path.GetFileName(path)}\t{text[from..to].Replace('\n', ' ')}");
                    }
                }
                else if (e.Type == EntityType.Organization)
                {
                    organizations++;
                    Count(shapes, "organization", e.Name);
                    if (e.Name.Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsLower(w[0]) && w is not ("of" or "for" or "and" or "the" or "on" or "de")))
                    {
                        Count(shapes, "organization with lower-case word", e.Name);
                    }
                }
            }
        }
        Console.WriteLine($"{articles} articles, {persons} person entities, {organizations} organisation entities");
        foreach (var (shape, names) in shapes.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"== {shape}: {names.Values.Sum()} entities, {names.Count} distinct");
            Console.WriteLine(string.Join(" | ", names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(top).Select(n => $"{n.Key} {n.Value}")));
        }
    }

    private static IEnumerable<string> PersonShapes(Entity e)
    {
        var words = e.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1)
        {
            yield return "person, one word";
        }
        if (words.Any(w => char.IsLower(w[0])))
        {
            yield return "person with lower-case word";
        }
        if (words.Length >= 5)
        {
            yield return "person, five words or more";
        }
        if (e.Aliases.Any(a => a.Length > 1 && a.All(c => char.IsUpper(c) || c == '.')))
        {
            yield return "person with all-caps alias";
        }
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> shapes, string shape, string name)
    {
        if (!shapes.TryGetValue(shape, out var names))
        {
            shapes[shape] = names = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        names[name] = names.GetValueOrDefault(name) + 1;
    }
}
