using Modernize.Model.Analysis;
using Modernize.Model.Autonomy;
using Modernize.Model.Cells;
using Modernize.Model.Graph;
using Modernize.Model.Kpis;
using Modernize.Model.Rules;

namespace Modernize.Model.Scan;

/// <summary>Everything one scan knows; its JSON form is documented in docs/scan-json.md. Each stage fills its own part.</summary>
public sealed record ScanDocument(
    ScanInfo Info,
    CodeGraph Graph,
    AnalysisResult Analysis,
    CellsResult Cells,
    CellsResult? DeclaredCells,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<Kpi> Kpis)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>Cell autonomy from git history (docs/autonomy.md); null without history or without cells to measure.</summary>
    public AutonomyResult? Autonomy { get; init; }

    public double? Kpi(string key) => Kpis.FirstOrDefault(k => k.Key == key)?.Value;
}
