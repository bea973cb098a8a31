using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Graph.Extraction.Tests")]
[assembly: InternalsVisibleTo("Graph.Extraction.Benchmarks")]
