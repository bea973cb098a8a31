namespace Graph.Extraction.Tests.Scoring;

/// <summary>The F1 figures score.py prints for one article.</summary>
internal sealed record ScoreResult(double Entities, double Relations, double Quotes, double Score);
