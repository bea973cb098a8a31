using System.Text.RegularExpressions;

namespace Graph.Storage.Tests.Neo4j;

/// <summary>
/// Finds every label, relationship type, property and parameter a Cypher text uses, including inside MERGE,
/// CREATE and SET (which Neo4j's linter does not check), and reports those the declared schema lacks. Each
/// variable is typed by how it is bound: a node pattern (with its labels), a relationship pattern (with its
/// types), or <c>UNWIND $rows AS row</c> (whose keys must be those of the parameter's sample).
/// </summary>
internal static partial class CypherSchemaChecker
{
    public static IReadOnlyList<string> Check(string cypher, DeclaredSchema schema)
    {
        var text = Code(cypher);
        var problems = new List<string>();
        var nodes = new Dictionary<string, HashSet<string>>();
        var relationships = new Dictionary<string, HashSet<string>>();
        var rows = new Dictionary<string, string>();

        foreach (Match match in NodePattern().Matches(text))
        {
            var labels = Names(match.Groups["labels"].Value);
            problems.AddRange(labels.Where(label => !schema.Labels.Contains(label)).Select(label => $"label :{label}"));
            Bind(nodes, match.Groups["variable"].Value, labels);
            CheckPatternKeys(match.Groups["map"].Value, labels, schema.NodeProperties, "node", problems);
        }
        foreach (Match match in RelationshipPattern().Matches(text))
        {
            var types = Names(match.Groups["types"].Value);
            problems.AddRange(types.Where(type => !schema.RelationshipTypes.Contains(type)).Select(type => $"relationship type :{type}"));
            Bind(relationships, match.Groups["variable"].Value, types);
            CheckPatternKeys(match.Groups["map"].Value, types, schema.RelationshipProperties, "relationship", problems);
        }
        foreach (Match match in UnwindParameter().Matches(text))
        {
            rows[match.Groups["variable"].Value] = match.Groups["parameter"].Value;
        }
        foreach (Match match in Parameter().Matches(text))
        {
            if (!schema.Parameters.ContainsKey(match.Groups["name"].Value))
            {
                problems.Add($"parameter ${match.Groups["name"].Value}");
            }
        }

        var accesses = PropertyAccess().Matches(text).Select(match => (match.Groups["variable"].Value, match.Groups["property"].Value))
            .Concat(Projection().Matches(text).SelectMany(match => ProjectedKey().Matches(match.Groups["body"].Value)
                .Select(key => (match.Groups["variable"].Value, key.Groups["property"].Value))));
        foreach (var (variable, property) in accesses)
        {
            if (rows.TryGetValue(variable, out var parameter))
            {
                if (schema.RowKeys(parameter) is { } keys && !keys.Contains(property))
                {
                    problems.Add($"key {variable}.{property} of ${parameter}");
                }
            }
            else if (nodes.TryGetValue(variable, out var labels) && labels.Count > 0)
            {
                // A variable of several labels (Person|Country|...) may read a property any one of them has.
                var known = labels.Where(schema.NodeProperties.ContainsKey).ToList();
                if (known.Count > 0 && !known.Any(label => schema.NodeProperties[label].Contains(property)))
                {
                    problems.Add($"property {property} of :{string.Join("|", known)}");
                }
            }
            else if (relationships.TryGetValue(variable, out var types) && types.Count > 0)
            {
                var known = types.Where(schema.RelationshipProperties.ContainsKey).ToList();
                if (known.Count > 0 && !known.Any(type => schema.RelationshipProperties[type].Contains(property)))
                {
                    problems.Add($"property {property} of :{string.Join("|", known)}");
                }
            }
            else if (!schema.AllNodeProperties.Contains(property) && !schema.AllRelationshipProperties.Contains(property))
            {
                problems.Add($"property {variable}.{property}");
            }
        }
        return problems.Distinct().ToList();
    }

    private static void CheckPatternKeys(
        string map, IReadOnlyList<string> names, IReadOnlyDictionary<string, IReadOnlySet<string>> declared, string kind, List<string> problems)
    {
        foreach (Match key in MapKey().Matches(map))
        {
            var property = key.Groups["key"].Value;
            var owners = names.Count > 0 ? names : [.. declared.Keys];
            if (!owners.Any(owner => declared.TryGetValue(owner, out var keys) && keys.Contains(property)))
            {
                problems.Add($"{kind} property {property} in a pattern of :{string.Join("|", names)}");
            }
        }
    }

    private static void Bind(Dictionary<string, HashSet<string>> variables, string variable, IReadOnlyList<string> names)
    {
        if (variable.Length == 0)
        {
            return;
        }
        if (!variables.TryGetValue(variable, out var known))
        {
            variables[variable] = known = [];
        }
        known.UnionWith(names);
    }

    private static List<string> Names(string expression) =>
        [.. expression.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>
    /// The text without comments, string literals, quoted names (index options such as `fulltext.analyzer`) and
    /// procedure names (db.index.fulltext.queryNodes), whose words are not schema names.
    /// </summary>
    private static string Code(string cypher) =>
        ProcedureName().Replace(QuotedName().Replace(StringLiteral().Replace(Comment().Replace(cypher, ""), "''"), "``"), "procedure");

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"(?<=\bCALL\s+)[A-Za-z_][\w.]*(?=\s*\()", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureName();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\(\s*(?<variable>[A-Za-z_]\w*)?\s*(?::\s*(?<labels>[A-Za-z_]\w*(?:\s*\|\s*[A-Za-z_]\w*)*))?\s*(?:\{(?<map>[^{}]*)\})?\s*\)")]
    private static partial Regex NodePattern();

    [GeneratedRegex(@"\[\s*(?<variable>[A-Za-z_]\w*)?\s*:\s*(?<types>[A-Za-z_]\w*(?:\s*\|\s*[A-Za-z_]\w*)*)\s*(?:\{(?<map>[^{}]*)\})?\s*\]")]
    private static partial Regex RelationshipPattern();

    [GeneratedRegex(@"UNWIND\s+\$(?<parameter>\w+)\s+AS\s+(?<variable>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex UnwindParameter();

    [GeneratedRegex(@"\$(?<name>[A-Za-z_]\w*)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"(?<![\w.$])(?<variable>[A-Za-z_]\w*)\.(?<property>[A-Za-z_]\w*)")]
    private static partial Regex PropertyAccess();

    // A map projection, whose body may hold one level of braces (a COUNT { } subquery).
    [GeneratedRegex(@"(?<variable>[A-Za-z_]\w*)\s*\{(?<body>\s*\.[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")]
    private static partial Regex Projection();

    [GeneratedRegex(@"(?<![\w)])\.(?<property>[A-Za-z_]\w*)")]
    private static partial Regex ProjectedKey();

    [GeneratedRegex(@"(?<key>[A-Za-z_]\w*)\s*:")]
    private static partial Regex MapKey();
}
