using System.Globalization;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Rules;
using Modernize.Model.Scan;

namespace Modernize.Analysis.Rules;

/// <summary>What every rule needs: the scan's types by id, and the declared cell or tissue element of each type.</summary>
internal sealed class RuleContext
{
    private readonly IReadOnlyDictionary<string, string> elementOfType;
    private readonly HashSet<string> cellNames;

    public RuleContext(ScanDocument scan, ModernizeConfig config)
        : this(scan.Graph, config) => Scan = scan;

    /// <summary>A context over a graph alone: enough for dependency and API rules, which look at one edge at a time.</summary>
    public RuleContext(CodeGraph graph, ModernizeConfig config)
    {
        Graph = graph;
        Config = config;
        Types = graph.Types.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        elementOfType = ProductMapAssignment.Assign(config, graph.Types);
        cellNames = config.Cells.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The whole scan; null for a context over a graph alone.</summary>
    public ScanDocument? Scan { get; }

    public CodeGraph Graph { get; }

    public ModernizeConfig Config { get; }

    public IReadOnlyDictionary<string, TypeNode> Types { get; }

    /// <summary>The declared cell or tissue element claiming the type, null when none does.</summary>
    public string? ElementOf(string typeId) => elementOfType.GetValueOrDefault(typeId);

    public bool IsCell(string? element) => element is not null && cellNames.Contains(element);

    public bool Matches(RuleSelector selector, TypeNode type)
    {
        var element = ElementOf(type.Id);
        return selector.Matches(type.Id, type.Namespace, element, IsCell(element));
    }

    /// <summary>"Shop.Web.Global (cell Ordering)", or the bare id for types outside the product map.</summary>
    public string Describe(string typeId)
    {
        var element = ElementOf(typeId);
        return element is null ? typeId : $"{typeId} ({(IsCell(element) ? "cell" : "tissue")} {element})";
    }

    public static Violation Violation(RuleDeclaration rule, string from, string to, string kind, SourceLocation? location, string message) =>
        new(rule.Id, rule.Text, SeverityOf(rule), from, to, kind, location, message, Fingerprint.Of(rule.Id, [from, to]));

    /// <summary>The kind that is hardest to cut (by <see cref="DependencyWeights"/>), the most frequent on a tie.</summary>
    public static DependencyKind StrongestKind(Dependency dependency) =>
        dependency.Kinds
            .OrderByDescending(k => DependencyWeights.Of(k.Key))
            .ThenByDescending(k => k.Value)
            .ThenBy(k => k.Key)
            .Select(k => k.Key)
            .DefaultIfEmpty(DependencyKind.MemberAccess)
            .First();

    public static string References(Dependency dependency) =>
        dependency.Weight == 1 ? "1 reference" : dependency.Weight.ToString(CultureInfo.InvariantCulture) + " references";

    private static Severity SeverityOf(RuleDeclaration rule) => rule.Severity switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => Severity.Error,
    };
}
