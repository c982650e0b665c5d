using Modernize.Model.Analysis;
using Modernize.Model.Graph;

namespace Modernize.Reporting.Html;

/// <summary>Conversions shared by the report's sections.</summary>
internal static class Views
{
    /// <summary>Samples shown per dependency: enough to find the lines, few enough to keep big reports small.</summary>
    public const int SamplesPerDependency = 3;

    public static DependencyView Dependency(string from, string to, int weight, IReadOnlyDictionary<DependencyKind, int> kinds, IEnumerable<SourceLocation> samples) =>
        new(
            from,
            to,
            weight,
            kinds.OrderByDescending(k => k.Value).ToDictionary(k => k.Key.ToString(), k => k.Value, StringComparer.Ordinal),
            samples.Take(SamplesPerDependency).Select(s => s.ToString()).ToList());

    public static DependencyView Dependency(Dependency d) => Dependency(d.From, d.To, d.Weight, d.Kinds, d.Samples);

    public static FindingView Finding(Finding f) =>
        new(f.RuleId, f.Severity.ToString(), f.Message, f.Symbols, f.Locations.Take(SamplesPerDependency).Select(l => l.ToString()).ToList());

    public static string Camel(Enum value)
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
