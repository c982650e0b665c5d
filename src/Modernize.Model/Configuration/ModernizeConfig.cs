namespace Modernize.Model.Configuration;

/// <summary>The contents of <c>modernize.yml</c> (docs/configuration.md). Every section is optional; <see cref="Default"/> is what applies without a file.</summary>
/// <param name="SourceFile">The file it was read from, null for the defaults.</param>
public sealed record ModernizeConfig(
    int Version,
    IReadOnlyList<CellDeclaration> Cells,
    IReadOnlyList<CellDeclaration> Tissue,
    IReadOnlyList<TeamDeclaration> Teams,
    IReadOnlyList<RuleDeclaration> Rules,
    Thresholds Thresholds,
    ProposalSettings Proposal,
    HistorySettings History,
    string? SourceFile)
{
    public static ModernizeConfig Default { get; } = new(1, [], [], [], [], new Thresholds(), new ProposalSettings(), new HistorySettings(), null);

    /// <summary>Whether the file declares a product map (cells or tissue).</summary>
    public bool HasProductMap => Cells.Count > 0 || Tissue.Count > 0;
}
