using Modernize.Testing.Generation;
using Modernize.Analysis.Cells.Quality;
using Modernize.Model.Cells;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>How well a proposal recovers the domains planted by <see cref="LayeredMonolithGenerator"/>.</summary>
public static class PlantedAgreement
{
    /// <summary>NMI over the true domain types; a domain type the proposal classed as tissue counts as one more (wrong) label.</summary>
    public static double Nmi(GeneratedMonolith monolith, CellsResult proposal)
    {
        var truth = monolith.DomainOf.Where(x => x.Value != LayeredMonolithGenerator.Utilities).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        var proposed = proposal.Cells
            .SelectMany(c => c.Members.Select(m => (Member: m, Label: c.Kind == CellKind.Tissue ? "(tissue)" : c.Name)))
            .ToDictionary(x => x.Member, x => x.Label, StringComparer.Ordinal);
        return NormalizedMutualInformation.Of(truth, proposed);
    }
}
