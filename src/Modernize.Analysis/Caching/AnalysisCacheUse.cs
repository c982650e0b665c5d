namespace Modernize.Analysis.Caching;

/// <summary>One cached analysis step of a scan: whether its stored result was reused, and the wall time it took (computing or reading).</summary>
public sealed record AnalysisCacheUse(string Step, bool Reused, TimeSpan Elapsed);
