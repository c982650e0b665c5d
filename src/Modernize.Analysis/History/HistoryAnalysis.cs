using System.Globalization;
using Modernize.Analysis.Findings;
using Modernize.Analysis.Graphs;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.History;

namespace Modernize.Analysis.History;

/// <summary>What git history adds: change frequency per file, hotspots and change coupling for files and types, and their findings.</summary>
public sealed record HistoryResult(
    IReadOnlyList<FileChangeStats> FileChanges,
    IReadOnlyList<FileChangeStats> TypeChanges,
    IReadOnlyList<Hotspot> Hotspots,
    IReadOnlyList<ChangeCoupling> ChangeCoupling,
    IReadOnlyList<Finding> Findings)
{
    public static HistoryResult Empty { get; } = new([], [], [], [], []);
}

/// <summary>Composes the history analysers over a scope and a git history.</summary>
public static class HistoryAnalysis
{
    /// <summary>File hotspots reported as findings: at most this many, each scoring at least <see cref="HotspotFindingScore"/>.</summary>
    public const int HotspotFindings = 10;

    public const double HotspotFindingScore = 0.5;

    public static HistoryResult Analyze(ScopedGraph scope, GitHistory history, HistorySettings settings)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        if (history.Commits.Count == 0)
        {
            return HistoryResult.Empty;
        }

        var typesByFile = scope.Types
            .SelectMany(t => t.AllFiles.Distinct(StringComparer.Ordinal).Select(f => (File: f, Type: t)))
            .GroupBy(x => x.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Type).ToList(), StringComparer.Ordinal);
        var known = scope.Source.Files.Select(f => f.Path).Concat(typesByFile.Keys).ToHashSet(StringComparer.Ordinal);
        var commits = ChangeSets.From(history, known.Count == 0 ? null : known);

        IEnumerable<string> TypesIn(string file) => typesByFile.TryGetValue(file, out var types) ? types.Select(t => t.Id) : [];
        var fileChanges = ChangeFrequency.Compute(commits, file => [file]);
        var typeChanges = ChangeFrequency.Compute(commits, TypesIn);

        var fileHotspots = HotspotRanker.Rank(PackageLevel.File, fileChanges, file => typesByFile.TryGetValue(file, out var types) ? types.Sum(t => t.Metrics.CyclomaticComplexity) : 0);
        var typeHotspots = HotspotRanker.Rank(PackageLevel.Type, typeChanges, id => scope.TypeById.TryGetValue(id, out var type) ? type.Metrics.CyclomaticComplexity : 0);

        var coupled = commits.Where(c => ChangeSets.CountsForCoupling(c, settings)).ToList();
        var fileCoupling = ChangeCouplingCalculator.Compute(PackageLevel.File, coupled.Select(c => (IReadOnlyCollection<string>)c.Churn.Keys.ToList()), settings);
        var typeCoupling = ChangeCouplingCalculator.Compute(
            PackageLevel.Type,
            coupled.Select(c => (IReadOnlyCollection<string>)c.Churn.Keys.SelectMany(TypesIn).Distinct(StringComparer.Ordinal).ToList()),
            settings);

        var findings = HotspotFindingsOf(fileHotspots).Concat(CouplingFindingsOf(fileCoupling)).ToList();
        return new HistoryResult(fileChanges, typeChanges, [.. fileHotspots, .. typeHotspots], [.. fileCoupling, .. typeCoupling], findings);
    }

    private static IEnumerable<Finding> HotspotFindingsOf(IEnumerable<Hotspot> fileHotspots) =>
        fileHotspots
            .Where(h => h.Score >= HotspotFindingScore)
            .Take(HotspotFindings)
            .Select(h => FindingFactory.Create(
                RuleIds.Hotspot,
                Severity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{h.Element} is a hotspot: {h.Revisions} revisions × complexity {h.Complexity} (score {h.Score:0.00}, churn {h.Churn}, {h.Authors} authors)."),
                [h.Element],
                [new Model.Graph.SourceLocation(h.Element, 1)]));

    /// <summary>Files in the same folder are expected to change together; coupling across folders is the hidden kind worth a look.</summary>
    private static IEnumerable<Finding> CouplingFindingsOf(IEnumerable<ChangeCoupling> fileCoupling) =>
        fileCoupling
            .Where(c => !string.Equals(Folder(c.A), Folder(c.B), StringComparison.Ordinal))
            .Select(c => FindingFactory.Create(
                RuleIds.ChangeCoupling,
                Severity.Info,
                string.Create(CultureInfo.InvariantCulture, $"{c.A} and {c.B} change together: {c.SharedRevisions} shared revisions of {c.RevisionsA} and {c.RevisionsB} (degree {c.Degree:0.00})."),
                [c.A, c.B],
                []));

    private static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
